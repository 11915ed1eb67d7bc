import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { previewBase, ReportEmailBase, ReportLink } from "./report-parts";

export const ReportAcceptedEmailProps = ReportEmailBase.extend({ decisionComment: z.string().nullable() });
export type ReportAcceptedEmailProps = z.infer<typeof ReportAcceptedEmailProps>;

export function subject(props: ReportAcceptedEmailProps): string {
  return `Rapportage ${props.quarterLabel} geaccepteerd door ${props.buyerName}`;
}

/** To the supplier's admins and reporters when the contract manager accepts the report. */
export default function ReportAcceptedEmail(props: ReportAcceptedEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Rapportage ${props.quarterLabel} geaccepteerd`}>
      <Text>
        {props.buyerName} heeft de rapportage over het {props.quarterLabel} voor het contract <strong>{props.contractTitle}</strong>{" "}
        geaccepteerd. Dank voor het aanleveren.
      </Text>
      {props.decisionComment ? <Text>Toelichting: {props.decisionComment}</Text> : null}
      <ReportLink url={props.reportUrl} label="Rapportage bekijken" />
    </EmailLayout>
  );
}

ReportAcceptedEmail.PreviewProps = { ...previewBase, decisionComment: null } satisfies ReportAcceptedEmailProps;
