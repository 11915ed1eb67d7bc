// The bound on streamed downloads per process: the admission gate lets a download's slot go once
// its headers are out, so this is what keeps a crowd of long downloads from taking the server.
import { describe, expect, it } from "vitest";
import { toResponse } from "@/lib/http/route";
import { countedDownload, streamedDownloadsRunning } from "@/lib/http/streamed-downloads";

function source(chunks: number, failAt?: number) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === failAt) return controller.error(new Error("database weg"));
      if (sent === chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array([sent]));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  const bytes: number[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes.push(...chunk);
  return bytes;
}

describe("countedDownload", () => {
  it("passes the file on whole, and counts it until its last byte", async () => {
    const counted = countedDownload(source(3).stream)!;
    expect(streamedDownloadsRunning()).toBe(1);
    expect(await readAll(counted)).toEqual([1, 2, 3]);
    expect(streamedDownloadsRunning()).toBe(0);
  });

  it("refuses a fifth at once, and takes one again when a download ends, fails or is cancelled", async () => {
    const sources = [source(2), source(2, 1), source(2), source(2)];
    const running = sources.map((s) => countedDownload(s.stream)!);
    expect(streamedDownloadsRunning()).toBe(4);
    expect(countedDownload(source(1).stream)).toBeNull();

    expect(await readAll(running[0])).toEqual([1, 2]);
    await expect(readAll(running[1])).rejects.toThrow("database weg");
    await running[2].cancel("client weg");
    expect(sources[2].cancelled()).toBe(true);
    expect(streamedDownloadsRunning()).toBe(1);

    const next = countedDownload(source(1).stream);
    expect(next).not.toBeNull();
    await readAll(next!);
    await readAll(running[3]);
    expect(streamedDownloadsRunning()).toBe(0);
  });
});

describe("a streamed download's answer", () => {
  const answer = (stream: ReadableStream<Uint8Array>) =>
    toResponse("download", { status: 200, body: { data: { filename: "logboek.csv", contentType: "text/csv", stream } } });

  it("is the file while there is room, and 503 with Retry-After and a Dutch reason when there is none", async () => {
    const running = [1, 2, 3, 4].map(() => answer(source(1).stream));
    expect(running.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const refused = source(1);
    const response = answer(refused.stream);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ code: "OverloadedError", detail: expect.stringMatching(/te veel grote downloads/) });
    expect(refused.cancelled()).toBe(true);
    for (const r of running) await r.text();
    expect(streamedDownloadsRunning()).toBe(0);
    const again = answer(source(1).stream);
    expect(again.status).toBe(200);
    await again.text();
  });
});
