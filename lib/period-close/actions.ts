// Closing a quarter and reopening it. A close stores the quarter's figures (snapshot.ts) in the
// same transaction that records it, so a quarter is never closed without its record. A reopening
// is asked by one of coordinator and admin with a reason and approved by a person holding the
// other role; every step is an audit event naming the person who decided.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { periodCloses, type PeriodClose } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { amsterdamToday } from "@/lib/time";
import { quarterFacts } from "./queries";
import { blockingReasons, reopenApprovalError } from "./rules";
import { ApproveReopen, CloseQuarter, RequestReopen } from "./schemas";
import { storeAcceptedValues, storeContractFigures, storeTargetFigures } from "./snapshot";

const NOT_FOUND = "Deze afsluiting bestaat niet.";
const ALREADY_CLOSED = "Dit kwartaal is al afgesloten.";

async function closeInTenant(tx: Db, tenantId: string, id: string): Promise<PeriodClose> {
  if (!UUID_PATTERN.test(id)) throw new NotFoundError(NOT_FOUND);
  const [row] = await tx
    .select()
    .from(periodCloses)
    .where(and(eq(periodCloses.tenantId, tenantId), eq(periodCloses.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}

function refuse(message: string): never {
  throw new ValidationError({ _form: message }, message);
}

export const closeQuarter = defineAction({
  name: "periods.close",
  permission: "periods.close",
  input: CloseQuarter,
  async handler(tx, ctx, input) {
    const [facts] = await quarterFacts(tx, { tenantId: ctx.org.id, quarters: [input.quarter] });
    if (facts.closed) throw new ConflictError(ALREADY_CLOSED);
    const today = amsterdamToday();
    const reasons = blockingReasons(facts, today);
    if (reasons.length > 0) refuse(`Dit kwartaal kan nog niet worden afgesloten: ${reasons.join("; ")}.`);
    const [close] = await tx
      .insert(periodCloses)
      .values({ tenantId: ctx.org.id, quarter: input.quarter, closedByUserId: ctx.userId })
      .onConflictDoNothing()
      .returning();
    // Someone else closed it between our read and this insert: the unique index caught it.
    if (!close) throw new ConflictError(ALREADY_CLOSED);
    const stored = { tenantId: ctx.org.id, closeId: close.id, quarter: input.quarter };
    const contracts = await storeContractFigures(tx, { ...stored, today });
    const values = await storeAcceptedValues(tx, stored);
    const targets = await storeTargetFigures(tx, stored);
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "period_close",
      entityId: close.id,
      action: "close",
      after: { quarter: close.quarter, closedByUserId: ctx.userId, contracts, values, targets },
    });
    return { id: close.id, quarter: close.quarter, contracts, values, targets };
  },
});

export const requestReopen = defineAction({
  name: "periods.request_reopen",
  permission: "periods.reopen",
  input: RequestReopen,
  async handler(tx, ctx, input) {
    const close = await closeInTenant(tx, ctx.org.id, input.closeId);
    if (close.reopenedAt) refuse("Dit kwartaal is al heropend.");
    if (close.reopenRequestedAt) throw new ConflictError("Er is al gevraagd dit kwartaal te heropenen; een tweede persoon keurt dat goed.");
    const now = new Date();
    const [after] = await tx
      .update(periodCloses)
      .set({ reopenRequestedByUserId: ctx.userId, reopenRequestedAt: now, reopenRequestedRole: ctx.role, reopenReason: input.reason })
      .where(and(eq(periodCloses.tenantId, ctx.org.id), eq(periodCloses.id, close.id), isNull(periodCloses.reopenRequestedAt)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "period_close",
      entityId: close.id,
      action: "request_reopen",
      after: { quarter: close.quarter, requestedByUserId: ctx.userId, role: ctx.role, reason: input.reason },
    });
    return { id: close.id, quarter: close.quarter };
  },
});

export const approveReopen = defineAction({
  name: "periods.approve_reopen",
  permission: "periods.reopen",
  input: ApproveReopen,
  async handler(tx, ctx, input) {
    const close = await closeInTenant(tx, ctx.org.id, input.closeId);
    if (close.reopenedAt) refuse("Dit kwartaal is al heropend.");
    if (!close.reopenRequestedByUserId || !close.reopenRequestedRole) refuse("Er is nog niet gevraagd dit kwartaal te heropenen.");
    const error = reopenApprovalError({ userId: close.reopenRequestedByUserId, role: close.reopenRequestedRole }, ctx);
    if (error) throw new ForbiddenError(error);
    const [after] = await tx
      .update(periodCloses)
      .set({ reopenedByUserId: ctx.userId, reopenedAt: new Date() })
      .where(and(eq(periodCloses.tenantId, ctx.org.id), eq(periodCloses.id, close.id), isNull(periodCloses.reopenedAt)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "period_close",
      entityId: close.id,
      action: "reopen",
      before: { requestedByUserId: close.reopenRequestedByUserId, reason: close.reopenReason },
      after: { quarter: close.quarter, approvedByUserId: ctx.userId, role: ctx.role },
    });
    return { id: close.id, quarter: close.quarter };
  },
});
