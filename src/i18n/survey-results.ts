/**
 * Interface text of the survey results pages in the three languages (question and answer labels
 * come from the questionnaire definition). Apart from the site dictionary like src/i18n/survey.ts,
 * because only these pages use it and their refresh script needs a part of it in the browser.
 */
import { fillPlaceholders, type Locale, type PlaceholderValues } from '../lib/i18n';

const de = {
  'results.crumb': 'Ergebnisse',
  'results.title': 'Ergebnisse: {wave}',
  'results.description': 'Die veröffentlichten Ergebnisse der Befragung „{wave}“: Antworten je Frage, nach Stadtteil und Altersgruppe.',
  'results.index.title': 'Ergebnisse der Sicherheitsbefragung',
  'results.index.intro': 'Hier finden Sie die veröffentlichten Ergebnisse jeder Befragung der Sicherheitspartnerschaft Görlitz.',
  'results.index.published': 'Ergebnisse veröffentlicht, Stand',
  'results.demo.title': 'Beispieldaten',
  'results.demo.text': 'Diese Befragung ist ein Beispiel zum Testen. Alle Antworten sind erfunden; die Zahlen sagen nichts über Görlitz aus.',
  'results.asOf': 'Stand',
  'results.responses': 'Antworten insgesamt',
  'results.questions': 'Ergebnisse je Frage',
  'results.howto.title': 'So lesen Sie die Ergebnisse',
  'results.howto.minGroup':
    'Zahlen unter {n} werden nicht veröffentlicht, damit niemand an seinen Antworten erkannt werden kann. Wo sich eine solche Zahl aus anderen errechnen ließe, wird auch eine weitere ausgeblendet. Statt der Zahl steht dann „{suppressed}“.',
  'results.howto.share':
    'Anteile beziehen sich auf alle, die die jeweilige Frage beantwortet haben (n), „keine Angabe“ eingeschlossen. Sie sind auf ganze Prozent gerundet; die Summe kann daher etwas von 100 % abweichen.',
  'results.howto.multiple': 'Bei Fragen mit mehreren möglichen Antworten zählt jede genannte Antwort. Die Anteile ergeben dort zusammen mehr als 100 %.',
  'results.howto.breakdowns': 'Unter jeder Frage stehen die Antworten nach Stadtteil und nach Altersgruppe als Anzahl.',
  'results.suppressed': 'zu wenige Antworten',
  'results.n': 'Antworten auf diese Frage (n)',
  'results.multiple': 'Mehrere Antworten möglich: Anteile an den Befragten, zusammen mehr als 100 %.',
  'results.answer': 'Antwort',
  'results.count': 'Anzahl',
  'results.share': 'Anteil',
  'results.source': 'Quelle: {wave}',
  'results.breakdowns': 'Nach Stadtteil und Altersgruppe',
  'results.breakdown.district': 'Nach Stadtteil',
  'results.breakdown.ageBand': 'Nach Altersgruppe',
  'results.group.district': 'Stadtteil',
  'results.group.ageBand': 'Altersgruppe',
  'results.groupN': 'Antworten (n)',
  'results.none.later': 'Die Ergebnisse werden nach dem Ende der Befragung veröffentlicht. Letzter Befragungstag: {date}.',
  'results.none.yet': 'Für diese Befragung liegen noch keine Ergebnisse vor.',
  'results.tooFew': 'Bisher haben weniger als {n} Menschen geantwortet. Die Ergebnisse erscheinen, sobald es mindestens {n} Antworten sind.',
  'results.updated': 'Die Zahlen wurden auf den neuesten Stand gebracht.',
} as const;

export type SurveyResultsKey = keyof typeof de;

