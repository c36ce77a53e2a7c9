import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A list of the pane (findings, text-check findings, rules): no indent, no margin. */
export const BARE_LIST: GriffelStyle = { margin: 0, padding: 0 };

/** One row of such a list: no bullet, a thin line below, long addresses and names wrapped. */
export const LIST_ROW: GriffelStyle = {
  listStyleType: "none",
  padding: `${tokens.spacingVerticalS} 0`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  overflowWrap: "anywhere",
};
