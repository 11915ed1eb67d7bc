// The heap ceiling of the production server (`npm start`). Without one V8 lets the heap grow
// between collections while the allocation rate is high, up to a quarter of the machine's memory:
// under sustained overload the server reached 540 MB resident while what was alive after each full
// collection stayed near 120 MB (docs/performance.md, "Memory"). V8 flags cannot change a running
// heap, so scripts/serve.mjs starts the server in a process of its own with the ceiling.

/**
 * Old space in MB. Resident memory under overload was the heap plus about 150 MB (code, buffers,
 * the young generation): 256 keeps the server under 500 MB however much it is offered, and what
 * the four slots keep alive (about 120 MB after a full collection) leaves room for the largest
 * downloads, which all ran under it (the OCDS package peaked at 234 MB resident).
 */
export const DEFAULT_HEAP_MB = 256;

const CEILING_FLAG = /^--max[-_]old[-_]space[-_]size(?:=(\d+))?$/;

/**
 * The ceiling a process already has in MB, from its arguments or NODE_OPTIONS (the arguments win, as
 * in Node), or null. The value may follow the flag as the next word.
 */
export function heapCeilingOf(execArgv, nodeOptions) {
  const words = [...(nodeOptions ?? "").split(/\s+/).filter(Boolean), ...execArgv];
  let ceiling = null;
  words.forEach((word, index) => {
    const match = CEILING_FLAG.exec(word);
    if (match) ceiling = Number(match[1] ?? words[index + 1]);
  });
  return ceiling;
}

/**
 * The ceiling to start the server with, or null for none to add: one the operator chose with
 * --max-old-space-size (on the command line or in NODE_OPTIONS) stands, MAX_HEAP_MB=0 leaves Node's
 * own, another MAX_HEAP_MB is taken instead of the default, which applies on PostgreSQL only.
 */
export function heapCeilingToSet(env, execArgv) {
  if (heapCeilingOf(execArgv, env.NODE_OPTIONS) !== null) return null;
  const raw = env.MAX_HEAP_MB;
  // The embedded database (no DATABASE_URL: the demo, the browser tests) lives in the server's own
  // process, about 400 MB resident from the start, so no heap ceiling keeps such a server under
  // 500 MB, and its own work in JavaScript is not what the ceiling was measured with. The ceiling
  // is for a server on PostgreSQL.
  if ((raw === undefined || raw === "") && !env.DATABASE_URL) return null;
  if (raw === undefined || raw === "") return DEFAULT_HEAP_MB;
  const value = Number(raw);
  if (!Number.isInteger(value) || (value !== 0 && value < 64) || value > 65_536)
    throw new Error(`Groeipad weigert te starten: MAX_HEAP_MB moet 0 of een geheel getal van 64 tot en met 65536 zijn (nu: "${raw}").`);
  return value === 0 ? null : value;
}