const en: Record<SurveyResultsKey, string> = {
  'results.crumb': 'Results',
  'results.title': 'Results: {wave}',
  'results.description': 'The published results of the survey “{wave}”: answers per question, by part of town and age group.',
  'results.index.title': 'Safety survey results',
  'results.index.intro': 'Here you find the published results of every survey of the Görlitz security partnership.',
  'results.index.published': 'Results published, as of',
  'results.demo.title': 'Sample data',
  'results.demo.text': 'This survey is an example for testing. All answers are made up; the figures say nothing about Görlitz.',
  'results.asOf': 'As of',
  'results.responses': 'Responses in total',
  'results.questions': 'Results per question',
  'results.howto.title': 'How to read the results',
  'results.howto.minGroup':
    'Figures below {n} are not published, so that nobody can be recognised by their answers. Where such a figure could be worked out from others, another one is hidden as well. In its place it says “{suppressed}”.',
  'results.howto.share':
    'Shares refer to everyone who answered the question (n), including “Prefer not to say”. They are rounded to whole per cent, so they may not add up to exactly 100%.',
  'results.howto.multiple': 'Where several answers were possible, every answer given counts. The shares there add up to more than 100%.',
  'results.howto.breakdowns': 'Below each question you find the answers by part of town and by age group as counts.',
  'results.suppressed': 'too few answers',
  'results.n': 'Answers to this question (n)',
  'results.multiple': 'Several answers possible: shares of respondents, more than 100% in total.',
  'results.answer': 'Answer',
  'results.count': 'Number',
  'results.share': 'Share',
  'results.source': 'Source: {wave}',
  'results.breakdowns': 'By part of town and age group',
  'results.breakdown.district': 'By part of town',
  'results.breakdown.ageBand': 'By age group',
  'results.group.district': 'Part of town',
  'results.group.ageBand': 'Age group',
  'results.groupN': 'Answers (n)',
  'results.none.later': 'The results will be published after the survey has closed. Last day of the survey: {date}.',
  'results.none.yet': 'There are no results for this survey yet.',
  'results.tooFew': 'So far fewer than {n} people have answered. The results will appear once there are at least {n} answers.',
  'results.updated': 'The figures have been brought up to date.',
};

const pl: Record<SurveyResultsKey, string> = {
  'results.crumb': 'Wyniki',
  'results.title': 'Wyniki: {wave}',
  'results.description': 'Opublikowane wyniki ankiety „{wave}”: odpowiedzi na każde pytanie, według części miasta i grupy wiekowej.',
  'results.index.title': 'Wyniki ankiety o bezpieczeństwie',
  'results.index.intro': 'Tutaj znajdują się opublikowane wyniki każdej ankiety partnerstwa na rzecz bezpieczeństwa w Görlitz.',
  'results.index.published': 'Wyniki opublikowane, stan na',
  'results.demo.title': 'Dane przykładowe',
  'results.demo.text': 'Ta ankieta jest przykładem do testów. Wszystkie odpowiedzi są zmyślone; liczby nic nie mówią o Görlitz.',
  'results.asOf': 'Stan na',
  'results.responses': 'Odpowiedzi łącznie',
  'results.questions': 'Wyniki według pytań',
  'results.howto.title': 'Jak czytać wyniki',
  'results.howto.minGroup':
    'Liczby mniejsze niż {n} nie są publikowane, aby nikogo nie można było rozpoznać po jego odpowiedziach. Tam, gdzie taką liczbę dałoby się obliczyć z innych, ukrywana jest także kolejna. W jej miejscu widnieje „{suppressed}”.',
  'results.howto.share':
    'Odsetki odnoszą się do wszystkich, którzy odpowiedzieli na dane pytanie (n), łącznie z „Wolę nie odpowiadać”. Są zaokrąglone do pełnych procentów, dlatego suma może nieco różnić się od 100 %.',
  'results.howto.multiple': 'W pytaniach, w których można było wybrać kilka odpowiedzi, liczy się każda wskazana odpowiedź. Odsetki sumują się tam do ponad 100 %.',
  'results.howto.breakdowns': 'Pod każdym pytaniem znajdują się liczby odpowiedzi według części miasta i grupy wiekowej.',
  'results.suppressed': 'za mało odpowiedzi',
  'results.n': 'Odpowiedzi na to pytanie (n)',
  'results.multiple': 'Można było wybrać kilka odpowiedzi: odsetki respondentów, łącznie ponad 100 %.',
  'results.answer': 'Odpowiedź',
  'results.count': 'Liczba',
  'results.share': 'Odsetek',
  'results.source': 'Źródło: {wave}',
  'results.breakdowns': 'Według części miasta i grupy wiekowej',
  'results.breakdown.district': 'Według części miasta',
  'results.breakdown.ageBand': 'Według grupy wiekowej',
  'results.group.district': 'Część miasta',
  'results.group.ageBand': 'Grupa wiekowa',
  'results.groupN': 'Odpowiedzi (n)',
  'results.none.later': 'Wyniki zostaną opublikowane po zakończeniu ankiety. Ostatni dzień ankiety: {date}.',
  'results.none.yet': 'Dla tej ankiety nie ma jeszcze wyników.',
  'results.tooFew': 'Dotychczas odpowiedziało mniej niż {n} osób. Wyniki pojawią się, gdy będzie co najmniej {n} odpowiedzi.',
  'results.updated': 'Liczby zostały zaktualizowane.',
};

const dictionaries: Record<Locale, Record<SurveyResultsKey, string>> = { de, en, pl };

/** The results pages' text of one language, with `{name}` placeholders filled. */
export function useResultsText(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: SurveyResultsKey, values?: PlaceholderValues) => fillPlaceholders(dictionary[key], values);
}
