// What GET /api/v1/[org]/dashboard answers: shapeDashboard (./shape.ts, DashboardView) of the raw
// sections (./types.ts). Fields the code types as plain strings (pillar, aggregation, direction)
// stay z.string() here, so the schema and the types say the same; z.object drops any field not named.
import { z } from "zod";
import { cooperationForm } from "@/db/schema";
import { SUPPLIER_LIST_LIMIT } from "./suppliers";

const count = z.number().int();
const named = z.object({ id: z.guid(), name: z.string() });

/** DashboardFilters (./filters.ts): quarters as "2026-Q1". */
const FiltersOut = z.object({
  package: z.string().nullable(),
  cooperationForm: z.enum(cooperationForm.enumValues).nullable(),
  managerId: z.guid().nullable(),
  supplierId: z.guid().nullable(),
  from: z.string(),
  to: z.string(),
  indicatorId: z.guid().nullable(),
  verifiedOnly: z.boolean(),
});

const OptionsOut = z.object({
  contracts: count,
  packages: z.array(z.object({ value: z.string(), label: z.string() })),
  managers: z.array(named),
  suppliers: z.array(named).meta({
    description:
      "Alle leveranciers van de contracten van de opdrachtgever, op naam. Met leverancierslijst=kort in de query en meer dan " +
      `${SUPPLIER_LIST_LIMIT} leveranciers alleen de leverancier van het filter 'leverancier' (of geen); zoek de andere met ` +
      "GET /api/v1/{org}/dashboard/suppliers. Zonder die parameter altijd de volledige lijst.",
  }),
  supplierCount: count.meta({ description: "Het aantal leveranciers van de contracten van de opdrachtgever, ook als 'suppliers' kort is" }),
  indicators: z.array(z.object({ id: z.guid(), name: z.string(), unitLabel: z.string() })),
});

/** A theme of the organisation's wheel with its on-track share, trend and colour band. */
const ThemeOut = z.object({
  id: z.guid(),
  name: z.string(),
  pillar: z.string(),
  priorityRank: count.nullable(),
  priorityTied: z.boolean(),
  position: count,
  onTrack: count,
  scored: count,
  prevOnTrack: count,
  prevScored: count,
  pillarLabel: z.string(),
  share: z.number().nullable(),
  previous: z.number().nullable(),
  trend: z.enum(["up", "down", "same", "new"]).nullable(),
  band: z.object({ band: z.enum(["none", "low", "mid", "high"]), label: z.string() }),
});

/** One year of an organisation target: its target line and what the contracts report. */
const TargetYearOut = z.object({
  year: count,
  kind: z.enum(["base", "milestone", "before", "between"]),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  contracts: count,
  quarters: count,
  incomplete: z.boolean(),
  charted: z.boolean(),
  baseShare: z.number().nullable(),
  values: count,
  verifiedValues: count,
  verifiedShare: z.number().nullable(),
});

const TargetOut = z.object({
  id: z.guid(),
  name: z.string(),
  indicatorName: z.string(),
  unitLabel: z.string(),
  aggregation: z.string(),
  direction: z.string(),
  percentage: z.boolean(),
  textAlternative: z.string(),
  years: z.array(TargetYearOut),
  fed: z.boolean(),
});

const PackagesOut = z.object({
  indicator: z.object({ id: z.guid(), code: z.string(), name: z.string(), unitLabel: z.string() }).nullable(),
  bars: z.array(
    z.object({
      package: z.string(),
      value: z.number(),
      contracts: count,
      values: count,
      verifiedValues: count,
      verifiedShare: z.number().nullable(),
      label: z.string(),
    }),
  ),
});

const PromiseOut = z.object({
  id: z.guid(),
  contractId: z.guid(),
  title: z.string(),
  description: z.string(),
  promised: z.number(),
  dueQuarter: z.string().nullable(),
  indicatorName: z.string(),
  unitLabel: z.string(),
  direction: z.string(),
  realised: z.number().nullable(),
  realisedQuarter: z.string().nullable(),
  gap: z.number().nullable(),
  relativeGap: z.number().nullable(),
});

const PromisesOut = z.object({ total: count, short: count, noData: count, rows: z.array(PromiseOut) });

const VerificationOut = z.object({ values: count, verifiedValues: count, share: z.number().nullable() });

const MalusOut = z.object({
  totalCents: count,
  contractsWithMalus: count,
  perQuarter: z.array(z.object({ quarter: z.string(), cents: count, contracts: count })),
  perContract: z.array(z.object({ contractId: z.guid(), title: z.string(), cents: count, quarters: count })),
});

/** Average overall score of final reviews per supplier or package (the package as its label). */
const ScoreGroupOut = z.object({ name: z.string(), score: z.number(), reviews: count, contracts: count });

const DisciplineOut = z.object({ quarter: z.string(), onTime: count, late: count, missing: count, notDue: count });

const HeatRowOut = z.object({
  contractId: z.guid(),
  title: z.string(),
  share: z.number().nullable(),
  latestScore: z.number().nullable(),
  cells: z.array(z.object({ quarter: z.string(), onTrack: count, scored: count, worst: count, score: z.number().nullable() })),
});

const GapOut = z.object({ id: z.guid(), name: z.string(), pillar: z.string(), priorityRank: count, pillarLabel: z.string() });

const AttentionOut = z.object({
  contractId: z.guid(),
  title: z.string(),
  offTrack: count,
  reviewQuarter: z.string().nullable(),
  overdueReports: count,
  /** The quarter ("2026-Q2") of the oldest overdue report. */
  oldestOverdue: z.string().nullable(),
  overdueActions: count,
});

/** A change to a closed quarter, shown in the next open quarter (lib/period-close/corrections.ts). */
const CorrectionOut = z.object({
  corrects: z.string(),
  quarter: z.string(),
  kind: z.enum(["amendment", "target"]),
  contractId: z.guid(),
  contractTitle: z.string(),
  subject: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const OrganisationDashboardOut = z.object({
  filters: FiltersOut,
  search: z.string(),
  quarters: z.array(z.string()),
  closedQuarters: z.array(z.string()),
  corrections: z.array(CorrectionOut),
  options: OptionsOut,
  wheel: z.object({ year: count.nullable(), themes: z.array(ThemeOut) }),
  targets: z.array(TargetOut),
  packages: PackagesOut,
  promises: PromisesOut,
  verification: VerificationOut,
  malus: MalusOut,
  scores: z.object({ bySupplier: z.array(ScoreGroupOut), byPackage: z.array(ScoreGroupOut) }),
  discipline: z.array(DisciplineOut),
  heatmap: z.object({ contracts: count, rows: z.array(HeatRowOut) }),
  gaps: z.array(GapOut),
  attention: z.object({ total: count, rows: z.array(AttentionOut) }),
});

/** GET /api/v1/[org]/dashboard/suppliers: the buyer's suppliers matching the search, by name. */
export const SupplierSearchOut = z.object({
  suppliers: z.array(named),
  more: z.boolean().meta({ description: "Er passen meer leveranciers dan getoond: typ meer van de naam" }),
});
