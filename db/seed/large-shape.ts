// The shapes of the benchmark data sets (db/seed/large.ts) and the SQL for their quarters.
// Twelve past quarters, 2023-Q4 up to 2026-Q3, of contracts running 2023-10-01 to 2027-09-30.
//
// One generator, one shape per scale: `large` is the set every bench figure so far was measured
// on and must keep its counts; `xl` is one large province or a national agency, ten times the big
// buyer with suppliers and contract managers in proportion (each supplier and manager keeps the
// same number of contracts as in `large`). xl keeps the 49 small buyers and the buyer group, so
// the benchmark and group scenarios still measure against the same peers, now beside a buyer of
// 20,000 contracts.

const COMMON = {
  bigBuyerSlug: "grootstad",
  bigKpis: 15,
  smallBuyers: 49,
  smallContracts: 10,
  smallKpis: 5,
  quarters: 12,
  firstQuarter: "2023-Q4",
  lastQuarter: "2026-Q3",
  startDate: "2023-10-01",
  endDate: "2027-09-30",
  contractThemes: 5,
  packages: ["catering", "schoonmaak", "wegenbouw", "ict", "energie", "bedrijfskleding", "kantoorinrichting", "groenonderhoud"],
  indicators: [
    "co2e",
    "circular_content",
    "residual_waste",
    "renewable_energy",
    "zero_emission_km",
    "energy_use",
    "social_return",
    "recycled_content",
  ],
  themes: [
    { name: "Klimaat", pillar: "ecologisch_sociaal", rank: 1 },
    { name: "Circulariteit", pillar: "ecologisch_sociaal", rank: 1 },
    { name: "Schone lucht", pillar: "ecologisch_sociaal", rank: 2 },
    { name: "Biodiversiteit", pillar: "ecologisch_sociaal", rank: 3 },
    { name: "Samenwerking in de keten", pillar: "samenwerking", rank: 2 },
    { name: "Sociaal ondernemen", pillar: "samenwerking", rank: 1 },
    { name: "Eerlijke handel", pillar: "samenwerking", rank: 3 },
    { name: "Bewust gebruik", pillar: "gedragsverandering", rank: 2 },
    { name: "Kennisdeling", pillar: "gedragsverandering", rank: null },
    { name: "Gezondheid", pillar: "gedragsverandering", rank: 3 },
  ],
} as const;

const SEED_SCALES = ["large", "xl"] as const;
export type SeedScale = (typeof SEED_SCALES)[number];

/** What the generator makes; the counts vary by scale, the calendar and the vocabulary do not. */
export type LargeShape = Omit<typeof COMMON, "smallBuyers" | "smallContracts" | "smallKpis" | "bigKpis"> & {
  scale: SeedScale;
  bigContracts: number;
  bigKpis: number;
  smallBuyers: number;
  smallContracts: number;
  smallKpis: number;
  suppliers: number;
  contractManagers: number;
};

const SHAPES: Record<SeedScale, LargeShape> = {
  large: { ...COMMON, scale: "large", bigContracts: 2000, suppliers: 200, contractManagers: 20 },
  xl: { ...COMMON, scale: "xl", bigContracts: 20000, suppliers: 2000, contractManagers: 200 },
};

export function largeShape(scale: SeedScale): LargeShape {
  return SHAPES[scale];
}

export function isSeedScale(value: string | undefined): value is SeedScale {
  return (SEED_SCALES as readonly string[]).includes(value ?? "");
}

/** Contracts still being prepared: 3 % of the big buyer's, one per small buyer. */
export function bigBuyerDrafts(shape: LargeShape): number {
  return Math.round(shape.bigContracts * 0.03);
}

const FIRST_YEAR = 2023;
const FIRST_Q = 4;
const STEPS = COMMON.quarters - 1;

/** SQL expressions over a quarter index (0 = the first quarter) used by the generator. */
export const largeQuarterSql = {
  year: (i: string) => `(${FIRST_YEAR} + ((${i}) + ${FIRST_Q - 1}) / 4)`,
  quarter: (i: string) => `(((${i}) + ${FIRST_Q - 1}) % 4 + 1)`,
  key(i: string) {
    return `(${this.year(i)}::text || '-Q' || ${this.quarter(i)}::text)`;
  },
  /** The due date: 30 days after the quarter's last day. */
  due(i: string) {
    return `((make_date(${this.year(i)}, ${this.quarter(i)} * 3, 1) + interval '1 month')::date - 1 + 30)`;
  },
  indexOfKey: (key: string) => `((substr(${key}, 1, 4)::int - ${FIRST_YEAR}) * 4 + substr(${key}, 7, 1)::int - ${FIRST_Q})`,
  /** The growth-path target in quarter i (linear 100 → 70 or 130, scores 2 → 4); needs k (kpis) and i (indicators) in scope. */
  target: (qi: string) =>
    `round(case when k.kind = 'qualitative' then 2 + 2.0 * (${qi}) / ${STEPS} when i.direction = 'lower_better' then 100 - 30.0 * (${qi}) / ${STEPS} else 100 + 30.0 * (${qi}) / ${STEPS} end, 4)`,
};
