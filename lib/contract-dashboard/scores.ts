// The agreed scores of a final review as the contract dashboard names them. A module of its own,
// without imports, because the client-side KPI panel needs the labels and must not pull the
// dashboard's shaping (and through it the database code) into the browser bundle.
export const AGREED_SCORE_LABELS = {
  on_track: "Op koers",
  at_risk: "Risico",
  off_track: "Niet op koers",
  not_scored: "Niet gescoord",
} as const;
export type AgreedScore = keyof typeof AGREED_SCORE_LABELS;
