import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "./_components/providers";
import { NavigationProgress } from "./_components/ui/navigation-progress";
import { ScrollRegions } from "./_components/ui/scroll-regions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Groeipad", template: "%s · Groeipad" },
  description: "Duurzame KPI's, groeipaden en kwartaalreviews voor opdrachtgevers en leveranciers.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can put the response's CSP nonce on its scripts
  // (proxy.ts): a page prerendered at build time, such as the login page, would carry none and
  // the browser would refuse to run it.
  await connection();
  return (
    <html lang="nl">
      <body>
        <NavigationProgress />
        <Providers>{children}</Providers>
        <ScrollRegions />
      </body>
    </html>
  );
}
