// npm run survey:codes -- --wave <slug> --count <n> --out <file.csv>
// Creates one-time invitation codes for a mail merge. The codes exist only in the CSV written
// here; the database keeps their hashes. The file appears only once the codes are stored.
import { randomInt } from 'node:crypto';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { csvLine, databaseUrl, parseOptions, runCli, UsageError } from './cli.ts';

const usage = 'npm run survey:codes -- --wave <slug> --count <n> --out <file.csv>';

// No 0/O, 1/I/L: codes are typed from a printed letter.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

/** A random code like "K7QM-2XHP-9RTA" (about 59 bits). */
export function newCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

runCli(async () => {
  const { values } = parseOptions(
    process.argv.slice(2),
    { wave: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' } },
    usage,
    ['wave', 'count', 'out'],
  );
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 200_000) {
    throw new UsageError(`--count must be a whole number from 1 to 200000, got "${values.count}".\nUsage: ${usage}`);
  }
  const out = resolve(values.out!);
  if (await access(out).then(() => true, () => false)) {
    throw new UsageError(`${out} exists already. Codes are shown only once; choose a new file name.`);
  }
  await access(dirname(out)).catch(() => {
    throw new UsageError(`The folder ${dirname(out)} does not exist.`);
  });

  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  const temporary = join(dirname(out), `.${basename(out)}.partial`);
  await writeFile(temporary, csvLine(['code']) + [...codes].map((code) => csvLine([code])).join(''), { flag: 'w', mode: 0o600 });

  const client = new pg.Client({ connectionString: databaseUrl() });
  try {
    await client.connect();
    await client.query('begin');
    const wave = await client.query<{ id: string; participation_mode: string }>(
      'select id, participation_mode from public.survey_waves where slug = $1',
      [values.wave],
    );
    if (wave.rowCount === 0) throw new UsageError(`There is no wave "${values.wave}". Load its definition first (npm run survey:load).`);
    if (wave.rows[0].participation_mode !== 'invitation') {
      throw new UsageError(`Wave "${values.wave}" is open to everyone; codes are only for waves with participation "invitation".`);
    }
    const inserted = await client.query(
      `insert into public.survey_invitation_codes (code_hash, wave_id)
       select public.survey_hash_code(c), $2 from unnest($1::text[]) c on conflict do nothing`,
      [[...codes], wave.rows[0].id],
    );
    // A collision with an existing code is astronomically unlikely; if it happens, store nothing.
    if (inserted.rowCount !== count) throw new Error('A generated code already existed; nothing was stored. Run the command again.');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
  await rename(temporary, out);
  process.stdout.write(`Stored ${count} code hashes for "${values.wave}" and wrote the codes to ${out}.\nThis file is the only copy of the codes: keep it safe and delete it after printing.\n`);
});
