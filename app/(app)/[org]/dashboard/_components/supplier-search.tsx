"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { FILTER_PARAMS, SUPPLIER_SEARCH_MIN_LENGTH } from "@/lib/dashboard/filters";
import { formatNumber } from "@/lib/format";

type Supplier = { id: string; name: string };
type Found = { query: string; suppliers: Supplier[]; more: boolean };

/** Wait this long after the last key before asking the server, so typing a name costs one request. */
const SEARCH_DELAY_MS = 250;
const FIELD_ID = "f-leverancier";
const LIST_ID = `${FIELD_ID}-lijst`;
const optionId = (index: number) => `${LIST_ID}-${index}`;

const SEARCH_FAILED = "Zoeken naar leveranciers lukte niet. Probeer het opnieuw.";

/** A refusal the server explained in Dutch (problem details); anything else says SEARCH_FAILED. */
class SearchRefused extends Error {}

async function fetchSuppliers(org: string, query: string, signal: AbortSignal): Promise<Omit<Found, "query">> {
  const response = await fetch(`/api/v1/${org}/dashboard/suppliers?zoek=${encodeURIComponent(query)}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || !body) throw new SearchRefused(body?.detail ?? SEARCH_FAILED);
  return body.data;
}

function foundMessage({ query, suppliers, more }: Found): string {
  const n = suppliers.length;
  if (n === 0) return `Geen leverancier gevonden met ‘${query}’.`;
  if (more) return `Meer dan ${n} leveranciers passen bij ‘${query}’: de eerste ${n} staan in de lijst. Typ meer van de naam.`;
  return `${n} ${n === 1 ? "leverancier" : "leveranciers"} gevonden. Kies met pijl omlaag en Enter.`;
}

/**
 * The supplier filter for a buyer with too many suppliers to list: a combobox (WAI-ARIA list
 * autocomplete) that searches the buyer's suppliers on the server as one types. The chosen id
 * travels in a hidden field, so the filter form sends it along without JavaScript too.
 */
export function SupplierSearch(props: {
  org: string;
  /** The supplier the filter names (its id from the URL) and its name, if it is one of the buyer's. */
  value: string;
  name: string | null;
  total: number;
  onChoose: (id: string) => void;
}) {
  const [text, setText] = useState(props.name ?? "");
  // Another filter, Back or a new answer changes the chosen supplier: the field shows it.
  const [shownFor, setShownFor] = useState(`${props.value}|${props.name}`);
  if (shownFor !== `${props.value}|${props.name}`) {
    setShownFor(`${props.value}|${props.name}`);
    setText(props.name ?? "");
  }
  const [found, setFound] = useState<Found | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef<AbortController | null>(null);
  const options = open && found ? found.suppliers : [];

  function stopSearching() {
    if (timer.current) clearTimeout(timer.current);
    request.current?.abort();
  }

  async function search(query: string) {
    const controller = new AbortController();
    request.current = controller;
    try {
      const result = { query, ...(await fetchSuppliers(props.org, query, controller.signal)) };
      setFound(result);
      setOpen(true);
      setActive(-1);
      setStatus(foundMessage(result));
    } catch (error) {
      if (controller.signal.aborted) return;
      setFound(null);
      setOpen(false);
      // A lost connection says "Failed to fetch" in the browser's language: not for the person.
      setStatus(error instanceof SearchRefused ? error.message : SEARCH_FAILED);
    }
  }

  function type(next: string) {
    setText(next);
    stopSearching();
    const query = next.trim();
    if (query.length < SUPPLIER_SEARCH_MIN_LENGTH) {
      setFound(null);
      setOpen(false);
      setStatus("");
      return;
    }
    timer.current = setTimeout(() => void search(query), SEARCH_DELAY_MS);
  }

  function choose(supplier: Supplier | null) {
    stopSearching();
    setOpen(false);
    setFound(null);
    setActive(-1);
    setText(supplier?.name ?? "");
    setStatus(supplier ? `Filter op leverancier: ${supplier.name}` : "Filter op leverancier gewist: alle leveranciers");
    props.onChoose(supplier?.id ?? "");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = found?.suppliers.length ?? 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      const down = event.key === "ArrowDown";
      setOpen(true);
      setActive(!open || active < 0 ? (down ? 0 : count - 1) : (active + (down ? 1 : count - 1)) % count);
    } else if (event.key === "Enter") {
      // Never submits the filter form: with JavaScript the choice applies at once.
      event.preventDefault();
      if (open && active >= 0 && found) choose(found.suppliers[active]);
      else if (text.trim() === "" && props.value) choose(null);
    } else if (event.key === "Escape") {
      event.preventDefault();
      stopSearching();
      if (open) setOpen(false);
      else setText(props.name ?? "");
    }
  }

  function onBlur() {
    stopSearching();
    setOpen(false);
    // Emptied and left: every supplier again; a search left unchosen changes nothing.
    if (text.trim() === "" && props.value) choose(null);
    else setText(props.name ?? "");
  }

  return (
    <div className="field supplier-search">
      <label htmlFor={FIELD_ID}>Leverancier</label>
      <input type="hidden" name={FILTER_PARAMS.supplierId} value={props.value} />
      <div className="supplier-search-box">
        <input
          id={FIELD_ID}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={LIST_ID}
          aria-activedescendant={options.length > 0 && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${FIELD_ID}-hint ${FIELD_ID}-status`}
          autoComplete="off"
          spellCheck={false}
          placeholder="Alle leveranciers"
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <ul id={LIST_ID} role="listbox" aria-label="Gevonden leveranciers" hidden={options.length === 0}>
          {options.map((s, i) => (
            <li
              key={s.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              ref={i === active ? (el) => el?.scrollIntoView({ block: "nearest" }) : undefined}
              // Keeps the focus in the field, which would otherwise blur and close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(s)}
            >
              {s.name}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${FIELD_ID}-hint`} className="small muted">
        Typ minstens {SUPPLIER_SEARCH_MIN_LENGTH} letters van de naam; {formatNumber(props.total)} leveranciers.
      </p>
      <p id={`${FIELD_ID}-status`} className="small" role="status">
        {status}
      </p>
      {props.value ? (
        <button type="button" className="button-link small supplier-search-clear" onClick={() => choose(null)}>
          Alle leveranciers tonen
        </button>
      ) : null}
    </div>
  );
}
