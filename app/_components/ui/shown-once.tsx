"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A secret shown this once (an API token, a webhook's signing secret): the message of the save, the
 * value in a field that selects itself and takes focus, a button that copies it, and what to do
 * with it. The form's own confirmation is not used: the answer carries the secret, so this says it.
 */
export function ShownOnce({
  id,
  label,
  value,
  message,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  message: string;
  children: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <div className="card notice">
      <p role="status">{message}</p>
      <label htmlFor={id}>{label}</label>
      <div className="inline-form">
        <input ref={field} id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="mono" size={60} />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          Kopiëren
        </button>
      </div>
      <p className="small">
        {children} <span role="status">{copied ? "Gekopieerd." : ""}</span>
      </p>
    </div>
  );
}
