/**
 * The fixed vocabularies of the content: which values editors may use in frontmatter and how
 * each is labelled in the three languages. The content schemas, the CMS configuration and the
 * pages all read these lists, so a new tag or audience is added here and nowhere else.
 */
import type { Locale } from '../lib/i18n';

/** A label in every language of the interface. */
export type Labels = Record<Locale, string>;

/** The six goals of the partnership, in the order of the founding declaration (section 1). */
export const goals = {
  'kriminalitaet-reduzieren': {
    de: 'Kriminalität quantitativ und qualitativ reduzieren',
    en: 'Reduce crime in number and severity',
    pl: 'Ograniczanie przestępczości pod względem ilościowym i jakościowym',
  },
  'sicherheitsgefuehl-erhoehen': {
    de: 'Sicherheitsgefühl in der Bevölkerung erhöhen',
    en: 'Strengthen people’s feeling of safety',
    pl: 'Wzmacnianie poczucia bezpieczeństwa mieszkańców',
  },
  'gemeinwesen-staerken': {
    de: 'Gemeinwesen stärken',
    en: 'Strengthen the community',
    pl: 'Wzmacnianie wspólnoty lokalnej',
  },
  'engagement-foerdern': {
    de: 'Soziales Engagement fördern',
    en: 'Encourage civic engagement',
    pl: 'Wspieranie zaangażowania społecznego',
  },
  'soziales-klima': {
    de: 'Soziales Klima in der Stadt positiv beeinflussen',
    en: 'Improve the social climate in the city',
    pl: 'Poprawa klimatu społecznego w mieście',
  },
  'rationaler-umgang': {
    de: 'Rationalen Umgang mit Kriminalität fördern',
    en: 'Promote a rational view of crime',
    pl: 'Wspieranie racjonalnego podejścia do przestępczości',
  },
} as const satisfies Record<string, Labels>;

/** Who issues a news post or is responsible for a measure. */
export const issuers = {
  stadt: { de: 'Stadt Görlitz', en: 'City of Görlitz', pl: 'Miasto Görlitz' },
  polizei: {
    de: 'Polizeidirektion Görlitz',
    en: 'Görlitz Police Directorate',
    pl: 'Dyrekcja Policji w Görlitz',
  },
  gemeinsam: {
    de: 'Stadt und Polizei gemeinsam',
    en: 'City and police jointly',
    pl: 'Miasto i policja wspólnie',
  },
} as const satisfies Record<string, Labels>;

/** Progress of a measure, in the order a measure passes through them. */
export const measureStatuses = {
  geplant: { de: 'Geplant', en: 'Planned', pl: 'Planowane' },
  laufend: { de: 'Laufend', en: 'Ongoing', pl: 'W trakcie' },
  abgeschlossen: { de: 'Abgeschlossen', en: 'Completed', pl: 'Zakończone' },
  evaluiert: { de: 'Evaluiert', en: 'Evaluated', pl: 'Poddane ewaluacji' },
} as const satisfies Record<string, Labels>;

/** Who a prevention tip is written for. */
export const audiences = {
  alle: { de: 'Alle', en: 'Everyone', pl: 'Wszyscy' },
  senioren: { de: 'Seniorinnen und Senioren', en: 'Older people', pl: 'Seniorzy' },
  jugendliche: { de: 'Jugendliche', en: 'Young people', pl: 'Młodzież' },
  eltern: { de: 'Eltern', en: 'Parents', pl: 'Rodzice' },
  gewerbe: { de: 'Gewerbe und Handel', en: 'Businesses', pl: 'Przedsiębiorcy' },
} as const satisfies Record<string, Labels>;

/** The themes prevention tips are grouped by on the prevention hub. */
export const tipTopics = {
  'zuhause': { de: 'Zuhause und Eigentum', en: 'Home and property', pl: 'Dom i mienie' },
  'betrug': { de: 'Betrug am Telefon und im Netz', en: 'Fraud by phone and online', pl: 'Oszustwa telefoniczne i internetowe' },
  'unterwegs': { de: 'Unterwegs', en: 'Out and about', pl: 'W drodze' },
  'gewalt': { de: 'Gewalt und Zivilcourage', en: 'Violence and civil courage', pl: 'Przemoc i odwaga cywilna' },
} as const satisfies Record<string, Labels>;

/** Tags of news posts; each gets its own list page. */
export const newsTags = {
  partnerschaft: { de: 'Partnerschaft', en: 'Partnership', pl: 'Partnerstwo' },
  asskomm: { de: 'ASSKomm', en: 'ASSKomm', pl: 'ASSKomm' },
  sicherheitsanalyse: { de: 'Sicherheitsanalyse', en: 'Safety analysis', pl: 'Analiza bezpieczeństwa' },
  praeventionsrat: { de: 'Präventionsrat', en: 'Prevention council', pl: 'Rada ds. prewencji' },
  statistik: { de: 'Statistik', en: 'Statistics', pl: 'Statystyka' },
  praevention: { de: 'Prävention', en: 'Prevention', pl: 'Prewencja' },
  befragung: { de: 'Befragung', en: 'Survey', pl: 'Ankieta' },
} as const satisfies Record<string, Labels>;

/** The keys of a vocabulary as a non-empty tuple, for `z.enum`. */
export function keysOf<T extends Record<string, Labels>>(vocabulary: T) {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
