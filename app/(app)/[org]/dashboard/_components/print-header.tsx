"use client";

import { usePrinting } from "@/app/_components/ui/print-media";
import { filterLabels } from "@/lib/dashboard/filter-labels";
import type { DashboardView } from "@/lib/dashboard/shape";
import { formatDateTime } from "@/lib/format";

/**
 * The top of the printed board report: what was selected and when it was printed, since the
 * filter bar itself does not go on paper. The moment is read when printing starts, not when the
 * page was opened.
 */
export function PrintHeader({ data, orgName }: { data: DashboardView; orgName: string }) {
  const printing = usePrinting();
  const contracts = data.options.contracts;
  return (
    <header className="print-only board-report-head">
      <p className="board-report-title">Bestuursrapportage {orgName}</p>
      <dl className="board-report-filters">
        {filterLabels(data).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>Selectie</dt>
          <dd>
            {contracts} {contracts === 1 ? "contract" : "contracten"}
          </dd>
        </div>
      </dl>
      {printing ? <p className="small">Afgedrukt op {formatDateTime(new Date())}</p> : null}
    </header>
  );
}
