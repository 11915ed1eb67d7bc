// Goals per theme (step 6), in priority order: the most important themes first.
import type { WheelDetail } from "@/lib/waardenwiel/queries";
import { byPriority } from "@/lib/waardenwiel/rules";
import { pillarStyle } from "./pillar-style";
import { GoalForm, type IndicatorOption } from "./goal-form";
import { WheelForm } from "./wheel-form";
import { addGoalAction, removeGoalAction, updateGoalAction } from "../actions";
import { GoalText, PillarTag, RankBadge } from "./wheel-views";

export function GoalEditor(props: { org: string; wheel: WheelDetail; canEdit: boolean; indicators: IndicatorOption[] }) {
  const { org, wheel, canEdit, indicators } = props;
  const add = addGoalAction.bind(null, org);
  const remove = removeGoalAction.bind(null, org);
  const update = updateGoalAction.bind(null, org);
  const ref = { id: wheel.id, version: wheel.version };
  const defaultYears = { base: wheel.year - 1, target: Math.max(wheel.year + 4, 2030) };
  if (wheel.themes.length === 0) return <p className="muted">Zet eerst thema&apos;s op de ring.</p>;
  return (
    <ol className="theme-list">
      {byPriority(wheel.themes).map((theme) => (
        <li key={theme.id} className="theme-item" style={{ ["--pillar" as string]: pillarStyle(theme.pillar).ring }}>
          <h3>
            <RankBadge theme={theme} /> {theme.name} <PillarTag pillar={theme.pillar} />
          </h3>
          {theme.goals.length === 0 ? (
            <p className="small muted">Nog geen doelen.</p>
          ) : (
            <ul className="sub-list">
              {theme.goals.map((goal) => (
                <li key={goal.id} className="goal-line">
                  <GoalText goal={goal} />
                  {canEdit ? (
                    <div className="item-actions">
                      <details>
                        <summary>
                          Bewerken<span className="visually-hidden"> doel {goal.description}</span>
                        </summary>
                        <GoalForm
                          action={update}
                          wheel={ref}
                          themeId={theme.id}
                          themeName={theme.name}
                          indicators={indicators}
                          goal={goal}
                          defaultYears={defaultYears}
                        />
                      </details>
                      <WheelForm
                        action={remove}
                        wheel={ref}
                        hidden={{ goalId: goal.id }}
                        compact
                        variant="danger"
                        confirm="Dit doel verwijderen?"
                        submitLabel={
                          <>
                            Verwijderen<span className="visually-hidden"> doel {goal.description}</span>
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
            <details>
              <summary>
                Doel toevoegen<span className="visually-hidden"> bij {theme.name}</span>
              </summary>
              <GoalForm
                action={add}
                wheel={ref}
                themeId={theme.id}
                themeName={theme.name}
                indicators={indicators}
                defaultYears={defaultYears}
              />
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
