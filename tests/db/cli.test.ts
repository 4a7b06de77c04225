// The analysts' command-line tools, run as real processes against the test database.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../scripts/backend/database.ts';
import { LOCAL_CODES_WAVE, LOCAL_INVITATION_CODES } from '../../scripts/survey/local-codes.ts';
import { seedSql } from '../../scripts/survey/write-seed.ts';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027.ts';
import { countResponses, submit, testDefinition, validAnswers } from './helpers.ts';

const run = promisify(execFile);
let pool: pg.Pool;
let dir: string;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
  dir = await mkdtemp(join(tmpdir(), 'survey-cli-'));
});
afterAll(() => pool.end());

/** Runs one of the tools and returns its exit code and output. */
async function tool(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(repoRoot, 'scripts/survey', script), ...args], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('survey:load, survey:codes and survey:export', () => {
  it('loads a definition, creates codes that open the wave once, and exports answers with a codebook', async () => {
    const definition = testDefinition('cli', { participation: 'invitation' });
    const file = join(dir, 'definition.json');
    await writeFile(file, JSON.stringify(definition));
    const loaded = await tool('load.ts', [file]);
    expect(loaded.stdout).toContain(`Created wave "${definition.wave.slug}"`);
    expect(loaded.code).toBe(0);

    const codesFile = join(dir, 'codes.csv');
    const codes = await tool('codes.ts', ['--wave', definition.wave.slug, '--count', '25', '--out', codesFile]);
    expect(codes.code).toBe(0);
    const lines = (await readFile(codesFile, 'utf8')).trim().split('\r\n');
    expect(lines[0]).toBe('code');
    expect(lines.slice(1)).toHaveLength(25);
    expect(lines[1]).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Only hashes are stored: no stored value equals a code.
    const { rows } = await pool.query(
      `select count(*) filter (where code_hash = any(array(select convert_to(c, 'UTF8') from unnest($1::text[]) c)))::int as plain,
              count(*) filter (where code_hash = any(array(select public.survey_hash_code(c) from unnest($1::text[]) c)))::int as hashed
       from public.survey_invitation_codes`,
      [lines.slice(1)],
    );
    expect(rows[0]).toEqual({ plain: 0, hashed: 25 });

    expect(await submit(pool, { wave: definition.wave.slug, answers: validAnswers({ anmerkung: '=HYPERLINK("x")' }), code: lines[1] })).toMatchObject({ ok: true });
    expect(await submit(pool, { wave: definition.wave.slug, answers: validAnswers(), code: lines[1] })).toMatchObject({ code: 'PT409' });

    const out = join(dir, 'export');
    const exported = await tool('export.ts', ['--wave', definition.wave.slug, '--out', out]);
    expect(exported.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([`${definition.wave.slug}-codebook.csv`, `${definition.wave.slug}-responses.csv`]);
    const csv = (await readFile(join(out, `${definition.wave.slug}-responses.csv`), 'utf8')).trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]).toContain('stadtteil,stadtteil_label');
    expect(csv[1]).toContain('altstadt,Altstadt');
    // Free text cannot smuggle a spreadsheet formula.
    expect(csv[1]).toContain(`"'=HYPERLINK(""x"")"`);
    const codebook = await readFile(join(out, `${definition.wave.slug}-codebook.csv`), 'utf8');
    expect(codebook).toContain('sorgen__einbruch');
    expect(codebook).toContain('keine Angabe');
  });

  it('refuses bad arguments with a message and a non-zero exit, writing nothing', async () => {
    const missing = await tool('codes.ts', ['--wave', 'demo']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing --count');
    const badCount = await tool('codes.ts', ['--wave', 'demo', '--count', 'many', '--out', join(dir, 'x.csv')]);
    expect(badCount.code).toBe(2);
    expect(badCount.stderr).toContain('--count must be a whole number');
    const openWave = await tool('codes.ts', ['--wave', 'demo', '--count', '3', '--out', join(dir, 'open.csv')]);
    expect(openWave.code).toBe(2);
    expect(openWave.stderr).toContain('open to everyone');
    const unknownOption = await tool('export.ts', ['--wave', 'demo', '--out', dir, '--format', 'xlsx']);
    expect(unknownOption.code).toBe(2);
    const unknownWave = await tool('export.ts', ['--wave', 'no-such-wave', '--out', join(dir, 'nothing')]);
    expect(unknownWave.code).toBe(2);
    expect(unknownWave.stderr).toContain('There is no wave "no-such-wave"');
    expect((await readdir(dir)).filter((f) => f.includes('open') || f.includes('nothing') || f.startsWith('.'))).toEqual([]);
  });

  it('names the file and the field of an invalid definition', async () => {
    const file = join(dir, 'broken.json');
    const definition = testDefinition('broken') as unknown as { questions: { id: string }[] };
    definition.questions[1].id = definition.questions[0].id;
    await writeFile(file, JSON.stringify(definition));
    const result = await tool('load.ts', [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('questions.1.id: Duplicate question id "stadtteil"');
  });

  it('refuses to orphan stored answers unless forced', async () => {
    const definition = testDefinition('reload');
    const file = join(dir, 'reload.json');
    await writeFile(file, JSON.stringify(definition));
    expect((await tool('load.ts', [file])).code).toBe(0);
    await submit(pool, { wave: definition.wave.slug, answers: validAnswers() });
    await writeFile(file, JSON.stringify({ ...definition, questions: definition.questions.filter((q) => q.id !== 'sorgen') }));
    const refused = await tool('load.ts', [file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('question "sorgen" was removed');
    expect((await tool('load.ts', [file, '--force'])).code).toBe(0);
    expect(await countResponses(pool, definition.wave.slug)).toBe(1);
  });
});

describe('supabase/seed.sql', () => {
  it('is generated from the current demo and Görlitz definitions', async () => {
    expect(await readFile(join(repoRoot, 'supabase/seed.sql'), 'utf8')).toBe(seedSql());
  });

  it('opens the Görlitz wave locally, without answers, and its well-known codes each open it', async () => {
    const { rows } = await pool.query(
      `select w.participation_mode, w.opens_at <= now() and now() < w.closes_at as open,
              jsonb_array_length(d.definition -> 'questions') as questions,
              (select count(*)::int from public.survey_responses r where r.wave_id = w.id) as responses,
              (select count(*)::int from public.survey_invitation_codes c where c.wave_id = w.id and not c.used
                 and c.code_hash = any(array(select public.survey_hash_code(x) from unnest($2::text[]) x))) as codes
       from public.survey_waves w join public.survey_definitions d on d.wave_id = w.id where w.slug = $1`,
      [LOCAL_CODES_WAVE, LOCAL_INVITATION_CODES],
    );
    expect(rows).toEqual([{ participation_mode: 'invitation', open: true, questions: goerlitz2027.questions.length, responses: 0, codes: 20 }]);
    for (const code of LOCAL_INVITATION_CODES) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // A code (typed in lower case, as residents may) is accepted; rolled back so the codes stay
    // unused for whoever runs the form against this database.
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`set local role anon`);
      const result = await client.query('select public.submit_survey_response($1, $2::jsonb, gen_random_uuid(), $3) as r', [
        LOCAL_CODES_WAVE,
        JSON.stringify({ sicherheit_wohngegend_tag: 'eher_sicher', opfer_12_monate: ['nichts_davon'], stadtteil: 'deutsch_ossig' }),
        LOCAL_INVITATION_CODES[0].toLowerCase(),
      ]);
      expect(result.rows[0].r).toEqual({ status: 'stored' });
      // The same code, as printed, is used up now.
      const again = client.query('select public.submit_survey_response($1, $2::jsonb, gen_random_uuid(), $3)', [LOCAL_CODES_WAVE, '{}', LOCAL_INVITATION_CODES[0]]);
      await expect(again).rejects.toMatchObject({ code: 'PT409', message: 'code_used' });
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
