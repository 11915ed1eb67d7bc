// Who sees which part of verification. A verifier works only on the verification page: the rest
// of the product reads data their database role may not (and should not) read.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

type Who = Pick<Actor, "role"> & { org: Pick<Actor["org"], "kind"> };

export function onlyVerifies(actor: Who): boolean {
  return actor.org.kind === "buyer" && actor.role === "verifier";
}

export function seesVerification(actor: Who): boolean {
  return actor.org.kind === "buyer" && (can("buyer", actor.role, "verifications.read") || can("buyer", actor.role, "verifications.record"));
}

export function recordsVerification(actor: Who): boolean {
  return actor.org.kind === "buyer" && can("buyer", actor.role, "verifications.record");
}

export function drawsSamples(actor: Who): boolean {
  return actor.org.kind === "buyer" && can("buyer", actor.role, "verifications.sample");
}

export function assignsVerifiers(actor: Who): boolean {
  return actor.org.kind === "buyer" && can("buyer", actor.role, "verifications.assign");
}

/** The verifiers among an organisation's members, for the coordinator's assignment form. */
export function verifiersAmong<M extends { role: string }>(members: M[]): M[] {
  return members.filter((m) => m.role === "verifier");
}
