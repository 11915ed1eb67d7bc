"use client";

import { useEffect } from "react";

/** The wrappers a wide table or the roadmap timeline scrolls in, at 320 px or at 200 % zoom. */
const SCROLLERS = ".table-wrap, .timeline-wrap";
const MARK = "data-scroll-region";

/** What the box holds: its table's caption, a drawing's own label, else the heading of its section. */
function labelOf(box: Element): string {
  const caption = box.querySelector("caption")?.textContent?.trim();
  if (caption) return caption;
  const labelled = box.querySelector("[aria-label]")?.getAttribute("aria-label")?.trim();
  if (labelled) return labelled;
  const heading = box.closest("section, .card")?.querySelector("h2, h3")?.textContent?.trim();
  return heading ? `Tabel: ${heading}` : "Tabel";
}

/**
 * A box that scrolls sideways becomes a named region in the tab order, so a keyboard user can
 * scroll it too (WCAG 2.1.1, 1.4.10); when it fits again it leaves the tab order. Boxes whose page
 * set their own tabindex are left alone. One place for every table wrapper instead of each page.
 */
function markScrollRegions(sizes: ResizeObserver) {
  for (const box of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
    // A table can widen with no change to the page or the window (a web font arriving late): its
    // size is watched too. Observing an element again does nothing.
    sizes.observe(box);
    if (box.firstElementChild) sizes.observe(box.firstElementChild);
    const ours = box.hasAttribute(MARK);
    if (!ours && box.hasAttribute("tabindex")) continue;
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !ours) {
      box.setAttribute(MARK, "");
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", labelOf(box));
    } else if (!scrolls && ours) {
      box.removeAttribute(MARK);
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }
}

export function ScrollRegions() {
  useEffect(() => {
    let frame = 0;
    // At most once a frame, after React and the browser have laid out what changed.
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        markScrollRegions(sizes);
      });
    };
    const sizes = new ResizeObserver(schedule);
    markScrollRegions(sizes);
    // New content (a client navigation, a table drawn when its disclosure opens), an opened
    // disclosure and a new width (zoom, a turned phone).
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("toggle", schedule, true);
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      sizes.disconnect();
      document.removeEventListener("toggle", schedule, true);
      window.removeEventListener("resize", schedule);
    };
  }, []);
  return null;
}
