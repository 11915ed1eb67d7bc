import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { WORK_KIND_LABELS, type WorkItem } from "@/lib/worklist/items";

/** More than this is not a list to read: the rest is counted per kind below it. */
const SHOWN = 25;

function Rest({ items }: { items: WorkItem[] }) {
  const counts = new Map<WorkItem["kind"], number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return (
    <div className="small" style={{ marginTop: "0.75rem" }}>
      <p>En nog {items.length}:</p>
      <ul>
        {[...counts].map(([kind, count]) => (
          <li key={kind}>
            {count} × {WORK_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The home page's "Te doen": what waits for this person, most urgent first, each linking to where it is done. */
export function Worklist({ items, readsOnly }: { items: WorkItem[]; readsOnly: boolean }) {
  return (
    <section className="card" aria-labelledby="te-doen">
      <h2 id="te-doen">Te doen{items.length > 0 ? <span className="muted"> ({items.length})</span> : null}</h2>
      {readsOnly ? (
        <p className="muted">Als lezer heb je geen taken: je kunt alles bekijken, anderen doen het werk.</p>
      ) : items.length === 0 ? (
        <p className="muted">Er wacht niets op je. Wat jouw actie vraagt, verschijnt hier.</p>
      ) : (
        <>
          <ul className="worklist">
            {items.slice(0, SHOWN).map((item) => (
              <li key={item.key}>
                <Link href={item.href}>{item.title}</Link>
                {item.urgent ? (
                  <>
                    {" "}
                    <Badge tone="red">Dringend</Badge>
                  </>
                ) : null}
                <div className="small muted">{item.contract ? item.contract.title : "Hele organisatie"}</div>
              </li>
            ))}
          </ul>
          {items.length > SHOWN ? <Rest items={items.slice(SHOWN)} /> : null}
        </>
      )}
    </section>
  );
}
