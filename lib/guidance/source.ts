// Where the guidance content comes from, so every advice text can point the user to the original.
// Seed: ../shared/seeds/001_48c716fdcdfab97d.txt (Policy Research Corporation for PIANOo). The
// extracted text carries only two page footers, so references name the section and the cell or
// statement instead of a page number.

export const PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP = "PIANOo – Organisatie Strategische Inkoop";

export type SourceReference = {
  /** The document's title as a user can search for it. */
  document: string;
  /** Section number in the document, e.g. "III.6". */
  section: keyof typeof SOURCE_SECTIONS;
  /** What in the section: "cel S32", "stelling 2.1 (Ref. Glock & Hochrein)". */
  locator: string;
};

/** Section titles of the PIANOo document, written as the document heads them. */
export const SOURCE_SECTIONS = {
  "III.1": "Toelichting benaming inkoopactiviteiten schema",
  "III.2": "Schema teksten",
  "III.3": "Algemene tips & voorbeelden",
  "III.4": "WAT? Welk type product / dienst wordt ingekocht?",
  "III.5": "WAT? Bij wie kan het product / dienst ingekocht worden?",
  "III.6": "HOE? Wat zijn de doelstellingen naast kwaliteit die met het inkoopproject beoogd worden?",
  "III.7":
    "WIE? Heeft de aanbestedende overheid voldoende capaciteit en expertise in functie van de complexiteit van de benodigde aankoopprocedure?",
  "III.8": "WIE? Zijn er natuurlijke samenwerkingspartners (met gelijkaardige doelstellingen)?",
  "IV.1": "Is de strategie duidelijk en haalbaar?",
  "IV.2": "Zijn de inkoopprocessen op orde?",
  "IV.3": "Zijn de mensen, middelen en de cultuur er klaar voor?",
  "V.2": "Output wegwijzer (voorbeeld inkoopcase)",
} as const;
