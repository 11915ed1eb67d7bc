import type { IncomingMessage, ServerResponse } from "node:http";

export const OVERLOADED_PROBLEM: { type: string; title: string; status: 503; detail: string; code: "OverloadedError" };

export function answerOverloaded(request: IncomingMessage, response: ServerResponse): void;

export const REFUSAL_PAGE_CSP: string;

export function refusalPage(page: { heading: string; message: string; retry?: string }): string;
