// GET /api/v1/[org]/notifications – the signed-in person's notifications here: unread count and the latest 20.
import { routeHandler } from "@/lib/http/next";
import { notificationsRoute } from "@/lib/notifications/routes";

export const GET = routeHandler(notificationsRoute, () => ({}));
