import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout } from "./layout";

export const MagicLinkEmailProps = z.object({ url: z.url(), validMinutes: z.number().int() });
export type MagicLinkEmailProps = z.infer<typeof MagicLinkEmailProps>;

export function subject(): string {
  return "Je inloglink voor Groeipad";
}

export default function MagicLinkEmail(props: MagicLinkEmailProps) {
  return (
    <EmailLayout preview={subject()} heading="Inloggen bij Groeipad">
      <Text>Klik op de knop om in te loggen. De link werkt één keer en is {props.validMinutes} minuten geldig.</Text>
      <Button href={props.url} style={buttonStyle}>
        Inloggen
      </Button>
      <Text>
        Werkt de knop niet? Open dan deze link: <Link href={props.url}>{props.url}</Link>
      </Text>
      <Text>Heb je niet om deze e-mail gevraagd? Dan kun je hem negeren; er gebeurt niets.</Text>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/nodemailer?token=voorbeeld",
  validMinutes: 15,
} satisfies MagicLinkEmailProps;
