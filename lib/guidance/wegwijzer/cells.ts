// The cell map of the wegwijzer: for each activity (F, A, S, U) the general cell and one cell per
// question option, as in the schema of section III.2. Which cells are empty is fact from the
// document (III.4–III.8 list every code, empty ones without text); the advice texts are our own
// summaries of the document's "Tips" column, each pointing to the original cell.
import { PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP as DOC } from "@/lib/guidance/source";
import type { WegwijzerCell } from "./content";

export const WEGWIJZER_CELLS: readonly WegwijzerCell[] = [
  // Fundering
  {
    code: "Fa",
    activity: "F",
    belongsTo: "general",
    advice: {
      text:
        "Beheer de organisatiebrede fundering bij voorkeur centraal: vanuit een centrale stafafdeling of vanuit een " +
        "samenwerking met andere organisaties. Maak de gewenste werkwijze ook de makkelijkste, met standaarddocumenten, " +
        "sjablonen en interactieve hulpmiddelen voor inkopers en behoeftestellers. Bundel waar het kan de krachten met " +
        "andere organisaties, formeel of informeel, en kijk regelmatig welke processen nog verder te standaardiseren zijn.",
      reference: { document: DOC, section: "III.3", locator: "cel Fa" },
    },
  },
  {
    code: "F11",
    activity: "F",
    belongsTo: { question: 1, option: 1 },
    advice: {
      text:
        "Werk voor standaardproducten (commodities) zoveel mogelijk met standaardinkoopcontracten en vaste procedures " +
        "die centraal worden beheerd.",
      reference: { document: DOC, section: "III.4", locator: "cel F11" },
    },
  },
  { code: "F12", activity: "F", belongsTo: { question: 1, option: 2 }, advice: null },
  { code: "F21", activity: "F", belongsTo: { question: 2, option: 1 }, advice: null },
  { code: "F22", activity: "F", belongsTo: { question: 2, option: 2 }, advice: null },
  {
    code: "F31",
    activity: "F",
    belongsTo: { question: 3, option: 1 },
    advice: {
      text:
        "Standaardiseer zoveel mogelijk. Dan hoeft niet elk traject het wiel opnieuw uit te vinden, en levert de " +
        "hogere efficiëntie een kostenbesparing op.",
      reference: { document: DOC, section: "III.6", locator: "cel F31" },
    },
  },
  {
    code: "F32",
    activity: "F",
    belongsTo: { question: 3, option: 2 },
    advice: {
      text:
        "Veranker ambities als innovatie en duurzaamheid in gestandaardiseerde richtlijnen en sjablonen, en licht toe " +
        "hoe die bedoeld zijn. Houd de aanbestedingsstukken beknopt: een stapel eisen en juridische taal sluit " +
        "vernieuwende oplossingen eerder uit dan dat ze die uitlokt (voorbeeld in de bron: Amsterdam ging van 100 naar " +
        "20 pagina's).",
      reference: { document: DOC, section: "III.6", locator: "cel F32" },
    },
  },
  { code: "F41", activity: "F", belongsTo: { question: 4, option: 1 }, advice: null },
  {
    code: "F42",
    activity: "F",
    belongsTo: { question: 4, option: 2 },
    advice: {
      text:
        "Is de eigen capaciteit beperkt, zoek dan samenwerking met andere organisaties voor de fundering. Wat je " +
        "alleen niet kunt dragen, kun je slim samen organiseren.",
      reference: { document: DOC, section: "III.7", locator: "cel F42" },
    },
  },
  {
    code: "F51",
    activity: "F",
    belongsTo: { question: 5, option: 1 },
    advice: {
      text:
        "Stel met de partnerorganisaties gezamenlijke beleidsdocumenten op en laat die centraal beheren. Dat geeft de " +
        "gedeelde beleidsambities meer houvast en maakt de uitvoering consistenter.",
      reference: { document: DOC, section: "III.8", locator: "cel F51" },
    },
  },
  { code: "F52", activity: "F", belongsTo: { question: 5, option: 2 }, advice: null },

  // Analyse
  {
    code: "Aa",
    activity: "A",
    belongsTo: "general",
    advice: {
      text:
        "Voer analyses (nieuwe oplossingen verkennen, inkoopmarktonderzoek, automatisering, afstemming met andere " +
        "vakgebieden) regelmatig uit en houd ze actueel, zodat je trends op tijd ziet. Zorg dat de uitkomsten klaarliggen " +
        "voordat het specificeren begint; veel analyses kunnen onafhankelijke organisaties uitvoeren of leveren. Bied " +
        "gebruiksvriendelijke platforms om kennis tussen afdelingen en organisaties te delen, en maak per " +
        "organisatiedoel een bestuurder verantwoordelijk, zodat activiteiten en resultaten niet in een la verdwijnen.",
      reference: { document: DOC, section: "III.3", locator: "cel Aa" },
    },
  },
  { code: "A11", activity: "A", belongsTo: { question: 1, option: 1 }, advice: null },
  {
    code: "A12",
    activity: "A",
    belongsTo: { question: 1, option: 2 },
    advice: {
      text:
        "Bij complexe producten gebeurt de analyse soms in de vakafdeling zelf, omdat daar de inhoudelijke kennis zit. " +
        "Zorg dan dat die afdeling goed geïnformeerd blijft en niet losraakt van de rest van de organisatie. De bron " +
        "noemt kenniscentra voor innovatief inkopen in Duitsland (KOINNO) en Finland (KEINO) als voorbeeld.",
      reference: { document: DOC, section: "III.4", locator: "cel A12" },
    },
  },
  { code: "A21", activity: "A", belongsTo: { question: 2, option: 1 }, advice: null },
  {
    code: "A22",
    activity: "A",
    belongsTo: { question: 2, option: 2 },
    advice: {
      text:
        "Met weinig aanbieders is actuele marktkennis extra belangrijk: trends, nieuwe innovaties en prijzen. Zo maak " +
        "je de machtspositie van de aanbieders kleiner. Huur daarvoor expertise in of doe de analyses zelf, en evalueer " +
        "lopende contracten periodiek zodat geen leverancier een dominante positie krijgt.",
      reference: { document: DOC, section: "III.5", locator: "cel A22" },
    },
  },
  {
    code: "A31",
    activity: "A",
    belongsTo: { question: 3, option: 1 },
    advice: {
      text:
        "Bewaak de kostenefficiëntie met goede monitoring, niet alleen per inkooptraject maar ook over alle trajecten en " +
        "jaren heen: wat nu goedkoop is, kan op termijn duur uitvallen.",
      reference: { document: DOC, section: "III.6", locator: "cel A31" },
    },
  },
  {
    code: "A32",
    activity: "A",
    belongsTo: { question: 3, option: 2 },
    advice: {
      text:
        "Daag ook leveranciers uit om te innoveren, en breng samen met hen vooraf, met analyses, in kaart waar de " + "risico's zitten.",
      reference: { document: DOC, section: "III.6", locator: "cel A32" },
    },
  },
  { code: "A41", activity: "A", belongsTo: { question: 4, option: 1 }, advice: null },
  {
    code: "A42",
    activity: "A",
    belongsTo: { question: 4, option: 2 },
    advice: {
      text:
        "Werk bij beperkte capaciteit ook voor de analyse samen met andere organisaties en deel kennis en expertise. " +
        "Voorbeeld in de bron: Amsterdam, Rotterdam en Rijkswaterstaat (AMROR) wisselen kennis uit en vroegen samen de " +
        "markt om een oplossing.",
      reference: { document: DOC, section: "III.7", locator: "cel A42" },
    },
  },
  { code: "A51", activity: "A", belongsTo: { question: 5, option: 1 }, advice: null },
  {
    code: "A52",
    activity: "A",
    belongsTo: { question: 5, option: 2 },
    advice: {
      text:
        "Zijn er geen natuurlijke samenwerkingspartners, ga dan na of onafhankelijke instanties de analyses kunnen " +
        "uitvoeren of hun marktanalyses beschikbaar stellen (zoals CZ Zorgkantoor dat in de zorg doet).",
      reference: { document: DOC, section: "III.8", locator: "cel A52" },
    },
  },

  // Specificatie
  {
    code: "Sa",
    activity: "S",
    belongsTo: "general",
    advice: {
      text:
        "Betrek bij het specificeren al vroeg de contractmanager en de leveranciers; dat maakt het hele inkooptraject " +
        "efficiënter. Houd ook de eindgebruiker van begin tot eind betrokken, zodat problemen die later kunnen " +
        "opduiken eerder in beeld komen.",
      reference: { document: DOC, section: "III.3", locator: "cel Sa" },
    },
  },
  {
    code: "S11",
    activity: "S",
    belongsTo: { question: 1, option: 1 },
    advice: {
      text: "Organiseer het specificeren van standaardproducten zo centraal en gebundeld mogelijk.",
      reference: { document: DOC, section: "III.4", locator: "cel S11" },
    },
  },
  {
    code: "S12",
    activity: "S",
    belongsTo: { question: 1, option: 2 },
    advice: {
      text:
        "Specificeer complexe of unieke producten liever dicht bij de afdeling die de behoefte heeft. Geef ruimte aan " +
        "creativiteit en ondernemerschap, bijvoorbeeld met een innovatieafdeling waar geëxperimenteerd mag worden, of " +
        "stel een tijdelijk cross-functioneel projectteam samen met mensen die de inhoud kennen. Specificeer zoveel " +
        "mogelijk functioneel en houd korte lijnen met de inkoopafdeling die de uitvoering doet.",
      reference: { document: DOC, section: "III.4", locator: "cel S12" },
    },
  },
  {
    code: "S21",
    activity: "S",
    belongsTo: { question: 2, option: 1 },
    advice: {
      text:
        "Betrek mogelijke aanbieders vroeg in het inkoopproject, zodat hun ervaring en marktkennis in de specificatie " + "terechtkomen.",
      reference: { document: DOC, section: "III.5", locator: "cel S21" },
    },
  },
  {
    code: "S22",
    activity: "S",
    belongsTo: { question: 2, option: 2 },
    advice: {
      text:
        "Maak de machtspositie van leveranciers kleiner door samen met anderen in te kopen (meer volume) en door " +
        "voor het specificeren onafhankelijke deskundigen in te schakelen. Wordt de samenwerking te groot voor kleine " +
        "leveranciers, overweeg dan percelen.",
      reference: { document: DOC, section: "III.5", locator: "cel S22" },
    },
  },
  { code: "S31", activity: "S", belongsTo: { question: 3, option: 1 }, advice: null },
  {
    code: "S32",
    activity: "S",
    belongsTo: { question: 3, option: 2 },
    advice: {
      text:
        "Innovatie lukt meestal beter met een functionele specificatie, opgesteld door een multidisciplinair team dat " +
        "ruimte krijgt om te sparren met (semi)overheden, leveranciers en kennisinstellingen. Weegt innovatie zwaarder " +
        "dan efficiëntie, geef creativiteit en ondernemerschap dan ruimte in de afdeling die het aangaat en bekijk samen " +
        "met leveranciers waar de risico's zitten. Breng vroeg in beeld welke regels grenzen stellen (aanbestedingsrecht, " +
        "veiligheidsregels, het staatssteunkader voor onderzoek, ontwikkeling en innovatie) en overweeg eerst een pilot.",
      reference: { document: DOC, section: "III.6", locator: "cel S32" },
    },
  },
  { code: "S41", activity: "S", belongsTo: { question: 4, option: 1 }, advice: null },
  {
    code: "S42",
    activity: "S",
    belongsTo: { question: 4, option: 2 },
    advice: {
      text:
        "Heeft de afdeling te weinig capaciteit of expertise, kijk dan of je externe mensen kunt inhuren en/of werk " +
        "samen met andere organisaties en leveranciers; inkoopwerk tegen betaling onderbrengen bij een zelfstandige " +
        "organisatie kan ook. Voorkom wel dat ingehuurde krachten een dominante of te zelfstandige positie krijgen: " +
        "vraag second opinions en blijf kritisch bij het inhuren.",
      reference: { document: DOC, section: "III.7", locator: "cel S42" },
    },
  },
  {
    code: "S51",
    activity: "S",
    belongsTo: { question: 5, option: 1 },
    advice: {
      text:
        "Specificeer bij vergelijkbare prioriteiten in de beleidsambities bij voorkeur samen met andere organisaties; " +
        "een onafhankelijke organisatie kan dat gezamenlijke werk uitvoeren. Het grootste deel van de specificatie kan " +
        "gedeeld worden, een klein deel blijft per organisatie verschillend.",
      reference: { document: DOC, section: "III.8", locator: "cel S51" },
    },
  },
  {
    code: "S52",
    activity: "S",
    belongsTo: { question: 5, option: 2 },
    advice: {
      text:
        "Overlappen de doelen, visies of motieven van de organisaties te weinig, koop dan zelfstandig in. Zo voorkom je " +
        "de risico's van tegengestelde belangen en de conflicten die daaruit kunnen volgen.",
      reference: { document: DOC, section: "III.8", locator: "cel S52" },
    },
  },

  // Uitvoering
  {
    code: "Ua",
    activity: "U",
    belongsTo: "general",
    advice: {
      text:
        "Houd de eindgebruiker het hele inkoopproces door betrokken vanwege diens specifieke kennis. Beheer de " +
        "procedures bij voorkeur centraal, maar haal inhoudelijke evaluatie en bijsturing uit de betrokken afdelingen; " +
        "een organisatiebrede inkoopafdeling met korte lijnen naar de vakafdelingen wordt aangeraden. Samen inkopen " +
        "levert schaalvoordeel op en brengt gespecialiseerde kennis van interne en externe partijen bij elkaar.",
      reference: { document: DOC, section: "III.3", locator: "cel Ua" },
    },
  },
  {
    code: "U11",
    activity: "U",
    belongsTo: { question: 1, option: 1 },
    advice: {
      text:
        "Voer de inkoop van standaardproducten centraal en gebundeld uit, voor schaal- en kennisvoordeel, zoals bij " +
        "categoriemanagement of een shared service center (SSC).",
      reference: { document: DOC, section: "III.4", locator: "cel U11" },
    },
  },
  {
    code: "U12",
    activity: "U",
    belongsTo: { question: 1, option: 2 },
    advice: {
      text:
        "Voer de inkoop van complexe producten gezamenlijk uit als de vakexperts makkelijk te bereiken zijn (korte " +
        "lijnen in de organisatie), en houd de eindgebruiker het hele proces door betrokken.",
      reference: { document: DOC, section: "III.4", locator: "cel U12" },
    },
  },
  { code: "U21", activity: "U", belongsTo: { question: 2, option: 1 }, advice: null },
  {
    code: "U22",
    activity: "U",
    belongsTo: { question: 2, option: 2 },
    advice: {
      text:
        "Zorg bij weinig aanbieders dat geen van hen een te dominante positie tegenover je organisatie krijgt. Let bij " +
        "het opstellen van het contract op een non-concurrentiebeding, de looptijd, de voorwaarden voor ontbinding en " +
        "een boetebeding, en voorkom een wurgcontract.",
      reference: { document: DOC, section: "III.5", locator: "cel U22" },
    },
  },
  { code: "U31", activity: "U", belongsTo: { question: 3, option: 1 }, advice: null },
  {
    code: "U32",
    activity: "U",
    belongsTo: { question: 3, option: 2 },
    advice: {
      text:
        "Onderzoek of een 'one-stop-shop' voor inkoop helpt om duurzamer, socialer en innovatiever in te kopen. Een " +
        "challenge waarin leveranciers met elkaar wedijveren, kan innovatie en lage kosten opleveren. Kijk bij een " +
        "contract voor een innovatieve oplossing extra goed naar de inkoopvoorwaarden, vooral naar intellectueel " +
        "eigendom en de verdeling van risico's.",
      reference: { document: DOC, section: "III.6", locator: "cel U32" },
    },
  },
  { code: "U41", activity: "U", belongsTo: { question: 4, option: 1 }, advice: null },
  {
    code: "U42",
    activity: "U",
    belongsTo: { question: 4, option: 2 },
    advice: {
      text:
        "Is er te weinig capaciteit of expertise, kijk dan of je externe mensen kunt inhuren en/of werk samen met andere " +
        "organisaties. Inkoop binnen de eigen organisatie bundelen (categoriemanagement) kan als daar wel genoeg " +
        "capaciteit en expertise voor is, en aansluiten bij een zelfstandige inkooporganisatie die tegen een vergoeding " +
        "werkt is ook een optie. Ontbreekt de expertise om te specificeren, laat dat dan lokaal over aan de vakexperts " +
        "van de betrokken afdeling.",
      reference: { document: DOC, section: "III.7", locator: "cel U42" },
    },
  },
  {
    code: "U51",
    activity: "U",
    belongsTo: { question: 5, option: 1 },
    advice: {
      text:
        "Werk bij overlappende ambities in de uitvoering van de inkoop zoveel mogelijk samen. Neem ruim de tijd voor de " +
        "aanbestedingsprocedure, zodat veel verschillende aanbieders nuttige input kunnen leveren en prijzen te " +
        "vergelijken zijn, en deel die informatie met de andere organisaties.",
      reference: { document: DOC, section: "III.8", locator: "cel U51" },
    },
  },
  { code: "U52", activity: "U", belongsTo: { question: 5, option: 2 }, advice: null },
];
