// The production server's admission gate (scripts/server/admission.mjs): how many requests are
// worked on, how many wait and for how long, and that every way a request ends frees its slot
// exactly once. The clock is Vitest's fake one; requests and responses are event emitters that end
// the way Node's do ("close" after the answer, or when the client goes away).
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { admissionGate, admissionSettings, bypassesGate, gatedListener, type Refusal } from "@/scripts/server/admission.mjs";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Enters the gate and records what became of the request. */
function ask(gate: ReturnType<typeof admissionGate>, speculative = false) {
  const outcome: { release?: () => void; refused?: Refusal } = {};
  const cancel = gate.enter(
    (release) => (outcome.release = release),
    (reason) => (outcome.refused = reason),
    speculative,
  );
  return Object.assign(outcome, { cancel });
}

const prefetch = (gate: ReturnType<typeof admissionGate>) => ask(gate, true);

describe("admissionGate", () => {
  it("admits up to the limit, queues up to the queue's bound and refuses the rest at once", () => {
    const gate = admissionGate({ limit: 2, queue: 1, maxWaitMs: 250 });
    const [a, b, c, d] = [ask(gate), ask(gate), ask(gate), ask(gate)];
    expect([a.release, b.release].every(Boolean)).toBe(true);
    expect([c.release, c.refused]).toEqual([undefined, undefined]);
    expect(d.refused).toBe("queue-full");
    expect([gate.inFlight, gate.waiting]).toEqual([2, 1]);
  });

  it("hands a freed slot to the longest-waiting request", () => {
    const gate = admissionGate({ limit: 1, queue: 2, maxWaitMs: 250 });
    const [first, second, third] = [ask(gate), ask(gate), ask(gate)];
    first.release!();
    expect(second.release).toBeDefined();
    expect(third.release).toBeUndefined();
    expect([gate.inFlight, gate.waiting]).toEqual([1, 1]);
  });

  it("refuses a request that waited the longest wait, and only that one", () => {
    const gate = admissionGate({ limit: 1, queue: 2, maxWaitMs: 250 });
    const working = ask(gate);
    const early = ask(gate);
    vi.advanceTimersByTime(100);
    const late = ask(gate);
    vi.advanceTimersByTime(149);
    expect(early.refused).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(early.refused).toBe("waited-too-long");
    expect(late.refused).toBeUndefined();
    working.release!();
    expect(late.release).toBeDefined();
    expect(early.release).toBeUndefined();
  });

  it("never refuses a request once a slot was handed to it, nor another one in its place", () => {
    const gate = admissionGate({ limit: 1, queue: 2, maxWaitMs: 250 });
    const working = ask(gate);
    const admittedLater = ask(gate);
    vi.advanceTimersByTime(100);
    working.release!();
    const stillWaiting = ask(gate);
    vi.advanceTimersByTime(200);
    expect([admittedLater.refused, stillWaiting.refused, gate.waiting]).toEqual([undefined, undefined, 1]);
    vi.advanceTimersByTime(50);
    expect(stillWaiting.refused).toBe("waited-too-long");
  });

  it("counts a release once, however often a request's end is reported", () => {
    const gate = admissionGate({ limit: 1, queue: 2, maxWaitMs: 250 });
    const [first, second, third] = [ask(gate), ask(gate), ask(gate)];
    first.release!();
    first.release!();
    expect(third.release).toBeUndefined();
    expect(gate.inFlight).toBe(1);
    second.release!();
    third.release!();
    third.release!();
    expect([gate.inFlight, gate.waiting]).toEqual([0, 0]);
    expect([ask(gate).release, ask(gate).refused]).toEqual([expect.any(Function), undefined]);
  });

  it("forgets a waiting request whose client left: it is neither admitted nor refused later", () => {
    const gate = admissionGate({ limit: 1, queue: 1, maxWaitMs: 250 });
    const working = ask(gate);
    const gone = ask(gate);
    gone.cancel();
    expect(gate.waiting).toBe(0);
    const next = ask(gate);
    vi.advanceTimersByTime(100);
    working.release!();
    vi.advanceTimersByTime(1000);
    expect([gone.release, gone.refused]).toEqual([undefined, undefined]);
    expect(next.release).toBeDefined();
  });

  it("without a queue refuses as soon as every slot is taken", () => {
    const gate = admissionGate({ limit: 1, queue: 0, maxWaitMs: 250 });
    ask(gate);
    expect(ask(gate).refused).toBe("queue-full");
  });

  it("gives a freed slot to a person's request before a prefetch that waited longer", () => {
    const gate = admissionGate({ limit: 1, queue: 4, maxWaitMs: 250 });
    const working = ask(gate);
    const early = prefetch(gate);
    const click = ask(gate);
    working.release!();
    expect([click.release, early.release]).toEqual([expect.any(Function), undefined]);
    click.release!();
    expect(early.release).toBeDefined();
  });

  it("lets a person's request take the place of the newest prefetch in a full queue, never the other way round", () => {
    const gate = admissionGate({ limit: 1, queue: 2, maxWaitMs: 250 });
    ask(gate);
    const [older, newer] = [prefetch(gate), prefetch(gate)];
    const click = ask(gate);
    expect([older.refused, newer.refused, click.refused]).toEqual([undefined, "queue-full", undefined]);
    const download = ask(gate);
    expect([older.refused, download.refused]).toEqual(["queue-full", undefined]);
    expect(prefetch(gate).refused).toBe("queue-full");
    expect(ask(gate).refused).toBe("queue-full");
    expect(gate.waiting).toBe(2);
  });

  it("with limit 0 admits everything", () => {
    const gate = admissionGate({ limit: 0, queue: 0, maxWaitMs: 250 });
    const all = Array.from({ length: 50 }, () => ask(gate));
    expect(all.every((request) => request.release && !request.refused)).toBe(true);
  });
});

