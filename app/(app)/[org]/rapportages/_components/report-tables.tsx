"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { BulkOutcome, SelectAll, useBulkSelection, type BulkAnswer } from "@/app/_components/ui/bulk";
import { acceptReportsAction, remindSuppliersAction } from "../actions";

export type OverviewRow = {
  key: string;
  label: string;
  href: string;
  due: string;
  status: { label: string; tone: "green" | "grey" | "amber" | "red" };
  submitted: string;
  acceptItem: string | null;
  remindItem: string | null;
};
export type OverviewContract = { id: string; title: string; href: string; party: string; rows: OverviewRow[] };

const selectable = (row: OverviewRow) => row.acceptItem !== null || row.remindItem !== null;

/**
 * The quarters per contract. Where the person decides on reports, rows can be ticked: submitted
 * ones to accept together, late ones to remind the supplier of. Each item succeeds or fails on its
 * own; the outcome lists them and the failed ones stay ticked.
 */
export function ReportTables({ org, contracts }: { org: string; contracts: OverviewContract[] }) {
  const selection = useBulkSelection();
  const [answer, setAnswer] = useState<{ title: string; answer: BulkAnswer; labels: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const rows = contracts.flatMap((c) => c.rows.map((row) => ({ contract: c, row })));
  const keys = rows.filter(({ row }) => selectable(row)).map(({ row }) => row.key);
  const chosen = rows.filter(({ row }) => selection.selected.has(row.key));
  const toAccept = chosen.flatMap(({ row }) => (row.acceptItem ? [row.acceptItem] : []));
  const toRemind = chosen.flatMap(({ row }) => (row.remindItem ? [row.remindItem] : []));
  const labels = new Map(
    rows.flatMap(({ contract, row }) =>
      [row.acceptItem, row.remindItem].filter(Boolean).map((i) => [i!, `${contract.title} – ${row.label}`]),
    ),
  );

  function run(title: string, items: string[], action: (org: string, items: string[]) => Promise<BulkAnswer>) {
    // Taken before the action: an accepted row loses its item once the page refreshes.
    const named = Object.fromEntries(items.map((item) => [item, labels.get(item) ?? "Onbekende regel"]));
    startTransition(async () => {
      const result = await action(org, items);
      if (result.ok) {
        const done = new Set(result.data.items.filter((i) => i.ok).map((i) => i.item));
        selection.setMany(
          rows
            .filter(({ row }) => (row.acceptItem && done.has(row.acceptItem)) || (row.remindItem && done.has(row.remindItem)))
            .map(({ row }) => row.key),
          false,
        );
      }
      setAnswer({ title, answer: result, labels: named });
    });
  }

  return (
    <>
      {keys.length > 0 || answer ? (
        <section className="card bulk-bar" aria-labelledby="bulk-heading">
          <h2 id="bulk-heading">Meerdere tegelijk</h2>
          <p className="small">
            Vink ingediende rapportages aan om ze samen te accepteren, of te late om de leverancier een herinnering te sturen.
          </p>
          <div className="actions">
            <SelectAll keys={keys} selection={selection} />
            <span aria-live="polite">{chosen.length} geselecteerd</span>
            <button
              type="button"
              className="button"
              disabled={pending || toAccept.length === 0}
              onClick={() => run("Accepteren", toAccept, acceptReportsAction)}
            >
              Geselecteerde accepteren{toAccept.length > 0 ? ` (${toAccept.length})` : ""}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={pending || toRemind.length === 0}
              onClick={() => run("Herinneringen", toRemind, remindSuppliersAction)}
            >
              Herinnering sturen{toRemind.length > 0 ? ` (${toRemind.length})` : ""}
            </button>
          </div>
          {pending ? <p role="status">Bezig…</p> : null}
          <BulkOutcome title={answer?.title ?? ""} answer={answer?.answer ?? null} labelOf={(item) => answer?.labels[item] ?? item} />
        </section>
      ) : null}
      {contracts.map((contract) => {
        const withBoxes = contract.rows.some(selectable);
        return (
          <section key={contract.id} className="card" aria-labelledby={`contract-${contract.id}`}>
            <h2 id={`contract-${contract.id}`}>
              <Link href={contract.href}>{contract.title}</Link>
            </h2>
            <p className="small">{contract.party}</p>
            <div className="table-wrap">
              <table className="data">
                <caption className="visually-hidden">Kwartaalrapportages van {contract.title}</caption>
                <thead>
                  <tr>
                    {withBoxes ? (
                      <th scope="col">
                        <span className="visually-hidden">Selecteren</span>
                      </th>
                    ) : null}
                    <th scope="col">Kwartaal</th>
                    <th scope="col">Uiterlijk</th>
                    <th scope="col">Status</th>
                    <th scope="col">Ingediend</th>
                  </tr>
                </thead>
                <tbody>
                  {contract.rows.map((row) => (
                    <tr key={row.key}>
                      {withBoxes ? (
                        <td>
                          {selectable(row) ? (
                            <input
                              type="checkbox"
                              aria-label={`Selecteer ${contract.title} – ${row.label}`}
                              checked={selection.selected.has(row.key)}
                              onChange={(e) => selection.toggle(row.key, e.target.checked)}
                            />
                          ) : null}
                        </td>
                      ) : null}
                      <th scope="row">
                        <Link href={row.href}>{row.label}</Link>
                      </th>
                      <td>{row.due}</td>
                      <td>
                        <Badge tone={row.status.tone}>{row.status.label}</Badge>
                      </td>
                      <td>{row.submitted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
