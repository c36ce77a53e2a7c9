import { ACCOUNTS_VARIANTS } from "./variants-accounts";
import { SELFEVAL_VARIANTS } from "./variants-selfeval";
import type { Variant } from "./texts";

export { TEXTS, type CorpusText, type ExpectedFinding, type Variant } from "./texts";

/** Every variant of the corpus: one injected error each, with the findings it must cause. */
export const VARIANTS: Variant[] = [...ACCOUNTS_VARIANTS, ...SELFEVAL_VARIANTS];
