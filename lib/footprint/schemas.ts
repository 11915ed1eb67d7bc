import { PURCHASING_PACKAGES } from "@/lib/contracts/rules";
import { optionalDecimalField } from "@/lib/decimal-fields";
import { checkbox, idList } from "@/lib/kpis/fields";
import { optionalText, optionalYearField, version, z } from "@/lib/zod";

export const SaveFootprintBaseline = z.object({
  fte: optionalDecimalField().refine((v) => v === null || Number(v) > 0, { error: "Het aantal FTE is groter dan 0." }),
  fteYear: optionalYearField("base"),
  version,
});
export type SaveFootprintBaseline = z.output<typeof SaveFootprintBaseline>;

export const SavePackageFootprint = z.object({
  purchasingPackage: z.enum(Object.keys(PURCHASING_PACKAGES) as [keyof typeof PURCHASING_PACKAGES], { error: "Kies een inkooppakket." }),
  kgPerFte: optionalDecimalField().refine((v) => v === null || Number(v) >= 0, { error: "Een voetafdruk is 0 of meer kg CO2e per FTE." }),
  source: optionalText("de bron", "short"),
  sourceYear: optionalYearField("base"),
  strategic: checkbox,
  themeIds: idList,
  // 0: the package has no saved row yet.
  version,
});
export type SavePackageFootprint = z.output<typeof SavePackageFootprint>;
