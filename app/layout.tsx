import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "./_components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Groeipad", template: "%s · Groeipad" },
  description: "Duurzame KPI's, groeipaden en kwartaalreviews voor opdrachtgevers en leveranciers.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
