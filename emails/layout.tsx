import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f4f6f3", fontFamily: "Segoe UI, Helvetica, Arial, sans-serif", color: "#1f2a24" },
  container: { backgroundColor: "#ffffff", margin: "24px auto", padding: "32px", maxWidth: "560px", borderRadius: "8px" },
  brand: { color: "#1d6b47", fontWeight: 700, fontSize: "18px", margin: "0 0 16px" },
  heading: { fontSize: "20px", margin: "0 0 16px" },
  footer: { color: "#5b6660", fontSize: "12px" },
};

export const buttonStyle = {
  backgroundColor: "#1d6b47",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontWeight: 600,
  textDecoration: "none",
};

/** The frame every Groeipad e-mail shares: brand, heading, content, footer. */
export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="nl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Groeipad</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr />
          <Text style={styles.footer}>
            Deze e-mail is verstuurd door Groeipad, het platform voor duurzame contractafspraken tussen opdrachtgevers en leveranciers.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
