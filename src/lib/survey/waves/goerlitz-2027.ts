// The Görlitz safety survey, first wave (2027): the real questionnaire.
//
// STABLE IDS: question ids (lower_snake_case German, e.g. "sicherheit_wohngegend_tag") and option
// codes are the keys of the stored answers, the export columns and the codebook, and the basis of
// comparisons between waves. Once a wave has opened they must never change: reword a label if
// you must, but keep its id and code; add new questions and options with new ids instead of
// renaming old ones. tests/unit/survey-questionnaire.test.ts pins the full list, and
// `npm run survey:load` refuses definitions that would orphan stored answers.
//
// The constructs follow the usual municipal safety surveys (see "Safety surveys elsewhere" in
// the project's fact sheet): feeling of safety by day and when out alone after dark, worry about
// specific offences, problems seen in the neighbourhood, places avoided, crimes experienced in
// the last 12 months and whether they were reported, trust in the police and the Ordnungsamt,
// protective behaviour, coarse demographics and suggestions.
//
// Answer scales are defined once below and used in the same order everywhere, so that results
// of one construct can be shown side by side. Every choice question offers "keine Angabe"
// (noAnswer defaults to true) and no question is required: residents may skip anything.
import type { DefinitionInput } from '../definition.ts';

/** Feeling of safety, from safest to least safe. */
const SAFETY = [
  { code: 'sehr_sicher', label: { de: 'sehr sicher', en: 'Very safe', pl: 'Bardzo bezpiecznie' } },
  { code: 'eher_sicher', label: { de: 'eher sicher', en: 'Fairly safe', pl: 'Raczej bezpiecznie' } },
  { code: 'eher_unsicher', label: { de: 'eher unsicher', en: 'Fairly unsafe', pl: 'Raczej niebezpiecznie' } },
  { code: 'sehr_unsicher', label: { de: 'sehr unsicher', en: 'Very unsafe', pl: 'Bardzo niebezpiecznie' } },
];

/** Worry about becoming a victim, from most to least worried. */
const WORRY = [
  { code: 'sehr_beunruhigt', label: { de: 'sehr beunruhigt', en: 'Very worried', pl: 'Bardzo mnie niepokoi' } },
  { code: 'eher_beunruhigt', label: { de: 'eher beunruhigt', en: 'Fairly worried', pl: 'Raczej mnie niepokoi' } },
  { code: 'eher_nicht_beunruhigt', label: { de: 'eher nicht beunruhigt', en: 'Not very worried', pl: 'Raczej mnie nie niepokoi' } },
  { code: 'gar_nicht_beunruhigt', label: { de: 'gar nicht beunruhigt', en: 'Not at all worried', pl: 'Zupełnie mnie nie niepokoi' } },
];

/** How big a problem something is in the neighbourhood, from biggest to none. */
const PROBLEM = [
  { code: 'grosses_problem', label: { de: 'großes Problem', en: 'A big problem', pl: 'Duży problem' } },
  { code: 'kleines_problem', label: { de: 'kleines Problem', en: 'A small problem', pl: 'Niewielki problem' } },
  { code: 'kein_problem', label: { de: 'kein Problem', en: 'Not a problem', pl: 'Nie stanowi problemu' } },
];

/** Trust in an institution, from most to least. */
const TRUST = [
  { code: 'sehr_gross', label: { de: 'sehr großes Vertrauen', en: 'Very high trust', pl: 'Bardzo duże zaufanie' } },
  { code: 'eher_gross', label: { de: 'eher großes Vertrauen', en: 'Fairly high trust', pl: 'Raczej duże zaufanie' } },
  { code: 'eher_gering', label: { de: 'eher geringes Vertrauen', en: 'Fairly low trust', pl: 'Raczej małe zaufanie' } },
  { code: 'sehr_gering', label: { de: 'sehr geringes Vertrauen', en: 'Very low trust', pl: 'Bardzo małe zaufanie' } },
];

/** "None of these" for multiple-choice lists: only valid alone (the hints say so for the paper form, where nothing checks it). */
const NONE_OF_THESE = { code: 'nichts_davon', label: { de: 'nichts davon', en: 'None of these', pl: 'Żadne z powyższych' }, exclusive: true };

/** Hint of the follow-up questions on avoided places (the form has no skip logic). */
const ONLY_IF_AVOIDING = {
  de: 'Nur wenn Sie Orte meiden; sonst lassen Sie diese Frage aus.',
  en: 'Only if you avoid places; otherwise skip this question.',
  pl: 'Tylko jeśli unika Pan/Pani jakichś miejsc; w przeciwnym razie proszę pominąć to pytanie.',
};

