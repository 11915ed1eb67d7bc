// The daily notices about a supplier's own profile: a certificate or other fact whose validity
// ends within two months, and again within two weeks. Written per supplier in its own scope,
// acting for no person; the dedupe key (fact, its end date, threshold, person) makes a second run
// add nothing, while a renewed fact with a new end date is announced afresh when its time comes.
import { and, eq, gte, isNotNull, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations, supplierProfileFacts } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { organisationContacts } from "@/lib/members/queries";
import { addDays } from "@/lib/periods";
import { EXPIRY_NOTICE_DAYS, expiryNoticeDue, FACT_KIND_LABELS } from "@/lib/supplier-profile/rules";
import { withTenant } from "@/lib/tenancy";
import { addOrganisationNotifications } from "./create";

export async function addProfileExpiryNotifications(
  db: Db,
  { today }: { today: string },
): Promise<{ suppliers: number; addressed: number }> {
  const suppliers = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.kind, "supplier"));
  let addressed = 0;
  for (const supplier of suppliers) {
    addressed += await withTenant(
      { userId: "", orgId: supplier.id, orgKind: "supplier" },
      (tx) => expiryForSupplier(tx, supplier, today),
      db,
    );
  }
  return { suppliers: suppliers.length, addressed };
}

async function expiryForSupplier(tx: Db, supplier: { id: string; slug: string }, today: string): Promise<number> {
  const facts = await tx
    .select()
    .from(supplierProfileFacts)
    .where(
      and(
        eq(supplierProfileFacts.tenantId, supplier.id),
        isNotNull(supplierProfileFacts.validUntil),
        gte(supplierProfileFacts.validUntil, today),
        lte(supplierProfileFacts.validUntil, addDays(today, Math.max(...EXPIRY_NOTICE_DAYS))),
      ),
    );
  if (facts.length === 0) return 0;
  // Those who keep the profile: its admins and reporters.
  const people = await organisationContacts(tx, { organisationId: supplier.id, roles: ["admin", "reporter"] });
  const recipients = people.map((p) => ({ userId: p.userId, name: p.name, email: p.email }));
  let addressed = 0;
  for (const fact of facts) {
    const threshold = expiryNoticeDue(fact.validUntil, today);
    if (threshold === null) continue;
    const name = `${FACT_KIND_LABELS[fact.kind]}${fact.year ? ` ${fact.year}` : ""}`;
    addressed += await addOrganisationNotifications(tx, {
      kind: "profile_fact_expiring",
      org: { id: supplier.id, slug: supplier.slug, kind: "supplier" },
      recipients,
      subjectId: fact.id,
      title: `${name} in het bedrijfsprofiel is geldig tot en met ${formatDate(fact.validUntil!)}: vernieuw het op tijd`,
      path: "bedrijfsprofiel",
      dedupe: `${fact.id}:${fact.validUntil}:${threshold}`,
    });
  }
  return addressed;
}
