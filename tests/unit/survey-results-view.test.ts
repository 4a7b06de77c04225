/**
 * The results view: labels in the reader's language, options in definition order with
 * "keine Angabe" last, shares of n, suppressed cells kept as null (never worked out from the
 * others), breakdown groups with readable labels, and the summary sentence.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/lib/survey/definition';
import { demoDefinition } from '../../src/lib/survey/demo-definition';
import type { SurveyResults } from '../../src/lib/survey/results';
import {
  buildResultsView,
  cellKey,
  formatDay,
  formatShare,
  lastSurveyDay,
  resultCells,
  RESPONSES_CELL,
  shareOf,
  summarizeQuestion,
} from '../../src/lib/survey/results-view';
import { chooseResults, fetchResults, parseSnapshot } from '../../src/lib/survey/snapshot';

const definition = parseDefinition(demoDefinition, 'demo');

/** Hand-made results: 40 responses, minimum group size 10, some cells suppressed. */
const results: SurveyResults = {
  wave: 'demo',
  minGroupSize: 10,
  responses: 40,
  questions: [
    {
      id: 'stadtteil',
      kind: 'single',
      n: 40,
      // Keys deliberately not in definition order.
      counts: { keine_angabe: 0, andere: null, koenigshufen: null, suedstadt: 10, altstadt: 10, innenstadt: 14 },
      breakdowns: {
        ageBand: [
          { group: 'a16_29', n: 20, counts: { innenstadt: 10, altstadt: null, suedstadt: null, koenigshufen: 0, andere: 0, keine_angabe: 0 } },
          { group: null, n: 20, counts: { innenstadt: null, altstadt: null, suedstadt: 0, koenigshufen: 0, andere: 0, keine_angabe: 0 } },
        ],
      },
    },
    {
      id: 'sicherheit_tag',
      kind: 'scale',
      n: null,
      counts: { '1': null, '2': 0, '3': 12, '4': null, '5': 20, keine_angabe: 0 },
      breakdowns: {},
    },
    {
      id: 'sorgen',
      kind: 'multiple',
      n: 30,
      counts: { einbruch: 24, fahrraddiebstahl: 15, verkehr: 15, beleuchtung: null, vandalismus: 0, keine_angabe: 0 },
      breakdowns: { district: [{ group: 'innenstadt', n: 12, counts: { einbruch: 10, fahrraddiebstahl: null } }] },
    },
  ],
};

