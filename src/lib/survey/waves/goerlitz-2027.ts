// PLACEHOLDER until the Görlitz questionnaire is written (a copy of the demo).
import type { DefinitionInput } from '../definition.ts';

const scaleEnds = {
  minLabel: { de: 'sehr unsicher', en: 'very unsafe', pl: 'bardzo niebezpiecznie' },
  maxLabel: { de: 'sehr sicher', en: 'very safe', pl: 'bardzo bezpiecznie' },
};

/** The demo definition as written (before defaults); parse it with parseDefinition(). */
export const goerlitz2027 = {
  version: 1,
  demo: false,
  wave: {
    slug: "goerlitz-2027",
    title: { de: 'Demo-Befragung (nur zum Testen)', en: 'Demo survey (testing only)', pl: 'Ankieta demonstracyjna (tylko do testów)' },
    opensAt: '2026-01-01T00:00:00+01:00',
    closesAt: '2030-01-01T00:00:00+01:00',
    participation: 'open',
    minGroupSize: 10,
    resultsAfterClose: false,
  },
  questions: [
    {
      id: 'stadtteil',
      kind: 'single',
      required: true,
      label: { de: 'In welchem Stadtteil wohnen Sie?', en: 'Which part of town do you live in?', pl: 'W której części miasta Pan/Pani mieszka?' },
      options: [
        { code: 'innenstadt', label: { de: 'Innenstadt', en: 'Innenstadt (centre)', pl: 'Innenstadt (centrum)' } },
        { code: 'altstadt', label: { de: 'Altstadt', en: 'Altstadt (old town)', pl: 'Altstadt (stare miasto)' } },
        { code: 'suedstadt', label: { de: 'Südstadt', en: 'Südstadt', pl: 'Südstadt' } },
        { code: 'koenigshufen', label: { de: 'Königshufen', en: 'Königshufen', pl: 'Königshufen' } },
        { code: 'andere', label: { de: 'anderer Stadtteil', en: 'another part of town', pl: 'inna część miasta' } },
      ],
    },
    {
      id: 'altersgruppe',
      kind: 'single',
      label: { de: 'Wie alt sind Sie?', en: 'How old are you?', pl: 'Ile ma Pan/Pani lat?' },
      options: [
        { code: 'a16_29', label: { de: '16 bis 29', en: '16 to 29', pl: '16 do 29' } },
        { code: 'a30_49', label: { de: '30 bis 49', en: '30 to 49', pl: '30 do 49' } },
        { code: 'a50_64', label: { de: '50 bis 64', en: '50 to 64', pl: '50 do 64' } },
        { code: 'a65', label: { de: '65 und älter', en: '65 and older', pl: '65 i więcej' } },
      ],
    },
    {
      id: 'sicherheit_tag',
      kind: 'scale',
      required: true,
      label: { de: 'Wie sicher fühlen Sie sich tagsüber in Ihrem Stadtteil?', en: 'How safe do you feel in your part of town during the day?', pl: 'Jak bezpiecznie czuje się Pan/Pani w swojej części miasta w ciągu dnia?' },
      min: 1,
      max: 5,
      ...scaleEnds,
    },
    {
      id: 'sicherheit_nacht',
      kind: 'scale',
      label: { de: 'Und nachts?', en: 'And at night?', pl: 'A w nocy?' },
      min: 1,
      max: 5,
      ...scaleEnds,
    },
    {
      id: 'sorgen',
      kind: 'multiple',
      label: { de: 'Was beunruhigt Sie am meisten? (bis zu drei)', en: 'What worries you most? (up to three)', pl: 'Co niepokoi Pana/Panią najbardziej? (maksymalnie trzy)' },
      maxSelections: 3,
      options: [
        { code: 'einbruch', label: { de: 'Einbrüche', en: 'Burglaries', pl: 'Włamania' } },
        { code: 'fahrraddiebstahl', label: { de: 'Fahrraddiebstahl', en: 'Bicycle theft', pl: 'Kradzieże rowerów' } },
        { code: 'verkehr', label: { de: 'Verkehr', en: 'Traffic', pl: 'Ruch drogowy' } },
        { code: 'beleuchtung', label: { de: 'schlechte Beleuchtung', en: 'Poor lighting', pl: 'Słabe oświetlenie' } },
        { code: 'vandalismus', label: { de: 'Vandalismus', en: 'Vandalism', pl: 'Wandalizm' } },
      ],
    },
    {
      id: 'wohndauer',
      kind: 'number',
      label: { de: 'Seit wie vielen Jahren wohnen Sie in Görlitz?', en: 'How many years have you lived in Görlitz?', pl: 'Od ilu lat mieszka Pan/Pani w Görlitz?' },
      min: 0,
      max: 120,
    },
    {
      id: 'anmerkung',
      kind: 'text',
      label: { de: 'Möchten Sie uns noch etwas mitteilen?', en: 'Is there anything else you would like to tell us?', pl: 'Czy chce Pan/Pani nam jeszcze coś przekazać?' },
      hint: { de: 'Bitte keine Namen oder Adressen.', en: 'Please no names or addresses.', pl: 'Prosimy nie podawać nazwisk ani adresów.' },
      maxLength: 500,
    },
  ],
  breakdowns: { district: 'stadtteil', ageBand: 'altersgruppe' },
} satisfies DefinitionInput;
