"use client";

import { useLayoutEffect, useRef, useState, type MouseEvent } from "react";
import { confirmationText, errorLinkText, SUMMARY_HEADING, unplacedErrors } from "./feedback";
import { confirmOnPage } from "./page-confirmation";

// What every form says after the server answered, and where focus goes then (WCAG 2.4.3, 3.3.1,
// 4.1.3). useFormAction hands each answer over; FormAlert shows it: a save as a confirmation in a
// live region that is already on the page, focused; a refusal as a summary at the top of the form
// that links to every field with an error, focused and scrolled into view. Forms only place
// <FormAlert state={state} />.

type Answer = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** After a save, focus goes to the confirmation (default) or, for a form the user goes on with, to the heading of its section. */
export type FocusAfterSave = "confirmation" | "heading";

type Delivery = {
  message: string;
  focus: FocusAfterSave;
  serial: number;
  /** Shown or handed to the page once: a form drawn again later does not take focus again. */
  shown: boolean;
  /** The form was still on the page when the answer arrived there. */
  settled: boolean;
};

const deliveries = new WeakMap<object, Delivery>();
let serial = 0;

/** useFormAction: a new answer of the server, with the form's own confirmation text and focus choice. */
export function deliver(answer: object, options: { success?: string; focus?: FocusAfterSave }): void {
  // Only a save is confirmed: an answer with more in it (an import's preview) is shown by its form.
  const save = "ok" in answer && answer.ok === true && Object.keys(answer).every((key) => key === "ok" || key === "message");
  const text = save ? confirmationText(answer as { message?: string }, options.success) : "";
  deliveries.set(answer, { message: text, focus: options.focus ?? "confirmation", serial: ++serial, shown: false, settled: false });
}

/** useFormAction: the form saw its answer on the page. */
export function settle(answer: object): void {
  const delivery = deliveries.get(answer);
  if (delivery) delivery.settled = true;
}

/**
 * useFormAction, once its form shows the answer: a save of a form without a FormAlert (a single
 * button in a row) is said at the top of the page; focus stays with the button that was pressed.
 */
export function confirmUnshown(answer: object): void {
  const delivery = deliveries.get(answer);
  if (!delivery || delivery.shown || !delivery.message) return;
  delivery.shown = true;
  confirmOnPage(delivery.message, { focus: false });
}

/**
 * useFormAction: the form left the page with its answer (the result replaced it). A save nobody
 * showed is confirmed at the top of the page, so it is neither lost nor silent.
 */
export function handOver(answer: object): void {
  const delivery = deliveries.get(answer);
  if (!delivery || delivery.shown || delivery.settled || !delivery.message) return;
  delivery.shown = true;
  confirmOnPage(delivery.message);
}

type FieldLink = { key: number; href: string; text: string; message: string; target: HTMLElement };

const CONTROLS = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** The input an error message belongs to: the one it describes, or the first (chosen) one of its field or group. */
function controlOf(error: HTMLElement, scope: Element): { control: HTMLElement; group: Element | null } | null {
  const described = error.id ? scope.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(error.id)}"]`) : null;
  if (described && described.matches(CONTROLS)) return { control: described, group: null };
  const group = described ?? error.closest("fieldset, .field");
  const control = group?.querySelector<HTMLElement>("input:checked:not([disabled])") ?? group?.querySelector<HTMLElement>(CONTROLS);
  return control ? { control, group: group?.matches("fieldset") ? group : null } : null;
}

/** Every field error the form shows, as a link to its field, in the order of the form. */
function fieldErrorLinks(scope: Element): FieldLink[] {
  const links: FieldLink[] = [];
  for (const error of scope.querySelectorAll<HTMLElement>(".field-error")) {
    const message = textOf(error);
    const found = message ? controlOf(error, scope) : null;
    if (!found) continue;
    const { control, group } = found;
    const label = group ? textOf(group.querySelector("legend")) : textOf((control as HTMLInputElement).labels?.[0]);
    // The fieldset around the field names it where the label repeats (a report's KPIs).
    const around = (group ?? control).parentElement?.closest("fieldset");
    const context = around && scope.contains(around) ? textOf(around.querySelector("legend")) : undefined;
    const href = control.id ? `#${control.id}` : error.id ? `#${error.id}` : "#";
    links.push({ key: links.length, href, text: errorLinkText({ group: context, label, message }), message, target: control });
  }
  return links;
}

/** The heading of the section the form is in, made focusable; null when there is none. */
function headingOf(element: Element): HTMLElement | null {
  const section = element.closest("section");
  const id = section?.getAttribute("aria-labelledby")?.split(" ")[0];
  const heading = (id ? document.getElementById(id) : null) ?? section?.querySelector<HTMLElement>("h1, h2, h3, h4");
  if (!heading) return null;
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  return heading;
}

const visible = (element: Element) => element.getClientRects().length > 0;

/** The answer of the server at the top of a form: a confirmation, or the error summary. */
export function FormAlert({ state }: { state: Answer | null }) {
  const status = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [links, setLinks] = useState<FieldLink[]>([]);
  const delivery = state ? deliveries.get(state) : undefined;
  useLayoutEffect(() => {
    if (!state || !status.current) return;
    // An answer not from useFormAction, or one already shown: on the screen, focus left alone.
    const fresh = delivery !== undefined && !delivery.shown;
    if (delivery) delivery.shown = true;
    if (!state.ok) {
      // The field messages are on the screen by now: the summary links to what is there.
      const scope = status.current.closest("form") ?? status.current.parentElement;
      setLinks(scope ? fieldErrorLinks(scope) : []);
      if (fresh) summary.current?.focus();
      return;
    }
    if (!fresh) return;
    // A form folded away with its section (a closed <details>) cannot show it: the page says it.
    if (!visible(status.current)) return confirmOnPage(delivery.message);
    const target = (delivery.focus === "heading" ? headingOf(status.current) : null) ?? status.current;
    target.focus();
  }, [state, delivery]);

  const message = state?.ok ? (delivery?.message ?? confirmationText(state)) : "";
  const notes =
    state && !state.ok
      ? unplacedErrors(
          state,
          links.map((l) => l.message),
        )
      : [];
  return (
    <>
      <div ref={status} role="status" tabIndex={-1} className={message ? "form-status alert alert-success" : "form-status"}>
        {message ? <span key={delivery?.serial ?? 0}>{message}</span> : null}
      </div>
      {state && !state.ok ? (
        <div ref={summary} className="alert alert-error error-summary" tabIndex={-1}>
          <h2 className="alert-heading">{SUMMARY_HEADING}</h2>
          <p role="alert">{state.error}</p>
          {links.length > 0 || notes.length > 0 ? (
            <ul>
              {links.map((link) => (
                <li key={link.key}>
                  <a href={link.href} onClick={(event) => goTo(event, link.target)}>
                    {link.text}
                  </a>
                </li>
              ))}
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** A link in the summary puts the cursor in the field, with its label in view, instead of only scrolling. */
function goTo(event: MouseEvent<HTMLAnchorElement>, target: HTMLElement) {
  if (!target.isConnected) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  (target.closest(".field, fieldset") ?? target).scrollIntoView({ block: "center" });
}
