import { formatPercent } from "@/lib/format";
import { PEOPLE_GROUPS, TIPPING_POINT } from "@/lib/guidance/people-growth/content";
import { type PeopleShares, type TippingPointStatus } from "@/lib/guidance/people-growth/rules";
import { SourceNote } from "../../_components/source-note";

const BAR_COLOURS = {
  afwachtende_realisten: ["#f6c07e", "#1f2a24"],
  intuitieve_volgers: ["#9ec5e8", "#1f2a24"],
  actieve_ambassadeurs: ["#1d6b47", "#ffffff"],
} as const;

/** The distribution as one bar (labelled segments) and a sentence per group, then the tipping point. */
export function PeopleResult({ shares, tipping }: { shares: PeopleShares; tipping: TippingPointStatus }) {
  const description = PEOPLE_GROUPS.map((g) => `${g.name} ${formatPercent(shares[g.id])}`).join(", ");
  return (
    <div>
      <div className="distribution-bar" role="img" aria-label={`Verdeling: ${description}.`}>
        {PEOPLE_GROUPS.map((g) =>
          shares[g.id] > 0 ? (
            <span
              key={g.id}
              style={{
                width: `${shares[g.id]}%`,
                background: BAR_COLOURS[g.id][0],
                color: BAR_COLOURS[g.id][1],
              }}
            >
              {shares[g.id] >= 8 ? formatPercent(shares[g.id]) : ""}
            </span>
          ) : null,
        )}
      </div>
      <ul>
        {PEOPLE_GROUPS.map((g) => (
          <li key={g.id}>
            {g.name}: <strong>{formatPercent(shares[g.id])}</strong>
          </li>
        ))}
      </ul>
      <div className={tipping.reached ? "tipping reached" : "tipping"}>
        <p>
          <strong>
            {tipping.reached
              ? `Kantelpunt bereikt: ${formatPercent(tipping.share)} actieve ambassadeurs (${tipping.threshold} % of meer).`
              : `Kantelpunt nog niet bereikt: ${formatPercent(tipping.share)} actieve ambassadeurs, ${formatPercent(tipping.shortBy)} onder de ${tipping.threshold} %.`}
          </strong>
        </p>
        <blockquote className="seed-quote">“{TIPPING_POINT.quote}”</blockquote>
        <p className="small muted">{TIPPING_POINT.ruleNote}</p>
        <SourceNote reference={TIPPING_POINT.reference} />
      </div>
    </div>
  );
}
