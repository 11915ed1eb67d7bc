import type { Metadata } from "next";
import Link from "next/link";
import { GUIDANCE_TOOLS } from "@/lib/guidance/tools";
import { guidanceActor } from "@/lib/guidance/actor";

export const metadata: Metadata = { title: "Hulpmiddelen" };

export default async function GuidanceToolsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor } = await guidanceActor(org);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Hulpmiddelen</h1>
          <p>Wegwijzers en checklists uit de handreikingen, om de inkoop van {actor.org.name} strategisch in te richten.</p>
        </div>
      </div>
      <ul className="tool-list">
        {GUIDANCE_TOOLS.map((tool) => (
          <li key={tool.slug} className="card">
            <h2>
              <Link href={`/${org}/hulpmiddelen/${tool.slug}`}>{tool.title}</Link>
            </h2>
            <p>{tool.summary}</p>
            <p className="small muted">Bron: {tool.source}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
