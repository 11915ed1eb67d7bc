import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { ReportLink } from "./report-parts";

export const NotificationEmailProps = z.object({
  title: z.string(),
  /** None when it is about the recipient's own organisation rather than a contract. */
  contractTitle: z.string().nullable(),
  url: z.url(),
  /** A line about an attachment, such as the signed review's PDF. */
  attachmentNote: z.string().nullable().default(null),
});
export type NotificationEmailProps = z.input<typeof NotificationEmailProps>;

export function subject(props: z.output<typeof NotificationEmailProps>): string {
  return props.contractTitle ? `${props.title} (${props.contractTitle})` : props.title;
}

export const NOTIFICATION_FOOTNOTE =
  "Kies per soort melding of je die direct, in een dagelijks overzicht of niet per e-mail krijgt op je profielpagina in Groeipad.";

/** One notification, sent at once to whoever asked for that kind by e-mail. */
export default function NotificationEmail(props: z.output<typeof NotificationEmailProps>) {
  return (
    <EmailLayout preview={subject(props)} heading={props.title}>
      {props.contractTitle ? (
        <Text>
          Contract: <strong>{props.contractTitle}</strong>
        </Text>
      ) : null}
      {props.attachmentNote ? <Text>{props.attachmentNote}</Text> : null}
      <ReportLink url={props.url} label="Openen in Groeipad" />
      <Text>{NOTIFICATION_FOOTNOTE}</Text>
    </EmailLayout>
  );
}

NotificationEmail.PreviewProps = {
  title: "Nieuwe KPI voorgesteld: Aandeel plantaardige eiwitten",
  contractTitle: "Catering stadhuis en wijkcentra",
  url: "http://localhost:3000/gemeente-voorbeeldstad/meldingen",
  attachmentNote: null,
} satisfies NotificationEmailProps;
