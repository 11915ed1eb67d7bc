// Streamed downloads (the audit log, the OCDS package) run at the client's pace, minutes for a
// long log, reading a batch in a transaction of its own whenever the client has taken the last.
// The production server's admission gate gives their slot back once the headers are out
// (scripts/server/admission.mjs), or four auditors downloading the whole log would hold every
// slot and have everyone else turned away; this bound per process takes its place for them.
const MAX_STREAMED_DOWNLOADS = 4;

let running = 0;

/** Streamed downloads under way in this process. */
export const streamedDownloadsRunning = () => running;

/**
 * The stream, counted among the streamed downloads until it ends, fails or its client cancels;
 * null when as many are under way already (the caller refuses with 503 and cancels the stream).
 */
export function countedDownload(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> | null {
  if (running >= MAX_STREAMED_DOWNLOADS) return null;
  running++;
  let counted = true;
  const done = () => {
    if (counted) running--;
    counted = false;
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
