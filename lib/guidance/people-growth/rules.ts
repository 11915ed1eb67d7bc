// The people growth model (Buyer Group FM handreiking, bijlage 1): an estimate of how the
// organisation's people divide over the three groups, and whether the tipping point of about
// 25 % (chapter 4, randvoorwaarde 4) is reached. Pure: no I/O.
import { decimalInput, formatPercent, parseNlDecimal } from "@/lib/format";
import { PEOPLE_GROUPS, PEOPLE_GROUP_IDS, TIPPING_POINT, type PeopleGroupId } from "./content";

/** Percent per group, at most one decimal, together exactly 100. */
export type PeopleShares = Record<PeopleGroupId, number>;

export type ParsedShares = { ok: true; shares: PeopleShares } | { ok: false; errors: Record<string, string> };

/** The form field of a group's share. */
export const shareField = (group: PeopleGroupId) => `share:${group}`;

/** Tenths of a percent, so the sum is checked without floating-point surprises. */
const tenths = (percent: number) => Math.round(percent * 10);

/**
 * Reads the three shares as a Dutch user types them ("33,3"), each 0–100 with at most one decimal,
 * and checks that together they make 100 %. Every error is reported at once, at its field.
 */
export function parsePeopleShares(raw: Record<string, unknown>): ParsedShares {
  const errors: Record<string, string> = {};
  const shares = {} as PeopleShares;
  for (const group of PEOPLE_GROUPS) {
    const field = shareField(group.id);
    const value = raw[field];
    const text = typeof value === "number" ? decimalInput(value) : typeof value === "string" ? value : "";
    const parsed = parseNlDecimal(text);
    if (!parsed.ok) {
      errors[field] = text.trim() === "" ? `Vul het aandeel ${group.name.toLowerCase()} in (0 tot en met 100 %).` : parsed.error;
    } else if (parsed.value < 0 || parsed.value > 100) {
      errors[field] = `Het aandeel ${group.name.toLowerCase()} ligt tussen 0 en 100 %.`;
    } else if (Math.abs(parsed.value * 10 - tenths(parsed.value)) > 1e-9) {
      errors[field] = "Gebruik hoogstens één decimaal, bijvoorbeeld 12,5.";
    } else {
      shares[group.id] = parsed.value;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const total = PEOPLE_GROUP_IDS.reduce((sum, id) => sum + tenths(shares[id]), 0);
  if (total !== 1000) {
    const message = `De drie aandelen moeten samen 100 % zijn; nu is het samen ${formatPercent(total / 10)}.`;
    return { ok: false, errors: { shares: message } };
  }
  return { ok: true, shares };
}

export type TippingPointStatus = {
  reached: boolean;
  share: number;
  threshold: number;
  shortBy: number;
};

/** Reached when the actieve ambassadeurs make up at least 25 % (our reading of "mee", see content). */
export function tippingPoint(shares: PeopleShares): TippingPointStatus {
  const share = shares[TIPPING_POINT.countedGroup];
  const shortBy = Math.max(0, (tenths(TIPPING_POINT.share) - tenths(share)) / 10);
  return {
    reached: shortBy === 0,
    share,
    threshold: TIPPING_POINT.share,
    shortBy,
  };
}

export type PeopleTrendRow = {
  id: string;
  assessedOn: string;
  title: string;
  reached: boolean;
} & PeopleShares;

/** Saved estimates in date order (oldest first), for the chart and the table beside it. */
export function peopleTrend(
  assessments: {
    id: string;
    title: string;
    assessedOn: string;
    shares: PeopleShares;
  }[],
): PeopleTrendRow[] {
  return [...assessments]
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.title.localeCompare(b.title, "nl"))
    .map((a) => ({
      id: a.id,
      assessedOn: a.assessedOn,
      title: a.title,
      reached: tippingPoint(a.shares).reached,
      ...a.shares,
    }));
}
