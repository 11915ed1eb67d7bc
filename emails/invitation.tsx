import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout } from "./layout";

export const InvitationEmailProps = z.object({
  organisationName: z.string(),
  roleLabel: z.string(),
  invitedBy: z.string(),
  invitingOrganisationName: z.string(),
  contractTitle: z.string().nullable(),
  acceptUrl: z.url(),
  expiresOn: z.string(),
});
export type InvitationEmailProps = z.infer<typeof InvitationEmailProps>;

// "Groen B.V." at the end of a sentence must not read "Groen B.V..".
function withoutFinalDot(name: string): string {
  return name.replace(/\.$/, "");
}

export function subject(props: InvitationEmailProps): string {
  return `Uitnodiging voor ${props.organisationName} in Groeipad`;
}

export default function InvitationEmail(props: InvitationEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Je bent uitgenodigd voor ${props.organisationName}`}>
      <Text>
        {props.invitedBy} ({props.invitingOrganisationName}) nodigt je uit om in Groeipad mee te werken als{" "}
        <strong>{props.roleLabel.toLowerCase()}</strong> van {withoutFinalDot(props.organisationName)}.
      </Text>
      {props.contractTitle ? (
        <Text>
          Het gaat om het contract <strong>{props.contractTitle}</strong>. In Groeipad maak je samen afspraken over duurzame KPI&apos;s,
          rapporteer je per kwartaal en bespreek je de resultaten.
        </Text>
      ) : null}
      <Button href={props.acceptUrl} style={buttonStyle}>
        Uitnodiging bekijken
      </Button>
      <Text>
        Werkt de knop niet? Open dan deze link: <Link href={props.acceptUrl}>{props.acceptUrl}</Link>
      </Text>
      <Text>De uitnodiging is geldig tot en met {props.expiresOn}.</Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  organisationName: "Groen Cateraars B.V.",
  roleLabel: "Beheerder",
  invitedBy: "Fatima El Amrani",
  invitingOrganisationName: "Gemeente Voorbeeldstad",
  contractTitle: "Catering stadhuis en wijkcentra",
  acceptUrl: "http://localhost:3000/uitnodiging/voorbeeld",
  expiresOn: "6 december 2026",
} satisfies InvitationEmailProps;
