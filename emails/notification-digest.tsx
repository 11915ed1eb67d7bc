import { Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { ReportLink } from "./report-parts";
import { NOTIFICATION_FOOTNOTE } from "./notification";

export const NotificationDigestEmailProps = z.object({
  organisationName: z.string(),
  items: z.array(z.object({ title: z.string(), contractTitle: z.string().nullable(), url: z.url() })).min(1),
  listUrl: z.url(),
});
export type NotificationDigestEmailProps = z.infer<typeof NotificationDigestEmailProps>;

export function subject(props: NotificationDigestEmailProps): string {
  return props.items.length === 1
    ? `1 nieuwe melding in Groeipad (${props.organisationName})`
    : `${props.items.length} nieuwe meldingen in Groeipad (${props.organisationName})`;
}

/** Once a day, the notifications of the kinds a person wants in a digest. */
export default function NotificationDigestEmail(props: NotificationDigestEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading="Je meldingen van vandaag">
      <Section>
        {props.items.map((item, i) => (
          <Text key={i}>
            <Link href={item.url}>{item.title}</Link>
            {item.contractTitle ? ` — ${item.contractTitle}` : null}
          </Text>
        ))}
      </Section>
      <ReportLink url={props.listUrl} label="Alle meldingen" />
      <Text>{NOTIFICATION_FOOTNOTE}</Text>
    </EmailLayout>
  );
}

NotificationDigestEmail.PreviewProps = {
  organisationName: "Gemeente Voorbeeldstad",
  items: [
    {
      title: "KPI geaccepteerd: CO2-uitstoot transport",
      contractTitle: "Catering stadhuis en wijkcentra",
      url: "http://localhost:3000/gemeente-voorbeeldstad/meldingen",
    },
  ],
  listUrl: "http://localhost:3000/gemeente-voorbeeldstad/meldingen",
} satisfies NotificationDigestEmailProps;
