"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/http/action";
import type { BulkResult } from "@/lib/http/bulk";

export type BulkAnswer = ActionResult<BulkResult>;

/**
 * Which rows a person ticked, by row key. After a bulk action only the rows that succeeded are
 * unticked: what failed stays selected, so nothing the person chose is lost and a retry is one click.
 */
export function useBulkSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return {
    selected,
    toggle: (key: string, on: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    setMany: (keys: string[], on: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        for (const key of keys)
          if (on) next.add(key);
          else next.delete(key);
        return next;
      }),
  };
}

/** The tick box that selects every visible row that can be selected, or none of them again. */
export function SelectAll({ keys, selection }: { keys: string[]; selection: ReturnType<typeof useBulkSelection> }) {
  const all = keys.length > 0 && keys.every((k) => selection.selected.has(k));
  return (
    <label className="checkbox-label">
      <input type="checkbox" checked={all} disabled={keys.length === 0} onChange={(e) => selection.setMany(keys, e.target.checked)} />
      Alles selecteren
    </label>
  );
}

/**
 * What a bulk action did, per item: gelukt, or niet gelukt with the reason. Focus moves here when
 * it arrives, so a keyboard or screen-reader user hears the outcome and continues from it.
 */
export function BulkOutcome({ title, answer, labelOf }: { title: string; answer: BulkAnswer | null; labelOf: (item: string) => string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer) ref.current?.focus();
  }, [answer]);
  if (!answer) return null;
  if (!answer.ok) {
    return (
      <div ref={ref} tabIndex={-1} className="alert alert-error" role="alert">
        {answer.fieldErrors?.items ?? answer.error}
      </div>
    );
  }
  const { succeeded, failed, items } = answer.data;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`alert ${failed > 0 ? "alert-error" : "alert-success"}`}
      role="status"
      aria-labelledby="bulk-outcome"
    >
      <h3 id="bulk-outcome" className="bulk-outcome-title">
        {title}: {succeeded} gelukt{failed > 0 ? `, ${failed} niet gelukt` : ""}
      </h3>
      <ul className="bulk-outcome">
        {items.map((r) => (
          <li key={r.item}>
            <strong>{r.ok ? "Gelukt" : "Niet gelukt"}</strong>: {labelOf(r.item)}
            {r.ok ? null : <> – {r.reason}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
