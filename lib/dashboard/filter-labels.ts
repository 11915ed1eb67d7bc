// The dashboard's filters by name, as the filter bar shows them: in the export's info sheet and at
// the top of the printed board report. Pure, so the client page can use it too.
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import type { DashboardView } from "./shape";

const ALL = "Alle";
const nameOf = (options: Array<{ id: string; name: string }>, id: string | null) =>
  id === null ? ALL : (options.find((o) => o.id === id)?.name ?? "Onbekend");

export function filterLabels(d: DashboardView): Array<[label: string, value: string]> {
  const f = d.filters;
  return [
    ["Periode", `${quarterLabel(quarterFromKey(f.from))} t/m ${quarterLabel(quarterFromKey(f.to))}`],
    ["Inkooppakket", f.package === null ? ALL : (d.options.packages.find((p) => p.value === f.package)?.label ?? f.package)],
    ["Samenwerkingsvorm", f.cooperationForm === null ? ALL : f.cooperationForm === "relationeel" ? "Relationeel" : "Transactioneel"],
    ["Contractmanager", nameOf(d.options.managers, f.managerId)],
    ["Leverancier", nameOf(d.options.suppliers, f.supplierId)],
    ["Indicator per inkooppakket", d.packages.indicator?.name ?? "Geen"],
    ["Waarden", f.verifiedOnly ? "Alleen geverifieerde" : "Alle geaccepteerde"],
  ];
}
