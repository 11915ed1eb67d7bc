import { z } from "zod";
import { notificationDelivery } from "@/db/schema";
import { NOTIFICATION_KINDS } from "./kinds";

export const OpenNotification = z.object({ tenantId: z.uuid(), id: z.uuid() });
export type OpenNotification = z.infer<typeof OpenNotification>;

export const MarkAllNotificationsRead = z.object({});

const delivery = z.enum(notificationDelivery.enumValues, { error: "Kies direct, dagelijks overzicht of geen e-mail." });

/** One choice per kind; a kind left out keeps what it was. */
export const SetNotificationPreferences = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, delivery.optional()])) as Record<
    (typeof NOTIFICATION_KINDS)[number],
    z.ZodOptional<typeof delivery>
  >,
);
export type SetNotificationPreferences = z.infer<typeof SetNotificationPreferences>;
