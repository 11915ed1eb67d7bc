import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { outboxPage } from "@/lib/email/outbox-page";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Uitgaande post (demo)" };

/** The development outbox: only in demo mode, where e-mails are kept instead of sent. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  const { id } = await searchParams;
  const emails = await outboxPage();
  if (!emails) notFound();
  const selected = emails.find((e) => e.id === id) ?? emails[0];
  return (
    <main className="content" style={{ margin: "0 auto" }}>
      <p className="small">
        <Link href="/">← Terug naar Groeipad</Link>
      </p>
      <h1>Uitgaande post (demo)</h1>
      <p className="muted">
        In de demo worden e-mails niet verstuurd maar hier bewaard. Met <code>SMTP_URL</code> gaan ze echt de deur uit.
      </p>
      {emails.length === 0 ? (
        <div className="card">Nog geen e-mails.</div>
      ) : (
        <div className="grid-2 outbox-grid">
          <nav className="card" aria-label="E-mails">
            <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {emails.map((e) => (
                <li key={e.id} style={{ marginBottom: "0.75rem" }}>
                  <Link href={`/dev/outbox?id=${e.id}`} aria-current={e.id === selected.id ? "true" : undefined}>
                    {e.subject}
                  </Link>
                  <div className="small muted">
                    aan {e.to} · {formatDateTime(e.createdAt)}
                  </div>
                </li>
              ))}
            </ul>
          </nav>
          <article className="card" aria-labelledby="mail-subject">
            <h2 id="mail-subject">{selected.subject}</h2>
            <p className="small muted">
              Aan: {selected.to} · {formatDateTime(selected.createdAt)}
            </p>
            {selected.links.length > 0 ? (
              <p>
                Links in deze e-mail:{" "}
                {selected.links.map((href) => (
                  <a key={href} href={href} className="mail-link" style={{ display: "block", wordBreak: "break-all" }}>
                    {href}
                  </a>
                ))}
              </p>
            ) : null}
            {selected.calendar ? (
              <details>
                <summary>
                  {selected.calendar.method === "CANCEL" ? "Afzegging" : "Uitnodiging"} voor de agenda: {selected.calendar.filename}
                </summary>
                <pre className="mail-text" style={{ overflowWrap: "anywhere" }}>
                  {selected.calendar.content}
                </pre>
              </details>
            ) : null}
            <iframe title={`Inhoud van ${selected.subject}`} className="outbox-body" sandbox="" srcDoc={selected.html} />
            <h3>Tekstversie</h3>
            <pre className="mail-text">{selected.text}</pre>
          </article>
        </div>
      )}
    </main>
  );
}
