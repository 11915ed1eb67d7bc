/** The Groeipad mark: a path that grows towards its goal. */
export function Logo() {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#23804f" />
      <path d="M12 48 L26 34 L34 40 L52 18" fill="none" stroke="#ffffff" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="52" cy="18" r="5" fill="#b7e4c7" />
    </svg>
  );
}
