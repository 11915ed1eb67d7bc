// Checklist ambitieformulering inkooptraject: the seven steps of bijlage 2 of the Buyer Group FM
// handreiking (seed 004, lines 1077–1165). Step titles and item texts are fact and copied as
// printed, with only the line breaks of the extracted text joined up; the seed writes "Stap 5:
// bepaal" and "Stap 6: vertaling" in lower case, shown here capitalised like the other steps.
// Step 7 prints no bullets: its three instructions ("Bepaal …", "Ga …", "Pas …") are the items.
// The explanations are our own summary, each with the passage it summarises.
import { fmReference, type ToolReference } from "@/lib/guidance/tool-sources";

export type ProcurementStepId =
  "voorbereiding" | "marktanalyse" | "waardenwiel" | "droompartner" | "samenwerkingsvorm" | "vertaling" | "meten";

/** Where a step continues in the product; the page turns it into a link for the contract. */
type ProcurementStepLink = "waardenwiel" | "samenwerking" | "kpis";

type ProcurementItem = { id: string; text: string };

export type ProcurementStep = {
  id: ProcurementStepId;
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  title: string;
  /** The sentence that introduces the items, as printed (absent where the seed has none). */
  lead?: string;
  items: readonly ProcurementItem[];
  /** Our own explanation of the step. */
  explanation: string;
  link?: { target: ProcurementStepLink; label: string };
  reference: ToolReference;
};

const BIJLAGE_2 = "bijlage 2 Checklist ambitieformulering inkooptraject";
const step = (n: number) => fmReference(BIJLAGE_2, `stap ${n}`);

