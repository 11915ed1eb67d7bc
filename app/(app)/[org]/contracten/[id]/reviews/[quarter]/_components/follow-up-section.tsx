// What runs on after the meeting: open action items (also from earlier reviews) with their close
// buttons, the lessons learned, and after sign-off the amendments with their form.
import { Badge } from "@/app/_components/ui/badge";
import { BulkChecklist, type BulkAnswer } from "@/app/_components/ui/bulk";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { ReviewForm } from "./review-form";
import type { Act } from "./shared";
import { addLessonAction, amendReviewAction, closeActionItemAction, commentOnScoreAction } from "../actions";

type Props = { page: ReviewPageData; act: Act };

export function ActionItemsSection({ page, act, closeMany }: Props & { closeMany: (items: string[]) => Promise<BulkAnswer> }) {
  const items = page.openActionItems;
  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Openstaande acties van het contract</h2>
      {items.length === 0 ? <p className="muted">Geen openstaande acties.</p> : null}
      <ul className="plain-list">
        {items.map((a) => (
          <li key={a.id} style={{ marginBottom: "0.75rem" }}>
            <strong>{a.title}</strong> — {a.ownerName} ({a.ownerSide === "buyer" ? "opdrachtgever" : "leverancier"}), uiterlijk{" "}
            {formatDate(a.dueDate)}
            {a.dueDate < page.today ? (
              <>
                {" "}
                <Badge tone="red">Te laat</Badge>
              </>
            ) : null}
            {page.controls.closeActions ? (
              <details>
                <summary>Actie afsluiten</summary>
                <ReviewForm
                  action={act(closeActionItemAction)}
                  idPrefix={`close-${a.id}`}
                  hidden={{ actionItemId: a.id, version: String(a.version) }}
                  row
                  fields={[
                    {
                      name: "status",
                      label: "Afsluiten als",
                      type: "select",
                      options: [
                        { value: "done", label: "Afgerond" },
                        { value: "dropped", label: "Vervallen" },
                      ],
                      defaultValue: "done",
                    },
                    { name: "note", label: "Toelichting" },
                  ]}
                  submit={`Afsluiten: ${a.title}`}
                  variant="secondary"
                />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {page.controls.closeActions && items.length > 1 ? (
        <BulkChecklist
          legend="Meerdere acties tegelijk afronden"
          button="Afronden"
          title="Afronden"
          options={items.map((a) => ({ item: `${a.id}:${a.version}`, label: a.title }))}
          run={closeMany}
        />
      ) : null}
    </section>
  );
}

/** Remarks on the review as a whole (not on one KPI's score), from either side. */
export function GeneralCommentsSection({ page, act }: Props) {
  if (!page.review) return null;
  const comments = page.generalComments;
  if (comments.length === 0 && !page.controls.comment) return null;
  return (
    <section className="card" aria-labelledby="remarks-heading">
      <h2 id="remarks-heading">Algemene opmerkingen</h2>
      {comments.length === 0 ? <p className="muted">Nog geen opmerkingen.</p> : null}
      <ul className="plain-list">
        {comments.map((c) => (
          <li key={c.id} style={{ marginBottom: "0.5rem" }}>
            <strong>{c.authorName}</strong> <span className="small muted">({formatDateTime(c.createdAt)})</span>:{" "}
            <span className="pre-line">{c.body}</span>
          </li>
        ))}
      </ul>
      {page.controls.comment ? (
        <ReviewForm
          action={act(commentOnScoreAction)}
          idPrefix="remark"
          hidden={{ reviewId: page.review.id }}
          resetOnSuccess
          fields={[{ name: "body", label: "Nieuwe opmerking", type: "textarea" }]}
          submit="Opmerking plaatsen"
          variant="secondary"
        />
      ) : null}
    </section>
  );
}

export function LessonsSection({ page, act }: Props) {
  if (!page.review) return null;
  return (
    <section className="card" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">Lessen</h2>
      {page.lessons.length === 0 ? <p className="muted">Nog geen lessen vastgelegd.</p> : null}
      <ul>
        {page.lessons.map((l) => (
          <li key={l.id}>
            {l.body}{" "}
            <span className="small muted">
              — {l.authorName}, {formatDateTime(l.createdAt)}
            </span>
          </li>
        ))}
      </ul>
      {page.controls.lesson ? (
        <ReviewForm
          action={act(addLessonAction)}
          idPrefix="lesson"
          hidden={{ reviewId: page.review.id }}
          resetOnSuccess
          fields={[{ name: "body", label: "Nieuwe les", type: "textarea" }]}
          submit="Les vastleggen"
          variant="secondary"
        />
      ) : null}
    </section>
  );
}

export function AmendmentsSection({ page, act }: Props) {
  if (page.review?.status !== "final") return null;
  const general = page.amendments.filter((a) => a.kpiId === null);
  return (
    <section className="card" aria-labelledby="amend-heading">
      <h2 id="amend-heading">Correcties</h2>
      <p className="small">
        Een definitieve review verandert niet meer. Een vergissing leg je vast als correctie: wie, wanneer en waarom, naast het origineel.
      </p>
      {general.length > 0 ? (
        <ul>
          {general.map((a) => (
            <li key={a.id}>
              {a.field}: {a.previousValue ? `“${a.previousValue}” → ` : ""}“{a.correctedValue}” — {a.reason} ({a.authorName},{" "}
              {formatDateTime(a.createdAt)})
            </li>
          ))}
        </ul>
      ) : null}
      {page.controls.amend ? (
        <details>
          <summary>Correctie vastleggen</summary>
          <ReviewForm
            action={act(amendReviewAction)}
            idPrefix="amend"
            hidden={{ reviewId: page.review.id }}
            resetOnSuccess
            row
            fields={[
              {
                name: "kpiId",
                label: "Bij KPI",
                type: "select",
                options: page.kpis.map((k) => ({ value: k.kpi.id, label: k.kpi.name })),
                placeholder: "De review als geheel",
              },
              { name: "field", label: "Wat corrigeer je?", placeholder: "bijv. afgesproken score" },
              { name: "previousValue", label: "Oorspronkelijke waarde" },
              { name: "correctedValue", label: "Juiste waarde" },
              { name: "reason", label: "Reden", type: "textarea" },
            ]}
            submit="Correctie vastleggen"
          />
        </details>
      ) : null}
    </section>
  );
}
