import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { previewBase, ReportEmailBase, ReportLink } from "./report-parts";

export const ReportSubmittedEmailProps = ReportEmailBase.extend({ submissionNumber: z.number().int().positive() });
export type ReportSubmittedEmailProps = z.infer<typeof ReportSubmittedEmailProps>;

export function subject(props: ReportSubmittedEmailProps): string {
  return `Rapportage ${props.quarterLabel} ingediend door ${props.supplierName}`;
}

/** To the buyer's contract manager when the supplier submits (or resubmits) a report. */
export default function ReportSubmittedEmail(props: ReportSubmittedEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Rapportage ${props.quarterLabel} ingediend`}>
      <Text>
        {props.supplierName} heeft de rapportage over het {props.quarterLabel} voor het contract <strong>{props.contractTitle}</strong>{" "}
        ingediend{props.submissionNumber > 1 ? ` (versie ${props.submissionNumber}, na aanpassing)` : ""}.
      </Text>
      <Text>Bekijk de waarden en bewijsstukken en accepteer de rapportage of stuur haar terug met een toelichting per KPI.</Text>
      <ReportLink url={props.reportUrl} label="Rapportage beoordelen" />
    </EmailLayout>
  );
}

ReportSubmittedEmail.PreviewProps = {
  ...previewBase,
  reportUrl: "http://localhost:3000/gemeente-voorbeeldstad/contracten/00000000-0000-4000-8000-000000000001/rapportages/2026-Q4",
  submissionNumber: 1,
} satisfies ReportSubmittedEmailProps;
