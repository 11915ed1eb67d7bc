// The words of a form's answer, apart from the DOM so they can be tested: what a confirmation
// says, how a link in the error summary reads, and which refusals no field shows.

/** What every save says when neither the form nor the action has a text of its own. */
export const SAVED = "Opgeslagen.";

/** The heading of the error summary at the top of a form. */
export const SUMMARY_HEADING = "Er ging iets mis";

/** The confirmation of a save: the form's own text first (it knows what was saved), then the action's. */
export function confirmationText(answer: { message?: string }, own?: string): string {
  return own?.trim() || answer.message?.trim() || SAVED;
}

/**
 * A link in the error summary: the field's label, after the group it sits in when the label alone
 * is ambiguous (every KPI of a report has a "Waarde"), then the message.
 */
export function errorLinkText(field: { group?: string; label: string; message: string }): string {
  const label = field.label.replace(/\s+/g, " ").trim();
  const group = field.group?.replace(/\s+/g, " ").trim();
  const name = group && group !== label ? `${group} – ${label}` : label;
  return name ? `${name}: ${field.message}` : field.message;
}

/**
 * The refusals the summary must say itself, because no field on the screen shows them (a field
 * that is not on the form, or the form as a whole): every field error whose message is not at a
 * field, once, and not the summary's own message again.
 */
export function unplacedErrors(refusal: { error: string; fieldErrors?: Record<string, string> }, placed: string[]): string[] {
  const shown = new Set([refusal.error.trim(), ...placed.map((m) => m.trim())]);
  const left: string[] = [];
  for (const message of Object.values(refusal.fieldErrors ?? {})) {
    const text = message.trim();
    if (!text || shown.has(text)) continue;
    shown.add(text);
    left.push(text);
  }
  return left;
}
