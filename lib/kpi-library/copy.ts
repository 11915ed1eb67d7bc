// Copying KPIs from another contract of the same buyer: what worked on last year's catering
// contract becomes the proposal for the new one. The growth path moves with the contract start
// (a milestone one year into the old contract lands one year into the new one); themes follow
// by name where the new contract's wheel has them. Like adopting a template, the copies are the
// buyer's proposals, and either all selected KPIs are copied or none.
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { MalusRule } from "@/lib/malus/rule";
import { contractWheelThemes, listContractKpis, type ContractKpi } from "@/lib/kpis/queries";
import { contractForKpis, insertKpi } from "@/lib/kpis/store";
import { uuid, z } from "@/lib/zod";
import { liveKpiNames, nameKey } from "./existing";
import { quarterShift, shiftMilestones, shiftQuarterKey } from "./levels";
import { defineAction } from "@/lib/http/action";

const CopyKpis = z.object({
  contractId: z.string({ error: "Onbekende verwijzing." }),
  sourceContractId: z
    .string({ error: "Kies het contract waaruit je kopieert." })
    .min(1, { error: "Kies het contract waaruit je kopieert." }),
  kpiIds: z
    .union([z.string(), z.array(z.string())], { error: "Vink minstens één KPI aan." })
    .transform((v) => (Array.isArray(v) ? v : [v]).filter(Boolean))
    .pipe(z.array(uuid).min(1, { error: "Vink minstens één KPI aan." }).max(50, { error: "Kopieer hoogstens 50 KPI's tegelijk." })),
});

/** The current path of a KPI: its latest version, as agreed now. */
function latestPath(kpi: ContractKpi) {
  return kpi.versions.reduce<ContractKpi["versions"][number] | null>(
    (latest, v) => (!latest || v.version > latest.version ? v : latest),
    null,
  );
}

export const copyKpis = defineAction({
  name: "kpis.copy",
  permission: "kpis.propose",
  input: CopyKpis,
  async handler(tx, ctx, input) {
    if (ctx.org.kind !== "buyer") throw new ForbiddenError("Alleen de opdrachtgever kopieert KPI's tussen zijn contracten.");
    const contract = await contractForKpis(tx, ctx, input.contractId);
    if (input.sourceContractId === contract.id) throw new ValidationError({ sourceContractId: "Kies een ander contract dan dit." });
    // Reading the source needs no management rights: every buyer user may read every contract.
    const source = await getContract(tx, { viewer: viewerOf(ctx), id: input.sourceContractId });
    const { kpis } = await listContractKpis(tx, { viewer: viewerOf(ctx), contractId: source.id });
    const chosen = input.kpiIds.map((id) => {
      const kpi = kpis.find((k) => k.id === id);
      if (!kpi) throw new NotFoundError("Deze KPI bestaat niet in het gekozen contract.");
      return kpi;
    });
    const shift = quarterShift(source, contract);
    const themes = new Map((await contractWheelThemes(tx, contract)).map((t) => [nameKey(t.name), t.id]));
    const taken = await liveKpiNames(tx, contract);
    const problems: string[] = [];
    const plans = chosen.map((kpi) => {
      if (taken.has(nameKey(kpi.name))) problems.push(`"${kpi.name}" bestaat al in dit contract.`);
      taken.add(nameKey(kpi.name));
      const path = latestPath(kpi);
      const placed = path ? shiftMilestones(path.milestones, shift, contract) : null;
      if (placed && placed.milestones.length === 0)
        problems.push(`Het groeipad van "${kpi.name}" valt helemaal buiten de looptijd van dit contract.`);
      return { kpi, path, placed };
    });
    if (problems.length > 0) throw new ValidationError({ kpiIds: problems.join(" ") }, "Er is niets gekopieerd. " + problems.join(" "));
    let dropped = 0;
    for (const { kpi, path, placed } of plans) {
      dropped += placed?.dropped ?? 0;
      await insertKpi(tx, ctx, {
        contract,
        source: "copy",
        name: kpi.name,
        description: kpi.description,
        indicatorId: kpi.indicatorId,
        kind: kpi.kind,
        obligation: kpi.obligation,
        scoreMeanings: kpi.scoreMeanings,
        baselineValue: kpi.baselineValue,
        baselineQuarter: kpi.baselineQuarter ? shiftQuarterKey(kpi.baselineQuarter, shift) : null,
        measurement: kpi.measurement,
        evidenceRequired: kpi.evidenceRequired,
        evidenceMandatory: kpi.evidenceMandatory,
        weight: kpi.weight,
        knockOut: kpi.knockOut,
        malusRule: kpi.malusRule as MalusRule | null,
        themeIds: kpi.themes.map((t) => themes.get(nameKey(t.name))).filter((id): id is string => Boolean(id)),
        growthPath:
          path && placed
            ? { interpolation: path.interpolation, milestones: placed.milestones, reason: `Gekopieerd uit "${source.title}".` }
            : null,
        templateId: kpi.templateId,
        ambitionLevel: kpi.ambitionLevel,
      });
    }
    return { copied: plans.length, droppedMilestones: dropped };
  },
});
