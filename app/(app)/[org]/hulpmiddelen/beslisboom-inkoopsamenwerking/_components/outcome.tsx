import { CUMULATIVE_NOTE, LONG_TERM_FORMS_NOTE } from "@/lib/guidance/cooperation-tree/content";
import { COOPERATION_PHASES } from "@/lib/guidance/cooperation-tree/phases";
import type { CooperationOutcome } from "@/lib/guidance/cooperation-tree/rules";
import { SourceNote } from "../../_components/source-note";

export const NotValidated = () => <span className="not-validated">niet gevalideerd</span>;

/** The suggested form of cooperation for a path through the tree, with the reasons per step. */
export function TreeOutcome({ outcome }: { outcome: CooperationOutcome }) {
  const steps = [
    { number: 1, option: outcome.term },
    { number: 2, option: outcome.input },
    { number: 3, option: outcome.level },
  ];
  return (
    <div className="tree-outcome">
      {outcome.notValidated ? (
        <p className="alert-grey" role="note">
          Deze route loopt via de lange-termijntak. De handreiking toont die in grijs: hij is niet de focus van de handreiking en moet nog
          verder gevalideerd worden. Gebruik de uitkomst als richting, niet als advies.
        </p>
      ) : null}
      <h3>Niveaus van samenwerking</h3>
      <ol className="levels">
        {outcome.levels.map((level) => (
          <li key={level.value} className={level.value === outcome.level.value ? "chosen" : undefined}>
            {level.label}
            {level.value === outcome.level.value ? " (gekozen)" : " (nodig voor het gekozen niveau)"}
          </li>
        ))}
      </ol>
      <p className="small muted">{CUMULATIVE_NOTE.text}</p>
      <SourceNote reference={CUMULATIVE_NOTE.reference} />

      <h3>Aanbevolen afspraken</h3>
      <ul>
        {outcome.agreements.map((a) => (
          <li key={a.label}>
            <strong>{a.label}</strong>: {a.text} <SourceNote reference={a.reference} />
          </li>
        ))}
      </ul>
      {outcome.bundling ? (
        <>
          <h3>
            Overeenkomst of rechtsvorm voor het bundelen
            {outcome.bundling.notValidated ? <NotValidated /> : null}
          </h3>
          {outcome.bundling.forms.length > 0 ? (
            <ul>
              {outcome.bundling.forms.map((f) => (
                <li key={f.label}>
                  <strong>{f.label}</strong>: {f.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="alert-grey">{LONG_TERM_FORMS_NOTE}</p>
          )}
          <SourceNote reference={outcome.bundling.reference} />
        </>
      ) : null}

      <h3>Waarom deze keuzes</h3>
      <dl className="facts">
        {steps.map(({ number, option }) => (
          <div key={number} style={{ display: "contents" }}>
            <dt>
              Stap {number}: {option.label}
              {option.notValidated ? <NotValidated /> : null}
            </dt>
            <dd>
              {option.advice}
              <SourceNote reference={option.reference} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The handreiking's recommendations per phase of a buyer group, for every path alike. */
export function PhaseRecommendations({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h3" : "h4";
  const Sub = headingLevel === 2 ? "h4" : "h5";
  return (
    <div>
      {COOPERATION_PHASES.map((phase) => (
        <section key={phase.number} className="phase" aria-labelledby={`fase-${phase.number}`}>
          <H id={`fase-${phase.number}`}>
            Fase {phase.number}: {phase.title}
          </H>
          {phase.topics.map((topic) => (
            <div key={topic.title}>
              <Sub>{topic.title}</Sub>
              <ul>
                {topic.recommendations.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <SourceNote reference={topic.reference} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
