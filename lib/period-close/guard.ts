// A closed quarter's reviews stay as they were closed: nothing is planned, scored, signed or made
// final in it until the quarter is reopened (four eyes). The database refuses as well (GP002).
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { parseQuarter, quarterLongLabel } from "@/lib/periods";
import { ValidationError } from "@/lib/errors";

function closedQuarterError(quarter: string): ValidationError {
  const q = parseQuarter(quarter);
  const message = `Het ${q ? quarterLongLabel(q) : quarter} is afgesloten: reviews van dit kwartaal veranderen niet meer. Vraag de coördinator en een beheerder het kwartaal te heropenen.`;
  return new ValidationError({ _form: message }, message);
}

/** Refuses a review write in a closed quarter with the Dutch message; works for buyer and supplier. */
export async function assertQuarterOpen(db: Db, { tenantId, quarter }: { tenantId: string; quarter: string }): Promise<void> {
  const [row] = await queryRows<{ closed: boolean }>(db, sql`select period_closed(${tenantId}::uuid, ${quarter}) as closed`);
  if (row.closed) throw closedQuarterError(quarter);
}
