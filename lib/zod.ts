import { z } from "zod";

// Zod's own Dutch messages for anything a schema does not word itself.
z.config(z.locales.nl());

export { z };

/** A required text field with Dutch messages for empty and too long. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, { error: `Vul ${label} in.` })
    .max(max, { error: `${capitalise(label)} mag hoogstens ${max} tekens lang zijn.` });
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${capitalise(label)} mag hoogstens ${max} tekens lang zijn.` })
    .optional()
    .transform((v) => (v ? v : null));
}

export const emailAddress = z
  .string({ error: "Vul een e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vul een e-mailadres in." })
  .max(254, { error: "Dit e-mailadres is te lang." })
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl." }));

export const uuid = z.uuid({ error: "Onbekende verwijzing." });

function capitalise(text: string): string {
  const bare = text.replace(/^(de|het|een) /, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}
