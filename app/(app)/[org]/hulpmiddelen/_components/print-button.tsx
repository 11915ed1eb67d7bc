"use client";

export function PrintButton({ label = "Afdrukken of opslaan als pdf" }: { label?: string }) {
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
