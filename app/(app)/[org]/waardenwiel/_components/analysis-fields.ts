// The questions of the interne analyse (seed 004, figure 8 step 1), shared by the form and the read-only view.

export const ANALYSIS_FIELDS = [
  { name: "currentSituation", label: "Huidige situatie", hint: "Wat doen jullie al op het gebied van duurzaamheid?" },
  { name: "documents", label: "Bestaande documenten", hint: "Beleid, visies, jaarverslagen, eerdere aanbestedingen." },
  { name: "stakeholders", label: "Speelveld en stakeholders", hint: "Wie zijn belangrijk om te betrekken, en hoe?" },
  { name: "interviews", label: "Interviews (optioneel)", hint: "Wat kwam er uit gesprekken in de organisatie over duurzaamheid?" },
] as const;

// The four transition strategies of the X-curve (Drift), with the seed's guiding questions.
export const XCURVE_FIELDS = [
  { name: "ombouw", label: "A. Ombouw", hint: "Wat moet aangepast, opnieuw ingericht, bijgestuurd of anders ingezet worden?" },
  { name: "opbouw", label: "B. Opbouw", hint: "Wat verdient meer steun, schaal, podium, investering of professionalisering?" },
  { name: "voortbouw", label: "C. Voortbouw", hint: "Wat zijn leidende principes, waarden en taal; welke beelden en ambities?" },
  { name: "afbouw", label: "D. Afbouw", hint: "Wat moet uitgefaseerd, ontmanteld of afgebroken worden?" },
] as const;
