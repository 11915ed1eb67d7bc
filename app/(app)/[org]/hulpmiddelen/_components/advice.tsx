import type { AdviceSectionView } from "@/lib/guidance/wegwijzer/pages";

/**
 * The assembled wegwijzer advice: per activity its cells in reading order, each with the cell
 * code of the document's schema, our summary and where to read the original.
 */
export function AdviceSections({ sections, headingLevel = 2 }: { sections: AdviceSectionView[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="advice">
      {sections.map((section) => {
        const id = `activiteit-${section.code}`;
        return (
          <section key={section.code} className="advice-activity" aria-labelledby={id}>
            <Heading id={id}>
              {section.name} ({section.code})
            </Heading>
            <p className="small muted">{section.covers}</p>
            {section.blocks.length === 0 ? (
              <p>Geen tips voor deze antwoorden.</p>
            ) : (
              <ol className="advice-blocks">
                {section.blocks.map((block) => (
                  <li key={block.code} className="advice-block">
                    <span className="cell-code">{block.code}</span>
                    <div>
                      <p>{block.text}</p>
                      <p className="advice-source">Bron: {block.reference}</p>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
