// GET /api/v1/[org]/worklist: what waits for the signed-in person, as on the home page. The
// navigation's count reads it after the page is shown, so no page waits for the worklist.
import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { amsterdamToday } from "@/lib/time";
import { currentWorklist } from "./cache";

const WorkItemOut = z.object({
  key: z.string(),
  kind: z.string(),
  title: z.string(),
  contract: z.object({ id: z.guid(), title: z.string() }).nullable(),
  href: z.string(),
  due: z.string().nullable(),
  urgent: z.boolean(),
});

const WorklistOut = z.object({ count: z.number().int(), urgent: z.number().int(), items: z.array(WorkItemOut) });

export const worklistRoute = defineRoute({
  name: "GET /api/v1/[org]/worklist",
  permission: "contracts.read",
  scope: null,
  output: WorklistOut,
  async handler(tx, ctx) {
    const items = await currentWorklist(tx, { actor: ctx, today: amsterdamToday() });
    return { count: items.length, urgent: items.filter((i) => i.urgent).length, items };
  },
});
