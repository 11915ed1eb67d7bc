import { Section, Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { previewBase, ReportEmailBase, ReportLink } from "./report-parts";

export const ReportSentBackEmailProps = ReportEmailBase.extend({
  decisionComment: z.string().nullable(),
  comments: z.array(z.object({ kpiName: z.string(), comment: z.string() })),
});
export type ReportSentBackEmailProps = z.infer<typeof ReportSentBackEmailProps>;

export function subject(props: ReportSentBackEmailProps): string {
  return `Rapportage ${props.quarterLabel} teruggestuurd door ${props.buyerName}`;
}

/** To the supplier's admins and reporters: what the contract manager wants changed, per KPI. */
export default function ReportSentBackEmail(props: ReportSentBackEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Rapportage ${props.quarterLabel} teruggestuurd`}>
      <Text>
        {props.buyerName} heeft de rapportage over het {props.quarterLabel} voor het contract <strong>{props.contractTitle}</strong>{" "}
        teruggestuurd. Pas de rapportage aan en dien haar opnieuw in.
      </Text>
      {props.decisionComment ? <Text>Toelichting: {props.decisionComment}</Text> : null}
      {props.comments.length > 0 ? (
        <Section>
          <Text>Opmerkingen per KPI:</Text>
          <ul>
            {props.comments.map((c) => (
              <li key={c.kpiName}>
                <strong>{c.kpiName}</strong>: {c.comment}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <ReportLink url={props.reportUrl} label="Rapportage aanpassen" />
    </EmailLayout>
  );
}

ReportSentBackEmail.PreviewProps = {
  ...previewBase,
  decisionComment: "Bijna goed; twee punten graag aanvullen.",
  comments: [
    { kpiName: "Aandeel biologische producten", comment: "Voeg de inkoopfacturen toe als bewijs." },
    { kpiName: "CO2-uitstoot vervoer", comment: "De waarde wijkt sterk af van vorig kwartaal; licht dat toe." },
  ],
} satisfies ReportSentBackEmailProps;
