"use client";

import { useRef, useState, type ReactNode } from "react";

type Keyed<T> = T & { key: number };

/**
 * Rows of milestones with add and remove, for growth paths, organisation targets and library
 * templates alike. Each row is a fieldset with its own legend; the caller renders its fields,
 * named by the row's place (`milestones.${i}.value`). A row keeps its key when another is
 * removed, so the browser keeps what was typed in it; a new row gets the focus.
 */
export function MilestoneRows<T extends object>(props: {
  initial: T[];
  /** The values of a new row. */
  blank: T;
  /** At least this many rows stay (the last ones cannot be removed). */
  minRows?: number;
  /** "Mijlpaal 2", or with the context a screen reader needs: "Mijlpaal 2 van niveau plus". */
  legend: (index: number) => string;
  addLabel?: ReactNode;
  rowClassName?: string;
  /** A problem with the list as a whole ("geef minstens één mijlpaal op"). */
  error?: string;
  children: (row: Keyed<T>, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}) {
  const minRows = props.minRows ?? 0;
  const start =
    props.initial.length >= minRows
      ? props.initial
      : [...props.initial, ...Array.from({ length: minRows - props.initial.length }, () => props.blank)];
  const [rows, setRows] = useState<Keyed<T>[]>(() => start.map((row, key) => ({ ...row, key })));
  const nextKey = useRef(start.length);
  const list = useRef<HTMLDivElement>(null);

  function add() {
    const key = nextKey.current++;
    setRows((current) => [...current, { ...props.blank, key }]);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-row="${key}"] :is(input, select)`)?.focus());
  }
  const update = (key: number) => (patch: Partial<T>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <div ref={list}>
      {rows.map((row, i) => (
        <fieldset key={row.key} className={`milestone-row ${props.rowClassName ?? ""}`} data-row={row.key}>
          <legend>{props.legend(i)}</legend>
          {props.children(row, i, update(row.key))}
          {rows.length > minRows ? (
            <button
              type="button"
              className="button button-secondary milestone-remove"
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
            >
              Verwijder<span className="visually-hidden"> {lowerFirst(props.legend(i))}</span>
            </button>
          ) : null}
        </fieldset>
      ))}
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div>
        <button type="button" className="button button-secondary" onClick={add}>
          {props.addLabel ?? "Mijlpaal toevoegen"}
        </button>
      </div>
    </div>
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
