const tones = { green: "badge-green", grey: "badge-grey", amber: "badge-amber", red: "badge-red" } as const;

export function Badge({ tone = "grey", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return <span className={`badge ${tones[tone]}`}>{children}</span>;
}
