// The Görlitz 2027 questionnaire: it parses, offers "keine Angabe" everywhere, lists the official
// districts, speaks all three languages, uses one scale per construct, fits in about ten minutes,
// and keeps its ids and codes. The ids snapshot is meant to fail on any rename: ids and codes are
// the keys of stored answers and must never change once the wave has opened.
import { describe, expect, it } from 'vitest';
import { parseDefinition, type LocalizedText, type Question } from '../../src/lib/survey/definition.ts';
import { estimateMinutes } from '../../src/lib/survey/duration.ts';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027.ts';

const definition = parseDefinition(goerlitz2027, 'src/lib/survey/waves/goerlitz-2027.ts');
const choiceQuestions = definition.questions.filter(
  (q): q is Extract<Question, { kind: 'single' | 'multiple' }> => q.kind === 'single' || q.kind === 'multiple',
);
const question = (id: string) => definition.questions.find((q) => q.id === id)!;

/** Stadtteile and Ortsteile as the city portal spells them (reference/facts.md, "Görlitz"). */
const STADTTEILE = ['Historische Altstadt', 'Innenstadt', 'Nikolaivorstadt', 'Südstadt', 'Rauschwalde', 'Biesnitz', 'Weinhübel', 'Königshufen', 'Klingewalde'];
const ORTSTEILE = ['Ober-Neundorf', 'Ludwigsdorf', 'Schlauroth', 'Kunnerwitz', 'Klein Neundorf', 'Deutsch-Ossig', 'Hagenwerder', 'Tauchritz'];

