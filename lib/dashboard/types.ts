// The shapes the dashboard statement returns, section by section (JSON from PostgreSQL).
import type { TargetMilestone } from "@/db/schema";

type RawTheme = {
  id: string;
  name: string;
  pillar: string;
  priorityRank: number | null;
  priorityTied: boolean;
  position: number;
  onTrack: number;
  scored: number;
  prevOnTrack: number;
  prevScored: number;
};

export type RawTarget = {
  id: string;
  name: string;
  indicatorName: string;
  unitLabel: string;
  unitCode: string;
  aggregation: string;
  direction: string;
  baseYear: number;
  baseValue: number;
  milestones: TargetMilestone[];
  /** Per year: the figure, and how many reported values lie behind it and how many are verified. */
  actuals: Array<{ year: number; value: number | null; contracts: number; quarters: number; values: number; verifiedValues: number }>;
};

type RawPromise = {
  id: string;
  contractId: string;
  title: string;
  description: string;
  promised: number;
  dueQuarter: string | null;
  indicatorName: string;
  unitLabel: string;
  direction: string;
  realised: number | null;
  realisedQuarter: string | null;
  gap: number | null;
  relativeGap: number | null;
};

type RawHeatRow = {
  contractId: string;
  title: string;
  share: number | null;
  /** The overall score of the latest final review in the period, fixed at sign-off. */
  latestScore: number | null;
  cells: Array<{ quarter: string; onTrack: number; scored: number; worst: number; score: number | null }>;
};

type RawAttention = {
  contractId: string;
  title: string;
  offTrack: number;
  reviewQuarter: string | null;
  overdueReports: number;
  oldestOverdue: string | null;
  overdueActions: number;
};

type RawScoreGroup = { name: string; score: number; reviews: number; contracts: number };

export type RawDashboard = {
  /** Accepted values in the period and how many are verified (the figure's verified share). */
  verification: { values: number; verifiedValues: number };
  options: {
    contracts: number;
    packages: string[];
    managers: Array<{ id: string; name: string }>;
    suppliers: Array<{ id: string; name: string }>;
  };
  wheel: { year: number | null; themes: RawTheme[] };
  targets: RawTarget[];
  packages: {
    indicator: { id: string; code: string; name: string; unitLabel: string } | null;
    options: Array<{ id: string; name: string; unitLabel: string }>;
    bars: Array<{ package: string; value: number; contracts: number; values: number; verifiedValues: number }>;
  };
  promises: { total: number; short: number; noData: number; rows: RawPromise[] };
  malus: {
    totalCents: number;
    contractsWithMalus: number;
    perQuarter: Array<{ quarter: string; cents: number; contracts: number }>;
    perContract: Array<{ contractId: string; title: string; cents: number; quarters: number }>;
  };
  /** Average overall scores of the final reviews in the period, lowest first. */
  scores: { bySupplier: RawScoreGroup[]; byPackage: RawScoreGroup[] };
  discipline: Array<{ quarter: string; onTime: number; late: number; missing: number; notDue: number }>;
  heatmap: { contracts: number; rows: RawHeatRow[] };
  gaps: Array<{ id: string; name: string; pillar: string; priorityRank: number }>;
  attention: { total: number; rows: RawAttention[] };
};
