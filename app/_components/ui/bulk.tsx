"use client";

import { useEffect, useRef, useState, useTransition } from "react";
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

/**
 * A list of things to tick and one button for all of them (close action items, finish roadmap
 * actions): every item succeeds or fails on its own, the outcome says which, failed ones stay ticked.
 */
export function BulkChecklist({
  legend,
  button,
  title,
  options,
  run,
}: {
  legend: string;
  button: string;
  title: string;
  options: Array<{ item: string; label: string }>;
  run: (items: string[]) => Promise<BulkAnswer>;
}) {
  const selection = useBulkSelection();
  const [answer, setAnswer] = useState<{ answer: BulkAnswer; labels: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = options.filter((o) => selection.selected.has(o.item));
  function submit() {
    // Taken before the action: a finished item leaves the list once the page refreshes.
    const labels = Object.fromEntries(chosen.map((o) => [o.item, o.label]));
    startTransition(async () => {
      const result = await run(chosen.map((o) => o.item));
      if (result.ok)
        selection.setMany(
          result.data.items.filter((i) => i.ok).map((i) => i.item),
          false,
        );
      setAnswer({ answer: result, labels });
    });
  }
  if (options.length === 0 && !answer) return null;
  return (
    <fieldset className="bulk-bar">
      <legend>{legend}</legend>
      {options.length > 0 ? (
        <>
          <SelectAll keys={options.map((o) => o.item)} selection={selection} />
          <ul className="plain-list">
            {options.map((o) => (
              <li key={o.item}>
                <label className="checkbox-label">
                  <input
                    type="checkbox"
                    checked={selection.selected.has(o.item)}
                    onChange={(e) => selection.toggle(o.item, e.target.checked)}
                  />
                  {o.label}
                </label>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button button-secondary" disabled={pending || chosen.length === 0} onClick={submit}>
              {button}
              {chosen.length > 0 ? ` (${chosen.length})` : ""}
            </button>
            {pending ? <span role="status">Bezig…</span> : null}
          </div>
        </>
      ) : null}
      <BulkOutcome title={title} answer={answer?.answer ?? null} labelOf={(item) => answer?.labels[item] ?? item} />
    </fieldset>
  );
}
