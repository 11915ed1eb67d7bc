// npm run operator:create -- --email beheer@example.nl [--name "Naam"]: makes a platform operator
// on the owner's connection (DATABASE_ADMIN_URL, else DATABASE_URL, else the embedded database).
// The operator signs in with that address like anyone else and then finds /platform.
import { parseArgs } from "node:util";
import { makeOperator } from "../lib/operators/queries";
import { emailAddress } from "../lib/zod";
import { getDatabaseForScripts } from "./script-db";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = emailAddress.safeParse(values.email ?? "");
  if (!email.success) throw new Error(`Geef een geldig e-mailadres mee: npm run operator:create -- --email naam@organisatie.nl`);
  const database = await getDatabaseForScripts();
  try {
    const result = await makeOperator(database.db, { email: email.data, name: values.name?.trim() || null });
    console.log(
      result.alreadyOperator
        ? `${email.data} was al platformbeheerder.`
        : `${email.data} is nu platformbeheerder. Log in met dit adres en open /platform.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
