// The three ambition levels of a KPI template in the buyer's library and of a buyer-group
// standard. Seed 000 (Handreiking buyer groups, "Aanbevelingen proces vraagharmonisatie"): when
// participants' ambitions conflict, split the output into "no-regret minimum, plus level en
// maximum", keep a shared minimum (no-regret) every participant can apply in its own projects,
// and raise the minimum requirements step by step as products become standard.

export const AMBITION_LEVELS = ["no_regret_minimum", "plus", "maximum"] as const;
export type AmbitionLevel = (typeof AMBITION_LEVELS)[number];

export const AMBITION_LEVEL_INFO: Record<AmbitionLevel, { label: string; explanation: string }> = {
  no_regret_minimum: {
    label: "No-regret minimum",
    explanation:
      "Het gedeelde basisniveau dat elke opdrachtgever zonder spijt in ieder contract kan vragen; het schuift stap voor stap omhoog zodra de markt het aankan.",
  },
  plus: {
    label: "Plus",
    explanation: "Een stap verder dan het minimum, voor opdrachtgevers die meer willen en een markt die dat al kan leveren.",
  },
  maximum: {
    label: "Maximum",
    explanation: "Het hoogste niveau voor voorlopers: vraagt innovatie van de leverancier en trekt de markt vooruit.",
  },
};

export function isAmbitionLevel(value: string): value is AmbitionLevel {
  return (AMBITION_LEVELS as readonly string[]).includes(value);
}

/** Negative when a is the lower ambition: minimum < plus < maximum. */
export function compareAmbitionLevels(a: AmbitionLevel, b: AmbitionLevel): number {
  return AMBITION_LEVELS.indexOf(a) - AMBITION_LEVELS.indexOf(b);
}

export const ambitionLevelOptions = AMBITION_LEVELS.map((value) => ({ value, label: AMBITION_LEVEL_INFO[value].label }));
