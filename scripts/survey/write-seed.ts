// Regenerates supabase/seed.sql from the demo definition and the Görlitz 2027 questionnaire:
//   ./node_modules/.bin/node scripts/survey/write-seed.ts
// A backend test fails when the two drift apart. The seed is for local development and tests
// only (supabase db reset / npm run backend); it is never loaded into production.
import { join } from 'node:path';
import { parseDefinition, type Definition } from '../../src/lib/survey/definition.ts';
import { demoDefinition } from '../../src/lib/survey/demo-definition.ts';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027.ts';
import { repoRoot } from '../backend/database.ts';
import { writeFileAtomically } from './cli.ts';
import { LOCAL_CODES_WAVE, LOCAL_INVITATION_CODES } from './local-codes.ts';

/**
 * The Görlitz wave's time window in local databases: open from 2026 until 2100, so the form can be
 * tried and tested at any time (the site's preview build treats the wave as open as well). The
 * real, still unconfirmed dates are in src/lib/survey/waves/goerlitz-2027.ts.
 */
export const LOCAL_WINDOW = { opensAt: '2026-01-01T00:00:00+01:00', closesAt: '2100-01-01T00:00:00+01:00' } as const;

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Inserts a wave and its definition (parsed JSON) unless the wave exists already. */
function waveSql(definition: Definition): string {
  const { wave } = definition;
  return `insert into public.survey_waves (slug, title_de, title_en, title_pl, opens_at, closes_at,
  participation_mode, min_group_size, results_after_close, daily_limit_per_network, min_plausible_seconds)
values (${literal(wave.slug)}, ${literal(wave.title.de)}, ${literal(wave.title.en)}, ${literal(wave.title.pl)},
  ${literal(wave.opensAt)}, ${literal(wave.closesAt)}, ${literal(wave.participation)}, ${wave.minGroupSize},
  ${wave.resultsAfterClose}, ${wave.dailyLimitPerNetwork}, ${wave.minPlausibleSeconds})
on conflict (slug) do nothing;

insert into public.survey_definitions (wave_id, definition)
select id, $definition$${JSON.stringify(definition, null, 2)}$definition$::jsonb
from public.survey_waves where slug = ${literal(wave.slug)}
on conflict (wave_id) do nothing;
`;
}

/** The seed SQL: the demo wave with made-up answers, and the Görlitz wave, open locally, with known codes. */
export function seedSql(): string {
  const demo = parseDefinition(demoDefinition, 'src/lib/survey/demo-definition.ts');
  const parsed = parseDefinition(goerlitz2027, 'src/lib/survey/waves/goerlitz-2027.ts');
  // The stored definition carries the same local window as its wave row.
  const goerlitz: Definition = { ...parsed, wave: { ...parsed.wave, ...LOCAL_WINDOW } };
  if (goerlitz.wave.slug !== LOCAL_CODES_WAVE) throw new Error(`scripts/survey/local-codes.ts names wave "${LOCAL_CODES_WAVE}", not "${goerlitz.wave.slug}".`);
  return `-- Data for local development and tests only (supabase db reset / npm run backend).
-- Generated from src/lib/survey/demo-definition.ts and src/lib/survey/waves/goerlitz-2027.ts by
-- scripts/survey/write-seed.ts; do not edit.
-- Never load this into a production project: the demo answers are made up, the Görlitz wave is
-- open far beyond its real dates, and its invitation codes are public.

-- The demo wave ------------------------------------------------------------------------------

${waveSql(demo)}
-- 150 made-up answers spread over districts and age bands, so that local results pages show
-- published and suppressed cells.
insert into public.survey_responses (wave_id, answers, submitted_on, idempotency_key)
select w.id,
  jsonb_build_object(
    'stadtteil', (array['innenstadt', 'altstadt', 'suedstadt', 'koenigshufen', 'andere'])[1 + (i * 7) % 5 % (1 + i % 4 + 1)],
    'altersgruppe', (array['a16_29', 'a30_49', 'a50_64', 'a65'])[1 + (i * 3) % 4],
    'sicherheit_tag', 1 + (i * 13) % 5,
    'sicherheit_nacht', 1 + (i * 11) % 4,
    'sorgen', case when i % 3 = 0 then '["einbruch"]'::jsonb else '["verkehr", "beleuchtung"]'::jsonb end,
    'wohndauer', (i * 17) % 80),
  current_date - (i % 20),
  gen_random_uuid()
from public.survey_waves w, generate_series(1, 150) i
where w.slug = ${literal(demo.wave.slug)}
  and not exists (select from public.survey_responses r where r.wave_id = w.id);

-- The Görlitz wave ---------------------------------------------------------------------------
-- The real questionnaire, but open from ${LOCAL_WINDOW.opensAt} to ${LOCAL_WINDOW.closesAt}: local
-- only, so the form can be tried and tested (the site's preview build treats the wave as open).
-- No answers: nothing made up is mixed into the real questionnaire's results.

${waveSql(goerlitz)}
-- ${LOCAL_INVITATION_CODES.length} well-known one-time codes (scripts/survey/local-codes.ts), stored as the database
-- expects: hashed by survey_hash_code(), like every real code.
insert into public.survey_invitation_codes (code_hash, wave_id)
select public.survey_hash_code(c), w.id
from public.survey_waves w,
  unnest(array[
${LOCAL_INVITATION_CODES.map((code) => `    ${literal(code)}`).join(',\n')}
  ]) c
where w.slug = ${literal(goerlitz.wave.slug)}
on conflict (code_hash) do nothing;
`;
}

if (import.meta.main) {
  await writeFileAtomically(join(repoRoot, 'supabase/seed.sql'), seedSql());
  process.stdout.write('wrote supabase/seed.sql\n');
}
