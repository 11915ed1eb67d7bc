import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { ReportLink } from "./report-parts";

export const SupplierLinkedEmailProps = z.object({
  supplierName: z.string(),
  buyerName: z.string(),
  contractTitle: z.string(),
  linkedBy: z.string(),
  linkedByEmail: z.string(),
  /** The address the buyer proposes as the supplier's contact for this contract, if any. */
  proposedContact: z.string().nullable(),
  /** The supplier's Beheer page, where its admin sees the relation and can invite the contact. */
  adminUrl: z.url(),
});
export type SupplierLinkedEmailProps = z.infer<typeof SupplierLinkedEmailProps>;

export function subject(props: SupplierLinkedEmailProps): string {
  return `${props.buyerName} heeft ${props.supplierName} gekoppeld aan een contract`;
}

/**
 * To a supplier's admins when a buyer links the supplier to a contract: the buyer never adds
 * people to the supplier itself, it only proposes a contact; the admin decides.
 */
export default function SupplierLinkedEmail(props: SupplierLinkedEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Nieuw contract met ${props.buyerName}`}>
      <Text>
        {props.linkedBy} ({props.buyerName}) heeft {props.supplierName} in Groeipad gekoppeld aan het contract{" "}
        <strong>{props.contractTitle}</strong>. Jullie zien dit contract nu bij de contracten van {props.supplierName.replace(/\.$/, "")}.
      </Text>
      {props.proposedContact ? (
        <Text>
          Als contactpersoon voor dit contract stelt {props.buyerName} <strong>{props.proposedContact}</strong> voor. Jij beslist of deze
          persoon toegang krijgt: op de pagina Beheer nodig je hem of haar met één klik uit, met de rol die past. Je kunt het voorstel ook
          laten liggen.
        </Text>
      ) : null}
      <ReportLink url={props.adminUrl} label="Naar Beheer" />
      <Text>
        Klopt deze koppeling niet? Neem dan contact op met {props.linkedBy} via {props.linkedByEmail}.
      </Text>
    </EmailLayout>
  );
}

SupplierLinkedEmail.PreviewProps = {
  supplierName: "Groen Cateraars B.V.",
  buyerName: "Provincie Zuiderland",
  contractTitle: "Catering provinciehuis 2027–2030",
  linkedBy: "Sanne Visser",
  linkedByEmail: "sanne.visser@zuiderland.example",
  proposedContact: "inkoop@groencateraars.example",
  adminUrl: "http://localhost:3000/groen-cateraars/beheer#opdrachtgevers",
} satisfies SupplierLinkedEmailProps;
