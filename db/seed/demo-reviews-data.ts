// The words of the demo quarterly reviews: where they met, who came from the supplier, the action
// items and lessons learned they recorded, and the one KPI change of the demo (asphalt contract).

export const SUPPLIER_PEOPLE: Record<string, { user: string; guest: { name: string; email: string } }> = {
  groen: {
    user: "mehmet.yilmaz@groencateraars.example",
    guest: { name: "Rachid Bosman (chef-kok)", email: "r.bosman@groencateraars.example" },
  },
  schoon: { user: "sophie@schoonenfris.example", guest: { name: "Linda Verhoef (rayonmanager)", email: "l.verhoef@schoonenfris.example" } },
  vandijk: { user: "kees@wegenbouwvandijk.example", guest: { name: "Ilse Koster", email: "ilse.koster@wegenbouwvandijk.example" } },
};

export const COORDINATORS: Record<string, string> = {
  voorbeeldstad: "joris.bakker@voorbeeldstad.example",
  zuiderland: "lotte.smit@zuiderland.example",
};

export const LOCATIONS = ["Stadskantoor, vergaderzaal 3.12", "Microsoft Teams (link in de uitnodiging)", "Locatie van de opdrachtnemer"];

type ActionItem = { title: string; owner: "buyer" | "supplier" };

/** Action items that fit what the contract buys (its purchasing package), then ones that fit any contract. */
export function actionItemsFor(purchasingPackage: string): ActionItem[] {
  return [...(ACTION_ITEMS_BY_PACKAGE[purchasingPackage] ?? []), ...ACTION_ITEMS_ANY_CONTRACT];
}

const ACTION_ITEMS_BY_PACKAGE: Record<string, ActionItem[]> = {
  catering: [
    { title: "Onderbouwing van de CO2-berekening per maaltijd aanleveren", owner: "supplier" },
    { title: "Meetmethode voor voedselverspilling gelijktrekken tussen de locaties", owner: "supplier" },
    { title: "Afspraak over de verdeling van extra inzet bij evenementen vastleggen", owner: "buyer" },
  ],
  schoonmaak: [
    { title: "Verbruik van schoonmaakmiddelen per gebouw bij de rapportage voegen", owner: "supplier" },
    { title: "Bezettingsgegevens per gebouw delen voor schoonmaak op basis van meting", owner: "buyer" },
    { title: "Planning van de overstap op elektrische bedrijfsbussen aanleveren", owner: "supplier" },
  ],
  asfalt: [
    { title: "Leveringsbonnen per partij bij de rapportage voegen", owner: "supplier" },
    { title: "MKI-berekening per asfaltmengsel laten toetsen", owner: "supplier" },
    { title: "Omwonenden vooraf informeren over het nachtwerk van het volgende kwartaal", owner: "buyer" },
  ],
};

const ACTION_ITEMS_ANY_CONTRACT: ActionItem[] = [
  { title: "Jaarplanning van de kwartaalgesprekken delen met de contractpartners", owner: "buyer" },
  { title: "Plan van aanpak voor de inhaalslag op het groeipad opstellen", owner: "supplier" },
];

export const LESSONS = [
  "Spreek vóór de start af welke bron (facturen of weegstaten) de waarde bepaalt; dat scheelt elk kwartaal discussie.",
  "Een malusregel met tolerantie werkt beter dan een harde grens: kleine schommelingen leiden dan niet tot gedoe aan tafel.",
  "Laat de leverancier zelf de oorzaak van een achterstand toelichten vóór het overleg; het gesprek gaat dan over oplossingen.",
  "Evenementen en vakantieperiodes vertekenen de kwartaalcijfers; leg vooraf vast hoe die meetellen.",
  "Bewijs per partij aanleveren kost de leverancier weinig extra moeite en voorkomt een teruggestuurde rapportage.",
  "Een KPI die niemand meer stuurt kun je beter beëindigen dan laten meelopen: het kwartaalgesprek wordt er korter en scherper van.",
  "Betrek de uitvoerders (kok, uitvoerder op de bouwplaats) bij één review per jaar: zij zien de verbeterkansen het eerst.",
];

export const AT_RISK_REASON = "Inhaalslag is in de eerste weken van het volgende kwartaal al zichtbaar; daarom samen op koers gezet.";

export const WAIVER_REASON =
  "Storing in de koelinstallatie (aangetoond met het onderhoudsrapport); de leverancier heeft de oorzaak hersteld. Eenmalig kwijtgescholden.";

/** The KPI change of the demo: decided in the last reviewed quarter of the asphalt contract. */
export const KPI_CHANGE = {
  contract: "Onderhoud asfaltverhardingen 2026–2028",
  retire: {
    name: "Hergebruikt asfalt (partiële recycling)",
    reason: "Vervangen: het hergebruik telt voortaan mee in de MKI-berekening per partij; een aparte KPI meet hetzelfde twee keer.",
  },
  add: {
    name: "Hinderbeperking voor omwonenden",
    description:
      "Hoe goed de opdrachtnemer omwonenden informeert en hinder (geluid, omleidingen) beperkt, beoordeeld in het kwartaalgesprek.",
    scoreMeanings: {
      "1": "Klachten zonder opvolging",
      "2": "Informatie achteraf, klachten opgevolgd",
      "3": "Vooraf geïnformeerd, weinig klachten",
      "4": "Omgevingsplan uitgevoerd, geen klachten",
    },
    reason: "Omwonenden klaagden over geluid bij nachtwerk; de partijen willen dit samen volgen.",
  },
};

export const AMENDMENT = {
  field: "Gerapporteerde waarde",
  reason: "Typefout bij het overnemen uit de facturen; de ondertekende waarde was de waarde van het vorige kwartaal.",
};
