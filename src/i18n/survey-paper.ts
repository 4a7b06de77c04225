/**
 * Interface text of the printable paper questionnaire in the three languages. The questions come
 * from the questionnaire definition, and the words the whole survey shares (its name, "keine
 * Angabe", the preview banner) from ./survey.ts.
 */
import { fillPlaceholders, type Locale, type PlaceholderValues } from '../lib/i18n';

const de = {
  'paper.title': 'Papierfragebogen',
  'paper.description': 'Der Fragebogen der Sicherheitsbefragung zum Ausdrucken, Ausfüllen von Hand und Zurückgeben.',
  'paper.lead': 'Sie möchten lieber auf Papier antworten? Drucken Sie diesen Fragebogen aus und füllen Sie ihn von Hand aus.',
  'paper.steps.title': 'So nehmen Sie auf Papier teil',
  'paper.steps.print': 'Drucken Sie den Fragebogen unten aus.',
  'paper.steps.fill': 'Kreuzen Sie Ihre Antworten mit einem Kugelschreiber an.',
  'paper.steps.return': 'Schicken Sie den ausgefüllten Fragebogen an die Anschrift unten oder geben Sie ihn dort ab.',
  'paper.steps.entry': 'Mitarbeiterinnen und Mitarbeiter übertragen Ihre Antworten in das Online-Formular.',
  'paper.steps.entryCode': 'Mitarbeiterinnen und Mitarbeiter übertragen Ihre Antworten mit Ihrem Zugangscode in das Online-Formular.',
  'paper.print.title': 'Drucken',
  'paper.print.text':
    'Nutzen Sie die Druckfunktion Ihres Browsers (meist Strg + P, auf dem Mac ⌘ + P). Gedruckt wird nur der Fragebogen, ohne Menü und Erklärungen, auf A4-Papier.',
  'paper.code.label': 'Ihr Zugangscode',
  'paper.code.hint':
    'Den Code finden Sie in Ihrem Einladungsschreiben. Er verhindert nur, dass jemand doppelt antwortet, und ist nicht mit Ihrer Person verknüpft.',
  'paper.instructions.title': 'So füllen Sie den Fragebogen aus',
  'paper.instructions.cross': 'Setzen Sie ein Kreuz in das Kästchen neben Ihrer Antwort.',
  'paper.instructions.single': 'Steht bei einer Frage „{mark}“, kreuzen Sie bitte nur ein Kästchen an.',
  'paper.instructions.multiple': 'Steht dort „{mark}“, dürfen Sie mehrere Kästchen ankreuzen.',
  'paper.instructions.multipleMax': 'Steht dort „{mark}“, kreuzen Sie höchstens so viele Kästchen an.',
  'paper.instructions.noAnswer': 'Wenn Sie eine Frage nicht beantworten möchten, kreuzen Sie „{noAnswer}“ an.',
  'paper.instructions.write': 'Zahlen und Text schreiben Sie bitte deutlich in das Feld oder auf die Linien.',
  'paper.mark.single': 'Ein Kreuz',
  'paper.mark.multiple': 'Mehrere Kreuze möglich',
  'paper.mark.multipleMax': 'Bis zu {max} Kreuze',
  'paper.number.range': 'Eine Zahl von {min} bis {max}.',
  'paper.number.decimal': 'Eine Zahl von {min} bis {max}, auch mit Komma.',
  'paper.text.limit': 'Höchstens {max} Zeichen.',
  'paper.return.title': 'Rücksendung',
  'paper.return.text': 'Vielen Dank! Bitte schicken Sie den Fragebogen an diese Anschrift oder geben Sie ihn dort ab:',
  'paper.return.missing': 'Die Anschrift für die Rücksendung folgt.',
} as const;

export type SurveyPaperKey = keyof typeof de;

const en: Record<SurveyPaperKey, string> = {
  'paper.title': 'Paper questionnaire',
  'paper.description': 'The safety survey questionnaire to print, fill in by hand and return.',
  'paper.lead': 'Would you rather answer on paper? Print this questionnaire and fill it in by hand.',
  'paper.steps.title': 'How to take part on paper',
  'paper.steps.print': 'Print the questionnaire below.',
  'paper.steps.fill': 'Mark your answers with a pen.',
  'paper.steps.return': 'Send the completed questionnaire to the address below or hand it in there.',
  'paper.steps.entry': 'Staff enter your answers into the online form.',
  'paper.steps.entryCode': 'Staff enter your answers into the online form with your access code.',
  'paper.print.title': 'Printing',
  'paper.print.text':
    'Use your browser’s print function (usually Ctrl + P, on a Mac ⌘ + P). Only the questionnaire is printed, without menu and explanations, on A4 paper.',
  'paper.code.label': 'Your access code',
  'paper.code.hint':
    'You will find the code in your letter of invitation. It only prevents anyone from answering twice and is not linked to you as a person.',
  'paper.instructions.title': 'How to fill in the questionnaire',
  'paper.instructions.cross': 'Put a cross in the box next to your answer.',
  'paper.instructions.single': 'Where a question says “{mark}”, please mark only one box.',
  'paper.instructions.multiple': 'Where it says “{mark}”, you may mark several boxes.',
  'paper.instructions.multipleMax': 'Where it says “{mark}”, mark no more boxes than that.',
  'paper.instructions.noAnswer': 'If you would rather not answer a question, mark “{noAnswer}”.',
  'paper.instructions.write': 'Please write numbers and text clearly in the box or on the lines.',
  'paper.mark.single': 'One cross',
  'paper.mark.multiple': 'Several crosses allowed',
  'paper.mark.multipleMax': 'Up to {max} crosses',
  'paper.number.range': 'A number from {min} to {max}.',
  'paper.number.decimal': 'A number from {min} to {max}, decimals allowed.',
  'paper.text.limit': 'At most {max} characters.',
  'paper.return.title': 'Returning the questionnaire',
  'paper.return.text': 'Thank you! Please send the questionnaire to this address or hand it in there:',
  'paper.return.missing': 'The return address will follow.',
};

