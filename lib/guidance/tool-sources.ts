// The two other documents the guidance tools follow, named so a user can find the original.
// Seeds: ../shared/seeds/004_d9c1a06e510b9950.txt (Buyer Group FM handreiking) and
// ../shared/seeds/000_2c049940085261ff.txt (handreiking buyer groups). Neither extracted text
// carries usable page numbers, so a reference names the chapter, figure or heading instead.

export const BUYER_GROUP_FM = "Buyer Group FM – Handreiking ‘Op weg naar regeneratief FM’";
export const HANDREIKING_BUYER_GROUPS = "Handreiking buyer groups – beslisboom en best practices";

export type ToolReference = {
  document: typeof BUYER_GROUP_FM | typeof HANDREIKING_BUYER_GROUPS;
  /** Chapter, annex or heading as the document heads it: "hoofdstuk 4 Randvoorwaarden". */
  part: string;
  /** Where in that part: "figuur 10", "stap 2". */
  locator?: string;
};

export const fmReference = (part: string, locator?: string): ToolReference => ({
  document: BUYER_GROUP_FM,
  part,
  locator,
});
export const buyerGroupsReference = (part: string, locator?: string): ToolReference => ({
  document: HANDREIKING_BUYER_GROUPS,
  part,
  locator,
});
