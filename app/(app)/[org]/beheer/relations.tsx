import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { statusLabel, statusTone } from "@/lib/contracts/rules";
import type { BuyerRelation, ProposedContact } from "@/lib/members/buyer-relations";
import { InviteProposedContactButton } from "./client";

/**
 * A supplier's buyers and the contracts it is party to, with the contact each buyer proposed.
 * Buyers never add people to a supplier: the admin invites a proposed contact here, or not.
 */
export function BuyerRelations(props: { org: string; organisationName: string; relations: BuyerRelation[] }) {
  return (
    <section className="card" aria-labelledby="opdrachtgevers-titel" id="opdrachtgevers">
      <h2 id="opdrachtgevers-titel">Opdrachtgevers en contracten</h2>
      <p className="small muted">
        Opdrachtgevers koppelen {props.organisationName} aan hun contracten en kunnen een contactpersoon voorstellen. Alleen beheerders van{" "}
        {props.organisationName} bepalen wie er toegang krijgt.
      </p>
      {props.relations.length === 0 ? (
        <p className="muted">Nog geen opdrachtgever heeft {props.organisationName} aan een contract gekoppeld.</p>
      ) : (
        props.relations.map((relation) => (
          <div key={relation.buyerId} style={{ marginBottom: "1rem" }}>
            <h3>{relation.buyerName}</h3>
            <ul className="link-list">
              {relation.contracts.map((c) => (
                <li key={c.id}>
                  <Link href={`/${props.org}/contracten/${c.id}`}>{c.title}</Link>{" "}
                  <Badge tone={statusTone(c.status)}>{statusLabel(c.status)}</Badge>
                  <div className="small">
                    Voorgestelde contactpersoon: <Contact contact={c.contact} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function Contact({ contact }: { contact: ProposedContact | null }) {
  if (!contact) return <span className="muted">geen</span>;
  return (
    <span className="inline-form">
      <span style={{ overflowWrap: "anywhere" }}>{contact.email}</span>
      {contact.standing === "member" ? <Badge tone="green">Al lid</Badge> : null}
      {contact.standing === "invited" ? <Badge tone="amber">Uitgenodigd</Badge> : null}
      {contact.standing === "open" ? <InviteProposedContactButton email={contact.email} /> : null}
    </span>
  );
}
