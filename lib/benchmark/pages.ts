// What the benchmark page reads, in the buyer's own tenant transaction: the stored cells (five or
// more buyers each) and its own figures, which only it sees. A buyer that does not take part sees
// no figures: the benchmark is for those who contribute.
import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { organisations } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { packageLabel, PURCHASING_PACKAGES } from "@/lib/contracts/rules";
import { withTenant } from "@/lib/tenancy";
import { amsterdamParts, amsterdamYear } from "@/lib/time";
import { benchmarkCellsOf, benchmarkChoices, ownBenchmarkValues } from "./queries";
import { benchmarkPosition, MIN_ORGANISATIONS } from "./rules";

export async function benchmarkPage(org: string, search: { jaar?: string; pakket?: string }) {
  const actor = await requireActor(org);
  if (actor.org.kind !== "buyer" || !can(actor.org.kind, actor.role, "benchmark.read")) notFound();
  return withTenant(actor, async (tx) => {
    const [self] = await tx
      .select({ benchmarkSince: organisations.benchmarkSince, version: organisations.version })
      .from(organisations)
      .where(eq(organisations.id, actor.org.id));
    const since = self?.benchmarkSince ?? null;
    // The day it joined as the buyer lived it, in Amsterdam.
    const participation = { since: since ? amsterdamParts(since).date : null, version: self?.version ?? 1 };
    const mayManage = can(actor.org.kind, actor.role, "benchmark.manage");
    if (!participation.since) return { actor, participation, mayManage, view: null };
    const choices = await benchmarkChoices(tx, { tenantId: actor.org.id });
    const years = [...new Set(choices.map((c) => c.year))];
    const year = years.includes(Number(search.jaar)) ? Number(search.jaar) : (years[0] ?? amsterdamYear() - 1);
    const packages = Object.keys(PURCHASING_PACKAGES);
    const purchasingPackage =
      search.pakket && packages.includes(search.pakket)
        ? search.pakket
        : (preferredPackage(choices.filter((c) => c.year === year)) ?? packages[0]);
    const [cells, own] = await Promise.all([
      benchmarkCellsOf(tx, { year, purchasingPackage }),
      ownBenchmarkValues(tx, { tenantId: actor.org.id, year, purchasingPackage }),
    ]);
    const ownBy = new Map(own.map((o) => [o.indicatorId, o]));
    const rows = cells.map((cell) => {
      const mine = ownBy.get(cell.indicatorId);
      const numbers = { p25: Number(cell.p25), median: Number(cell.median), p75: Number(cell.p75) };
      return {
        ...cell,
        own: mine ? { value: mine.value, contracts: mine.contracts } : null,
        position: mine ? benchmarkPosition(Number(mine.value), numbers, cell.direction) : null,
      };
    });
    // Own figures on indicators without a cell: shown, with why there is nothing to compare them to.
    const uncompared = own.filter((o) => !cells.some((c) => c.indicatorId === o.indicatorId));
    return {
      actor,
      participation,
      mayManage,
      view: {
        year,
        years: years.length ? years : [year],
        purchasingPackage,
        packages: packages.map((value) => ({ value, label: packageLabel(value) })),
        rows,
        uncompared,
        refreshedAt: cells[0]?.refreshedAt ?? null,
        minOrganisations: MIN_ORGANISATIONS,
      },
    };
  });
}

/** Where the buyer sees most: its own figure next to the others', then the others', then its own. */
function preferredPackage(choices: Array<{ purchasingPackage: string; compared: boolean; own: boolean }>): string | undefined {
  const rank = (c: { compared: boolean; own: boolean }) => (c.compared && c.own ? 0 : c.compared ? 1 : 2);
  return [...choices].sort((a, b) => rank(a) - rank(b))[0]?.purchasingPackage;
}
