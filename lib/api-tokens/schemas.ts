import { addDays } from "@/lib/periods";
import { amsterdamToday } from "@/lib/time";
import { dateField, requiredText, uuid, version, z } from "@/lib/zod";
import { API_SCOPES, isApiScope } from "./scopes";

/** A token lives at most a year: a forgotten integration stops on its own and is renewed on purpose. */
export const MAX_TOKEN_DAYS = 366;
export const DEFAULT_TOKEN_DAYS = 90;

// One checkbox arrives as a string, several as an array; JSON sends an array.
const scopeList = z
  .union([z.string(), z.array(z.string())], { error: "Kies minstens één scope." })
  .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
  .pipe(
    z
      .array(z.string().refine(isApiScope, { error: `Kies scopes uit de lijst: ${Object.keys(API_SCOPES).join(", ")}.` }))
      .min(1, { error: "Kies minstens één scope." }),
  );

export const CreateApiToken = z
  .object({
    name: requiredText("de naam van het token", "name"),
    scopes: scopeList,
    expiresOn: dateField("de vervaldatum"),
  })
  .superRefine((input, ctx) => {
    const today = amsterdamToday();
    if (input.expiresOn <= today) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Kies een vervaldatum na vandaag." });
    else if (input.expiresOn > addDays(today, MAX_TOKEN_DAYS))
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Een token is hoogstens een jaar geldig; kies een eerdere vervaldatum.",
      });
  });

export const RevokeApiToken = z.object({ tokenId: uuid, version });
