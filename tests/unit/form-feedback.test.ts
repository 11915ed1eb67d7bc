import { describe, expect, it } from "vitest";
import { confirmationText, errorLinkText, SAVED, unplacedErrors } from "@/app/_components/ui/feedback";

describe("confirmationText", () => {
  it("prefers the form's own text, which names what was saved", () => {
    expect(confirmationText({ message: "De score is vastgelegd." }, "Score opgeslagen voor Voedselverspilling.")).toBe(
      "Score opgeslagen voor Voedselverspilling.",
    );
  });

  it("falls back to the action's message, then to a plain Opgeslagen.", () => {
    expect(confirmationText({ message: "Het concept is opgeslagen." })).toBe("Het concept is opgeslagen.");
    expect(confirmationText({})).toBe(SAVED);
    expect(confirmationText({ message: "  " }, " ")).toBe("Opgeslagen.");
  });
});

describe("errorLinkText", () => {
  it("names the field by its label, and by its group where labels repeat", () => {
    expect(errorLinkText({ label: "Naam van de KPI", message: "Geef de KPI een naam." })).toBe("Naam van de KPI: Geef de KPI een naam.");
    expect(errorLinkText({ group: "CO2-uitstoot per maaltijd", label: "Waarde (kg)", message: "Vul een getal in." })).toBe(
      "CO2-uitstoot per maaltijd – Waarde (kg): Vul een getal in.",
    );
  });

  it("does not repeat a group that is the label, and tidies the whitespace of labels read from the page", () => {
    expect(errorLinkText({ group: "Verplichting", label: "Verplichting", message: "Kies er een." })).toBe("Verplichting: Kies er een.");
    expect(errorLinkText({ label: "  Reden\n   van de afwijzing ", message: "Verplicht." })).toBe("Reden van de afwijzing: Verplicht.");
    expect(errorLinkText({ label: "", message: "Kies een bestand." })).toBe("Kies een bestand.");
  });
});

describe("unplacedErrors", () => {
  const refusal = {
    error: "Controleer de gemarkeerde velden.",
    fieldErrors: {
      name: "Geef de KPI een naam.",
      _form: "Koppel eerst een leverancier aan dit contract.",
      version: "Controleer de gemarkeerde velden.",
      other: "Koppel eerst een leverancier aan dit contract.",
    },
  };

  it("lists what no field shows, once, without the summary's own message", () => {
    expect(unplacedErrors(refusal, ["Geef de KPI een naam."])).toEqual(["Koppel eerst een leverancier aan dit contract."]);
  });

  it("lists every field error when the form shows none of them", () => {
    expect(unplacedErrors(refusal, [])).toEqual(["Geef de KPI een naam.", "Koppel eerst een leverancier aan dit contract."]);
    expect(unplacedErrors({ error: "Er ging iets mis." }, [])).toEqual([]);
  });
});