describe('Görlitz 2027 questionnaire', () => {
  it('is a real (non-demo) invitation wave with unconfirmed planning dates', () => {
    expect(definition.demo).toBe(false);
    expect(definition.wave).toMatchObject({
      slug: 'goerlitz-2027',
      title: { de: 'Sicherheitsbefragung Görlitz 2027' },
      opensAt: '2027-03-01T00:00:00+01:00',
      closesAt: '2027-04-01T00:00:00+02:00',
      scheduleConfirmed: false,
      participation: 'invitation',
      minGroupSize: 10,
      resultsAfterClose: true,
    });
    expect(definition.breakdowns).toEqual({ district: 'stadtteil', ageBand: 'altersgruppe' });
  });

  it('offers "keine Angabe" on every choice question and requires no answer', () => {
    for (const q of definition.questions) {
      expect(q.required, q.id).toBe(false);
      if (q.kind !== 'text') expect(q.noAnswer, q.id).toBe(true);
    }
    expect(choiceQuestions.length).toBeGreaterThan(20);
  });

  it('lists every official Stadtteil and Ortsteil with its exact name, and "not in Görlitz"', () => {
    const stadtteil = question('stadtteil');
    if (stadtteil.kind !== 'single') throw new Error('stadtteil must be a single-choice question');
    expect(stadtteil.options.map((o) => o.label.de)).toEqual([...STADTTEILE, ...ORTSTEILE, 'Ich wohne nicht in Görlitz.']);
    expect(stadtteil.options.find((o) => o.label.de === 'Deutsch-Ossig')?.code).toBe('deutsch_ossig');
    expect(stadtteil.options.find((o) => o.label.de === 'Historische Altstadt')?.code).toBe('historische_altstadt');
  });

  it('has 7 to 9 steps that list every question once, in order', () => {
    const sections = definition.sections!;
    expect(sections.length).toBeGreaterThanOrEqual(7);
    expect(sections.length).toBeLessThanOrEqual(9);
    expect(sections.flatMap((s) => s.questions)).toEqual(definition.questions.map((q) => q.id));
    for (const section of sections) {
      expect(section.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(section.intro, section.id).toBeDefined();
    }
  });

  it('has every text in German, English and Polish, with translated sentences', () => {
    const districtNames = new Set([...STADTTEILE, ...ORTSTEILE]);
    const texts: [string, LocalizedText][] = [
      ['wave.title', definition.wave.title],
      ...definition.sections!.flatMap((s): [string, LocalizedText][] => [
        [`${s.id}.title`, s.title],
        [`${s.id}.intro`, s.intro!],
      ]),
      ...definition.questions.flatMap((q): [string, LocalizedText][] => [
        [`${q.id}.label`, q.label],
        ...(q.hint ? [[`${q.id}.hint`, q.hint] as [string, LocalizedText]] : []),
        ...('options' in q ? q.options.map((o): [string, LocalizedText] => [`${q.id}.${o.code}`, o.label]) : []),
      ]),
    ];
    for (const [where, text] of texts) {
      for (const language of ['de', 'en', 'pl'] as const) expect(text[language].trim(), `${where}.${language}`).not.toBe('');
      // Proper names (the districts) read the same in every language; everything else is translated.
      if (districtNames.has(text.de)) continue;
      expect(text.en, `${where}.en`).not.toBe(text.de);
      expect(text.pl, `${where}.pl`).not.toBe(text.de);
      expect(text.pl, `${where}.pl`).not.toBe(text.en);
    }
  });

  it('uses one identical scale for all questions of a construct', () => {
    const constructs = ['sicherheit_', 'sorge_', 'problem_', 'vertrauen_'];
    for (const prefix of constructs) {
      const group = choiceQuestions.filter((q) => q.id.startsWith(prefix));
      expect(group.length, prefix).toBeGreaterThanOrEqual(2);
      for (const q of group) {
        expect(q.kind, q.id).toBe('single');
        expect(q.options, q.id).toEqual(group[0].options);
      }
    }
  });

  it('asks one question per offence and per neighbourhood problem', () => {
    const ids = definition.questions.map((q) => q.id);
    expect(ids.filter((id) => id.startsWith('sorge_'))).toHaveLength(6);
    expect(ids.filter((id) => id.startsWith('problem_'))).toHaveLength(7);
  });

  it('takes about ten minutes', () => {
    const minutes = estimateMinutes(definition);
    expect(minutes).toBeGreaterThanOrEqual(8);
    expect(minutes).toBeLessThanOrEqual(12);
  });

  it('keeps its free text short and warns against personal details', () => {
    const text = question('anregungen');
    expect(text).toMatchObject({ kind: 'text', maxLength: 1000 });
    expect(text.hint?.de).toContain('keine Namen, Adressen');
  });

  it('keeps every question id and option code (never rename them once a wave has opened)', () => {
    const safety = ['sehr_sicher', 'eher_sicher', 'eher_unsicher', 'sehr_unsicher'];
    const worry = ['sehr_beunruhigt', 'eher_beunruhigt', 'eher_nicht_beunruhigt', 'gar_nicht_beunruhigt'];
    const problem = ['grosses_problem', 'kleines_problem', 'kein_problem'];
    const trust = ['sehr_gross', 'eher_gross', 'eher_gering', 'sehr_gering'];
    const ids = Object.fromEntries(definition.questions.map((q) => [q.id, 'options' in q ? q.options.map((o) => o.code) : []]));
    // Literal on purpose, in display order: a renamed id or code must fail here.
    expect(Object.entries(ids)).toEqual(
      Object.entries({
        sicherheit_wohngegend_tag: safety,
        sicherheit_wohngegend_dunkel: safety,
        sicherheit_innenstadt_tag: safety,
        sicherheit_innenstadt_dunkel: safety,
        sorge_wohnungseinbruch: worry,
        sorge_diebstahl: worry,
        sorge_fahrzeugdiebstahl: worry,
        sorge_koerperlicher_angriff: worry,
        sorge_sexuelle_belaestigung: worry,
        sorge_betrug: worry,
        problem_muell: problem,
        problem_graffiti: problem,
        problem_vandalismus: problem,
        problem_drogen: problem,
        problem_gruppen: problem,
        problem_raserei: problem,
        problem_beleuchtung: problem,
        orte_meiden: ['ja', 'nein'],
        orte_meiden_art: ['parks', 'bahnhof', 'haltestellen', 'plaetze', 'unterfuehrungen', 'parkplaetze', 'abgelegene_wege', 'andere_orte'],
        orte_meiden_grund: ['dunkelheit', 'menschenleer', 'gruppen', 'alkohol_drogen', 'verwahrlosung', 'verkehr', 'eigene_erfahrung', 'berichte', 'anderer_grund'],
        opfer_12_monate: ['wohnungseinbruch', 'diebstahl', 'fahrzeugdiebstahl', 'sachbeschaedigung', 'koerperlicher_angriff', 'bedrohung', 'sexuelle_belaestigung', 'betrug', 'nichts_davon'],
        anzeige_polizei: ['ja_alles', 'ja_teilweise', 'nein', 'trifft_nicht_zu'],
        vertrauen_polizei: trust,
        vertrauen_ordnungsamt: trust,
        schutzmassnahmen: ['wohnung_sichern', 'nachbarn', 'fahrrad_sichern', 'wertsachen', 'nicht_allein_dunkel', 'abwehrmittel', 'vorsicht_unbekannte', 'beratung', 'nichts_davon'],
        altersgruppe: ['a16_24', 'a25_34', 'a35_49', 'a50_64', 'a65_74', 'a75_plus'],
        geschlecht: ['weiblich', 'maennlich', 'divers'],
        stadtteil: [
          'historische_altstadt', 'innenstadt', 'nikolaivorstadt', 'suedstadt', 'rauschwalde', 'biesnitz', 'weinhuebel', 'koenigshufen', 'klingewalde',
          'ober_neundorf', 'ludwigsdorf', 'schlauroth', 'kunnerwitz', 'klein_neundorf', 'deutsch_ossig', 'hagenwerder', 'tauchritz', 'nicht_goerlitz',
        ],
        anregungen: [],
      }),
    );
    expect(definition.sections!.map((s) => s.id)).toEqual([
      'sicherheitsgefuehl', 'sorgen', 'wohngegend', 'gemiedene-orte', 'erlebte-straftaten', 'vertrauen', 'schutz', 'angaben-zur-person', 'anregungen',
    ]);
  });
});
