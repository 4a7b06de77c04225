/**
 * Milestones of the partnership for the timeline on the partnership page (from facts.md).
 */
import type { Labels } from './vocabulary';

/** One milestone. `date` is as precise as the source allows. */
export interface Milestone {
  /** ISO date or year-month, e.g. "2020-07-01" or "2021-07". */
  date: string;
  /** How the date reads in each language. */
  when: Labels;
  title: Labels;
  text: Labels;
}

export const milestones: Milestone[] = [
  {
    date: '2020-07-01',
    when: { de: '1. Juli 2020', en: '1 July 2020', pl: '1 lipca 2020' },
    title: {
      de: 'Görlitz tritt der Allianz Sichere Sächsische Kommunen bei',
      en: 'Görlitz joins the Alliance of Safe Saxon Municipalities',
      pl: 'Görlitz przystępuje do Sojuszu Bezpiecznych Gmin Saksonii',
    },
    text: {
      de: 'Der Oberbürgermeister, der Leiter der Polizeidirektion Görlitz und der Geschäftsführer des Landespräventionsrats Sachsen unterzeichnen eine Kooperationsvereinbarung. Görlitz wird ASSKomm-Modellkommune.',
      en: 'The Lord Mayor, the head of the Görlitz Police Directorate and the managing director of the Saxon State Prevention Council sign a cooperation agreement. Görlitz becomes an ASSKomm model municipality.',
      pl: 'Nadburmistrz, szef Dyrekcji Policji w Görlitz i dyrektor zarządzający Krajowej Rady ds. Prewencji Saksonii podpisują umowę o współpracy. Görlitz zostaje gminą modelową ASSKomm.',
    },
  },
  {
    date: '2021-07',
    when: { de: 'Juli und August 2021', en: 'July and August 2021', pl: 'lipiec i sierpień 2021' },
    title: {
      de: 'Sicherheitsanalyse für Görlitz',
      en: 'Safety analysis for Görlitz',
      pl: 'Analiza bezpieczeństwa dla Görlitz',
    },
    text: {
      de: 'Ausgewertet werden kommunale Daten, Ordnungswidrigkeiten und die Kriminalstatistik. 1.000 zufällig ausgewählte Einwohnerinnen und Einwohner erhalten einen Fragebogen, auf Papier oder online.',
      en: 'Municipal data, administrative offences and crime statistics are analysed. 1,000 randomly selected residents receive a questionnaire, on paper or online.',
      pl: 'Analizowane są dane gminne, wykroczenia i statystyka przestępczości. 1000 losowo wybranych mieszkańców otrzymuje ankietę, papierową lub internetową.',
    },
  },
  {
    date: '2022-12-01',
    when: { de: '1. Dezember 2022', en: '1 December 2022', pl: '1 grudnia 2022' },
    title: {
      de: 'Koordinierungsstelle Kommunale Prävention besetzt',
      en: 'Coordination office for crime prevention staffed',
      pl: 'Obsadzenie biura koordynacji prewencji',
    },
    text: {
      de: 'Die Stadt Görlitz besetzt ihre Koordinierungsstelle Kommunale Prävention.',
      en: 'The City of Görlitz staffs its coordination office for municipal crime prevention.',
      pl: 'Miasto Görlitz obsadza swoje biuro koordynacji prewencji gminnej.',
    },
  },
  {
    date: '2023-02-09',
    when: { de: '9. Februar 2023', en: '9 February 2023', pl: '9 lutego 2023' },
    title: {
      de: 'Kommunaler Präventionsrat gegründet',
      en: 'Municipal prevention council founded',
      pl: 'Założenie gminnej rady ds. prewencji',
    },
    text: {
      de: 'Der Kommunale Präventionsrat Görlitz unter Vorsitz des Oberbürgermeisters wird gegründet – als 30. in Sachsen. Arbeitsgruppen entstehen nach Bedarf.',
      en: 'The Görlitz municipal prevention council, chaired by the Lord Mayor, is founded – the 30th in Saxony. Working groups are formed as needed.',
      pl: 'Powstaje gminna rada ds. prewencji w Görlitz pod przewodnictwem nadburmistrza – 30. w Saksonii. Grupy robocze tworzone są w miarę potrzeb.',
    },
  },
];
