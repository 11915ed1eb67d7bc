import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";

/** Whether the address is a person of one of the group's joined members (asked in the group's transaction). */
export async function isPersonOfGroupMember(tx: Db, email: string): Promise<boolean> {
  const [row] = await queryRows<{ yes: boolean }>(tx, sql`select group_member_person(${email}) as yes`);
  return row?.yes === true;
}
