// An API token for the benchmark, made while it still has the database open: the coordinator's,
// with the scope of the contracts list, as an integration of the large buyer would hold it.
import { createHash } from "node:crypto";
import { apiTokens } from "../../db/schema";
import type { Db } from "../../db/client";
import { newApiToken } from "../../lib/api-tokens/token";

export async function benchApiToken(db: Db, { organisationId, userId }: { organisationId: string; userId: string }): Promise<string> {
  const { token, prefix } = newApiToken();
  await db.insert(apiTokens).values({
    organisationId,
    name: "Benchmark",
    prefix,
    secretHash: createHash("sha256").update(token, "utf8").digest("hex"),
    scopes: ["contracts:read"],
    expiresAt: new Date(Date.now() + 86_400_000),
    createdByUserId: userId,
  });
  return token;
}
