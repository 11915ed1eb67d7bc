// Checklist strategische inkoop (PIANOo "Organisatie Strategische Inkoop", section IV): three
// themes, twelve statements scored 1–4. Themes, statements (worded as questions in the document),
// their explanatory bullets and the scale are fact and copied exactly; the tips are our own
// summaries of the document's "Tips & Leeswijzer" column, each with its reference.
import { PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP as DOC, type SourceReference } from "@/lib/guidance/source";

export const CHECKLIST_SCALE = [
  { score: 1, label: "Oneens" },
  { score: 2, label: "Eerder oneens" },
  { score: 3, label: "Eerder eens" },
  { score: 4, label: "Helemaal eens" },
] as const;
export type ChecklistScore = (typeof CHECKLIST_SCALE)[number]["score"];

type ChecklistTip = { text: string; reference: SourceReference };

export type ChecklistTheme = {
  id: "strategie" | "processen" | "mensen-middelen-cultuur";
  section: SourceReference["section"];
  title: string;
  shortName: string;
};

export type ChecklistStatement = {
  id: string;
  theme: ChecklistTheme["id"];
  text: string;
  /** A list that is part of the statement itself (the e-procurement tools). */
  items: readonly string[];
  /** The document's explanatory bullets under the statement, verbatim. */
  notes: readonly string[];
  tips: readonly ChecklistTip[];
};

export const CHECKLIST_THEMES = [
  { id: "strategie", section: "IV.1", title: "Is de strategie duidelijk en haalbaar?", shortName: "Strategie" },
  { id: "processen", section: "IV.2", title: "Zijn de inkoopprocessen op orde?", shortName: "Processen" },
  {
    id: "mensen-middelen-cultuur",
    section: "IV.3",
    title: "Zijn de mensen, middelen en de cultuur er klaar voor?",
    shortName: "Mensen, middelen en cultuur",
  },
] as const satisfies readonly ChecklistTheme[];
export type ChecklistThemeId = ChecklistTheme["id"];

/** The document defines no score per theme; the app's theme figures are its own summary. */
export const THEME_SUMMARY_NOTE =
  "Eigen samenvatting van Groeipad: verdeling en gemiddelde van alle antwoorden op de stellingen van dit thema. " +
  "De PIANOo-checklist zelf kent geen totaalscore per thema.";

const ref = (section: SourceReference["section"], locator: string): SourceReference => ({ document: DOC, section, locator });

