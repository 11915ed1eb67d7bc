"use client";

import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

/**
 * Whether the page is being printed: true from "beforeprint" (or the print media query matching,
 * which is how a PDF export and a browser test emulate paper) until "afterprint". Parts that only
 * paper needs, such as the tables behind charts, render on that signal. The change is flushed at
 * once: the browser lays out the printed page right after "beforeprint" returns, before React's
 * own scheduling would run.
 */
let printing = false;
const listeners = new Set<() => void>();
let media: MediaQueryList | null = null;

function set(next: boolean) {
  if (next === printing) return;
  printing = next;
  flushSync(() => listeners.forEach((listener) => listener()));
}

const onBeforePrint = () => set(true);
const onAfterPrint = () => set(media?.matches ?? false);
const onMediaChange = (event: MediaQueryListEvent) => set(event.matches);

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    media = window.matchMedia("print");
    printing = media.matches;
    media.addEventListener("change", onMediaChange);
    window.addEventListener("beforeprint", onBeforePrint);
    window.addEventListener("afterprint", onAfterPrint);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    media?.removeEventListener("change", onMediaChange);
    window.removeEventListener("beforeprint", onBeforePrint);
    window.removeEventListener("afterprint", onAfterPrint);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
