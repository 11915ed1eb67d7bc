// The HTTP answer for an evidence file: the session, role and error handling of every download
// (handleDownloadRoute), then the headers of ./evidence.ts (evidenceHeaders).
import { handleDownloadRoute } from "@/lib/auth/api-download";
import type { RouteDefinition } from "@/lib/api";
import { asciiFileName } from "@/lib/content-disposition";
import { evidenceHeaders } from "./evidence";
import { evidenceRoute, type EvidenceDownload } from "./routes";

export async function evidenceResponse(orgSlug: string, id: string): Promise<Response> {
  let served: EvidenceDownload | null = null;
  // The shared download glue writes the name into a plain filename="…"; it gets the ASCII
  // stand-in, and the full name follows in the headers set below.
  const route: RouteDefinition<{ id: string }> = {
    ...evidenceRoute,
    async run(ctx, params) {
      const result = await evidenceRoute.run(ctx, params);
      if (result.status !== 200) return result;
      const file = (result.body as { data: EvidenceDownload }).data;
      served = file;
      return { status: 200, body: { data: { ...file, filename: asciiFileName(file.filename) } } };
    },
  };
  const response = await handleDownloadRoute(route, orgSlug, { id });
  const file: EvidenceDownload | null = served;
  if (file) for (const [name, value] of Object.entries(evidenceHeaders(file))) response.headers.set(name, value);
  return response;
}
