import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, ssoProviders } from "@/db/schema";

/** The organisation's identity providers, without their secrets. */
export async function listSsoProviders(db: Db, { organisationId }: { organisationId: string }) {
  return db
    .select({
      id: ssoProviders.id,
      name: ssoProviders.name,
      issuer: ssoProviders.issuer,
      clientId: ssoProviders.clientId,
      emailDomains: ssoProviders.emailDomains,
      createdBy: people.name,
      createdAt: ssoProviders.createdAt,
      updatedAt: ssoProviders.updatedAt,
      version: ssoProviders.version,
    })
    .from(ssoProviders)
    .leftJoin(people, eq(people.id, ssoProviders.createdByUserId))
    .where(eq(ssoProviders.organisationId, organisationId))
    .orderBy(asc(ssoProviders.name));
}
