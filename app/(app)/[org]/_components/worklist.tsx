import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import type { WorkItem } from "@/lib/worklist/items";

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
        <ul className="worklist">
          {items.map((item) => (
            <li key={item.key}>
              <Link href={item.href}>{item.title}</Link>
              {item.urgent ? (
                <>
                  {" "}
                  <Badge tone="red">Dringend</Badge>
                </>
              ) : null}
              <div className="small muted">{item.contract.title}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
