import type { ToolReference } from "@/lib/guidance/tool-sources";
import { formatToolReference } from "@/lib/guidance/reference";

/** "Bron: …" under a summary, so a reader can find the original passage. */
export function SourceNote({ reference }: { reference: ToolReference }) {
  return <p className="advice-source">Bron: {formatToolReference(reference)}</p>;
}