export const PROCUREMENT_STEPS: readonly ProcurementStep[] = [
  {
    id: "voorbereiding",
    number: 1,
    title: "Voorbereiding",
    lead: "Bereid je voor op het inkooppakket door deskresearch:",
    items: [
      { id: "1.1", text: "Huidige situatie in kaart brengen" },
      {
        id: "1.2",
        text: "Speelveldanalyse; wie moet ik op welke wijze en wanneer betrekken om dit contract succesvol te maken.",
      },
      { id: "1.3", text: "Laatste ontwikkelingen op dit gebied" },
      { id: "1.4", text: "Laatste gedraaide tenders" },
    ],
    explanation:
      "Begin achter je bureau: leg vast hoe het nu geregeld is, wie je binnen en buiten de organisatie nodig hebt en " +
      "wanneer, en wat er recent in dit vakgebied en in vergelijkbare aanbestedingen is gebeurd.",
    reference: step(1),
  },
  {
    id: "marktanalyse",
    number: 2,
    title: "Marktanalyse",
    items: [
      { id: "2.1", text: "Breng je speelveld in kaart: welke leveranciers zijn er allemaal? En hoe duurzaam zijn ze?" },
      { id: "2.2", text: "Maak een ketenanalyse om te bepalen hoe complex/simpel de keten is." },
      {
        id: "2.3",
        text:
          "Gebruik de MVO risicochecker en ontdek welke internationale mvo-risico’s voor kunnen komen in jouw keten én " +
          "wat je er tegen zou kunnen doen.",
      },
      { id: "2.4", text: "Bel een aantal leveranciers voor een interview of gesprek: Wat zijn de laatste ontwikkelingen in de markt?" },
    ],
    explanation:
      "Kijk naar buiten: welke partijen kunnen leveren en hoe ver zijn ze met duurzaamheid, hoe ziet de keten eruit en " +
      "waar zitten de risico’s. Gesprekken met leveranciers laten zien wat de markt nu al kan.",
    reference: step(2),
  },
  {
    id: "waardenwiel",
    number: 3,
    title: "Vul je waardenwiel in",
    lead: "Maak een waardenwiel voor je aanbesteding/ inkooptraject op basis van je organisatiedoelen en de markt-analyse.",
    items: [
      {
        id: "3.1",
        text:
          "Definieer de thema’s op de buitenste ring. Dit kunnen dezelfde thema’s zijn als het wiel op organisatieniveau " +
          "maar kan ook aangevuld worden met specifieke thema’s voor je product of dienst.",
      },
      { id: "3.2", text: "Prioriteer de thema’s: welk thema heeft de hoogste ambitie voor je product of dienst." },
      { id: "3.3", text: "Concretiseer de thema’s met doelen en meetindicatoren." },
    ],
    explanation:
      "Leid een eigen waardenwiel voor dit contract af van het wiel van de organisatie, vul het aan met thema’s die bij " +
      "dit product of deze dienst horen en zet de thema’s in volgorde van ambitie. Die volgorde gebruik je in stap 6.",
    link: { target: "waardenwiel", label: "Waardenwiel van dit contract" },
    reference: step(3),
  },
  {
    id: "droompartner",
    number: 4,
    title: "Bepaal je droompartner",
    lead: "Vul op de volgende onderwerpen in wat je zoekt in de toekomstige partner:",
    items: [
      { id: "4.1", text: "Volwassenheid" },
      { id: "4.2", text: "Regie" },
      { id: "4.3", text: "Sturing" },
      { id: "4.4", text: "Ontwikkeling" },
      { id: "4.5", text: "Duurzaamheid" },
      { id: "4.6", text: "Extra" },
    ],
    explanation:
      "Beschrijf per onderwerp wat voor partner je zoekt. Dat beeld helpt straks om te kiezen hoe je samenwerkt en waar " +
      "je leveranciers in de aanbesteding op uitdaagt.",
    link: { target: "samenwerking", label: "Droompartner invullen" },
    reference: step(4),
  },
  {
    id: "samenwerkingsvorm",
    number: 5,
    title: "Bepaal de samenwerkingsvorm",
    items: [
      { id: "5.1", text: "Hoe belangrijk is de leverancier?" },
      { id: "5.2", text: "Hoe belangrijk is het product of dienst?" },
      { id: "5.3", text: "Heeft het meer kenmerken van transactioneel of juist relationeel?" },
    ],
    explanation:
      "Met deze drie vragen kies je tussen een transactionele samenwerking (leveren wat is gevraagd) en een relationele " +
      "(samen doelen halen en de invulling na de gunning uitwerken).",
    link: { target: "samenwerking", label: "Samenwerkingsvorm kiezen" },
    reference: step(5),
  },
  {
    id: "vertaling",
    number: 6,
    title: "Vertaling aanbesteding",
    lead: "Vertaal alle bovenstaande informatie naar eisen en wensen.",
    items: [
      {
        id: "6.1",
        text: "Waar zit het onderscheidende vermogen van de leveranciers? Daag ze daar op uit in de gunningscriteria.",
      },
      { id: "6.2", text: "Wat is het minimale duurzame niveau wat jullie willen hebben? Verwerk dat in de eisen." },
    ],
    explanation:
      "Zet alles om in de aanbestedingsstukken. Waar leveranciers zich kunnen onderscheiden, vraag je om in de " +
      "gunningscriteria; wat minimaal moet, leg je vast als eis. Ook een groeimodel of roadmap kan al een gunningscriterium zijn.",
    reference: step(6),
  },
  {
    id: "meten",
    number: 7,
    title: "Meten en monitoren",
    items: [
      { id: "7.1", text: "Bepaal duidelijke KPI’s die je tijdens het contract kunt meten." },
      { id: "7.2", text: "Ga periodiek in gesprek met de leverancier en bespreek de voortgang op de ambitie." },
      {
        id: "7.3",
        text: "Pas de KPI’s of de roadmap/groeimodel aan als de doorgevoerde maatregelen niet het juiste effect hebben.",
      },
    ],
    explanation:
      "Na de gunning moet wat is afgesproken ook worden ingevoerd en gemeten. Door regelmatig te meten zie je welke " +
      "maatregelen werken, en stuur je samen met de leverancier bij waar het effect uitblijft.",
    link: { target: "kpis", label: "KPI’s en groeipaden" },
    reference: step(7),
  },
];

/** The tip printed between stap 5 and stap 6, in our own words. */
export const AWARD_CRITERIA_TIP = {
  text:
    "De volgorde van de thema’s in het waardenwiel helpt bepalen wat een eis wordt en wat een wens. Meestal komen de " +
    "thema’s met de hoogste ambitie in de gunningscriteria en de overige in de eisen.",
  reference: fmReference(BIJLAGE_2, "tip bij stap 5 en 6"),
} as const;

export const PROCUREMENT_ITEM_IDS: ReadonlySet<string> = new Set(PROCUREMENT_STEPS.flatMap((s) => s.items.map((i) => i.id)));
