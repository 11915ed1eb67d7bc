import type { ReactNode } from "react";
import type { AdviceView } from "@/lib/guidance/wegwijzer/pages";

/** "Fundering, Specificatie en Uitvoering". */
const listed = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`);

/**
 * The assembled wegwijzer advice: first what to do, in a few plain sentences drawn from the
 * answers, then per activity its tips in reading order, each with where to read the original.
 * The cell codes of the document's schema are only that source reference.
 */
export function AdviceSections({ advice, headingLevel = 2 }: { advice: AdviceView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="advice">
      {advice.summary.length > 0 ? (
        <section className="advice-summary" aria-labelledby="advies-eerst">
          <Heading id="advies-eerst">Eerst doen</Heading>
          <p className="small muted">
            De {advice.summary.length === 1 ? "belangrijkste punt" : `${advice.summary.length} belangrijkste punten`} uit je antwoorden: het
            antwoord dat de meeste tips oplevert eerst. De tips per activiteit staan eronder.
          </p>
          <ol>
            {advice.summary.map((point) => (
              <li key={point.question}>
                <strong>{point.text}</strong>
                <br />
                <span className="small">
                  Omdat je bij vraag {point.question} koos voor: {point.answer.charAt(0).toLowerCase() + point.answer.slice(1)}. Uitgewerkt
                  in de tips bij {listed(point.activities)}.
                </span>
                <span className="advice-source">
                  {" "}
                  Bron: PIANOo-wegwijzer, {point.cells.length === 1 ? "cel" : "cellen"} {listed(point.cells)}.
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {advice.sections.map((section) => {
        const id = `activiteit-${section.code}`;
        return (
          <section key={section.code} className="advice-activity" aria-labelledby={id}>
            <Heading id={id}>{section.name}</Heading>
            <p className="small muted">{section.covers}</p>
            {section.blocks.length === 0 ? (
              <p>Geen tips voor deze antwoorden.</p>
            ) : (
              <ol className="advice-blocks">
                {section.blocks.map((block) => (
                  <AdviceBlock key={block.code} text={block.text} reference={block.reference} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** One tip: our summary of the document's text, and under it, small, where it comes from. */
export function AdviceBlock(props: { text: string; reference: string; className?: string; label?: ReactNode }) {
  return (
    <li className={props.className ? `advice-block ${props.className}` : "advice-block"}>
      {props.label}
      <p>{props.text}</p>
      <p className="advice-source">Bron: {props.reference}</p>
    </li>
  );
}
