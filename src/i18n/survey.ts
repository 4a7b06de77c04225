/**
 * Interface text of the survey pages in the three languages (the questions themselves come from
 * the questionnaire definition). Kept apart from the site dictionary because only the survey
 * pages use it and the form's script needs a part of it in the browser.
 */
import { fillPlaceholders, type Locale, type PlaceholderValues } from '../lib/i18n';

const de = {
  'survey.name': 'Sicherheitsbefragung',
  'survey.preview.title': 'Vorschau',
  'survey.preview.text': 'Diese Seite ist eine Vorschau mit der lokalen Testdatenbank. Antworten, die Sie hier senden, zählen nicht.',
  'survey.schedule': 'Zeitraum: {from} bis {to}',
  'survey.schedule.unconfirmed': '(Termine zu bestätigen)',
  'survey.state.upcoming': 'Die Befragung hat noch nicht begonnen.',
  'survey.state.open': 'Die Befragung läuft.',
  'survey.state.closed': 'Die Befragung ist beendet.',
  'survey.paper': 'Papierfragebogen zum Ausdrucken',
  'survey.results': 'Ergebnisse der Befragung',
  'survey.noAnswer': 'keine Angabe',
} as const;

export type SurveyKey = keyof typeof de;

const en: Record<SurveyKey, string> = {
  'survey.name': 'Safety survey',
  'survey.preview.title': 'Preview',
  'survey.preview.text': 'This page is a preview using the local test database. Answers you send here do not count.',
  'survey.schedule': 'Period: {from} to {to}',
  'survey.schedule.unconfirmed': '(dates to be confirmed)',
  'survey.state.upcoming': 'The survey has not started yet.',
  'survey.state.open': 'The survey is open.',
  'survey.state.closed': 'The survey has closed.',
  'survey.paper': 'Paper questionnaire to print',
  'survey.results': 'Survey results',
  'survey.noAnswer': 'Prefer not to say',
};

const pl: Record<SurveyKey, string> = {
  'survey.name': 'Ankieta o bezpieczeństwie',
  'survey.preview.title': 'Podgląd',
  'survey.preview.text': 'Ta strona jest podglądem z lokalną testową bazą danych. Odpowiedzi wysłane tutaj nie są liczone.',
  'survey.schedule': 'Okres: od {from} do {to}',
  'survey.schedule.unconfirmed': '(terminy do potwierdzenia)',
  'survey.state.upcoming': 'Ankieta jeszcze się nie rozpoczęła.',
  'survey.state.open': 'Ankieta trwa.',
  'survey.state.closed': 'Ankieta została zakończona.',
  'survey.paper': 'Papierowy kwestionariusz do wydruku',
  'survey.results': 'Wyniki ankiety',
  'survey.noAnswer': 'Wolę nie odpowiadać',
};

const dictionaries: Record<Locale, Record<SurveyKey, string>> = { de, en, pl };

/** The survey text of one language, with `{name}` placeholders filled. */
export function useSurveyText(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: SurveyKey, values?: PlaceholderValues) => fillPlaceholders(dictionary[key], values);
}
