// What the footprint page needs, shaped on the server so app/ stays free of database code.
import type { Actor } from "@/lib/auth/actor";
import { packageLabel, PURCHASING_PACKAGES, statusLabel } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import { decimalInput } from "@/lib/format";
import { withTenant } from "@/lib/tenancy";
import { getFootprintBaseline, listContractsByPackage, listOrgThemes, listPackageFootprints } from "./queries";
import { FOOTPRINT_TEMPLATE, impactTonnes, rankPackages } from "./rules";

type PackageKey = keyof typeof PURCHASING_PACKAGES;

function isPurchasingPackage(key: string): key is PackageKey {
  return Object.hasOwn(PURCHASING_PACKAGES, key);
}

/** Every package of the list, ranked by FTE × footprint per FTE, with source, themes and contracts. */
export async function footprintPage(actor: Actor) {
  const tenantId = actor.org.id;
  const [baseline, saved, themes, contracts] = await withTenant(actor, (tx) =>
    Promise.all([
      getFootprintBaseline(tx, { tenantId }),
      listPackageFootprints(tx, { tenantId }),
      listOrgThemes(tx, { tenantId }),
      listContractsByPackage(tx, { tenantId }),
    ]),
  );
  const byPackage = new Map(saved.map((row) => [row.purchasingPackage, row]));
  const themeNames = new Map(themes.map((t) => [t.id, `${t.name} (${t.year})`]));
  const fte = baseline?.fte ?? null;
  const ranked = rankPackages(
    fte,
    Object.keys(PURCHASING_PACKAGES).map((key) => ({
      purchasingPackage: key,
      kgPerFte: byPackage.get(key)?.kgPerFte ?? null,
      strategic: byPackage.get(key)?.strategic ?? false,
    })),
  );
  return {
    baseline: { fte, fteYear: baseline?.fteYear ?? null, version: baseline?.version ?? 0 },
    packages: ranked.map((p) => {
      const row = byPackage.get(p.purchasingPackage);
      const template = FOOTPRINT_TEMPLATE[p.purchasingPackage as PackageKey];
      return {
        ...p,
        impactTonnes: p.impactKg === null ? null : impactTonnes(p.impactKg),
        source: row?.source ?? null,
        sourceYear: row?.sourceYear ?? null,
        // A template figure the coordinator has not taken over yet: shown as a hint, never ranked.
        templateKgPerFte: row?.kgPerFte == null && template ? template.kgPerFte : null,
        themes: (row?.themeIds ?? []).map((id) => themeNames.get(id)).filter((name): name is string => name !== undefined),
        contracts: contracts
          .filter((c) => c.purchasingPackage === p.purchasingPackage)
          .map((c) => ({ id: c.id, title: c.title, status: statusLabel(c.status) })),
      };
    }),
  };
}

export type FootprintPage = Awaited<ReturnType<typeof footprintPage>>;

/** One package's form: what was saved, or the template's figure for a package not saved yet. */
export async function packageFootprintForm(actor: Actor, key: string) {
  if (!isPurchasingPackage(key)) throw new NotFoundError("Dit inkooppakket bestaat niet.");
  const tenantId = actor.org.id;
  const [saved, themes] = await withTenant(actor, (tx) =>
    Promise.all([listPackageFootprints(tx, { tenantId }), listOrgThemes(tx, { tenantId })]),
  );
  const row = saved.find((r) => r.purchasingPackage === key);
  const template = FOOTPRINT_TEMPLATE[key];
  return {
    label: packageLabel(key),
    fromTemplate: !row && template !== undefined,
    themes: themes.map((t) => ({ id: t.id, label: `${t.name} (${t.year})` })),
    initial: {
      purchasingPackage: key,
      kgPerFte: row ? decimalInput(row.kgPerFte) : (template?.kgPerFte ?? ""),
      source: row ? (row.source ?? "") : (template?.source ?? ""),
      sourceYear: row?.sourceYear ? String(row.sourceYear) : template ? String(template.sourceYear) : "",
      strategic: row?.strategic ?? false,
      themeIds: row?.themeIds ?? [],
      version: row?.version ?? 0,
    },
  };
}

export function baselineFormValues(page: FootprintPage) {
  return {
    fte: decimalInput(page.baseline.fte),
    fteYear: page.baseline.fteYear === null ? "" : String(page.baseline.fteYear),
    version: page.baseline.version,
  };
}
