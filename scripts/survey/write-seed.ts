// Regenerates supabase/seed.sql from the demo definition:
//   ./node_modules/.bin/node scripts/survey/write-seed.ts
// A backend test fails when the two drift apart.
import { join } from 'node:path';
import { parseDefinition } from '../../src/lib/survey/definition.ts';
import { demoDefinition } from '../../src/lib/survey/demo-definition.ts';
import { repoRoot } from '../backend/database.ts';
import { writeFileAtomically } from './cli.ts';

/** The seed SQL for a definition: its wave, the definition, and made-up answers so results show something. */
export function seedSql(): string {
  const definition = parseDefinition(demoDefinition, 'src/lib/survey/demo-definition.ts');
  const { wave } = definition;
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  return `-- DEMO data for local development only (supabase db reset / npm run backend).
-- Generated from src/lib/survey/demo-definition.ts by scripts/survey/write-seed.ts; do not edit.
-- Never load this into a production project: the answers below are made up.

insert into public.survey_waves (slug, title_de, title_en, title_pl, opens_at, closes_at,
  participation_mode, min_group_size, results_after_close, daily_limit_per_network, min_plausible_seconds)
values (${literal(wave.slug)}, ${literal(wave.title.de)}, ${literal(wave.title.en)}, ${literal(wave.title.pl)},
  ${literal(wave.opensAt)}, ${literal(wave.closesAt)}, ${literal(wave.participation)}, ${wave.minGroupSize},
  ${wave.resultsAfterClose}, ${wave.dailyLimitPerNetwork}, ${wave.minPlausibleSeconds})
on conflict (slug) do nothing;

insert into public.survey_definitions (wave_id, definition)
select id, $definition$${JSON.stringify(definition, null, 2)}$definition$::jsonb
from public.survey_waves where slug = ${literal(wave.slug)}
on conflict (wave_id) do nothing;

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
where w.slug = ${literal(wave.slug)}
  and not exists (select from public.survey_responses r where r.wave_id = w.id);
`;
}

if (import.meta.main) {
  await writeFileAtomically(join(repoRoot, 'supabase/seed.sql'), seedSql());
  process.stdout.write('wrote supabase/seed.sql\n');
}
