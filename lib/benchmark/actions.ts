// Taking part in the benchmark: a buyer's admin or coordinator decides, for the organisation.
// Joining adds its figures, leaving takes them out, both at the next refresh, which runs at once.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { refreshBenchmark } from "./refresh";
import { SetBenchmarkParticipation } from "./schemas";

export const setBenchmarkParticipation = defineAction({
  name: "benchmark.set_participation",
  permission: "benchmark.manage",
  input: SetBenchmarkParticipation,
  async handler(tx, ctx, input) {
    if (ctx.org.kind !== "buyer") throw new ForbiddenError();
    const now = new Date();
    const [row] = await tx
      .update(organisations)
      .set({ benchmarkSince: input.takePart ? now : null, version: input.version + 1 })
      .where(
        and(
          eq(organisations.id, ctx.org.id),
          eq(organisations.version, input.version),
          input.takePart ? isNull(organisations.benchmarkSince) : isNotNull(organisations.benchmarkSince),
        ),
      )
      .returning({ id: organisations.id, version: organisations.version });
    if (!row)
      throw new ConflictError(
        `De organisatie ${input.takePart ? "doet al mee" : "doet al niet mee"}, of is intussen gewijzigd. Laad de pagina opnieuw.`,
      );
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "organisation",
      entityId: ctx.org.id,
      action: input.takePart ? "benchmark_join" : "benchmark_leave",
    });
    return row;
  },
  async afterCommit(db, done) {
    await refreshBenchmark(db);
    return done;
  },
});
