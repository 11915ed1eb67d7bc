import type { Metadata } from "next";
import Link from "next/link";
import { yearWheelPage } from "@/lib/waardenwiel/pages";
import { goalTargetText } from "@/lib/waardenwiel/rules";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Meten en monitoren" };

export default async function MonitoringPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { themesByPriority } = await yearWheelPage(org, year);
  const measurable = themesByPriority.flatMap((theme) =>
    theme.goals.filter((g) => g.kind === "quantitative").map((goal) => ({ theme, goal })),
  );
  return (
    <section className="card" aria-labelledby="meten">
      <h2 id="meten">8. Meten en monitoren</h2>
      <p>
        Meet tijdens en na de uitvoering periodiek, zodat je tijdig kunt bijsturen en ziet welke acties effect hebben op de ambitie. De
        kwantitatieve doelen hieronder zijn de maatlat.
      </p>
      <Notice tone="info">
        Het <Link href={`/${org}`}>dashboard</Link> en de <Link href={`/${org}/waardenwiel/doelstellingen`}>doelstellingen</Link> laten de
        voortgang zien. De rapportages en kwartaalreviews van contracten, die in volgende modules komen, vullen het dashboard met de gemeten
        waarden.
      </Notice>
      {measurable.length === 0 ? (
        <p className="muted">Er zijn nog geen kwantitatieve doelen. Voeg ze toe bij stap 6.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Kwantitatieve doelen</caption>
            <thead>
              <tr>
                <th scope="col">Thema</th>
                <th scope="col">Doel</th>
                <th scope="col">Maatlat</th>
              </tr>
            </thead>
            <tbody>
              {measurable.map(({ theme, goal }) => (
                <tr key={goal.id}>
                  <td>{theme.name}</td>
                  <td>{goal.description}</td>
                  <td>{goalTargetText(goal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
