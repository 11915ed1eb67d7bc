import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle } from "./layout";

/** The fields every report e-mail shares: which contract, which quarter, and where to open it. */
export const ReportEmailBase = z.object({
  contractTitle: z.string(),
  buyerName: z.string(),
  supplierName: z.string(),
  quarterLabel: z.string(),
  reportUrl: z.url(),
});

export function ReportLink({ url, label }: { url: string; label: string }) {
  return (
    <>
      <Button href={url} style={buttonStyle}>
        {label}
      </Button>
      <Text>
        Werkt de knop niet? Open dan deze link: <Link href={url}>{url}</Link>
      </Text>
    </>
  );
}

export const REMINDER_FOOTNOTE = "Wil je geen herinneringen meer ontvangen? Zet ze uit op je profielpagina in Groeipad.";

export const previewBase = {
  contractTitle: "Catering stadhuis en wijkcentra",
  buyerName: "Gemeente Voorbeeldstad",
  supplierName: "Groen Cateraars B.V.",
  quarterLabel: "4e kwartaal 2026",
  reportUrl: "http://localhost:3000/groen-cateraars/contracten/00000000-0000-4000-8000-000000000001/rapportages/2026-Q4",
};
