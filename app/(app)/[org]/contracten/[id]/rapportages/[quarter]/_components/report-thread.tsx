/** One round of the conversation about a report, every text already written out for the reader. */
export type ThreadRound = {
  roundNumber: number;
  /** "Teruggestuurd door Anna de Vries op 3 mei 2026 14:05". */
  asked: string;
  question: string | null;
  questions: Array<{ kpiId: string; kpiName: string; question: string; answer: string | null }>;
  /** "Beantwoord door ... op ..." or null while the supplier has not submitted again. */
  answered: string | null;
  answer: string | null;
};

/**
 * The "Gesprek": every send-back with the buyer's questions and the supplier's answers, kept
 * after the report is accepted, so a later reader sees why values changed.
 */
export function ReportThread({ rounds }: { rounds: ThreadRound[] }) {
  return (
    <section className="card stack" aria-labelledby="thread-heading">
      <h2 id="thread-heading">Gesprek</h2>
      <ol className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {rounds.map((round) => (
          <li
            key={round.roundNumber}
            className="stack"
            style={{ borderInlineStart: "3px solid var(--line)", paddingInlineStart: "0.75rem" }}
          >
            <h3 style={{ margin: 0 }}>Ronde {round.roundNumber}</h3>
            <p className="small" style={{ margin: 0 }}>
              {round.asked}
            </p>
            {round.question ? (
              <p style={{ margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                <strong>Vraag van de opdrachtgever:</strong> {round.question}
              </p>
            ) : null}
            {round.questions.length > 0 ? (
              <dl className="stack" style={{ margin: 0, gap: "0.5rem" }}>
                {round.questions.map((q) => (
                  <div key={q.kpiId}>
                    <dt>
                      <strong>{q.kpiName}</strong>
                    </dt>
                    <dd style={{ margin: 0, overflowWrap: "anywhere" }}>
                      <strong>Vraag:</strong> {q.question}
                    </dd>
                    <dd style={{ margin: 0, overflowWrap: "anywhere" }}>
                      <strong>Antwoord:</strong> {round.answered ? q.answer || "geen toelichting gegeven" : "nog niet beantwoord"}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {round.question && round.answered ? (
              <p style={{ margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                <strong>Antwoord van de leverancier:</strong> {round.answer || "geen algemene toelichting gegeven"}
              </p>
            ) : null}
            <p className="small" style={{ margin: 0 }}>
              {round.answered ?? "Wacht op het antwoord van de leverancier."}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
