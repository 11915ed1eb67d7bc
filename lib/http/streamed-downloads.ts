// Streamed downloads (the audit log, the OCDS package) run at the client's pace, minutes for a
// long log, reading a batch in a transaction of its own whenever the client has taken the last.
// The production server's admission gate gives their slot back once the headers are out
// (scripts/server/admission.mjs), or four auditors downloading the whole log would hold every
// slot and have everyone else turned away; this bound per process takes its place for them.
const MAX_STREAMED_DOWNLOADS = 4;
/**
 * Per holder (a person, or an API token): one person reading a few downloads slowly, or a script
 * that opens them and never reads, holds at most this many of the places, never all of them.
 */
const MAX_PER_HOLDER = 2;

let running = 0;
const runningPerHolder = new Map<string, number>();

/** Streamed downloads under way in this process. */
export const streamedDownloadsRunning = () => running;

/** Who a download is counted for: the API token it came with, else the person. */
export const downloadHolder = (caller: { userId: string; apiToken?: { id: string } } | null): string =>
  caller?.apiToken ? `api-token:${caller.apiToken.id}` : `user:${caller?.userId ?? "anoniem"}`;

/**
 * Why a download could not start: the process has as many under way as it allows ("busy"), or
 * the holder has ("holder").
 */
export type DownloadRefusal = "busy" | "holder";

/**
 * The stream, counted among the streamed downloads (of the process and of its holder) until it
 * ends, fails or its client cancels; a refusal when there is no place (the caller answers it and
 * cancels the stream).
 */
export function countedDownload(stream: ReadableStream<Uint8Array>, holder: string): ReadableStream<Uint8Array> | DownloadRefusal {
  if (running >= MAX_STREAMED_DOWNLOADS) return "busy";
  const holderRunning = runningPerHolder.get(holder) ?? 0;
  if (holderRunning >= MAX_PER_HOLDER) return "holder";
  running++;
  runningPerHolder.set(holder, holderRunning + 1);
  let counted = true;
  const done = () => {
    if (!counted) return;
    counted = false;
    running--;
    const left = (runningPerHolder.get(holder) ?? 1) - 1;
    if (left > 0) runningPerHolder.set(holder, left);
    else runningPerHolder.delete(holder);
  };
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: finished, value } = await reader.read();
        if (finished) {
          done();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        done();
        controller.error(error);
      }
    },
    async cancel(reason) {
      done();
      await reader.cancel(reason);
    },
  });
}
