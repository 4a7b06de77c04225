// Stable, machine-readable reasons for refusing a submission or a results request. The database
// raises them (message = reason, details = question id, SQLSTATE PT<status>); the form turns them
// into text. Keep the statuses in sync with survey_reject() in supabase/migrations.

/** Every reason with its HTTP status and the resident-facing text in German, English and Polish. */
export const REASONS = {
  answers_not_object: { status: 400, de: 'Die Antworten konnten nicht gelesen werden. Bitte laden Sie die Seite neu.', en: 'Your answers could not be read. Please reload the page.', pl: 'Nie udało się odczytać odpowiedzi. Proszę odświeżyć stronę.' },
  question_unknown: { status: 400, de: 'Der Fragebogen hat sich geändert. Bitte laden Sie die Seite neu.', en: 'The questionnaire has changed. Please reload the page.', pl: 'Kwestionariusz został zmieniony. Proszę odświeżyć stronę.' },
  answer_required: { status: 400, de: 'Beantworten Sie diese Frage oder wählen Sie „keine Angabe“.', en: 'Answer this question or choose “prefer not to say”.', pl: 'Proszę odpowiedzieć na to pytanie lub wybrać „wolę nie odpowiadać”.' },
  answer_type: { status: 400, de: 'Diese Antwort hat nicht die erwartete Form.', en: 'This answer is not in the expected form.', pl: 'Ta odpowiedź nie ma oczekiwanej formy.' },
  option_unknown: { status: 400, de: 'Wählen Sie eine der angebotenen Antworten.', en: 'Select one of the answers offered.', pl: 'Proszę wybrać jedną z podanych odpowiedzi.' },
  option_duplicate: { status: 400, de: 'Jede Antwort kann nur einmal gewählt werden.', en: 'Each answer can be selected only once.', pl: 'Każdą odpowiedź można wybrać tylko raz.' },
  no_answer_exclusive: { status: 400, de: 'Wählen Sie entweder „keine Angabe“ oder andere Antworten.', en: 'Select either “prefer not to say” or other answers.', pl: 'Proszę wybrać „wolę nie odpowiadać” albo inne odpowiedzi.' },
  option_exclusive: { status: 400, de: 'Eine der gewählten Antworten kann nur allein gewählt werden. Wählen Sie entweder nur diese oder andere Antworten.', en: 'One of the selected answers can only be chosen on its own. Select either only that answer or other answers.', pl: 'Jedną z wybranych odpowiedzi można wybrać tylko osobno. Proszę wybrać albo tylko ją, albo inne odpowiedzi.' },
  too_many_options: { status: 400, de: 'Wählen Sie weniger Antworten aus.', en: 'Select fewer answers.', pl: 'Proszę wybrać mniej odpowiedzi.' },
  not_integer: { status: 400, de: 'Geben Sie eine ganze Zahl ein.', en: 'Enter a whole number.', pl: 'Proszę podać liczbę całkowitą.' },
  out_of_range: { status: 400, de: 'Geben Sie einen Wert im angegebenen Bereich ein.', en: 'Enter a value within the given range.', pl: 'Proszę podać wartość z podanego zakresu.' },
  text_too_long: { status: 400, de: 'Kürzen Sie Ihren Text.', en: 'Shorten your text.', pl: 'Proszę skrócić tekst.' },
  idempotency_key_missing: { status: 400, de: 'Die Antworten konnten nicht gesendet werden. Bitte laden Sie die Seite neu.', en: 'Your answers could not be sent. Please reload the page.', pl: 'Nie udało się wysłać odpowiedzi. Proszę odświeżyć stronę.' },
  wave_unknown: { status: 404, de: 'Diese Befragung gibt es nicht.', en: 'This survey does not exist.', pl: 'Ta ankieta nie istnieje.' },
  wave_not_open: { status: 403, de: 'Diese Befragung hat noch nicht begonnen.', en: 'This survey has not started yet.', pl: 'Ta ankieta jeszcze się nie rozpoczęła.' },
  wave_closed: { status: 403, de: 'Diese Befragung ist beendet.', en: 'This survey has closed.', pl: 'Ta ankieta została zakończona.' },
  code_required: { status: 403, de: 'Geben Sie den Zugangscode aus Ihrem Einladungsschreiben ein.', en: 'Enter the access code from your invitation letter.', pl: 'Proszę podać kod dostępu z listu z zaproszeniem.' },
  code_unknown: { status: 403, de: 'Dieser Zugangscode ist nicht gültig. Prüfen Sie die Eingabe.', en: 'This access code is not valid. Check what you entered.', pl: 'Ten kod dostępu jest nieprawidłowy. Proszę sprawdzić wpisane znaki.' },
  code_used: { status: 409, de: 'Mit diesem Zugangscode wurde bereits geantwortet.', en: 'This access code has already been used.', pl: 'Ten kod dostępu został już wykorzystany.' },
  idempotency_key_reused: { status: 409, de: 'Die Antworten konnten nicht gesendet werden. Bitte laden Sie die Seite neu.', en: 'Your answers could not be sent. Please reload the page.', pl: 'Nie udało się wysłać odpowiedzi. Proszę odświeżyć stronę.' },
  limit_reached: { status: 429, de: 'Von Ihrem Netzwerk kamen heute schon viele Antworten. Versuchen Sie es morgen wieder.', en: 'Many answers have come from your network today. Please try again tomorrow.', pl: 'Z Twojej sieci wysłano dziś już wiele odpowiedzi. Spróbuj ponownie jutro.' },
  results_not_available: { status: 403, de: 'Die Ergebnisse werden nach dem Ende der Befragung veröffentlicht.', en: 'The results will be published after the survey has closed.', pl: 'Wyniki zostaną opublikowane po zakończeniu ankiety.' },
} as const satisfies Record<string, { status: number; de: string; en: string; pl: string }>;

/** A reason code. */
export type Reason = keyof typeof REASONS;

/** Reasons that concern the answers (400) and that the browser can find before sending. */
export type AnswerReason =
  | 'answers_not_object'
  | 'question_unknown'
  | 'answer_required'
  | 'answer_type'
  | 'option_unknown'
  | 'option_duplicate'
  | 'no_answer_exclusive'
  | 'option_exclusive'
  | 'too_many_options'
  | 'not_integer'
  | 'out_of_range'
  | 'text_too_long';

/** Whether a string returned by the API is a known reason code. */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(REASONS, value);
}

/** A refusal as the form needs it: the reason (null if unknown), the question, and the HTTP status. */
export interface Refusal {
  reason: Reason | null;
  question: string | null;
  status: number;
}

/** Reads a supabase-js rpc error ({code, message, details}) and its status into a Refusal. */
export function refusalFromError(error: { code?: string | null; message?: string; details?: string | null }, status: number): Refusal {
  const reason = isReason(error.message) && error.code === `PT${REASONS[error.message].status}` ? error.message : null;
  return { reason, question: reason ? (error.details ?? null) || null : null, status };
}
