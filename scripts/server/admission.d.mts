import type { IncomingMessage, ServerResponse } from "node:http";

export type Refusal = "queue-full" | "waited-too-long";

export type AdmissionGate = {
  /**
   * Asks for a slot: `admitted` is called with the slot's release, at once or when a slot frees
   * within the wait; `refused` when the queue is full or the wait is over. Exactly one of the two
   * is called, unless the returned cancel is called first (the client left while waiting). A
   * speculative request waits behind the others and gives its place up to them.
   */
  enter(admitted: (release: () => void) => void, refused: (reason: Refusal) => void, speculative?: boolean): () => void;
  readonly inFlight: number;
  readonly waiting: number;
};

export function admissionGate(options: { limit: number; queue: number; maxWaitMs: number }): AdmissionGate;

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

export function bypassesGate(url: string | undefined): boolean;

export function gatedListener(
  gate: AdmissionGate,
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  refuse: (request: IncomingMessage, response: ServerResponse, reason: Refusal) => void,
): Listener;

export function admissionSettings(env: Record<string, string | undefined>): { limit: number; queue: number; maxWaitMs: number };