class FakeResponse extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  ended = false;
  readonly headers = new Map<string, string>();
  setHeader(name: string, value: string) {
    this.headers.set(name.toLowerCase(), value);
  }
  getHeader(name: string) {
    return this.headers.get(name.toLowerCase());
  }
  writeHead(status: number) {
    this.statusCode = status;
    this.headersSent = true;
    return this;
  }
  end() {
    this.ended = true;
  }
  destroy() {
    this.emit("close");
  }
}

function request(url: string, headers: Record<string, string> = {}) {
  return Object.assign(new EventEmitter(), { url, method: "GET", headers }) as unknown as IncomingMessage;
}

describe("gatedListener", () => {
  function listenerWith(limit: number, queue: number) {
    const gate = admissionGate({ limit, queue, maxWaitMs: 250 });
    const handled: string[] = [];
    const refused: string[] = [];
    const listener = gatedListener(
      gate,
      (req) => void handled.push(req.url!),
      (req, _res, reason) => void refused.push(`${req.url} ${reason}`),
    );
    const send = (url: string, headers: Record<string, string> = {}) => {
      const response = new FakeResponse();
      listener(request(url, headers), response as unknown as ServerResponse);
      return response;
    };
    return { gate, handled, refused, send };
  }

  it("frees the slot when the answer is done, and the waiting request is handled then", async () => {
    const { gate, handled, send } = listenerWith(1, 1);
    const first = send("/eerste");
    send("/tweede");
    await vi.runAllTicks();
    expect(handled).toEqual(["/eerste"]);
    first.emit("finish");
    first.emit("close");
    await vi.advanceTimersByTimeAsync(0);
    expect(handled).toEqual(["/eerste", "/tweede"]);
    expect(gate.inFlight).toBe(1);
  });

  it("gives a download's slot back once its headers are out, and keeps a page's until it is sent", async () => {
    const gate = admissionGate({ limit: 2, queue: 0, maxWaitMs: 250 });
    const listener = gatedListener(
      gate,
      (req, res) => {
        if (req.url === "/logboek.csv") res.setHeader("Content-Disposition", 'attachment; filename="logboek.csv"');
        res.writeHead(200);
      },
      () => {},
    );
    const download = new FakeResponse();
    const page = new FakeResponse();
    listener(request("/logboek.csv"), download as unknown as ServerResponse);
    listener(request("/dashboard"), page as unknown as ServerResponse);
    await vi.advanceTimersByTimeAsync(0);
    expect(download.headersSent && page.headersSent).toBe(true);
    // The download is still being sent, yet only the page holds a slot.
    expect(gate.inFlight).toBe(1);
    download.emit("close");
    expect(gate.inFlight).toBe(1);
    page.emit("close");
    expect(gate.inFlight).toBe(0);
  });

  it("frees the slot of a client that went away mid-request", async () => {
    const { gate, send, refused } = listenerWith(1, 0);
    const aborted = send("/afgebroken");
    aborted.emit("close");
    expect(gate.inFlight).toBe(0);
    send("/daarna");
    expect(refused).toEqual([]);
  });

  it("drops a waiting request whose client went away, so it is never worked on", async () => {
    const { gate, handled, send } = listenerWith(1, 1);
    const working = send("/bezig");
    const waiting = send("/wachtend");
    waiting.emit("close");
    working.emit("close");
    await vi.advanceTimersByTimeAsync(1000);
    expect(handled).toEqual(["/bezig"]);
    expect([gate.inFlight, gate.waiting]).toEqual([0, 0]);
  });

  it("refuses past the queue and after the wait, and lets built files past the gate", async () => {
    const { handled, refused, send } = listenerWith(1, 1);
    send("/bezig");
    send("/wachtend");
    send("/te-veel");
    send("/_next/static/chunks/0mqsgqp6dhbzv.js");
    send("/icon.svg");
    await vi.advanceTimersByTimeAsync(250);
    expect(refused).toEqual(["/te-veel queue-full", "/wachtend waited-too-long"]);
    expect(handled).toEqual(["/bezig", "/_next/static/chunks/0mqsgqp6dhbzv.js", "/icon.svg"]);
  });

  it("treats Next's prefetches as speculative: a page that is asked for goes first", async () => {
    const { handled, send } = listenerWith(1, 2);
    const working = send("/bezig");
    send("/voorbeeldstad/contracten", { "next-router-prefetch": "1" });
    send("/voorbeeldstad/dashboard");
    working.emit("close");
    await vi.advanceTimersByTimeAsync(0);
    expect(handled).toEqual(["/bezig", "/voorbeeldstad/dashboard"]);
  });

  it("answers 500 when Next's handler fails, and the slot frees with that answer", async () => {
    const gate = admissionGate({ limit: 1, queue: 0, maxWaitMs: 250 });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const listener = gatedListener(
      gate,
      () => Promise.reject(new Error("kapot")),
      () => {},
    );
    const response = new FakeResponse();
    listener(request("/kapot"), response as unknown as ServerResponse);
    await vi.advanceTimersByTimeAsync(0);
    expect([response.statusCode, response.ended]).toEqual([500, true]);
    response.emit("close");
    expect(gate.inFlight).toBe(0);
    error.mockRestore();
  });
});

