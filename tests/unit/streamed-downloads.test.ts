// The bound on streamed downloads per process: the admission gate lets a download's slot go once
// its headers are out, so this is what keeps a crowd of long downloads from taking the server.
import { describe, expect, it } from "vitest";
import { toResponse } from "@/lib/http/route";
import { countedDownload, downloadHolder, streamedDownloadsRunning } from "@/lib/http/streamed-downloads";

// Four holders, so only the bound of the process applies where a test is not about the holder's.
const holders = ["user:a", "user:b", "user:c", "user:d"];
const counted = (stream: ReadableStream<Uint8Array>, holder = "user:a") => {
  const result = countedDownload(stream, holder);
  if (typeof result === "string") throw new Error(`geweigerd: ${result}`);
  return result;
};

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
    const download = counted(source(3).stream);
    expect(streamedDownloadsRunning()).toBe(1);
    expect(await readAll(download)).toEqual([1, 2, 3]);
    expect(streamedDownloadsRunning()).toBe(0);
  });

  it("refuses a fifth at once, and takes one again when a download ends, fails or is cancelled", async () => {
    const sources = [source(2), source(2, 1), source(2), source(2)];
    const running = sources.map((s, i) => counted(s.stream, holders[i]));
    expect(streamedDownloadsRunning()).toBe(4);
    expect(countedDownload(source(1).stream, "user:e")).toBe("busy");

    expect(await readAll(running[0])).toEqual([1, 2]);
    await expect(readAll(running[1])).rejects.toThrow("database weg");
    await running[2].cancel("client weg");
    expect(sources[2].cancelled()).toBe(true);
    expect(streamedDownloadsRunning()).toBe(1);

    await readAll(counted(source(1).stream, "user:e"));
    await readAll(running[3]);
    expect(streamedDownloadsRunning()).toBe(0);
  });

  it("lets one holder have two at once, so one person's slow downloads never take every place", async () => {
    const first = counted(source(1).stream, "user:a");
    const second = counted(source(1).stream, "user:a");
    const third = source(1);
    expect(countedDownload(third.stream, "user:a")).toBe("holder");
    // Another person, and the same person's API token, still get theirs.
    const other = counted(source(1).stream, "user:b");
    const token = counted(source(1).stream, "api-token:t1");
    expect(streamedDownloadsRunning()).toBe(4);
    await readAll(first);
    await readAll(counted(source(1).stream, "user:a"));
    for (const download of [second, other, token]) await readAll(download);
    expect(streamedDownloadsRunning()).toBe(0);
  });

  it("counts a download for the API token it came with, else for the person", () => {
    expect(downloadHolder({ userId: "u1" })).toBe("user:u1");
    expect(downloadHolder({ userId: "u1", apiToken: { id: "t1" } })).toBe("api-token:t1");
  });
});

describe("a streamed download's answer", () => {
  const answer = (stream: ReadableStream<Uint8Array>, holder = "user:a", wantsPage = false) =>
    toResponse(
      "download",
      { status: 200, body: { data: { filename: "logboek.csv", contentType: "text/csv", stream } } },
      { holder, wantsPage },
    );

  it("is a Dutch page for a person who followed the download link in a browser", async () => {
    const running = [answer(source(1).stream), answer(source(1).stream)];
    const response = answer(source(1).stream, "user:a", true);
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toMatch(/<h1>Je download is niet gestart<\/h1>/);
    expect(page).toMatch(/al twee grote downloads lopen/);
    for (const r of running) await r.text();
  });

  it("is 429 with Retry-After and a Dutch reason for a holder's third at once", async () => {
    const running = [answer(source(1).stream), answer(source(1).stream)];
    const refused = source(1);
    const response = answer(refused.stream);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ code: "RateLimitedError", detail: expect.stringMatching(/al twee grote downloads/) });
    expect(refused.cancelled()).toBe(true);
    for (const r of running) await r.text();
    expect(streamedDownloadsRunning()).toBe(0);
  });

  it("is the file while there is room, and 503 with Retry-After and a Dutch reason when there is none", async () => {
    const running = holders.map((holder) => answer(source(1).stream, holder));
    expect(running.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const refused = source(1);
    const response = answer(refused.stream, "user:e");
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