export const CHECKLIST_STATEMENTS = [
  {
    id: "1.1",
    theme: "strategie",
    text: "Zijn de beleidsambities bij alle betrokkenen duidelijk en bekend?",
    items: [],
    notes: [],
    tips: [
      {
        text:
          "Gebruik een hulpmiddel zoals de webtool ISO 20400 van NEVI en NEN om het MVO-beleid stap voor stap te " +
          "vertalen naar inkoopbeleid, inkoopstrategie en inkoopproces.",
        reference: ref("IV.1", "stelling 1.1, tips & leeswijzer (webtool ISO 20400)"),
      },
      {
        text: "Houd het aantal beleidsambities klein: hooguit een stuk of vijf.",
        reference: ref("IV.1", "stelling 1.1 (Ref. Rietveld, G.)"),
      },
      {
        text: "Leg een strategie voor de lange termijn vast en stel die op samen met de belangrijkste belanghebbenden.",
        reference: ref("IV.1", "stelling 1.1 (Ref. European Commission)"),
      },
    ],
  },
  {
    id: "1.2",
    theme: "strategie",
    text: "Is het duidelijk hoe wordt omgegaan met conflicterende beleidsdoelstellingen?",
    items: [],
    notes: ["Vaak botsen horizontale doelstellingen als duurzaamheid, social return e.d. met beschikbare budgetten"],
    tips: [
      {
        text:
          "Maak bij botsende doelen een bewuste afweging en leg uit waarom een bepaald doel soms minder zwaar weegt. " +
          "Amsterdam legt bijvoorbeeld per aanbesteding vast waarom voor een procedure en gunningscriterium is gekozen.",
        reference: ref("IV.1", "stelling 1.2, tips & leeswijzer (voorbeeld gemeente Amsterdam)"),
      },
      {
        text:
          "Breng mensen met tegengestelde belangen (bijvoorbeeld goedkope tegenover groene energie) met elkaar in " +
          "gesprek; de schaalvoordelen van samen aanbesteden benadrukken kan helpen.",
        reference: ref("IV.1", "stelling 1.2 (Ref. Holslag)"),
      },
      {
        text: "Bepaal per geval, afhankelijk van wat je inkoopt, hoe innovatie andere beleidsdoelen kan helpen.",
        reference: ref("IV.1", "stelling 1.2 (Ref. NESTA)"),
      },
    ],
  },
  {
    id: "1.3",
    theme: "strategie",
    text: "Is er voldoende awareness binnen de organisatie over strategisch inkopen op alle niveaus van de organisatie?",
    items: [],
    notes: [
      "In vele organisaties wordt inkoop nog los gezien van de strategie; het causale verband tussen de algemene " +
        "prestatie van de organisatie en de inkoopprestatie wordt nog niet voldoende erkend",
    ],
    tips: [
      {
        text:
          "Laat zien wat strategisch inkopen oplevert: deel goede voorbeelden, organiseer bijeenkomsten en activiteiten " +
          "en wissel kennis en ervaring uit (zoals Goeree-Overflakkee deed met workshops voor alle medewerkers).",
        reference: ref("IV.1", "stelling 1.3, tips & leeswijzer (voorbeeld Goeree-Overflakkee)"),
      },
      {
        text: "Begin bij de top van de organisatie en laat inkopers zo vroeg mogelijk meedoen in het inkoopproces.",
        reference: ref("IV.1", "stelling 1.3 (Ref. Rietveld, G.)"),
      },
    ],
  },
  {
    id: "2.1",
    theme: "processen",
    text: "Zijn er checks & balances? Wordt er getoetst of de theorie in lijn is met de praktijk?",
    items: [],
    notes: ["Deze checks & balances ook uitvoeren voor extern ingehuurde mankracht"],
    tips: [
      {
        text:
          "Richt onafhankelijke controles in, met een helder bestuursmodel en duidelijk afgebakende taken en " +
          "verantwoordelijkheden. Een handboek compliance helpt de dagelijkse praktijk in lijn te houden met wet- en " +
          "regelgeving en met de eigen gedragscodes.",
        reference: ref("IV.2", "stelling 2.1, tips & voorbeelden"),
      },
      {
        text:
          "Scheid functies: wie de inschrijvingen beoordeelt, keurt de gunning niet zelf goed (bijvoorbeeld offertes " +
          "door minstens één ambtenaar, aanbestedingen door een tenderboard van minstens drie). Dat versterkt de " +
          "verantwoording, transparantie en het vertrouwen van het publiek.",
        reference: ref("IV.2", "stelling 2.1, tips & voorbeelden (Ref. Glock & Hochrein)"),
      },
    ],
  },
  {
    id: "2.2",
    theme: "processen",
    text: "Zijn alle verantwoordelijkheden belegd en zijn deze voor iedereen helder?",
    items: [],
    notes: ["Inclusief horizontale verantwoordelijkheden", "Inclusief verantwoordelijkheden tussen, van en voor de externen"],
    tips: [
      {
        text:
          "Communiceer intern en extern duidelijk over verwachtingen en verantwoordelijkheden. Maak vooral helder wie " +
          "de beslissende eenheid (Decision Making Unit) vormt: die hakt zo nodig de knoop door, en wie betaalt, bepaalt.",
        reference: ref("IV.2", "stelling 2.2, tips & voorbeelden"),
      },
      {
        text:
          "Geef teams een heldere opdracht, taken, procedures en mandaat, en leg de managementstructuur met rollen en " +
          "verantwoordelijkheden vast.",
        reference: ref("IV.2", "stelling 2.2 (Ref. Driedonks & Stein; Constructing Excellence)"),
      },
    ],
  },
  {
    id: "3.1",
    theme: "mensen-middelen-cultuur",
    text: "Zijn de inkoopambities in lijn met de inkoopvolwassenheid van de organisatie?",
    items: [],
    notes: ["De organisatiematuriteit bepaalt de inkoopmaturiteit."],
    tips: [
      {
        text:
          "Bepaal de inkoopvolwassenheid met een model, bijvoorbeeld dat van Keough met vijf niveaus, zodat duidelijk " +
          "is wat de eigen organisatie aankan.",
        reference: ref("IV.3", "stelling 3.1, tips & voorbeelden (Ref. Keough)"),
      },
      {
        text:
          "Meet de volwassenheid periodiek, bijvoorbeeld met een audit, en stel de jaarlijkse inkoopstrategie daarop " +
          "bij. De MVI-zelfevaluatietool van PIANOo geeft inzicht in prestaties en voortgang op maatschappelijk " +
          "verantwoord inkopen.",
        reference: ref("IV.3", "stelling 3.1, tips & voorbeelden (MVI-zelfevaluatietool)"),
      },
    ],
  },
  {
    id: "3.2",
    theme: "mensen-middelen-cultuur",
    text: "Beschikken inkoopteams over de benodigde competenties zoals projectmanagement skills?",
    items: [],
    notes: [],
    tips: [
      {
        text:
          "Zorg naast goede projectmanagementvaardigheden voor voldoende training en roulatie, en stel multidisciplinaire, " +
          "cross-functionele teams samen.",
        reference: ref("IV.3", "stelling 3.2, tips & voorbeelden"),
      },
      {
        text:
          "Kijk bij het samenstellen van een team ook naar het netwerk dat leden meebrengen, en zorg voor duidelijke " +
          "teamdoelen, goede leiding, open informatie-uitwisseling en voldoende middelen.",
        reference: ref("IV.3", "stelling 3.2 (Ref. Driedonks & Stein; Monczka et al.)"),
      },
    ],
  },
  {
    id: "3.3",
    theme: "mensen-middelen-cultuur",
    text: "Wordt er gebruik gemaakt van E-procurement tools zoals:",
    items: [
      "E-sourcing",
      "Collaborative Product Commerce (CPC)",
      "E-tendering",
      "E-reverse auctioning",
      "Web-based ERP",
      "E-ordering",
      "Purchasing intelligence",
      "E-contractmanagement",
    ],
    notes: [],
    tips: [
      {
        text:
          "Ga na of de ICT-hulpmiddelen passen bij de inkoopvolwassenheid van de organisatie. Vooral hulpmiddelen voor " +
          "leveranciersmanagement (SRM) zijn belangrijk.",
        reference: ref("IV.3", "stelling 3.3, tips & voorbeelden"),
      },
      {
        text:
          "Aanbestedende diensten moeten elektronische facturen kunnen ontvangen en verwerken (Europese richtlijn " +
          "2014/55/EU, verankerd in de Aanbestedingswet; voor decentrale overheden uiterlijk 18 april 2019).",
        reference: ref("IV.3", "stelling 3.3, tips & voorbeelden (e-facturen)"),
      },
      {
        text:
          "Steun van leidinggevenden en voortrekkers is doorslaggevend bij het invoeren van e-aanbesteden; investeer in " +
          "kennis van de applicaties en in training.",
        reference: ref("IV.3", "stelling 3.3 (Ref. LIPSE)"),
      },
    ],
  },
  {
    id: "3.4",
    theme: "mensen-middelen-cultuur",
    text: "Wordt er op regelmatige basis stilgestaan bij leerpunten en worden deze goed opgepakt?",
    items: [],
    // The document says "Lessons leanred" (sic); in Dutch here like the rest of the interface.
    notes: ["Evaluaties over inkoopprojecten", "Geleerde lessen"],
    tips: [
      {
        text:
          "Stel een inkoopactieplan op en houd een inkoopregister bij. Werk beide periodiek bij en zorg dat " +
          "leidinggevenden input kunnen geven op het actieplan.",
        reference: ref("IV.3", "stelling 3.4, tips & voorbeelden"),
      },
    ],
  },
  {
    id: "3.5",
    theme: "mensen-middelen-cultuur",
    text: "Zorgt de toplaag mede voor een open cultuur, waarbij het leren uit fouten wordt gestimuleerd?",
    items: [],
    notes: ["Geen risico-afkerigheid", "Stimulatie door gebruik tools (bv. digitaal inkoopregister)"],
    tips: [
      {
        text:
          "De top laat zien hoe je met risico's omgaat en beloont niet alleen het vermijden van fouten. Stimuleer " +
          "ondernemerschap, want risicomijding remt innovatie, en moedig het delen van informatie aan met hulpmiddelen.",
        reference: ref("IV.3", "stelling 3.5, tips & voorbeelden"),
      },
      {
        text:
          "Inkopers die vertrouwen krijgen, niet onder druk staan en fouten mogen maken, passen innovatieve " +
          "inkoopmethoden beter toe en leren van hun fouten.",
        reference: ref("IV.3", "stelling 3.5 (Ref. Hendriks & Nieland)"),
      },
    ],
  },
  {
    id: "3.6",
    theme: "mensen-middelen-cultuur",
    text: "Is er een organisatiebrede bereidheid om samen te werken en ‘los te laten’?",
    items: [],
    notes: ["Draagvlak om samen te werken zonder persoonlijke belangen, drang voor autonomie, emoties, politieke gevoeligheid,…"],
    tips: [
      {
        text:
          "Wil als organisatie niet alles zelf beheren en deel informatie met andere organisaties, zodat het " +
          "gezamenlijke doel bereikt kan worden.",
        reference: ref("IV.3", "stelling 3.6, tips & voorbeelden"),
      },
      {
        text:
          "Ken de sterke en zwakke punten van de eigen organisatie en laat los waar een ander het beter kan. Zorg dat " +
          "partners de samenwerking als van henzelf ervaren en hun autonomie houden.",
        reference: ref("IV.3", "stelling 3.6 (Ref. Constructing Excellence; Bureau Verkenningen en Onderzoek / DGBK)"),
      },
    ],
  },
  {
    id: "3.7",
    theme: "mensen-middelen-cultuur",
    text: "Wordt er goed gecommuniceerd?",
    items: [],
    notes: [
      "Zowel binnenin de organisatie (tussen top managers, concern inkoop managers, business unit managers en de " +
        "business unit inkoop managers) als met de stakeholders.",
      "Belanghebbenden zijn op de hoogte van de meest recente ontwikkelingen en er zijn geen misverstanden",
    ],
    tips: [
      {
        text: "Geef alle belanghebbenden actuele informatie over inkoop en zorg voor voldoende gelegenheid om te netwerken.",
        reference: ref("IV.3", "stelling 3.7 (Ref. EC & DG GROW)"),
      },
      {
        text:
          "Breng topmanagement, concerninkoop, businessunitmanagers en hun inkoopmanagers geregeld samen: zo ontstaat " +
          "een breed gedragen inkoopstrategie die ook echt wordt ingevoerd. Communiceer daarbij over de voortgang van " +
          "projecten.",
        reference: ref("IV.3", "stelling 3.7 (Ref. Rozemeijer, F.; Constructing Excellence)"),
      },
    ],
  },
] as const satisfies readonly ChecklistStatement[];
export type ChecklistStatementId = (typeof CHECKLIST_STATEMENTS)[number]["id"];
