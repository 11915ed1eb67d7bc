// GET /api/v1/[org]/profile-files/[id] – an evidence file of the supplier's own profile, always as a download.
import { routeHandler } from "@/lib/http/next";
import { profileFileRoute } from "@/lib/supplier-profile/routes";

export const GET = routeHandler(profileFileRoute, ({ id }: { org: string; id: string }) => ({ id }));
