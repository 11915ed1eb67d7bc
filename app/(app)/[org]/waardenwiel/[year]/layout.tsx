import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { yearWheelPage } from "@/lib/waardenwiel/pages";
import { Stepper } from "../_components/stepper";
import { WheelWarnings } from "../_components/wheel-views";

/** Every page of one year's wheel: title, status, the eight steps with their progress, and the warnings. */
export default async function YearWheelLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string; year: string }>;
}) {
  const { org, year } = await params;
  const page = await yearWheelPage(org, year);
  const { wheel, laterYear, mayEditRole, canEdit, steps, warnings, base } = page;
  return (
    <>
      <div className="page-header no-print">
        <div>
          <h1>Waardenwiel {wheel.year}</h1>
          <p>
            {wheel.publishedAt ? (
              <Badge tone="green">Gedeeld met de organisatie op {formatDateTime(wheel.publishedAt)}</Badge>
            ) : (
              <Badge tone="amber">Concept, nog niet gedeeld</Badge>
            )}{" "}
            <span className="small">Laatst gewijzigd {formatDateTime(wheel.updatedAt)}</span>
          </p>
        </div>
        <div className="actions">
          <Link href={base} className="button button-secondary">
            Overzicht {wheel.year}
          </Link>
          <Link href={`/${org}/waardenwiel`} className="button button-secondary">
            Alle jaren
          </Link>
        </div>
      </div>
      {laterYear !== null ? (
        <div className="alert alert-info no-print" role="note">
          Dit wiel is alleen-lezen: er is al een Waardenwiel voor {laterYear}. Zo blijft zichtbaar wat er in {wheel.year} is afgesproken.{" "}
          <Link href={`/${org}/waardenwiel/${laterYear}`}>Naar het wiel van {laterYear}</Link>
        </div>
      ) : !mayEditRole ? (
        <p className="small muted no-print">Je kunt dit wiel lezen. De coördinator MVI/KCI en beheerders passen het aan.</p>
      ) : null}
      <Stepper steps={steps} base={base} />
      <div className="no-print">
        <WheelWarnings
          warnings={warnings}
          themesHref={canEdit ? `${base}/themas` : undefined}
          prioritiesHref={canEdit ? `${base}/prioriteiten` : undefined}
        />
      </div>
      {children}
    </>
  );
}
