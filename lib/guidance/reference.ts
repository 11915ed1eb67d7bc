import { SOURCE_SECTIONS, type SourceReference } from "./source";
import type { ToolReference } from "./tool-sources";

/**
 * "PIANOo – Organisatie Strategische Inkoop, § III.6 HOE? Wat zijn de doelstellingen …?, cel S32":
 * enough for a reader to find the original passage.
 */
export function formatReference(reference: SourceReference): string {
  return `${reference.document}, § ${reference.section} ${SOURCE_SECTIONS[reference.section]}, ${reference.locator}`;
}

/** "Buyer Group FM – Handreiking …, hoofdstuk 4 Randvoorwaarden, figuur 10". */
export function formatToolReference(reference: ToolReference): string {
  return [reference.document, reference.part, reference.locator].filter(Boolean).join(", ");
}
