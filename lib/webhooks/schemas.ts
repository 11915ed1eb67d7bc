import { optionalText, uuid, version, z } from "@/lib/zod";
import { isWebhookEventType, WEBHOOK_EVENTS } from "./rules";

// One checkbox arrives as a string, several as an array; JSON sends an array.
const eventList = z
  .union([z.string(), z.array(z.string())], { error: "Kies minstens één gebeurtenis." })
  .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
  .pipe(
    z
      .array(
        z.string().refine(isWebhookEventType, { error: `Kies gebeurtenissen uit de lijst: ${Object.keys(WEBHOOK_EVENTS).join(", ")}.` }),
      )
      .min(1, { error: "Kies minstens één gebeurtenis." }),
  );

const endpointFields = {
  url: z
    .string({ error: "Vul het adres in." })
    .trim()
    .min(1, { error: "Vul het adres in." })
    .max(2000, { error: "Het adres mag hoogstens 2000 tekens lang zijn." }),
  description: optionalText("de omschrijving", "title"),
  events: eventList,
};

export const CreateWebhookEndpoint = z.object(endpointFields);

export const UpdateWebhookEndpoint = z.object({ endpointId: uuid, version, ...endpointFields });

export const RotateWebhookSecret = z.object({ endpointId: uuid, version });

export const SetWebhookEndpointEnabled = z.object({
  endpointId: uuid,
  version,
  enabled: z.enum(["true", "false"], { error: "Kies aan of uit." }).transform((v) => v === "true"),
});

export const DeleteWebhookEndpoint = z.object({ endpointId: uuid, version });

export const RedeliverWebhook = z.object({ deliveryId: uuid });
