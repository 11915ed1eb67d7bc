// The best practices of the handreiking buyer groups per phase of a buyer group (seed 000,
// lines 169–368): the three phases and their headings are fact, in the document's order; every
// recommendation is our own summary with the heading it comes from.
import { buyerGroupsReference, type ToolReference } from "@/lib/guidance/tool-sources";

type PhaseTopic = {
  title: string;
  recommendations: readonly string[];
  reference: ToolReference;
};
export type CooperationPhase = {
  number: 1 | 2 | 3;
  title: string;
  topics: readonly PhaseTopic[];
};

const topic = (phase: string, title: string, recommendations: string[]): PhaseTopic => ({
  title,
  recommendations,
  reference: buyerGroupsReference(phase, title),
});

const F1 = "Fase 1: Samenwerking verkennen";
const F2 = "Fase 2: Samenwerking vormgeven";
const F3 = "Fase 3: Harmoniseren MVI-aspecten";

export const COOPERATION_PHASES: readonly CooperationPhase[] = [
  {
    number: 1,
    title: "Samenwerking verkennen",
    topics: [
      topic(F1, "Aanbevelingen voor werving van deelnemers", [
        "Werf (en selecteer) deelnemers op basis van het doel van de groep: voor snelheid een kleine groep ervaren deelnemers, voor volledigheid en continuïteit een grote, gevarieerde groep.",
        "Bottom-up werven, waarbij één opdrachtgever zijn collega's benadert, maakt de werving meestal korter.",
        "Werven vanuit een bestaand duurzaamheidsnetwerk of -concept verkort ook de werving en de introductie.",
        "Komt de groep voort uit zo'n netwerk, leg dan de grenzen en de opdracht van de groep duidelijk vast en blijf nagaan of de buyer group niet botst met dat netwerk.",
      ]),
      topic(F1, "Aanbevelingen voor selectie van deelnemers", [
        "Organiseer opwarmsessies om deelnemers te vinden die gemotiveerd zijn, ambities hebben die bij het doel passen en genoeg mandaat van hun organisatie hebben.",
        "Intrinsieke motivatie is cruciaal; die groeit als deelname vrijwillig is en deelnemers hun rol zelf kiezen.",
        "Laat deelnemers een eigen rol kiezen, zodat ze gemotiveerd zijn en een werklast hebben die bij hen past.",
        "Laat geen nieuwe deelnemers toe in fases waarin aan specifieke producten wordt gewerkt, om vertraging te voorkomen.",
      ]),
      topic(F1, "Aanbevelingen soorten deelnemers", [
        "Houd rekening met de vier soorten deelnemers en hun invloed op het groepsproces.",
        "Rijksorganisaties zijn vaak al ervaren en hebben een eigen duurzaamheidsstrategie; de groep heeft weinig invloed op hen.",
        "Kleinere decentrale overheden voelen zich vaak van bovenaf verplicht; soms ontbreekt een eenduidige strategie en stemmen inkoop, strategie en projectmanagement te weinig af.",
        "Publiekrechtelijke instellingen, zoals scholen, verschillen sterk in ambitie, hebben weinig expertise en budget en vragen veel maatwerk.",
        "Semipublieke opdrachtgevers zijn vaak van onderop gemotiveerd en kunnen veel impact hebben, maar duurzaamheid hangt bij hen altijd aan een financiële businesscase.",
      ]),
    ],
  },
  {
    number: 2,
    title: "Samenwerking vormgeven",
    topics: [
      topic(F2, "Aanbevelingen voor omgaan met verschillen tussen deelnemers", [
        "De gedeelde ambitie bindt de deelnemers; neem zowel opdrachtgevers met een top-down als met een bottom-up ambitie op.",
        "Grotere (Rijks)organisaties hebben meer expertise, komen vooral om kennis te delen en laten zich daardoor minder door de groep beïnvloeden.",
        "Verhoog het expertiseniveau door ervaren opdrachtgevers te selecteren, de groep groter te maken als de individuele kennis laag is, of externe experts in te huren.",
        "Organisatorisch mandaat is cruciaal: informeer de moederorganisaties actief, stel een stuurgroep in, kies deelnemers met een managementfunctie of neem per opdrachtgever mensen van inkoop, projectmanagement en strategie op.",
        "Bevorder aanwezigheid en commitment met vrijwillig gekozen rollen, minder werklast door ingehuurde experts en een zo concreet en relevant mogelijk proces.",
      ]),
      topic(F2, "Aanbevelingen organisatiestructuur", [
        "Bied drie rollen aan: actief bijdragen en kennis delen, leren en discussiëren, of meeliften zonder inspanning.",
        "Een grotere groep is diverser, levert completere en beter bruikbare producten en meer continuïteit, maar maakt het harmoniseren van de vraag langer en complexer.",
        "Groepen van vooral ervaren opdrachtgevers hebben meestal een neutrale coördinator nodig, soms ook een stuurgroep om de strategieën af te stemmen.",
        "Groepen van vooral onervaren opdrachtgevers hebben vaak externe experts en een sturende, visionaire coördinator nodig.",
        "Stem de vergaderfrequentie af op de gewenste snelheid en de beschikbare tijd: gewoonlijk elke vier weken, elke twee weken als het snel moet.",
      ]),
      topic(F2, "Aanbevelingen juridische verhouding", [
        "Teken een convenant (intentieverklaring) met de betrokken afdelingshoofden voor een veilige leeromgeving en organisatorisch mandaat. Het beschrijft doelen en inzet, maar geen sancties als doelen niet worden gehaald.",
      ]),
    ],
  },
  {
    number: 3,
    title: "Harmoniseren MVI-aspecten",
    topics: [
      topic(F3, "Aanbevelingen proces vraagharmonisatie", [
        "Kies tussen een brede of een complexe scope: een scope die allebei is, valt vrijwel niet te harmoniseren.",
        "Hebben deelnemers botsende ambities, splits de uitkomst dan in ambitieniveaus: no-regret minimum, plus level en maximum. Harmoniseren vraagt keuzes en concessies; er is weinig ruimte voor maatwerk.",
        "Gebruik functionele eisen bij een grote scope, in pionierende markten, als innovatie nodig is en bij complexe producten.",
        "Verhoog de minimumeisen stap voor stap naarmate producten gestandaardiseerd raken, om de duurzaamheidsdoelen af te dwingen.",
        "Gebruik bestaande documenten van deelnemers en bestaande standaarden als vertrekpunt.",
        "Harmoniseer buiten de plenaire bijeenkomsten met een kleine groep ervaren deelnemers of experts en bespreek het resultaat daarna plenair.",
        "Aanbestedingen van kleinere opdrachtgevers lopen soms niet gelijk op; dat wordt niet als groot probleem gezien.",
      ]),
      topic(F3, "Aanbevelingen impact van de groep", [
        "Impact berekenen is lastig, maar wordt makkelijker met een kleine scope en een gezamenlijk no-regret minimum.",
        "Vergroot de directe impact met meer (private) opdrachtgevers en met uitkomsten in verschillende ambitieniveaus rond één gezamenlijk minimum; dat is ook de basis voor indirecte impact.",
        "Indirecte impact is onzeker en hangt vooral af van de bereidheid van andere opdrachtgevers. Stimuleer die door collega's persoonlijk te benaderen, presentaties te geven, een communicatieadviseur in te zetten en uitkomsten in landelijke standaarden op te nemen.",
        "Maak marktvisie en inkoopstrategie voor kleinere opdrachtgevers kant-en-klaar bruikbaar, met een degelijke uitleg en een haalbaar, laagdrempelig instapniveau.",
      ]),
      topic(F3, "Aanbevelingen juridische aspecten", [
        "Er worden geen conflicten met de aanbestedingswet verwacht; wel moet nog onderzocht worden welke belemmeringen er kunnen zijn.",
        "Functionele eisen geven vermoedelijk minder conflicten met de aanbestedingswet.",
        "Laat alleen de uitkomsten juridisch toetsen: als elke opdrachtgever er zelf over gaat, loopt het proces flinke vertraging op.",
      ]),
    ],
  },
];
