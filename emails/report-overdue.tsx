import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { previewBase, REMINDER_FOOTNOTE, ReportEmailBase, ReportLink } from "./report-parts";

export const ReportOverdueEmailProps = ReportEmailBase.extend({ dueDate: z.string() });
export type ReportOverdueEmailProps = z.infer<typeof ReportOverdueEmailProps>;

export function subject(props: ReportOverdueEmailProps): string {
  return `Te laat: rapportage ${props.quarterLabel} voor ${props.contractTitle}`;
}

/** The day after the due date, once, when the report is still not submitted. */
export default function ReportOverdueEmail(props: ReportOverdueEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Rapportage ${props.quarterLabel} is te laat`}>
      <Text>
        De rapportage over het {props.quarterLabel} voor het contract <strong>{props.contractTitle}</strong> moest uiterlijk{" "}
        <strong>{props.dueDate}</strong> bij {props.buyerName} zijn ingediend. Dat is nog niet gebeurd.
      </Text>
      <Text>Dien de rapportage zo snel mogelijk in, of neem contact op met de contractmanager als er iets in de weg zit.</Text>
      <ReportLink url={props.reportUrl} label="Rapportage invullen" />
      <Text>{REMINDER_FOOTNOTE}</Text>
    </EmailLayout>
  );
}

ReportOverdueEmail.PreviewProps = { ...previewBase, dueDate: "30 januari 2027" } satisfies ReportOverdueEmailProps;
