import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { previewBase, REMINDER_FOOTNOTE, ReportEmailBase, ReportLink } from "./report-parts";

export const ReportReminderEmailProps = ReportEmailBase.extend({ dueDate: z.string() });
export type ReportReminderEmailProps = z.infer<typeof ReportReminderEmailProps>;

export function subject(props: ReportReminderEmailProps): string {
  return `Herinnering: rapportage ${props.quarterLabel} voor ${props.contractTitle} uiterlijk ${props.dueDate}`;
}

/** Seven days before the due date, to the supplier's admins and reporters who want reminders. */
export default function ReportReminderEmail(props: ReportReminderEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Rapportage ${props.quarterLabel} binnenkort verwacht`}>
      <Text>
        {props.buyerName} verwacht uiterlijk <strong>{props.dueDate}</strong> de rapportage over het {props.quarterLabel} voor het contract{" "}
        <strong>{props.contractTitle}</strong>. Die is nog niet ingediend.
      </Text>
      <Text>Vul per KPI de waarde en een toelichting in, voeg bewijsstukken toe en dien de rapportage in.</Text>
      <ReportLink url={props.reportUrl} label="Rapportage invullen" />
      <Text>{REMINDER_FOOTNOTE}</Text>
    </EmailLayout>
  );
}

ReportReminderEmail.PreviewProps = { ...previewBase, dueDate: "30 januari 2027" } satisfies ReportReminderEmailProps;
