// GET /api/v1/[org]/shared-profile-files/[id] – an evidence file of a supplier's profile shared with this buyer, always as a download.
import { routeHandler } from "@/lib/http/next";
import { sharedProfileFileRoute } from "@/lib/supplier-profile/routes";

export const GET = routeHandler(sharedProfileFileRoute, ({ id }: { org: string; id: string }) => ({ id }));
