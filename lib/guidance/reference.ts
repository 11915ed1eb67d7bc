import { SOURCE_SECTIONS, type SourceReference } from "@/lib/guidance/content/source";

/**
 * "PIANOo – Organisatie Strategische Inkoop, § III.6 HOE? Wat zijn de doelstellingen …?, cel S32":
 * enough for a reader to find the original passage.
 */
export function formatReference(reference: SourceReference): string {
  return `${reference.document}, § ${reference.section} ${SOURCE_SECTIONS[reference.section]}, ${reference.locator}`;
}
