// The admission gate of the production server: at most `limit` requests are worked on at once, a
// few more wait a short while for a slot, and the rest are refused at once. A saturated server
// that queues without bound answers everyone late and grows its heap with the queue; one that
// refuses what it cannot do in time keeps answering the requests it took on within their budget.
// Plain JavaScript (types in admission.d.mts): the server runs on plain Node, without tsx, which
// added 0.6 s and about 100 MB to every start.

/**
 * Requests wait in two lanes that share the queue's bound: a speculative one (a prefetch of a page
 * the person may never open) waits behind every other, and gives up its place when the queue is
 * full and another kind of request comes. One page's burst of prefetches then never pushes a
 * person's click, form or download out of the queue.
 *
 * @param {{ limit: number, queue: number, maxWaitMs: number }} options limit 0 admits everything
 * @returns {import("./admission.d.mts").AdmissionGate}
 */
export function admissionGate({ limit, queue, maxWaitMs }) {
  let inFlight = 0;
  const lanes = { wanted: [], speculative: [] };
  const waitingCount = () => lanes.wanted.length + lanes.speculative.length;

  /** A release that counts once, however often the request's end is reported. */
  function admit(admitted) {
    inFlight++;
    let released = false;
    admitted(() => {
      if (released) return;
      released = true;
      inFlight--;
      admitWaiting();
    });
  }

  function admitWaiting() {
    while (inFlight < limit && waitingCount() > 0) {
      const next = (lanes.wanted.length > 0 ? lanes.wanted : lanes.speculative).shift();
      clearTimeout(next.timer);
      admit(next.admitted);
    }
  }

  function leave(lane, entry) {
    const index = lane.indexOf(entry);
    if (index < 0) return false;
    lane.splice(index, 1);
    clearTimeout(entry.timer);
    return true;
  }

  return {
    enter(admitted, refused, speculative = false) {
      if (limit === 0 || inFlight < limit) {
        admit(admitted);
        return () => {};
      }
      if (waitingCount() >= queue) {
        const displaced = speculative ? undefined : lanes.speculative.at(-1);
        if (!displaced) {
          refused("queue-full");
          return () => {};
        }
        leave(lanes.speculative, displaced);
        displaced.refused("queue-full");
      }
      const lane = speculative ? lanes.speculative : lanes.wanted;
      const entry = {
        admitted,
        refused,
        // A request that waits longer than this would, once worked on, answer too late to be of use.
        timer: setTimeout(() => {
          if (leave(lane, entry)) refused("waited-too-long");
        }, maxWaitMs),
      };
      lane.push(entry);
      return () => void leave(lane, entry);
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return waitingCount();
    },
  };
}

/**
 * Built files are exempt: an admitted page needs its scripts and styles, which the browser fetches
 * right after it and mostly has cached; refusing them would break a page whose work was already
 * done, and Next serves them from disk for next to nothing. A path that climbs out of the folder
 * or hides a dot in an escape is gated like any other. The app has no health-check route.
 */
export function bypassesGate(url) {
  const path = (url ?? "").split("?")[0];
  if (path === "/favicon.ico" || path === "/icon.svg") return true;
  return path.startsWith("/_next/static/") && !path.includes("..") && !path.includes("%");
}

/**
 * A download's slot is given back once its headers are out: what is left is sending the file at
 * the client's pace, which for a streamed audit log takes minutes, and four of those would hold
 * every slot. The app bounds streamed downloads itself (lib/http/streamed-downloads.ts).
 */
function releaseOnceAFileIsUnderWay(response, release) {
  const writeHead = response.writeHead;
  response.writeHead = function (...args) {
    const result = writeHead.apply(this, args);
    if (/^attachment\b/i.test(String(response.getHeader("content-disposition") ?? ""))) release();
    return result;
  };
}

/**
 * The request listener in front of Next's handler. A slot is freed when the response closes, which
 * Node reports both after its last byte and when the client went away first; a client that leaves
 * while waiting gives up its place in the queue.
 *
 * @param {import("./admission.d.mts").AdmissionGate} gate
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => unknown} handle
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, reason: import("./admission.d.mts").Refusal) => void} refuse
 */
export function gatedListener(gate, handle, refuse) {
  const work = (request, response) => {
    Promise.resolve()
      .then(() => handle(request, response))
      .catch((error) => {
        // Without the address: a path can hold a token (an invitation link).
        console.error("Next kon een verzoek niet afhandelen:", error);
        if (response.headersSent) return response.destroy();
        response.statusCode = 500;
        response.setHeader("content-type", "text/plain; charset=utf-8");
        response.end("Er ging iets mis op de server. Probeer het later opnieuw.");
      });
  };
  return (request, response) => {
    if (bypassesGate(request.url)) return work(request, response);
    const cancel = gate.enter(
      (release) => {
        response.once("close", release);
        releaseOnceAFileIsUnderWay(response, release);
        work(request, response);
      },
      (reason) => refuse(request, response, reason),
      // Next's router fetches the pages behind visible links ahead of a click; refused, it fetches
      // the page when the link is followed.
      request.headers["next-router-prefetch"] !== undefined,
    );
    response.once("close", cancel);
  };
}

/**
 * MAX_INFLIGHT, MAX_QUEUED and QUEUE_WAIT_MS from the environment, or the defaults below. A wrong
 * value stops the server with a Dutch message rather than running it unguarded.
 */
export function admissionSettings(env) {
  const read = (name, fallback, max) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > max)
      throw new Error(`Groeipad weigert te starten: ${name} moet een geheel getal van 0 tot en met ${max} zijn (nu: "${raw}").`);
    return value;
  };
  const limit = read("MAX_INFLIGHT", DEFAULT_INFLIGHT, 10_000);
  return {
    limit,
    queue: read("MAX_QUEUED", DEFAULT_QUEUED, 100_000),
    maxWaitMs: read("QUEUE_WAIT_MS", DEFAULT_QUEUE_WAIT_MS, 60_000),
  };
}

// One Node process renders on one thread, so more cores do not let it render more at once; what a
// slot beyond the first buys is work while other requests wait on the database. Under five times
// the load the server could take (docs/performance.md), 4, 8 and 16 slots served the same number
// of requests per second, and every slot added 40 to 65 ms to each answer.
const DEFAULT_INFLIGHT = 4;
// About what four slots can start within the wait when pages are cheap; waiting in a longer queue
// could only end in a refusal. A page's burst of prefetches fits, behind any click (admissionGate).
const DEFAULT_QUEUED = 32;
// Short enough that the wait plus the work stays within a second on a busy machine: at 500 ms the
// slowest answers under overload took 1.2 to 1.3 s, at 250 ms 0.5 to 0.65 s.
const DEFAULT_QUEUE_WAIT_MS = 250;
