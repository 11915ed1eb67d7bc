"use client";

import { useId } from "react";
import { Field } from "@/app/_components/ui/form";
import { PILLAR_DESCRIPTIONS, PILLAR_KEYS, pillarLabel } from "@/lib/waardenwiel/rules";
import { PillarSwatch } from "./pillar-style";
import { WheelForm, type WheelAction, type WheelRef } from "./wheel-form";

type ThemeValues = { id: string; name: string; description: string | null; pillar: string; linked: boolean };

/**
 * Adds a theme to the ring (with addThemeAction), or edits one (updateThemeAction). Themes taken
 * over from the organisation wheel keep name and pillar.
 */
export function ThemeForm({ action, wheel, theme }: { action: WheelAction; wheel: WheelRef; theme?: ThemeValues }) {
  const prefix = useId().replace(/:/g, "");
  const locked = theme?.linked ?? false;
  return (
    <WheelForm
      action={action}
      wheel={wheel}
      hidden={theme ? { themeId: theme.id } : undefined}
      submitLabel={theme ? "Thema opslaan" : "Thema toevoegen"}
      resetOnSuccess={!theme}
    >
      {(fieldError) => (
        <>
          <Field
            name={`${prefix}-name`}
            label="Naam van het thema"
            hint={
              locked
                ? "Komt uit het Waardenwiel van de organisatie en blijft gelijk."
                : "Bijvoorbeeld Energie, Circulariteit of Samenwerking in de keten."
            }
            error={fieldError("name")}
          >
            {(aria) => <input {...aria} name="name" defaultValue={theme?.name ?? ""} maxLength={120} readOnly={locked} required />}
          </Field>
          <Field
            name={`${prefix}-description`}
            label="Beschrijving (optioneel)"
            hint="Wat betekent dit thema voor jullie?"
            error={fieldError("description")}
          >
            {(aria) => <textarea {...aria} name="description" defaultValue={theme?.description ?? ""} maxLength={1000} rows={3} />}
          </Field>
          <fieldset className="field" aria-describedby={fieldError("pillar") ? `${prefix}-pillar-error` : undefined}>
            <legend>Pijler</legend>
            <div className="stack-tight">
              {PILLAR_KEYS.map((pillar) => (
                <label key={pillar} className="radio-choice">
                  <input
                    type="radio"
                    name="pillar"
                    value={pillar}
                    defaultChecked={(theme?.pillar ?? "ecologisch_sociaal") === pillar}
                    disabled={locked && theme?.pillar !== pillar}
                  />
                  <PillarSwatch pillar={pillar} idPrefix={prefix} size={16} />
                  <span>
                    <strong>{pillarLabel(pillar)}</strong> <span className="small muted">{PILLAR_DESCRIPTIONS[pillar]}</span>
                  </span>
                </label>
              ))}
            </div>
            {fieldError("pillar") ? (
              <p className="field-error" id={`${prefix}-pillar-error`}>
                {fieldError("pillar")}
              </p>
            ) : null}
          </fieldset>
        </>
      )}
    </WheelForm>
  );
}

type SubthemeValues = { id: string; name: string; description: string | null };

/** A sub-theme: one of the "taartpunten" that make a theme concrete (addSubthemeAction or updateSubthemeAction). */
export function SubthemeForm({
  action,
  wheel,
  themeId,
  themeName,
  subtheme,
}: {
  action: WheelAction;
  wheel: WheelRef;
  themeId: string;
  themeName: string;
  subtheme?: SubthemeValues;
}) {
  const prefix = useId().replace(/:/g, "");
  return (
    <WheelForm
      action={action}
      wheel={wheel}
      hidden={subtheme ? { subthemeId: subtheme.id } : { themeId }}
      submitLabel={
        subtheme ? (
          "Subthema opslaan"
        ) : (
          <>
            Subthema toevoegen<span className="visually-hidden"> aan {themeName}</span>
          </>
        )
      }
      resetOnSuccess={!subtheme}
    >
      {(fieldError) => (
        <>
          <Field
            name={`${prefix}-name`}
            label={subtheme ? "Naam van het subthema" : `Nieuw subthema bij ${themeName}`}
            hint={subtheme ? undefined : "Kort en concreet, bijvoorbeeld: Natuurinclusief bouwen."}
            error={fieldError("name")}
          >
            {(aria) => <input {...aria} name="name" defaultValue={subtheme?.name ?? ""} maxLength={160} required />}
          </Field>
          <Field name={`${prefix}-description`} label="Toelichting (optioneel)" error={fieldError("description")}>
            {(aria) => <textarea {...aria} name="description" defaultValue={subtheme?.description ?? ""} maxLength={1000} rows={2} />}
          </Field>
        </>
      )}
    </WheelForm>
  );
}
