// Read-only pieces shared by the wheel pages, the contract wheel and the vision page.
import Link from "next/link";
import type { WheelDetail, WheelDetailTheme } from "@/lib/waardenwiel/queries";
import { goalTargetText, MAX_TOP_PRIORITY, pillarLabel, pillarList, type Pillar } from "@/lib/waardenwiel/rules";
import { pillarStyle } from "./pillar-style";

export function WheelWarnings({
  warnings,
  themesHref,
  prioritiesHref,
}: {
  warnings: { missing: Pillar[]; overload: { rank: number; count: number } | null };
  themesHref?: string;
  prioritiesHref?: string;
}) {
  const { missing, overload } = warnings;
  if (missing.length === 0 && !overload) return null;
  return (
    <section className="wheel-warnings" aria-label="Waarschuwingen bij dit wiel">
      {missing.length > 0 ? (
        <div className="alert alert-warning" data-warning="pillars">
          <strong>
            <span aria-hidden="true">⚠ </span>
            {missing.length === 1 ? "Er ontbreekt een pijler" : `Er ontbreken ${missing.length} pijlers`}: {pillarList(missing)}.
          </strong>
          De handreiking vraagt dat alle drie de inkooppijlers (ecologisch &amp; sociaal, samenwerking en gedragsverandering) in het wiel
          terugkomen.{" "}
          {themesHref ? (
            <Link href={themesHref}>Voeg een thema toe voor {missing.length === 1 ? "deze pijler" : "deze pijlers"}.</Link>
          ) : null}
        </div>
      ) : null}
      {overload ? (
        <div className="alert alert-warning" data-warning="focus">
          <strong>
            <span aria-hidden="true">⚠ </span>
            {overload.count} thema&apos;s delen de hoogste prioriteit ({overload.rank}).
          </strong>
          Houd focus: geef hoogstens {MAX_TOP_PRIORITY} thema&apos;s de hoogste prioriteit.{" "}
          {prioritiesHref ? <Link href={prioritiesHref}>Pas de prioriteiten aan.</Link> : null}
        </div>
      ) : null}
    </section>
  );
}

export function PillarTag({ pillar }: { pillar: string }) {
  return (
    <span className="pillar-tag">
      <span aria-hidden="true" className="pillar-dot" style={{ background: pillarStyle(pillar).ring }} />
      {pillarLabel(pillar)}
    </span>
  );
}

export function RankBadge({ theme }: { theme: Pick<WheelDetailTheme, "priorityRank" | "priorityTied"> }) {
  if (theme.priorityRank === null) return null;
  return (
    <span className="rank-badge" title={theme.priorityTied ? "gedeelde prioriteit" : "prioriteit"}>
      <span className="visually-hidden">prioriteit </span>
      {theme.priorityRank}
      {theme.priorityTied ? (
        <>
          <span aria-hidden="true">=</span>
          <span className="visually-hidden"> (gedeeld)</span>
        </>
      ) : null}
    </span>
  );
}

export function GoalText({ goal }: { goal: WheelDetailTheme["goals"][number] }) {
  const target = goalTargetText(goal);
  return (
    <>
      {goal.description}
      {target ? <span className="small muted"> — {target}</span> : null}
      <span className="visually-hidden"> ({goal.kind === "quantitative" ? "kwantitatief" : "kwalitatief"})</span>
    </>
  );
}

/** The themes in priority order with their sub-themes and goals, as text. */
export function PrioritisedThemes({
  themes,
  headingLevel = 3,
  columns = false,
}: {
  themes: WheelDetail["themes"];
  headingLevel?: 2 | 3;
  columns?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (themes.length === 0) return <p className="muted">Nog geen thema&apos;s.</p>;
  return (
    <ol className={`vision-themes${columns ? " vision-columns" : ""}`}>
      {themes.map((theme) => (
        <li key={theme.id} style={{ ["--pillar" as string]: pillarStyle(theme.pillar).ring }}>
          <Heading>
            {theme.priorityRank !== null ? <RankBadge theme={theme} /> : null} {theme.name}
          </Heading>
          <p>
            <PillarTag pillar={theme.pillar} />
            {theme.subthemes.length > 0 ? ` · ${theme.subthemes.map((s) => s.name).join(" · ")}` : null}
          </p>
          {theme.goals.length > 0 ? (
            <ul>
              {theme.goals.map((goal) => (
                <li key={goal.id}>
                  <GoalText goal={goal} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
