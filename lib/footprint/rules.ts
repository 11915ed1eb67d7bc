// The footprint baseline per purchasing package (Buyer Group FM handreiking, bijlage 4): a footprint
// per FTE per package, times the organisation's FTE, ranks the packages by impact, so the
// coordinator sees where a strategic procurement reduces most CO2.
import { fromScaled, multiplyScaled, toScaled } from "@/lib/decimal";
import { packageLabel, PURCHASING_PACKAGES } from "@/lib/contracts/rules";

/**
 * The template's only filled figure. The seed's figure 14 averages footprints of several
 * organisations per package; its text gives one number: catering, 133 kg CO2 per FTE, the
 * average of six scans. The other bars are not in the text, so the coordinator fills them in.
 */
export const FOOTPRINT_TEMPLATE: Partial<
  Record<keyof typeof PURCHASING_PACKAGES, { kgPerFte: string; source: string; sourceYear: number }>
> = {
  catering: {
    kgPerFte: "133",
    source: "PHI Factory, gemiddelde van zes scans (Buyer Group FM, Op weg naar regeneratief FM, bijlage 4, figuur 14)",
    sourceYear: 2023,
  },
};

export type PackageFigure = {
  purchasingPackage: string;
  kgPerFte: string | null;
  strategic: boolean;
};

export type RankedPackage = PackageFigure & {
  label: string;
  rank: number | null;
  /** FTE × kg CO2e per FTE: kilograms CO2e per year, exact to four decimals; null without both figures. */
  impactKg: string | null;
};

/**
 * The packages by impact, largest first; packages without a figure (or without an FTE) follow
 * unranked in the list's own order. Equal impacts share a rank.
 */
export function rankPackages(fte: string | null, figures: PackageFigure[]): RankedPackage[] {
  const withImpact = figures.map((f) => ({
    ...f,
    label: packageLabel(f.purchasingPackage),
    impactScaled: fte !== null && f.kgPerFte !== null ? multiplyScaled(toScaled(fte), toScaled(f.kgPerFte)) : null,
  }));
  const known = withImpact
    .filter((p) => p.impactScaled !== null)
    .sort((a, b) => (a.impactScaled! === b.impactScaled! ? 0 : a.impactScaled! > b.impactScaled! ? -1 : 1));
  const unknown = withImpact.filter((p) => p.impactScaled === null);
  let rank = 0;
  let previous: bigint | null = null;
  const ranked = known.map((p, i) => {
    if (p.impactScaled !== previous) rank = i + 1;
    previous = p.impactScaled;
    return {
      purchasingPackage: p.purchasingPackage,
      kgPerFte: p.kgPerFte,
      strategic: p.strategic,
      label: p.label,
      rank,
      impactKg: fromScaled(p.impactScaled!),
    };
  });
  return [
    ...ranked,
    ...unknown.map((p) => ({
      purchasingPackage: p.purchasingPackage,
      kgPerFte: p.kgPerFte,
      strategic: p.strategic,
      label: p.label,
      rank: null,
      impactKg: null,
    })),
  ];
}

/**
 * Kilograms as tonnes for the page, rounded to what the inputs carry: a footprint per FTE is an
 * average of a few scans, so tenths of a tonne is the most the product says.
 */
export function impactTonnes(impactKg: string): number {
  return Math.round(Number(impactKg) / 100) / 10;
}
