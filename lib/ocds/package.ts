// The OCDS release package around the releases: one contract as a file, or every contract of a
// buyer as a stream, written contract by contract from pages read in short transactions of their
// own, so thousands of contracts leave with the memory of one page and no connection waits on a
// slow download.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { appUrl, env } from "@/lib/env";
import type { Download, StreamedDownload } from "@/lib/http/route";
import { withTenant } from "@/lib/tenancy";
import { amsterdamIsoString, amsterdamToday } from "@/lib/time";
import { contractIdPage, contractRows } from "./queries";
import { buildRelease } from "./release";
import type { ContractRows } from "./rows";

const METRICS_EXTENSION_URL = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json";
const CONTENT_TYPE = "application/json";
/**
 * Contracts per page of the stream: a few hundred KPIs with their values at a time. Measured on the
 * large buyer (2,000 contracts, 239 MB of JSON): 100 a page made the process grow by 262 MB while
 * streaming, 25 a page by 118 MB, in the same 11 s.
 */
const PAGE_SIZE = 25;

function packageHead(actor: Actor, path: string, now: Date) {
  return {
    uri: `${appUrl()}${path}`,
    publishedDate: amsterdamIsoString(now),
    publisher: { name: actor.org.name },
    version: "1.1",
    extensions: [METRICS_EXTENSION_URL],
  };
}

function releaseOptions(now: Date) {
  return { ocidPrefix: env().OCDS_OCID_PREFIX, now, today: amsterdamToday(now) };
}

/** A name for the file from the contract's title; characters no file system takes become dashes. */
function fileStem(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, "-").replace(/^-+|-+$/g, "") || "contract";
}

/** One contract's release package as a JSON file. */
export function contractPackage(actor: Actor, rows: ContractRows, now = new Date()): Download {
  const head = packageHead(actor, `/api/v1/${actor.org.slug}/contracts/${rows.contract.id}/ocds`, now);
  const body = { ...head, releases: [buildRelease(rows, releaseOptions(now))] };
  return {
    filename: `ocds-${fileStem(rows.contract.title)}.json`,
    contentType: CONTENT_TYPE,
    bytes: new TextEncoder().encode(JSON.stringify(body, null, 2)),
  };
}

/**
 * Every contract of the buyer in one release package, streamed: the head, then a page of releases
 * per read of the client, each page in a tenant transaction of its own. Keyset pages by contract
 * id: a contract created during the download after the current page is in the file, none twice.
 */
export function organisationPackage(db: Db, actor: Actor, now = new Date()): StreamedDownload {
  const encoder = new TextEncoder();
  const options = releaseOptions(now);
  const head = JSON.stringify(packageHead(actor, `/api/v1/${actor.org.slug}/ocds`, now));
  let after: string | null = null;
  let written = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${head.slice(0, -1)},"releases":[`));
    },
    async pull(controller) {
      const page = await withTenant(
        actor,
        async (tx) => {
          const ids = await contractIdPage(tx, { tenantId: actor.org.id, after, limit: PAGE_SIZE });
          return { ids, rows: await contractRows(tx, { tenantId: actor.org.id, ids }) };
        },
        db,
      );
      const releases = page.rows.map((rows) => JSON.stringify(buildRelease(rows, options)));
      if (releases.length > 0) controller.enqueue(encoder.encode(`${written > 0 ? "," : ""}${releases.join(",")}`));
      written += releases.length;
      if (page.ids.length < PAGE_SIZE) {
        controller.enqueue(encoder.encode("]}"));
        controller.close();
      } else {
        after = page.ids[page.ids.length - 1];
      }
    },
  });
  return { filename: `ocds-${actor.org.slug}.json`, contentType: CONTENT_TYPE, stream };
}
