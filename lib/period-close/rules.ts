// The rules of closing a quarter, without I/O: when a quarter may be closed, when a year counts as
// closed, who may approve a reopening, and which quarter carries a correction to a closed one.
import { addQuarters, parseQuarter, quarterEndDate, quarterKey } from "@/lib/periods";

export type QuarterCloseStatus = "running" | "blocked" | "ready" | "closed";

export const QUARTER_STATUS_LABELS: Record<QuarterCloseStatus, string> = {
  running: "Open (loopt nog)",
  blocked: "Open",
  ready: "Klaar om af te sluiten",
  closed: "Afgesloten",
};

export type QuarterFacts = { quarter: string; reviews: number; notFinal: number; withoutReview: number; closed: boolean };

/** Why a quarter cannot be closed yet, in Dutch; empty when it can. */
export function blockingReasons(facts: QuarterFacts, today: string): string[] {
  if (facts.closed) return [];
  const reasons: string[] = [];
  if (quarterEndDate(parseQuarter(facts.quarter)!) >= today) reasons.push("Het kwartaal loopt nog.");
  if (facts.notFinal === 1) reasons.push("1 review niet definitief");
  else if (facts.notFinal > 1) reasons.push(`${facts.notFinal} reviews niet definitief`);
  if (facts.withoutReview === 1) reasons.push("1 contract zonder review van dit kwartaal");
  else if (facts.withoutReview > 1) reasons.push(`${facts.withoutReview} contracten zonder review van dit kwartaal`);
  return reasons;
}

export function quarterCloseStatus(facts: QuarterFacts, today: string): QuarterCloseStatus {
  if (facts.closed) return "closed";
  if (quarterEndDate(parseQuarter(facts.quarter)!) >= today) return "running";
  return facts.notFinal > 0 || facts.withoutReview > 0 ? "blocked" : "ready";
}

/** A year is closed when its four quarters are. */
export function yearClosed(year: number, closedQuarters: ReadonlySet<string>): boolean {
  return [1, 2, 3, 4].every((q) => closedQuarters.has(`${year}-Q${q}`));
}

/** Why this person may not approve the reopening that was asked; null when they may. */
export function reopenApprovalError(request: { userId: string; role: string }, approver: { userId: string; role: string }): string | null {
  if (approver.userId === request.userId) return "Je kunt je eigen verzoek tot heropenen niet goedkeuren: dat doet een tweede persoon.";
  if (approver.role === request.role)
    return request.role === "admin"
      ? "Een verzoek van een beheerder keurt een coördinator goed."
      : "Een verzoek van een coördinator keurt een beheerder goed.";
  return null;
}

/** The first quarter after a closed one that is not closed itself: where a correction to it shows. */
export function nextOpenQuarter(closedQuarter: string, closedQuarters: ReadonlySet<string>): string {
  let q = addQuarters(parseQuarter(closedQuarter)!, 1);
  while (closedQuarters.has(quarterKey(q))) q = addQuarters(q, 1);
  return quarterKey(q);
}
