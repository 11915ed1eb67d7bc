// Innovations in the review: the contract's undecided innovations and those this review decided.
// The buyer who leads the review records go, no go or pilot while it is a draft; once final, the
// decisions stand with the review.
import Link from "next/link";
import { INNOVATION_DECISIONS, type InnovationDecisionKind } from "@/lib/innovations/rules";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { ReviewForm } from "./review-form";
import type { Act } from "./shared";
import { decideInnovationAction, removeInnovationDecisionAction } from "../actions";

const DECISION_OPTIONS = Object.entries(INNOVATION_DECISIONS).map(([value, label]) => ({ value, label }));

export function InnovationsSection({ page, act, registerHref }: { page: ReviewPageData; act: Act; registerHref: string }) {
  const { controls, review } = page;
  if (!review) return null;
  const final = review.status === "final";
  // A final review shows what it decided; undecided innovations wait for a later review.
  const rows = final ? page.innovations.filter((i) => i.decision) : page.innovations;
  if (rows.length === 0 && final) return null;
  const hidden = { reviewId: review.id, version: String(review.version) };
  return (
    <section className="card" aria-labelledby="innovations-heading">
      <h2 id="innovations-heading">Innovaties</h2>
      {rows.length === 0 ? (
        <p className="muted">
          Er liggen geen innovaties ter besluitvorming. <Link href={registerHref}>Naar het innovatieregister</Link>
        </p>
      ) : null}
      <ul>
        {rows.map((i) => (
          <li key={i.id} style={{ marginBottom: "0.75rem" }}>
            <strong>{i.title}</strong>{" "}
            <span className="small muted">({i.proposedBySide === "buyer" ? "opdrachtgever" : "opdrachtnemer"})</span>
            <br />
            <span className="small">{i.problem}</span>
            <br />
            {i.decision ? (
              <span>
                Besluit: <strong>{INNOVATION_DECISIONS[i.decision as InnovationDecisionKind]}</strong> — {i.reason}
              </span>
            ) : (
              <span className="muted">Nog geen besluit.</span>
            )}
            {controls.manage ? (
              <details>
                <summary>{i.decision ? `Besluit over "${i.title}" wijzigen` : `Besluiten over "${i.title}"`}</summary>
                <ReviewForm
                  action={act(decideInnovationAction)}
                  idPrefix={`innovation-${i.id}`}
                  hidden={{ ...hidden, innovationId: i.id }}
                  row
                  fields={[
                    {
                      name: "decision",
                      label: "Besluit",
                      type: "select",
                      options: DECISION_OPTIONS,
                      defaultValue: i.decision ?? "",
                      placeholder: "Kies",
                    },
                    { name: "reason", label: "Motivering", type: "textarea", defaultValue: i.reason ?? "" },
                  ]}
                  submit="Besluit vastleggen"
                />
                {i.decision ? (
                  <ReviewForm
                    action={act(removeInnovationDecisionAction)}
                    idPrefix={`innovation-remove-${i.id}`}
                    hidden={{ ...hidden, innovationId: i.id }}
                    fields={[]}
                    submit="Besluit verwijderen"
                    variant="danger"
                    confirm={`Het besluit over "${i.title}" verwijderen?`}
                  />
                ) : null}
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