describe('buildResultsView', () => {
  const view = buildResultsView(definition, results, 'de')!;
  const questions = view.sections.flatMap((section) => section.questions);
  const question = (id: string) => questions.find((q) => q.id === id)!;

  it('is null without results', () => {
    expect(buildResultsView(definition, null, 'de')).toBeNull();
  });

  it('lists only the published questions that the results contain, in definition order', () => {
    expect(questions.map((q) => q.id)).toEqual(['stadtteil', 'sicherheit_tag', 'sorgen']);
    expect(view.responses).toBe(40);
    expect(view.minGroupSize).toBe(10);
  });

  it('orders options as the definition does, "keine Angabe" last, with labels in the language', () => {
    expect(question('stadtteil').options.map((o) => o.code)).toEqual(['innenstadt', 'altstadt', 'suedstadt', 'koenigshufen', 'andere', 'keine_angabe']);
    expect(question('stadtteil').options.at(-1)!.label).toBe('keine Angabe');
    const english = buildResultsView(definition, results, 'en')!.sections[0]!.questions[0]!;
    expect(english.label).toBe('Which part of town do you live in?');
    expect(english.options[0]!.label).toBe('Innenstadt (centre)');
    expect(english.options.at(-1)!.label).toBe('Prefer not to say');
  });

  it('labels scale steps with their numbers and the end labels', () => {
    expect(question('sicherheit_tag').options.map((o) => o.label)).toEqual(['1 – sehr unsicher', '2', '3', '4', '5 – sehr sicher', 'keine Angabe']);
  });

  it('computes shares of n and keeps suppressed counts null', () => {
    const options = question('stadtteil').options;
    expect(options.map((o) => o.count)).toEqual([14, 10, 10, null, null, 0]);
    expect(options.map((o) => o.share)).toEqual([35, 25, 25, null, null, 0]);
  });

  it('never derives a suppressed value from the total or the other cells', () => {
    // 40 - 14 - 10 - 10 - 0 = 6 would be the sum of the hidden cells: it appears nowhere.
    const numbers = JSON.stringify(buildResultsView(definition, results, 'de'));
    expect(question('stadtteil').options.filter((o) => o.count === null)).toHaveLength(2);
    expect(numbers).not.toMatch(/"count":6\b/);
  });

  it('gives no shares when n is suppressed, but keeps the published counts', () => {
    const scale = question('sicherheit_tag');
    expect(scale.n).toBeNull();
    expect(scale.options.map((o) => o.count)).toEqual([null, 0, 12, null, 20, 0]);
    expect(scale.options.every((o) => o.share === null)).toBe(true);
  });

  it('takes multiple-choice shares of respondents, which may add up to more than 100 %', () => {
    const sorgen = question('sorgen');
    expect(sorgen.multiple).toBe(true);
    expect(sorgen.options.map((o) => o.share)).toEqual([80, 50, 50, null, 0, 0]);
    expect(sorgen.options.reduce((sum, o) => sum + (o.share ?? 0), 0)).toBeGreaterThan(100);
  });

  it('labels breakdown groups from the definition, the unanswered group "ohne Angabe"', () => {
    const [ageBand] = question('stadtteil').breakdowns;
    expect(ageBand!.key).toBe('ageBand');
    expect(ageBand!.question).toBe('Wie alt sind Sie?');
    expect(ageBand!.groups.map((g) => [g.code, g.label, g.n])).toEqual([
      ['a16_29', '16 bis 29', 20],
      [null, 'ohne Angabe', 20],
    ]);
    expect(ageBand!.groups[0]!.counts).toEqual([10, null, null, 0, 0, 0]);
  });

  it('treats a code missing from a breakdown group as suppressed, not as 0', () => {
    const [district] = question('sorgen').breakdowns;
    expect(district!.groups[0]!.label).toBe('Innenstadt');
    expect(district!.groups[0]!.counts).toEqual([10, null, null, null, null, null]);
  });

  it('uses the definition sections when there are any', () => {
    const withSections = parseDefinition(
      {
        ...demoDefinition,
        sections: [
          { id: 'person', title: { de: 'Zur Person', en: 'About you', pl: 'O Panu/Pani' }, questions: ['stadtteil', 'altersgruppe'] },
          { id: 'gefuehl', title: { de: 'Sicherheitsgefühl', en: 'Feeling safe', pl: 'Poczucie bezpieczeństwa' }, questions: ['sicherheit_tag', 'sicherheit_nacht', 'sorgen', 'wohndauer', 'anmerkung'] },
        ],
      },
      'demo with sections',
    );
    const sections = buildResultsView(withSections, results, 'en')!.sections;
    expect(sections.map((s) => [s.title, s.questions.map((q) => q.id)])).toEqual([
      ['About you', ['stadtteil']],
      ['Feeling safe', ['sicherheit_tag', 'sorgen']],
    ]);
  });
});

describe('numbers as text', () => {
  it('shares round to whole per cent in the language', () => {
    expect(shareOf(1, 3)).toBeCloseTo(33.333, 2);
    expect(shareOf(null, 3)).toBeNull();
    expect(shareOf(2, 0)).toBeNull();
    expect(formatShare(33.333, 'de')).toBe('33 %');
    expect(formatShare(66.6, 'en')).toBe('67%');
    expect(formatShare(50, 'pl')).toBe('50 %');
  });

  it('writes days in Görlitz time; the last survey day is the day before closesAt', () => {
    expect(formatDay('2026-11-27T23:30:00Z', 'de')).toBe('28. November 2026');
    expect(formatDay(lastSurveyDay('2030-01-01T00:00:00+01:00'), 'de')).toBe('31. Dezember 2029');
  });
});

describe('summarizeQuestion', () => {
  const view = buildResultsView(definition, results, 'de')!;
  const questions = view.sections.flatMap((section) => section.questions);

  it('names the highest published share and counts the suppressed values', () => {
    expect(summarizeQuestion(questions[0]!.options, 'de')).toBe(
      'Höchster veröffentlichter Anteil: Innenstadt mit 35 %. 2 Werte sind wegen zu weniger Antworten nicht veröffentlicht.',
    );
  });

  it('names every option tied at the top, in the language', () => {
    const options = buildResultsView(definition, { ...results, questions: [results.questions[2]!] }, 'en')!.sections[0]!.questions[0]!.options;
    const tied = options.map((o) => (o.code === 'einbruch' ? { ...o, share: 50, count: 15 } : o));
    expect(summarizeQuestion(tied, 'en')).toBe(
      'Highest published share: Burglaries, Bicycle theft and Traffic at 50%. One figure is not published because of too few answers.',
    );
  });

  it('says so when nothing can be shown', () => {
    expect(summarizeQuestion(questions[1]!.options, 'pl')).toBe('Na to pytanie jest za mało odpowiedzi.');
  });
});

