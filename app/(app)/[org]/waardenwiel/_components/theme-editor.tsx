// The themes on the ring (step 2) and their sub-themes (step 3): read-only lists for readers,
// with forms for those who may change this wheel. Used for organisation and contract wheels.
import { Disclosure } from "@/app/_components/ui/disclosure";
import type { WheelDetail } from "@/lib/waardenwiel/queries";
import { pillarStyle } from "./pillar-style";
import { SubthemeForm, ThemeForm } from "./theme-forms";
import { WheelForm } from "./wheel-form";
import {
  addSubthemeAction,
  addThemeAction,
  moveThemeAction,
  removeSubthemeAction,
  removeThemeAction,
  updateSubthemeAction,
  updateThemeAction,
} from "../actions";
import { PillarTag, RankBadge } from "./wheel-views";

type EditorProps = { org: string; wheel: WheelDetail; canEdit: boolean };

const pillarVar = (pillar: string) => ({ ["--pillar" as string]: pillarStyle(pillar).ring });

export function ThemeEditor({ org, wheel, canEdit }: EditorProps) {
  const ref = { id: wheel.id, version: wheel.version };
  const move = moveThemeAction.bind(null, org);
  const remove = removeThemeAction.bind(null, org);
  const update = updateThemeAction.bind(null, org);
  return (
    <>
      {wheel.themes.length === 0 ? <p className="muted">Er staan nog geen thema&apos;s op de ring.</p> : null}
      <ol className="theme-list" aria-label="Thema's op de ring, met de klok mee">
        {wheel.themes.map((theme, index) => (
          <li key={theme.id} className="theme-item" style={pillarVar(theme.pillar)}>
            <h3>
              <RankBadge theme={theme} /> {theme.name} <PillarTag pillar={theme.pillar} />
            </h3>
            {theme.description ? <p className="small">{theme.description}</p> : null}
            {theme.orgThemeId ? <p className="small muted">Uit het Waardenwiel van de organisatie.</p> : null}
            <p className="small muted">
              {theme.subthemes.length} subthema{theme.subthemes.length === 1 ? "" : "'s"} · {theme.goals.length} doel
              {theme.goals.length === 1 ? "" : "en"}
            </p>
            {canEdit ? (
              <>
                <div className="item-actions">
                  {index > 0 ? (
                    <WheelForm
                      action={move}
                      wheel={ref}
                      hidden={{ themeId: theme.id, direction: "up" }}
                      compact
                      variant="secondary"
                      submitLabel={
                        <>
                          ↑ Eerder<span className="visually-hidden"> op de ring: {theme.name}</span>
                        </>
                      }
                    />
                  ) : null}
                  {index < wheel.themes.length - 1 ? (
                    <WheelForm
                      action={move}
                      wheel={ref}
                      hidden={{ themeId: theme.id, direction: "down" }}
                      compact
                      variant="secondary"
                      submitLabel={
                        <>
                          ↓ Later<span className="visually-hidden"> op de ring: {theme.name}</span>
                        </>
                      }
                    />
                  ) : null}
                  {!theme.orgThemeId ? (
                    <WheelForm
                      action={remove}
                      wheel={ref}
                      hidden={{ themeId: theme.id }}
                      compact
                      variant="danger"
                      confirm={`Thema "${theme.name}" verwijderen, met zijn subthema's en doelen?`}
                      submitLabel={
                        <>
                          Verwijderen<span className="visually-hidden"> thema {theme.name}</span>
                        </>
                      }
                    />
                  ) : null}
                </div>
                <details>
                  <summary>
                    Bewerken<span className="visually-hidden"> thema {theme.name}</span>
                  </summary>
                  <ThemeForm
                    action={update}
                    wheel={ref}
                    theme={{
                      id: theme.id,
                      name: theme.name,
                      description: theme.description,
                      pillar: theme.pillar,
                      linked: Boolean(theme.orgThemeId),
                    }}
                  />
                </details>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function NewThemeCard({ org, wheel }: { org: string; wheel: WheelDetail }) {
  return (
    <section className="card" aria-labelledby="nieuw-thema">
      <h2 id="nieuw-thema">Thema toevoegen</h2>
      <ThemeForm action={addThemeAction.bind(null, org)} wheel={{ id: wheel.id, version: wheel.version }} />
    </section>
  );
}

export function SubthemeEditor({ org, wheel, canEdit }: EditorProps) {
  const ref = { id: wheel.id, version: wheel.version };
  const add = addSubthemeAction.bind(null, org);
  const remove = removeSubthemeAction.bind(null, org);
  const update = updateSubthemeAction.bind(null, org);
  if (wheel.themes.length === 0) return <p className="muted">Zet eerst thema&apos;s op de ring.</p>;
  return (
    <ol className="theme-list">
      {wheel.themes.map((theme) => (
        <li key={theme.id} className="theme-item" style={pillarVar(theme.pillar)}>
          <h3>
            {theme.name} <PillarTag pillar={theme.pillar} />
          </h3>
          {theme.subthemes.length === 0 ? (
            <p className="small muted">Nog geen subthema&apos;s.</p>
          ) : (
            <ul className="sub-list">
              {theme.subthemes.map((sub) => (
                <li key={sub.id}>
                  {sub.name}
                  {sub.description ? <span className="small muted"> — {sub.description}</span> : null}
                  {canEdit ? (
                    <div className="item-actions">
                      <details>
                        <summary>
                          Bewerken<span className="visually-hidden"> subthema {sub.name}</span>
                        </summary>
                        <SubthemeForm action={update} wheel={ref} themeId={theme.id} themeName={theme.name} subtheme={sub} />
                      </details>
                      <WheelForm
                        action={remove}
                        wheel={ref}
                        hidden={{ subthemeId: sub.id }}
                        compact
                        variant="danger"
                        confirm={`Subthema "${sub.name}" verwijderen?`}
                        submitLabel={
                          <>
                            Verwijderen<span className="visually-hidden"> subthema {sub.name}</span>
                          </>
                        }
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {canEdit ? (
            <Disclosure
              open={theme.subthemes.length === 0}
              summary={
                <>
                  Subthema toevoegen<span className="visually-hidden"> bij {theme.name}</span>
                </>
              }
            >
              <SubthemeForm action={add} wheel={ref} themeId={theme.id} themeName={theme.name} />
            </Disclosure>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