describe("bypassesGate", () => {
  it("lets only built files and the icons past, not a path that climbs out of the folder", () => {
    expect(bypassesGate("/_next/static/chunks/0mqsgqp6dhbzv.js")).toBe(true);
    expect(bypassesGate("/favicon.ico?v=1")).toBe(true);
    expect(bypassesGate("/_next/static/../../voorbeeldstad/dashboard")).toBe(false);
    expect(bypassesGate("/_next/static/%2e%2e/voorbeeldstad/dashboard")).toBe(false);
    expect(bypassesGate("/_next/image?url=/icon.svg")).toBe(false);
    expect(bypassesGate("/voorbeeldstad/dashboard")).toBe(false);
  });
});

describe("admissionSettings", () => {
  it("defaults to four at once, 32 waiting for at most a quarter of a second; an empty value is the default", () => {
    expect(admissionSettings({})).toEqual({ limit: 4, queue: 32, maxWaitMs: 250 });
    expect(admissionSettings({ MAX_INFLIGHT: "0", MAX_QUEUED: "", QUEUE_WAIT_MS: "100" })).toEqual({ limit: 0, queue: 32, maxWaitMs: 100 });
  });

  it("refuses a value that is not a whole number in range, naming the setting", () => {
    expect(() => admissionSettings({ MAX_INFLIGHT: "veel" })).toThrow(/MAX_INFLIGHT moet een geheel getal/);
    expect(() => admissionSettings({ MAX_QUEUED: "-1" })).toThrow(/MAX_QUEUED/);
    expect(() => admissionSettings({ QUEUE_WAIT_MS: "1.5" })).toThrow(/QUEUE_WAIT_MS/);
  });
});
