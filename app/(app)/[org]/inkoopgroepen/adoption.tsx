import { Badge } from "@/app/_components/ui/badge";

/**
 * How a member follows a standard, on one line: the number of its contracts per ambition level
 * ("Minimum 3 · Plus 1", the column says what is counted), and one mark for those below the minimum
 * in force. One short line per cell keeps a matrix of fifty members light.
 */
export function Adoption({ levels, none }: { levels: Array<{ label: string; contracts: number; deviations: number }>; none: string }) {
  if (levels.length === 0) return <span className="muted">{none}</span>;
  const below = levels.reduce((sum, l) => sum + l.deviations, 0);
  const text = levels.map((l) => `${l.label} ${l.contracts}`).join(" · ");
  return (
    <>
      {text}
      {below > 0 ? (
        <>
          {" "}
          <Badge tone="red">{below} onder het minimum</Badge>
        </>
      ) : null}
    </>
  );
}