const pl: Record<SurveyPaperKey, string> = {
  'paper.title': 'Kwestionariusz papierowy',
  'paper.description': 'Kwestionariusz ankiety o bezpieczeństwie do wydrukowania, ręcznego wypełnienia i zwrotu.',
  'paper.lead': 'Woli Pan/Pani odpowiedzieć na papierze? Proszę wydrukować ten kwestionariusz i wypełnić go ręcznie.',
  'paper.steps.title': 'Jak wziąć udział na papierze',
  'paper.steps.print': 'Proszę wydrukować poniższy kwestionariusz.',
  'paper.steps.fill': 'Proszę zaznaczyć odpowiedzi długopisem.',
  'paper.steps.return': 'Wypełniony kwestionariusz proszę wysłać na podany niżej adres lub oddać go tam osobiście.',
  'paper.steps.entry': 'Pracownicy wprowadzą Pana/Pani odpowiedzi do formularza internetowego.',
  'paper.steps.entryCode': 'Pracownicy wprowadzą Pana/Pani odpowiedzi do formularza internetowego z Pana/Pani kodem dostępu.',
  'paper.print.title': 'Drukowanie',
  'paper.print.text':
    'Proszę użyć funkcji drukowania w przeglądarce (zwykle Ctrl + P, na komputerze Mac ⌘ + P). Drukowany jest tylko kwestionariusz, bez menu i objaśnień, na papierze A4.',
  'paper.code.label': 'Pana/Pani kod dostępu',
  'paper.code.hint':
    'Kod znajduje się w liście z zaproszeniem. Służy wyłącznie temu, by nikt nie odpowiedział dwa razy, i nie jest powiązany z Pana/Pani osobą.',
  'paper.instructions.title': 'Jak wypełnić kwestionariusz',
  'paper.instructions.cross': 'Proszę postawić krzyżyk w kratce obok wybranej odpowiedzi.',
  'paper.instructions.single': 'Jeśli przy pytaniu jest napisane „{mark}”, proszę zaznaczyć tylko jedną kratkę.',
  'paper.instructions.multiple': 'Jeśli jest napisane „{mark}”, można zaznaczyć kilka kratek.',
  'paper.instructions.multipleMax': 'Jeśli jest napisane „{mark}”, proszę nie zaznaczać więcej kratek.',
  'paper.instructions.noAnswer': 'Jeśli nie chce Pan/Pani odpowiadać na pytanie, proszę zaznaczyć „{noAnswer}”.',
  'paper.instructions.write': 'Liczby i tekst proszę wpisać wyraźnie w pole lub na liniach.',
  'paper.mark.single': 'Jeden krzyżyk',
  'paper.mark.multiple': 'Można zaznaczyć kilka',
  'paper.mark.multipleMax': 'Maksymalnie {max} odpowiedzi',
  'paper.number.range': 'Liczba od {min} do {max}.',
  'paper.number.decimal': 'Liczba od {min} do {max}, także z przecinkiem.',
  'paper.text.limit': 'Maksymalna liczba znaków: {max}.',
  'paper.return.title': 'Zwrot kwestionariusza',
  'paper.return.text': 'Dziękujemy! Prosimy wysłać kwestionariusz na ten adres lub oddać go tam osobiście:',
  'paper.return.missing': 'Adres do zwrotu zostanie podany.',
};

const dictionaries: Record<Locale, Record<SurveyPaperKey, string>> = { de, en, pl };

/** The paper questionnaire's text of one language, with `{name}` placeholders filled. */
export function useSurveyPaperText(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: SurveyPaperKey, values?: PlaceholderValues) => fillPlaceholders(dictionary[key], values);
}

/** The type of the function `useSurveyPaperText` returns, for component props. */
export type SurveyPaperText = ReturnType<typeof useSurveyPaperText>;
