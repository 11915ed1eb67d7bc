import { eq, like, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { slugify, uniqueSlug } from "./rules";

/** The first free slug for a new organisation of this name: "naam", else "naam-2", "naam-3", ... */
export async function freeSlugFor(tx: Db, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)));
  return uniqueSlug(
    base,
    taken.map((t) => t.slug),
  );
}
