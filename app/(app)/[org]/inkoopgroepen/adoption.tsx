import { Badge } from "@/app/_components/ui/badge";

/** How a member follows a standard: per ambition level its contracts, and those below the minimum in force. */
export function Adoption({ levels, none }: { levels: Array<{ label: string; contracts: number; deviations: number }>; none: string }) {
  if (levels.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="plain-list">
      {levels.map((l) => (
        <li key={l.label}>
          {l.label}: {l.contracts} {l.contracts === 1 ? "contract" : "contracten"}
          {l.deviations > 0 ? (
            <>
              {" "}
              <Badge tone="red">{l.deviations} onder het minimum</Badge>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
