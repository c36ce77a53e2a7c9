import type { Compiler } from "webpack";

export declare class BundleBudgetPlugin {
  constructor(options: { entry: string; maxGzipKiB: number });
  apply(compiler: Compiler): void;
}
