import { requiredText, uuid, version, z } from "@/lib/zod";
import { parseEmailDomains } from "./domains";

/** One domain per line or separated by commas; each checked, at least one. */
const emailDomains = z.string({ error: "Vul minstens één e-maildomein in." }).transform((text, ctx) => {
  const parsed = parseEmailDomains(text);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
  return parsed.ok ? parsed.domains : [];
});

const issuer = z
  .string({ error: "Vul het adres (issuer) van de inlogdienst in." })
  .trim()
  .min(1, { error: "Vul het adres (issuer) van de inlogdienst in." })
  .max(500, { error: "Het adres mag hoogstens 500 tekens lang zijn." });

const clientId = z
  .string({ error: "Vul de client-id in." })
  .trim()
  .min(1, { error: "Vul de client-id in." })
  .max(255, { error: "De client-id mag hoogstens 255 tekens lang zijn." });

const clientSecret = z
  .string({ error: "Vul het client-secret in." })
  .trim()
  .max(1000, { error: "Het client-secret mag hoogstens 1000 tekens lang zijn." });

/** The id is chosen when the form is shown, so the return address can be registered at the provider first. */
export const CreateSsoProvider = z.object({
  providerId: uuid,
  name: requiredText("de naam", "label"),
  issuer,
  clientId,
  clientSecret: clientSecret.min(1, { error: "Vul het client-secret in." }),
  emailDomains,
});

/** The issuer stays (a different provider is a new registration); an empty secret keeps the stored one. */
export const UpdateSsoProvider = z.object({
  providerId: uuid,
  version,
  name: requiredText("de naam", "label"),
  clientId,
  clientSecret: clientSecret.optional().transform((v) => (v ? v : null)),
  emailDomains,
});

export const DeleteSsoProvider = z.object({ providerId: uuid, version });
