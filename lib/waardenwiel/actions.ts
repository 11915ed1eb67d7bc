// Writes on a whole wheel: create one for a year, derive one for a contract, and the wheel's own
// fields (analysis, ambition, publication). Themes, sub-themes, priorities and goals are in
// theme-actions.ts and goal-actions.ts; all of them go through editWheel (edit.ts).
import { and, eq } from "drizzle-orm";
import { wheels } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getContractInTenant } from "@/lib/contracts/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { copyOuterThemes, copyWheelContent, insertTemplateThemes } from "./copy";
import { editWheel } from "./edit";
import { assertMayEditContractWheel } from "./policy";
import { findOrgWheelRow, latestOrgWheelYear, orgWheelForContract, wheelDetail } from "./queries";
import { CreateWheel, DeriveContractWheel, PublishWheel, UpdateAmbition, UpdateAnalysis } from "./schemas";
import { EXAMPLE_SOURCE, EXAMPLE_THEMES } from "./templates";
import { defineAction } from "@/lib/http/action";

/** A new organisation wheel for a year, empty, as a copy of the latest earlier wheel, or from the example. */
export const createWheel = defineAction({
  name: "wheel.create",
  permission: "wheel.edit",
  input: CreateWheel,
  async handler(tx, ctx, input) {
    const tenantId = ctx.org.id;
    if (await findOrgWheelRow(tx, { tenantId, year: input.year })) {
      throw new ValidationError({ year: `Er is al een Waardenwiel voor ${input.year}.` });
    }
    const latest = await latestOrgWheelYear(tx, { tenantId });
    if (latest !== null && input.year < latest) {
      throw new ValidationError({
        year: `Er is al een wiel voor ${latest}. Een wiel voor een eerder jaar zou meteen alleen-lezen zijn; kies ${latest + 1} of later.`,
      });
    }
    // The latest earlier wheel is "last year's", even when a year was skipped.
    const source = input.template === "copy" && latest !== null ? await findOrgWheelRow(tx, { tenantId, year: latest }) : null;
    if (input.template === "copy" && !source) {
      throw new ValidationError({ template: "Er is nog geen eerder wiel om te kopiëren. Kies een leeg wiel of het voorbeeld." });
    }
    const [wheel] = await tx
      .insert(wheels)
      .values({
        tenantId,
        year: input.year,
        derivedFromId: source?.id ?? null,
        ambition: source?.ambition ?? null,
        analysis:
          source?.analysis ?? (input.template === "example" ? { documents: `Startpunt: het voorbeeldwiel uit de ${EXAMPLE_SOURCE}.` } : {}),
      })
      .returning();
    if (source) await copyWheelContent(tx, await wheelDetail(tx, source), { tenantId, wheelId: wheel.id });
    if (input.template === "example") await insertTemplateThemes(tx, { tenantId, wheelId: wheel.id }, EXAMPLE_THEMES);
    await recordAudit(tx, ctx, {
      tenantId,
      entity: "wheel",
      entityId: wheel.id,
      action: "create",
      after: { year: wheel.year, template: input.template, copiedFrom: source?.year ?? null },
    });
    return { id: wheel.id, year: wheel.year };
  },
});

/**
 * A contract's own wheel, derived from the organisation wheel of the contract's start year (or
 * the latest one): the same outer themes, linked to the originals, with the contract's own
 * concretisation and priorities still to be filled in.
 */
export const deriveContractWheel = defineAction({
  name: "wheel.derive_contract_wheel",
  permission: "contract_wheel.edit",
  input: DeriveContractWheel,
  async handler(tx, ctx, input) {
    const tenantId = ctx.org.id;
    const contract = await getContractInTenant(tx, { tenantId, id: input.contractId });
    assertMayEditContractWheel(ctx, contract);
    const [existing] = await tx
      .select({ id: wheels.id })
      .from(wheels)
      .where(and(eq(wheels.tenantId, tenantId), eq(wheels.contractId, contract.id)));
    if (existing) throw new ConflictError("Dit contract heeft al een eigen Waardenwiel.");
    const startYear = Number(contract.startDate.slice(0, 4));
    const source = await orgWheelForContract(tx, { tenantId, startYear });
    if (!source) {
      const message = "Er is nog geen Waardenwiel van de organisatie om van af te leiden. Vraag de coördinator er eerst een te maken.";
      throw new ValidationError({ _form: message }, message);
    }
    const [wheel] = await tx
      .insert(wheels)
      .values({ tenantId, year: Math.min(Math.max(startYear, 2000), 2100), contractId: contract.id, derivedFromId: source.id })
      .returning();
    const themes = await copyOuterThemes(tx, await wheelDetail(tx, source), { tenantId, wheelId: wheel.id });
    await recordAudit(tx, ctx, {
      tenantId,
      entity: "wheel",
      entityId: wheel.id,
      action: "derive",
      after: { contractId: contract.id, derivedFromId: source.id, derivedFromYear: source.year, themes },
    });
    return { id: wheel.id, derivedFromYear: source.year };
  },
});

// Editing an existing wheel takes "contract_wheel.edit", the permission every wheel editor has;
// editWheel then demands "wheel.edit" for an organisation wheel (see edit.ts).
const EDIT_ANY_WHEEL = "contract_wheel.edit" as const;

export const updateAnalysis = defineAction({
  name: "wheel.update_analysis",
  permission: EDIT_ANY_WHEEL,
  input: UpdateAnalysis,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel, before) => {
      const { currentSituation, documents, stakeholders, interviews, ombouw, opbouw, voortbouw, afbouw } = input;
      const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null));
      const analysis = {
        ...strip({ currentSituation, documents, stakeholders, interviews }),
        xcurve: strip({ ombouw, opbouw, voortbouw, afbouw }),
      };
      await tx
        .update(wheels)
        .set({ analysis })
        .where(and(eq(wheels.tenantId, wheel.tenantId), eq(wheels.id, wheel.id)));
      await recordAudit(tx, ctx, {
        tenantId: wheel.tenantId,
        entity: "wheel",
        entityId: wheel.id,
        action: "update_analysis",
        before: before.analysis,
        after: analysis,
      });
      return { id: wheel.id };
    });
  },
});

export const updateAmbition = defineAction({
  name: "wheel.update_ambition",
  permission: EDIT_ANY_WHEEL,
  input: UpdateAmbition,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel, before) => {
      await tx
        .update(wheels)
        .set({ ambition: input.ambition })
        .where(and(eq(wheels.tenantId, wheel.tenantId), eq(wheels.id, wheel.id)));
      await recordAudit(tx, ctx, {
        tenantId: wheel.tenantId,
        entity: "wheel",
        entityId: wheel.id,
        action: "update_ambition",
        before: { ambition: before.ambition },
        after: { ambition: input.ambition },
      });
      return { id: wheel.id };
    });
  },
});

/** Shares the vision page with the whole organisation (step 7 of the workflow). */
export const publishWheel = defineAction({
  name: "wheel.publish",
  permission: EDIT_ANY_WHEEL,
  input: PublishWheel,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel, before) => {
      const publishedAt = new Date();
      await tx
        .update(wheels)
        .set({ publishedAt })
        .where(and(eq(wheels.tenantId, wheel.tenantId), eq(wheels.id, wheel.id)));
      await recordAudit(tx, ctx, {
        tenantId: wheel.tenantId,
        entity: "wheel",
        entityId: wheel.id,
        action: "publish",
        before: { publishedAt: before.publishedAt },
        after: { publishedAt },
      });
      return { id: wheel.id, publishedAt };
    });
  },
});
