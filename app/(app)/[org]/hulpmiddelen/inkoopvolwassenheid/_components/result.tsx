import { FOCUS_LABELS, MATURITY_FIGURE, MATURITY_RULE_NOTE } from "@/lib/guidance/maturity/content";
import { reachedStageLabel, type MaturityPosition } from "@/lib/guidance/maturity/rules";
import { SourceNote } from "../../_components/source-note";

/**
 * Where the organisation stands: the reached stage, what the next stage still asks, a head start
 * in later stages, and every stage's progress as a row of steps (text, not colour alone).
 */
export function MaturityResult({ position, headingLevel = 2 }: { position: MaturityPosition; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <div className="maturity-result">
      <p className="maturity-reached">
        <strong>{reachedStageLabel(position.reached)}</strong>
        <span className="muted">
          {" "}
          · {position.tickedCount} van de {position.itemCount} onderdelen afgevinkt
        </span>
      </p>
      <ol className="maturity-steps" aria-label="Voortgang per stadium">
        {position.stages.map((s) => (
          <li key={s.stage.number} className={s.complete ? "done" : s.ticked.length > 0 ? "partial" : "open"}>
            <span className="maturity-step-number">{s.stage.number}</span>
            <span className="maturity-step-question">{s.stage.question}</span>
            <span className="maturity-step-count">
              {s.ticked.length}/{s.stage.items.length} {s.complete ? "· volledig" : ""}
            </span>
            <span className="small muted">{FOCUS_LABELS[s.stage.focus]}</span>
          </li>
        ))}
      </ol>
      <H>{position.next ? `Wat het volgende stadium vraagt: ${position.next.stage.question}` : "Alle stadia zijn volledig"}</H>
      {position.next ? (
        <ul className="check-list">
          {position.next.open.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      ) : (
        <p>Alle onderdelen van figuur 10 zijn afgevinkt.</p>
      )}
      {position.headStart.length > 0 ? (
        <>
          <Sub>Al verder</Sub>
          <ul>
            {position.headStart.map((h) => (
              <li key={h.stage.number}>
                Stadium {h.stage.number} ({h.stage.question}): {h.items.map((i) => i.text).join("; ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="small muted">{MATURITY_RULE_NOTE}</p>
      <SourceNote reference={MATURITY_FIGURE.reference} />
    </div>
  );
}
