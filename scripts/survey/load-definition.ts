// Loading a questionnaire definition (and the wave settings it carries) into the database.
import type pg from 'pg';
import type { Definition } from '../../src/lib/survey/definition.ts';

/** Lists changes that would make stored answers meaningless: removed questions, changed kinds, removed option codes. */
export function breakingChanges(previous: Definition, next: Definition): string[] {
  const problems: string[] = [];
  for (const old of previous.questions) {
    const now = next.questions.find((q) => q.id === old.id);
    if (!now) {
      problems.push(`question "${old.id}" was removed`);
      continue;
    }
    if (now.kind !== old.kind) problems.push(`question "${old.id}" changed from ${old.kind} to ${now.kind}`);
    if ('options' in old && 'options' in now) {
      for (const option of old.options) {
        if (!now.options.some((o) => o.code === option.code)) problems.push(`option "${option.code}" of "${old.id}" was removed`);
      }
    }
  }
  return problems;
}

/** Upserts the wave and its definition in one transaction; refuses breaking changes once answers exist unless forced. */
export async function loadDefinition(client: pg.ClientBase, definition: Definition, options: { force?: boolean } = {}) {
  const { wave } = definition;
  await client.query('begin');
  try {
    const existing = await client.query<{ definition: Definition; responses: number }>(
      `select d.definition, (select count(*)::int from public.survey_responses r where r.wave_id = w.id) as responses
       from public.survey_waves w join public.survey_definitions d on d.wave_id = w.id
       where w.slug = $1 for update of w`,
      [wave.slug],
    );
    const before = existing.rows[0];
    if (before && before.responses > 0 && !options.force) {
      const problems = breakingChanges(before.definition, definition);
      if (problems.length > 0) {
        throw new Error(
          `wave "${wave.slug}" already has ${before.responses} responses and the new definition would orphan them:\n  ${problems.join('\n  ')}\n` +
            'Keep ids and codes stable, or pass --force if you really mean it.',
        );
      }
    }
    const { rows } = await client.query<{ id: string; inserted: boolean }>(
      `insert into public.survey_waves as w (slug, title_de, title_en, title_pl, opens_at, closes_at, participation_mode,
         min_group_size, results_after_close, daily_limit_per_network, min_plausible_seconds)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (slug) do update set title_de = excluded.title_de, title_en = excluded.title_en,
         title_pl = excluded.title_pl, opens_at = excluded.opens_at, closes_at = excluded.closes_at,
         participation_mode = excluded.participation_mode, min_group_size = excluded.min_group_size,
         results_after_close = excluded.results_after_close,
         daily_limit_per_network = excluded.daily_limit_per_network,
         min_plausible_seconds = excluded.min_plausible_seconds
       returning id, (xmax = 0) as inserted`,
      [
        wave.slug,
        wave.title.de,
        wave.title.en,
        wave.title.pl,
        wave.opensAt,
        wave.closesAt,
        wave.participation,
        wave.minGroupSize,
        wave.resultsAfterClose,
        wave.dailyLimitPerNetwork,
        wave.minPlausibleSeconds,
      ],
    );
    await client.query(
      `insert into public.survey_definitions (wave_id, definition) values ($1, $2)
       on conflict (wave_id) do update set definition = excluded.definition, updated_at = now()`,
      [rows[0].id, JSON.stringify(definition)],
    );
    await client.query('commit');
    return { waveId: Number(rows[0].id), created: rows[0].inserted };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