describe('resultCells', () => {
  it('keys every number the page shows, suppressed ones as null', () => {
    const cells = resultCells(results);
    expect(cells.get(RESPONSES_CELL)).toBe(40);
    expect(cells.get(cellKey('stadtteil', 'n'))).toBe(40);
    expect(cells.get(cellKey('stadtteil', 'count', 'innenstadt'))).toBe(14);
    expect(cells.get(cellKey('stadtteil', 'share', 'innenstadt'))).toBe(35);
    expect(cells.get(cellKey('stadtteil', 'count', 'andere'))).toBeNull();
    expect(cells.get(cellKey('stadtteil', 'count', 'altstadt', { key: 'ageBand', group: null }))).toBeNull();
    expect(cells.get(cellKey('stadtteil', 'n', undefined, { key: 'ageBand', group: null }))).toBe(20);
    expect(cells.get(cellKey('sicherheit_tag', 'share', '3'))).toBeNull();
  });
});

describe('snapshot: fetching and choosing the results of a build', () => {
  let server: Server;
  let url = '';
  const seen: { path?: string; apikey?: string; authorization?: string; body?: string }[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ path: request.url, apikey: request.headers.apikey as string, authorization: request.headers.authorization, body });
        const wave = (JSON.parse(body) as { p_wave: string }).p_wave;
        if (wave === 'slow') return void setTimeout(() => response.end('{}'), 500);
        response.setHeader('content-type', 'application/json');
        if (wave === 'closed-later') {
          response.statusCode = 403;
          return void response.end(JSON.stringify({ code: 'PT403', message: 'results_not_available', details: null }));
        }
        if (wave === 'broken') return void response.end(JSON.stringify({ wave, questions: 'none' }));
        response.end(JSON.stringify(results));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('calls survey_results as supabase-js does and returns the checked result', async () => {
    const outcome = await fetchResults(url, 'anon-key', 'demo', 1000);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.snapshot.results).toEqual(results);
      expect(Date.parse(outcome.snapshot.fetchedAt)).not.toBeNaN();
    }
    expect(seen.at(-1)).toEqual({ path: '/rest/v1/rpc/survey_results', apikey: 'anon-key', authorization: 'Bearer anon-key', body: '{"p_wave":"demo"}' });
  });

  it('reports a refusal with its reason, a timeout or a closed port as unreachable, a bad shape as invalid', async () => {
    expect(await fetchResults(url, 'k', 'closed-later', 1000)).toEqual({ ok: false, why: 'refused', reason: 'results_not_available', status: 403 });
    expect(await fetchResults(url, 'k', 'slow', 100)).toMatchObject({ ok: false, why: 'unreachable' });
    expect(await fetchResults('http://127.0.0.1:9', 'k', 'demo', 1000)).toMatchObject({ ok: false, why: 'unreachable' });
    expect(await fetchResults(url, 'k', 'broken', 1000)).toMatchObject({ ok: false, why: 'invalid' });
  });

  it('prefers the live result, then the committed snapshot, then none', () => {
    const committed = { fetchedAt: '2026-11-01T10:00:00.000Z', results };
    const live = { ok: true as const, snapshot: { fetchedAt: '2026-11-27T10:00:00.000Z', results } };
    expect(chooseResults(live, committed)).toEqual({ from: 'live', snapshot: live.snapshot });
    expect(chooseResults({ ok: false, why: 'unreachable', detail: 'x' }, committed)).toEqual({ from: 'snapshot', snapshot: committed });
    expect(chooseResults(null, undefined)).toEqual({ from: 'none', snapshot: null });
  });

  it('refuses a broken snapshot file, naming the file, the field and the fix', () => {
    expect(() => parseSnapshot({ fetchedAt: 'gestern', results }, 'src/data/befragung/ergebnisse/demo.json')).toThrow(
      /src\/data\/befragung\/ergebnisse\/demo\.json is not a valid results snapshot:\n {2}fetchedAt: .*\nWrite it again with `npm run survey:snapshot`\./,
    );
  });

  it('the committed demo snapshot parses', async () => {
    const file = await import('../../src/data/befragung/ergebnisse/demo.json');
    expect(parseSnapshot(file.default, 'demo.json').results.wave).toBe('demo');
  });
});