/** The official Stadtteile and Ortsteile of Görlitz (city portal), proper names in every language. */
const DISTRICTS = [
  ['historische_altstadt', 'Historische Altstadt'],
  ['innenstadt', 'Innenstadt'],
  ['nikolaivorstadt', 'Nikolaivorstadt'],
  ['suedstadt', 'Südstadt'],
  ['rauschwalde', 'Rauschwalde'],
  ['biesnitz', 'Biesnitz'],
  ['weinhuebel', 'Weinhübel'],
  ['koenigshufen', 'Königshufen'],
  ['klingewalde', 'Klingewalde'],
  ['ober_neundorf', 'Ober-Neundorf'],
  ['ludwigsdorf', 'Ludwigsdorf'],
  ['schlauroth', 'Schlauroth'],
  ['kunnerwitz', 'Kunnerwitz'],
  ['klein_neundorf', 'Klein Neundorf'],
  ['deutsch_ossig', 'Deutsch-Ossig'],
  ['hagenwerder', 'Hagenwerder'],
  ['tauchritz', 'Tauchritz'],
].map(([code, name]) => ({ code, label: { de: name, en: name, pl: name } }));

/** The first wave's questionnaire as written (before defaults); parse it with parseDefinition(). */
export const goerlitz2027 = {
  version: 1,
  demo: false,
  wave: {
    slug: 'goerlitz-2027',
    title: { de: 'Sicherheitsbefragung Görlitz 2027', en: 'Görlitz Safety Survey 2027', pl: 'Ankieta o bezpieczeństwie w Görlitz 2027' },
    // Planning dates only: the partners have not set the field period yet, so the site shows them
    // as "zu bestätigen". Set scheduleConfirmed to true once they confirm (or change) the dates.
    opensAt: '2027-03-01T00:00:00+01:00',
    closesAt: '2027-04-01T00:00:00+02:00',
    scheduleConfirmed: false,
    // A random sample of residents, invited by letter with a personal one-time code (as
    // Friedrichshafen did in 2021, and as the city's own 2021 Sicherheitsanalyse drew 1,000
    // residents at random): a random sample speaks for all residents, while an open link would
    // over-represent the most concerned and could be flooded. Codes are stored only as hashes and
    // are not linked to answers, so the survey stays anonymous.
    participation: 'invitation',
    minGroupSize: 10,
    resultsAfterClose: true,
  },
  questions: [
    // Feeling of safety: the standard indicator asks about being out alone after dark.
    {
      id: 'sicherheit_wohngegend_tag',
      kind: 'single',
      label: {
        de: 'Wie sicher fühlen Sie sich tagsüber in Ihrer Wohngegend?',
        en: 'How safe do you feel in your neighbourhood during the day?',
        pl: 'Jak bezpiecznie czuje się Pan/Pani w swojej okolicy w ciągu dnia?',
      },
      options: SAFETY,
    },
    {
      id: 'sicherheit_wohngegend_dunkel',
      kind: 'single',
      label: {
        de: 'Wie sicher fühlen Sie sich, wenn Sie nach Einbruch der Dunkelheit allein in Ihrer Wohngegend unterwegs sind?',
        en: 'How safe do you feel when you are out alone in your neighbourhood after dark?',
        pl: 'Jak bezpiecznie czuje się Pan/Pani, gdy po zmroku chodzi Pan/Pani w pojedynkę po swojej okolicy?',
      },
      options: SAFETY,
    },
    {
      id: 'sicherheit_innenstadt_tag',
      kind: 'single',
      label: {
        de: 'Wie sicher fühlen Sie sich tagsüber in der Innenstadt und der Altstadt von Görlitz?',
        en: 'How safe do you feel in the centre and the old town of Görlitz during the day?',
        pl: 'Jak bezpiecznie czuje się Pan/Pani w ciągu dnia w centrum i na starym mieście w Görlitz?',
      },
      options: SAFETY,
    },
    {
      id: 'sicherheit_innenstadt_dunkel',
      kind: 'single',
      label: {
        de: 'Wie sicher fühlen Sie sich, wenn Sie nach Einbruch der Dunkelheit allein in der Innenstadt und der Altstadt unterwegs sind?',
        en: 'How safe do you feel when you are out alone in the centre and the old town after dark?',
        pl: 'Jak bezpiecznie czuje się Pan/Pani, gdy po zmroku chodzi Pan/Pani w pojedynkę po centrum i starym mieście?',
      },
      options: SAFETY,
    },

    // Worry about specific offences: one question per offence, one shared scale.
    {
      id: 'sorge_wohnungseinbruch',
      kind: 'single',
      label: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass in Ihre Wohnung oder Ihr Haus eingebrochen wird?',
        en: 'How worried are you that someone might break into your flat or house?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że ktoś może włamać się do Pana/Pani mieszkania lub domu?',
      },
      options: WORRY,
    },
    {
      id: 'sorge_diebstahl',
      kind: 'single',
      label: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass Ihnen etwas gestohlen wird, zum Beispiel Ihre Geldbörse oder Ihr Handy?',
        en: 'How worried are you that something might be stolen from you, for example your purse, wallet or mobile phone?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że ktoś może Panu/Pani coś ukraść, na przykład portfel lub telefon komórkowy?',
      },
      options: WORRY,
    },
    {
      id: 'sorge_fahrzeugdiebstahl',
      kind: 'single',
      label: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass Ihr Fahrrad, Auto oder Motorrad gestohlen wird?',
        en: 'How worried are you that your bicycle, car or motorbike might be stolen?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że ktoś może ukraść Pana/Pani rower, samochód lub motocykl?',
      },
      options: WORRY,
    },
    {
      id: 'sorge_koerperlicher_angriff',
      kind: 'single',
      label: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass Sie körperlich angegriffen und verletzt werden?',
        en: 'How worried are you that you might be physically attacked and injured?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że ktoś może Pana/Panią fizycznie zaatakować i zranić?',
      },
      options: WORRY,
    },
    {
      id: 'sorge_sexuelle_belaestigung',
      kind: 'single',
      label: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass Sie sexuell belästigt werden?',
        en: 'How worried are you that you might be sexually harassed?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że może Pan/Pani doświadczyć molestowania seksualnego?',
      },
      options: WORRY,
    },
    {
      id: 'sorge_betrug',
      kind: 'single',
      label: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass Sie am Telefon, an der Haustür oder im Internet betrogen werden?',
        en: 'How worried are you that you might be defrauded by phone, at your front door or online?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że ktoś może Pana/Panią oszukać przez telefon, przy drzwiach lub w internecie?',
      },
      options: WORRY,
    },

    // Problems seen in the neighbourhood ("disorder"): one question per item, one shared scale.
    {
      id: 'problem_muell',
      kind: 'single',
      label: {
        de: 'Ist herumliegender Müll in Ihrer Wohngegend ein Problem?',
        en: 'Is litter a problem in your neighbourhood?',
        pl: 'Czy porzucone śmieci są problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },
    {
      id: 'problem_graffiti',
      kind: 'single',
      label: {
        de: 'Sind Graffiti und Schmierereien in Ihrer Wohngegend ein Problem?',
        en: 'Is graffiti a problem in your neighbourhood?',
        pl: 'Czy graffiti i napisy na murach są problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },
    {
      id: 'problem_vandalismus',
      kind: 'single',
      label: {
        de: 'Ist mutwillige Zerstörung, zum Beispiel an Bänken, Haltestellen oder Autos, in Ihrer Wohngegend ein Problem?',
        en: 'Is vandalism, for example of benches, bus stops or cars, a problem in your neighbourhood?',
        pl: 'Czy wandalizm, na przykład niszczenie ławek, przystanków lub samochodów, jest problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },
    {
      id: 'problem_drogen',
      kind: 'single',
      label: {
        de: 'Sind Drogenhandel oder Drogenkonsum in Ihrer Wohngegend ein Problem?',
        en: 'Is drug dealing or drug use a problem in your neighbourhood?',
        pl: 'Czy handel narkotykami lub ich zażywanie jest problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },
    {
      id: 'problem_gruppen',
      kind: 'single',
      label: {
        de: 'Sind Gruppen, die herumstehen und andere anpöbeln oder belästigen, in Ihrer Wohngegend ein Problem?',
        en: 'Are groups who hang around and pester or harass people a problem in your neighbourhood?',
        pl: 'Czy grupy osób, które przesiadują na ulicy i zaczepiają lub nękają innych, są problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },
    {
      id: 'problem_raserei',
      kind: 'single',
      label: {
        de: 'Ist rücksichtsloses oder zu schnelles Fahren in Ihrer Wohngegend ein Problem?',
        en: 'Is reckless driving or speeding a problem in your neighbourhood?',
        pl: 'Czy brawurowa lub zbyt szybka jazda jest problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },
    {
      id: 'problem_beleuchtung',
      kind: 'single',
      label: {
        de: 'Sind schlecht beleuchtete Straßen und Wege in Ihrer Wohngegend ein Problem?',
        en: 'Are poorly lit streets and paths a problem in your neighbourhood?',
        pl: 'Czy słabo oświetlone ulice i ścieżki są problemem w Pana/Pani okolicy?',
      },
      options: PROBLEM,
    },

    // Places avoided: whether, then which kinds and why (asked of everyone; the hint says to skip).
    {
      id: 'orte_meiden',
      kind: 'single',
      label: {
        de: 'Meiden Sie in Görlitz bestimmte Orte, weil Sie sich dort unsicher fühlen?',
        en: 'Do you avoid certain places in Görlitz because you feel unsafe there?',
        pl: 'Czy unika Pan/Pani pewnych miejsc w Görlitz, ponieważ czuje się Pan/Pani tam niebezpiecznie?',
      },
      options: [
        { code: 'ja', label: { de: 'ja', en: 'Yes', pl: 'Tak' } },
        { code: 'nein', label: { de: 'nein', en: 'No', pl: 'Nie' } },
      ],
    },
    {
      id: 'orte_meiden_art',
      kind: 'multiple',
      label: {
        de: 'Welche Art von Orten meiden Sie?',
        en: 'What kinds of places do you avoid?',
        pl: 'Jakiego rodzaju miejsc Pan/Pani unika?',
      },
      hint: ONLY_IF_AVOIDING,
      options: [
        { code: 'parks', label: { de: 'Parks und Grünanlagen', en: 'Parks and green spaces', pl: 'Parki i tereny zielone' } },
        { code: 'bahnhof', label: { de: 'Bahnhof und Umgebung', en: 'The railway station and its surroundings', pl: 'Dworzec kolejowy i jego okolice' } },
        { code: 'haltestellen', label: { de: 'Haltestellen, Busse und Straßenbahnen', en: 'Stops, buses and trams', pl: 'Przystanki, autobusy i tramwaje' } },
        { code: 'plaetze', label: { de: 'Plätze und Straßen in der Innenstadt oder Altstadt', en: 'Squares and streets in the centre or the old town', pl: 'Place i ulice w centrum lub na starym mieście' } },
        { code: 'unterfuehrungen', label: { de: 'Unterführungen und Durchgänge', en: 'Underpasses and passageways', pl: 'Przejścia podziemne i pasaże' } },
        { code: 'parkplaetze', label: { de: 'Parkplätze und Parkhäuser', en: 'Car parks and multi-storey car parks', pl: 'Parkingi i parkingi wielopoziomowe' } },
        { code: 'abgelegene_wege', label: { de: 'abgelegene Fuß- und Radwege', en: 'Secluded footpaths and cycle paths', pl: 'Odludne ścieżki piesze i rowerowe' } },
        { code: 'andere_orte', label: { de: 'andere Orte', en: 'Other places', pl: 'Inne miejsca' } },
      ],
    },
    {
      id: 'orte_meiden_grund',
      kind: 'multiple',
      label: {
        de: 'Warum meiden Sie diese Orte?',
        en: 'Why do you avoid these places?',
        pl: 'Dlaczego unika Pan/Pani tych miejsc?',
      },
      hint: ONLY_IF_AVOIDING,
      options: [
        { code: 'dunkelheit', label: { de: 'schlechte Beleuchtung', en: 'Poor lighting', pl: 'Słabe oświetlenie' } },
        { code: 'menschenleer', label: { de: 'wenige Menschen unterwegs', en: 'Few people around', pl: 'Niewiele osób w pobliżu' } },
        { code: 'gruppen', label: { de: 'Gruppen, die herumstehen oder belästigen', en: 'Groups hanging around or harassing people', pl: 'Grupy osób, które przesiadują lub zaczepiają innych' } },
        { code: 'alkohol_drogen', label: { de: 'Alkohol- oder Drogenkonsum', en: 'People drinking alcohol or taking drugs', pl: 'Spożywanie alkoholu lub narkotyków' } },
        { code: 'verwahrlosung', label: { de: 'Müll, Schmierereien oder Zerstörung', en: 'Litter, graffiti or damage', pl: 'Śmieci, graffiti lub zniszczenia' } },
        { code: 'verkehr', label: { de: 'gefährlicher Verkehr', en: 'Dangerous traffic', pl: 'Niebezpieczny ruch drogowy' } },
        { code: 'eigene_erfahrung', label: { de: 'eigene schlechte Erfahrung dort', en: 'A bad experience of my own there', pl: 'Własne złe doświadczenie w tym miejscu' } },
        { code: 'berichte', label: { de: 'Erzählungen anderer oder Berichte in den Medien', en: 'What others have told me, or media reports', pl: 'Relacje innych osób lub doniesienia mediów' } },
        { code: 'anderer_grund', label: { de: 'anderer Grund', en: 'Another reason', pl: 'Inny powód' } },
      ],
    },

    // Victimisation in the last 12 months in Görlitz and reporting (the dark figure of crime).
    {
      id: 'opfer_12_monate',
      kind: 'multiple',
      label: {
        de: 'Ist Ihnen in den letzten 12 Monaten in Görlitz etwas davon passiert?',
        en: 'In the last 12 months, has any of the following happened to you in Görlitz?',
        pl: 'Czy w ciągu ostatnich 12 miesięcy w Görlitz przydarzyło się Panu/Pani coś z poniższych?',
      },
      hint: {
        de: 'Auch Versuche zählen. Wenn nichts davon passiert ist, wählen Sie nur „nichts davon“.',
        en: 'Attempts count too. If none of these happened, choose only “None of these”.',
        pl: 'Liczą się także próby. Jeśli nic takiego się nie zdarzyło, proszę wybrać tylko „Żadne z powyższych”.',
      },
      options: [
        { code: 'wohnungseinbruch', label: { de: 'Einbruch in meine Wohnung oder mein Haus', en: 'A break-in at my flat or house', pl: 'Włamanie do mojego mieszkania lub domu' } },
        { code: 'diebstahl', label: { de: 'Diebstahl, zum Beispiel von Geldbörse oder Handy', en: 'Theft, for example of a purse, wallet or phone', pl: 'Kradzież, na przykład portfela lub telefonu' } },
        { code: 'fahrzeugdiebstahl', label: { de: 'Diebstahl meines Fahrrads, Autos oder Motorrads', en: 'Theft of my bicycle, car or motorbike', pl: 'Kradzież mojego roweru, samochodu lub motocykla' } },
        { code: 'sachbeschaedigung', label: { de: 'absichtliche Beschädigung meines Eigentums', en: 'Deliberate damage to my property', pl: 'Umyślne uszkodzenie mojego mienia' } },
        { code: 'koerperlicher_angriff', label: { de: 'körperlicher Angriff', en: 'Physical attack', pl: 'Napaść fizyczna' } },
        { code: 'bedrohung', label: { de: 'Bedrohung', en: 'Being threatened', pl: 'Groźby' } },
        { code: 'sexuelle_belaestigung', label: { de: 'sexuelle Belästigung', en: 'Sexual harassment', pl: 'Molestowanie seksualne' } },
        { code: 'betrug', label: { de: 'Betrug am Telefon, an der Haustür oder im Internet', en: 'Fraud by phone, at the front door or online', pl: 'Oszustwo przez telefon, przy drzwiach lub w internecie' } },
        NONE_OF_THESE,
      ],
    },
    {
      id: 'anzeige_polizei',
      kind: 'single',
      label: {
        de: 'Haben Sie das, was Ihnen passiert ist, der Polizei gemeldet?',
        en: 'Did you report what happened to you to the police?',
        pl: 'Czy zgłosił Pan / zgłosiła Pani na policję to, co się Panu/Pani przydarzyło?',
      },
      // "trifft nicht zu" stands in for skip logic, which the schema does not have.
      options: [
        { code: 'ja_alles', label: { de: 'ja, alles', en: 'Yes, all of it', pl: 'Tak, wszystko' } },
        { code: 'ja_teilweise', label: { de: 'ja, einen Teil davon', en: 'Yes, some of it', pl: 'Tak, część' } },
        { code: 'nein', label: { de: 'nein', en: 'No', pl: 'Nie' } },
        {
          code: 'trifft_nicht_zu',
          label: { de: 'trifft nicht zu, mir ist nichts davon passiert', en: 'Does not apply: none of this happened to me', pl: 'Nie dotyczy: nic takiego mi się nie przydarzyło' },
        },
      ],
    },

    // Trust in the two partners' services.
    {
      id: 'vertrauen_polizei',
      kind: 'single',
      label: {
        de: 'Wie viel Vertrauen haben Sie in die Polizei in Görlitz?',
        en: 'How much trust do you have in the police in Görlitz?',
        pl: 'Jak duże zaufanie ma Pan/Pani do policji w Görlitz?',
      },
      options: TRUST,
    },
    {
      id: 'vertrauen_ordnungsamt',
      kind: 'single',
      label: {
        de: 'Wie viel Vertrauen haben Sie in das Ordnungsamt der Stadt Görlitz?',
        en: 'How much trust do you have in the public order office (Ordnungsamt) of the City of Görlitz?',
        pl: 'Jak duże zaufanie ma Pan/Pani do urzędu porządku publicznego (Ordnungsamt) miasta Görlitz?',
      },
      options: TRUST,
    },

    // Protective behaviour.
    {
      id: 'schutzmassnahmen',
      kind: 'multiple',
      label: {
        de: 'Was davon tun Sie, um sich vor Straftaten zu schützen?',
        en: 'Which of these do you do to protect yourself from crime?',
        pl: 'Co z poniższych robi Pan/Pani, aby chronić się przed przestępstwami?',
      },
      hint: {
        de: 'Wenn Sie nichts davon tun, wählen Sie nur „nichts davon“.',
        en: 'If you do none of these, choose only “None of these”.',
        pl: 'Jeśli nie robi Pan/Pani żadnej z tych rzeczy, proszę wybrać tylko „Żadne z powyższych”.',
      },
      options: [
        {
          code: 'wohnung_sichern',
          label: {
            de: 'Wohnung oder Haus zusätzlich sichern, zum Beispiel mit Schlössern oder Licht mit Bewegungsmelder',
            en: 'Making my home more secure, for example with extra locks or motion-sensor lights',
            pl: 'Dodatkowe zabezpieczenie mieszkania lub domu, na przykład zamkami lub lampami z czujnikiem ruchu',
          },
        },
        { code: 'nachbarn', label: { de: 'Nachbarn bitten, bei Abwesenheit auf die Wohnung zu achten', en: 'Asking neighbours to keep an eye on my home when I am away', pl: 'Proszenie sąsiadów, by pilnowali mieszkania podczas mojej nieobecności' } },
        { code: 'fahrrad_sichern', label: { de: 'Fahrrad mit einem stabilen Schloss sichern', en: 'Locking my bicycle with a sturdy lock', pl: 'Zabezpieczanie roweru solidnym zamkiem' } },
        { code: 'wertsachen', label: { de: 'Wertsachen nah am Körper tragen oder zu Hause lassen', en: 'Keeping valuables close to my body or leaving them at home', pl: 'Noszenie cennych rzeczy blisko ciała lub zostawianie ich w domu' } },
        { code: 'nicht_allein_dunkel', label: { de: 'bei Dunkelheit nicht allein unterwegs sein', en: 'Not going out alone after dark', pl: 'Unikanie samotnego wychodzenia po zmroku' } },
        { code: 'abwehrmittel', label: { de: 'etwas zur Abwehr dabeihaben, zum Beispiel einen Taschenalarm', en: 'Carrying something to defend myself, for example a personal alarm', pl: 'Noszenie przy sobie czegoś do obrony, na przykład alarmu osobistego' } },
        { code: 'vorsicht_unbekannte', label: { de: 'vorsichtig sein bei Anrufen, Nachrichten und Besuchen von Unbekannten', en: 'Being careful with calls, messages and visits from strangers', pl: 'Ostrożność wobec telefonów, wiadomości i wizyt nieznajomych' } },
        { code: 'beratung', label: { de: 'Beratung zur Vorbeugung nutzen, zum Beispiel bei der Polizei', en: 'Using crime-prevention advice, for example from the police', pl: 'Korzystanie z porad dotyczących zapobiegania przestępstwom, na przykład na policji' } },
        NONE_OF_THESE,
      ],
    },

    // Coarse demographics, only as fine as the published breakdowns need. Bands start at 16.
    {
      id: 'altersgruppe',
      kind: 'single',
      label: { de: 'Wie alt sind Sie?', en: 'How old are you?', pl: 'Ile ma Pan/Pani lat?' },
      options: [
        { code: 'a16_24', label: { de: '16 bis 24 Jahre', en: '16 to 24', pl: '16–24 lata' } },
        { code: 'a25_34', label: { de: '25 bis 34 Jahre', en: '25 to 34', pl: '25–34 lata' } },
        { code: 'a35_49', label: { de: '35 bis 49 Jahre', en: '35 to 49', pl: '35–49 lat' } },
        { code: 'a50_64', label: { de: '50 bis 64 Jahre', en: '50 to 64', pl: '50–64 lata' } },
        { code: 'a65_74', label: { de: '65 bis 74 Jahre', en: '65 to 74', pl: '65–74 lata' } },
        { code: 'a75_plus', label: { de: '75 Jahre oder älter', en: '75 or older', pl: '75 lat lub więcej' } },
      ],
    },
    {
      id: 'geschlecht',
      kind: 'single',
      label: { de: 'Welches Geschlecht haben Sie?', en: 'What is your gender?', pl: 'Jaka jest Pana/Pani płeć?' },
      options: [
        { code: 'weiblich', label: { de: 'weiblich', en: 'Female', pl: 'Kobieta' } },
        { code: 'maennlich', label: { de: 'männlich', en: 'Male', pl: 'Mężczyzna' } },
        { code: 'divers', label: { de: 'divers', en: 'Diverse (non-binary)', pl: 'Inna (divers)' } },
      ],
    },
    {
      id: 'stadtteil',
      kind: 'single',
      label: {
        de: 'In welchem Stadtteil oder Ortsteil von Görlitz wohnen Sie?',
        en: 'Which district of Görlitz do you live in?',
        pl: 'W której dzielnicy Görlitz Pan/Pani mieszka?',
      },
      options: [
        ...DISTRICTS,
        { code: 'nicht_goerlitz', label: { de: 'Ich wohne nicht in Görlitz.', en: 'I do not live in Görlitz.', pl: 'Nie mieszkam w Görlitz.' } },
      ],
    },

    // Suggestions: free text is never published, only exported for the analysts.
    {
      id: 'anregungen',
      kind: 'text',
      label: {
        de: 'Was würde Ihr Sicherheitsgefühl in Görlitz verbessern?',
        en: 'What would make you feel safer in Görlitz?',
        pl: 'Co poprawiłoby Pana/Pani poczucie bezpieczeństwa w Görlitz?',
      },
      hint: {
        de: 'Freiwillig. Bitte schreiben Sie keine Namen, Adressen oder andere Angaben, an denen man Personen erkennen kann.',
        en: 'Optional. Please do not include names, addresses or any other details that could identify a person.',
        pl: 'Odpowiedź dobrowolna. Prosimy nie podawać nazwisk, adresów ani innych danych, po których można rozpoznać konkretną osobę.',
      },
      maxLength: 1000,
    },
  ],
  sections: [
    {
      id: 'sicherheitsgefuehl',
      title: { de: 'Ihr Sicherheitsgefühl', en: 'How safe you feel', pl: 'Pana/Pani poczucie bezpieczeństwa' },
      intro: {
        de: 'Mit „Wohngegend“ meinen wir die Straßen, die Sie von Ihrer Wohnung aus in etwa zehn Minuten zu Fuß erreichen.',
        en: 'By “neighbourhood” we mean the streets you can reach on foot from your home in about ten minutes.',
        pl: 'Przez „okolicę” rozumiemy ulice, do których może Pan/Pani dojść pieszo z domu w ciągu około dziesięciu minut.',
      },
      questions: ['sicherheit_wohngegend_tag', 'sicherheit_wohngegend_dunkel', 'sicherheit_innenstadt_tag', 'sicherheit_innenstadt_dunkel'],
    },
    {
      id: 'sorgen',
      title: { de: 'Sorgen vor Straftaten', en: 'Worries about crime', pl: 'Obawy przed przestępstwami' },
      intro: {
        de: 'Wie sehr beunruhigt Sie der Gedanke, dass Ihnen in Görlitz Folgendes passieren könnte?',
        en: 'How worried are you that the following might happen to you in Görlitz?',
        pl: 'Jak bardzo niepokoi Pana/Panią myśl, że w Görlitz mogłoby Panu/Pani przydarzyć się coś z poniższych?',
      },
      questions: ['sorge_wohnungseinbruch', 'sorge_diebstahl', 'sorge_fahrzeugdiebstahl', 'sorge_koerperlicher_angriff', 'sorge_sexuelle_belaestigung', 'sorge_betrug'],
    },
    {
      id: 'wohngegend',
      title: { de: 'Probleme in Ihrer Wohngegend', en: 'Problems in your neighbourhood', pl: 'Problemy w Pana/Pani okolicy' },
      intro: {
        de: 'Wie groß sind die folgenden Probleme dort, wo Sie wohnen?',
        en: 'How big are the following problems where you live?',
        pl: 'Jak duże są poniższe problemy w miejscu, w którym Pan/Pani mieszka?',
      },
      questions: ['problem_muell', 'problem_graffiti', 'problem_vandalismus', 'problem_drogen', 'problem_gruppen', 'problem_raserei', 'problem_beleuchtung'],
    },
    {
      id: 'gemiedene-orte',
      title: { de: 'Orte, die Sie meiden', en: 'Places you avoid', pl: 'Miejsca, których Pan/Pani unika' },
      intro: {
        de: 'Manche Menschen meiden bestimmte Orte, weil sie sich dort unsicher fühlen.',
        en: 'Some people avoid certain places because they feel unsafe there.',
        pl: 'Niektóre osoby unikają pewnych miejsc, ponieważ czują się tam niebezpiecznie.',
      },
      questions: ['orte_meiden', 'orte_meiden_art', 'orte_meiden_grund'],
    },
    {
      id: 'erlebte-straftaten',
      title: { de: 'Selbst erlebte Straftaten', en: 'Crimes you have experienced', pl: 'Własne doświadczenia z przestępstwami' },
      intro: {
        de: 'Es geht um die letzten 12 Monate und nur um Görlitz. Hilfe für Betroffene: Opfer-Telefon des WEISSEN RINGS, kostenlos unter 116 006.',
        en: 'These questions are about the last 12 months and about Görlitz only. Help for victims: the WEISSER RING victim helpline, free of charge on 116 006.',
        pl: 'Pytania dotyczą ostatnich 12 miesięcy i wyłącznie Görlitz. Pomoc dla poszkodowanych: telefon zaufania dla ofiar WEISSER RING, bezpłatnie pod numerem 116 006.',
      },
      questions: ['opfer_12_monate', 'anzeige_polizei'],
    },
    {
      id: 'vertrauen',
      title: { de: 'Vertrauen in Polizei und Ordnungsamt', en: 'Trust in the police and the public order office', pl: 'Zaufanie do policji i urzędu porządku publicznego' },
      intro: {
        de: 'Stadt und Polizei arbeiten in der Sicherheitspartnerschaft zusammen. Wie sehr vertrauen Sie ihnen?',
        en: 'The city and the police work together in the security partnership. How much do you trust them?',
        pl: 'Miasto i policja współpracują w ramach partnerstwa na rzecz bezpieczeństwa. Jak bardzo Pan/Pani im ufa?',
      },
      questions: ['vertrauen_polizei', 'vertrauen_ordnungsamt'],
    },
    {
      id: 'schutz',
      title: { de: 'Was Sie zu Ihrem Schutz tun', en: 'What you do to protect yourself', pl: 'Co Pan/Pani robi dla swojego bezpieczeństwa' },
      intro: {
        de: 'Hier geht es darum, was Sie selbst tun, um sich vor Straftaten zu schützen.',
        en: 'This step is about what you yourself do to protect yourself from crime.',
        pl: 'Ta część dotyczy tego, co Pan/Pani robi, aby chronić się przed przestępstwami.',
      },
      questions: ['schutzmassnahmen'],
    },
    {
      id: 'angaben-zur-person',
      title: { de: 'Angaben zu Ihrer Person', en: 'About you', pl: 'Informacje o Panu/Pani' },
      intro: {
        de: 'Damit können wir Ergebnisse nach Alter und Stadtteil auswerten. Ergebnisse für Gruppen mit weniger als 10 Antworten werden nicht veröffentlicht.',
        en: 'This lets us analyse the results by age and district. Results for groups with fewer than 10 answers are not published.',
        pl: 'Dzięki temu możemy analizować wyniki według wieku i dzielnicy. Wyniki dla grup liczących mniej niż 10 odpowiedzi nie są publikowane.',
      },
      questions: ['altersgruppe', 'geschlecht', 'stadtteil'],
    },
    {
      id: 'anregungen',
      title: { de: 'Ihre Anregungen', en: 'Your suggestions', pl: 'Pana/Pani sugestie' },
      intro: {
        de: 'Zum Schluss können Sie uns sagen, was aus Ihrer Sicht die Sicherheit in Görlitz verbessern würde.',
        en: 'Finally, you can tell us what you think would make Görlitz safer.',
        pl: 'Na koniec może Pan/Pani napisać, co Pana/Pani zdaniem poprawiłoby bezpieczeństwo w Görlitz.',
      },
      questions: ['anregungen'],
    },
  ],
  breakdowns: { district: 'stadtteil', ageBand: 'altersgruppe' },
} satisfies DefinitionInput;
