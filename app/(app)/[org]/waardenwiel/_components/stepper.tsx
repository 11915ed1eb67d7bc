"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { WheelStep } from "@/lib/waardenwiel/rules";
import "./waardenwiel.css";

/**
 * The eight steps of the seed's workflow (figure 8) with their progress. Done steps carry a check
 * mark and the word "klaar", the current step aria-current="step": never colour alone.
 */
export function Stepper({ steps, base }: { steps: WheelStep[]; base: string }) {
  const pathname = usePathname();
  const done = steps.filter((s) => s.done).length;
  return (
    <nav className="stepper no-print" aria-label="Stappen van het Waardenwiel">
      <p className="stepper-summary small">
        <strong>
          {done} van {steps.length} stappen klaar
        </strong>
        <span className="stepper-bar" aria-hidden="true">
          <span style={{ width: `${(done / steps.length) * 100}%` }} />
        </span>
      </p>
      <ol>
        {steps.map((step) => {
          const href = `${base}/${step.slug}`;
          const current = pathname === href;
          return (
            <li key={step.slug} className={`${step.done ? "is-done" : ""}${current ? " is-current" : ""}`}>
              <Link href={href} aria-current={current ? "step" : undefined} title={step.summary}>
                <span className="step-number" aria-hidden="true">
                  {step.done ? "✓" : step.number}
                </span>
                <span className="step-title">
                  <span className="visually-hidden">Stap {step.number}: </span>
                  {step.title}
                  <span className="step-state">{step.done ? "klaar" : current ? "nu bezig" : "te doen"}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
