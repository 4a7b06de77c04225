/**
 * The few figures on the start page. Each comes from `facts.md` with its source and as-of
 * date; the statistics pages (later) hold the full series.
 */
import type { Labels } from './vocabulary';

/** One key figure. */
export interface KeyFigure {
  value: number;
  /** Digits after the decimal mark. */
  fractionDigits: number;
  /** Unit after the number, e.g. "%". */
  unit?: string;
  label: Labels;
  source: Labels;
}

export const keyFigures: KeyFigure[] = [
  {
    value: 56694,
    fractionDigits: 0,
    label: {
      de: 'Einwohnerinnen und Einwohner in Görlitz',
      en: 'people live in Görlitz',
      pl: 'mieszkańców Görlitz',
    },
    source: { de: 'Stand 31.12.2023', en: 'as of 31 Dec 2023', pl: 'stan na 31.12.2023' },
  },
  {
    value: 46123,
    fractionDigits: 0,
    label: {
      de: 'Straftaten 2023 im Gebiet der Polizeidirektion Görlitz (Landkreise Bautzen und Görlitz)',
      en: 'recorded crimes in 2023 in the area of the Görlitz Police Directorate (districts of Bautzen and Görlitz)',
      pl: 'przestępstw w 2023 r. na obszarze Dyrekcji Policji w Görlitz (powiaty Budziszyn i Görlitz)',
    },
    source: {
      de: 'Polizeiliche Kriminalstatistik 2023, Polizeidirektion Görlitz',
      en: 'Police crime statistics 2023, Görlitz Police Directorate',
      pl: 'Policyjna statystyka przestępczości 2023, Dyrekcja Policji w Görlitz',
    },
  },
  {
    value: 64.9,
    fractionDigits: 1,
    unit: '%',
    label: {
      de: 'der Straftaten im Gebiet der Polizeidirektion wurden 2021 aufgeklärt',
      en: 'of crimes in the Police Directorate’s area were solved in 2021',
      pl: 'przestępstw na obszarze Dyrekcji Policji wykryto w 2021 r.',
    },
    source: {
      de: 'Polizeiliche Kriminalstatistik 2021, Polizeidirektion Görlitz',
      en: 'Police crime statistics 2021, Görlitz Police Directorate',
      pl: 'Policyjna statystyka przestępczości 2021, Dyrekcja Policji w Görlitz',
    },
  },
  {
    value: 1000,
    fractionDigits: 0,
    label: {
      de: 'zufällig ausgewählte Einwohnerinnen und Einwohner erhielten 2021 den Fragebogen der Sicherheitsanalyse',
      en: 'randomly selected residents received the questionnaire of the 2021 safety analysis',
      pl: 'losowo wybranych mieszkańców otrzymało w 2021 r. ankietę analizy bezpieczeństwa',
    },
    source: {
      de: 'Stadt Görlitz, Kommunaler Präventionsrat',
      en: 'City of Görlitz, municipal prevention council',
      pl: 'Miasto Görlitz, gminna rada ds. prewencji',
    },
  },
];
