// Reading a wave's published results: live from the Data API (as supabase-js calls
// survey_results, with a short timeout so a build never hangs on an unreachable backend), or from
// the committed snapshot in src/data/befragung/ergebnisse/<slug>.json. Plain TypeScript, so the
// build, scripts/survey/snapshot.ts and the tests use the same code.
import { z } from 'zod';

import { refusalFromError, type Reason } from './reasons.ts';
import type { SurveyResults } from './results.ts';

const count = z.int().min(0).nullable();
const counts = z.record(z.string(), count);
const group = z.object({ group: z.string().nullable(), n: count, counts });

/** The shape of survey_results(p_wave), checked before a page trusts it. */
export const surveyResultsSchema = z.object({
  /** The wave's slug. */
  wave: z.string(),
  /** Smallest published count of the wave. */
  minGroupSize: z.int().min(1),
  /** All responses; null while fewer than minGroupSize. */
  responses: count,
  /** One entry per published question, in definition order. */
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['single', 'multiple', 'scale']),
      n: count,
      counts,
      breakdowns: z.object({ district: z.array(group).optional(), ageBand: z.array(group).optional() }),
    }),
  ),
}) satisfies z.ZodType<SurveyResults>;

/** A committed snapshot file: when the counts were fetched and what survey_results returned. */
export const snapshotSchema = z.object({
  /** ISO 8601 moment of the fetch. */
  fetchedAt: z.iso.datetime({ offset: true }),
  results: surveyResultsSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** What a fetch brought: the results, or why there are none. */
export type FetchOutcome =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; why: 'unreachable'; detail: string }
  | { ok: false; why: 'refused'; reason: Reason | null; status: number }
  | { ok: false; why: 'invalid'; detail: string };

/**
 * Calls survey_results(p_wave) on the Data API the way supabase-js does (POST to
 * /rest/v1/rpc/survey_results with apikey and bearer token). Never throws: a timeout or a
 * network error is "unreachable", a refusal carries the reason (e.g. results_not_available).
 */
export async function fetchResults(url: string, anonKey: string, slug: string, timeoutMs = 3000): Promise<FetchOutcome> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(`${url.replace(/\/+$/, '')}/rest/v1/rpc/survey_results`, {
      method: 'POST',
      headers: { apikey: anonKey, Authorization: `Bearer ${anonKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ p_wave: slug }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.json().catch(() => null);
  } catch (error) {
    return { ok: false, why: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) {
    const error = (body ?? {}) as { code?: string; message?: string; details?: string | null };
    const { reason, status } = refusalFromError(error, response.status);
    return { ok: false, why: 'refused', reason, status };
  }
  const parsed = surveyResultsSchema.safeParse(body);
  if (!parsed.success) return { ok: false, why: 'invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, snapshot: { fetchedAt: new Date().toISOString(), results: parsed.data } };
}

/** One line for the build log or the terminal: why a fetch brought no results. */
export function describeOutcome(outcome: Exclude<FetchOutcome, { ok: true }>): string {
  if (outcome.why === 'refused') return `refused (${outcome.status}${outcome.reason ? `, ${outcome.reason}` : ''})`;
  return `${outcome.why}: ${outcome.detail}`;
}

/** Parses a snapshot file's content, naming the file and every bad field if it is broken. */
export function parseSnapshot(input: unknown, source: string): Snapshot {
  const parsed = snapshotSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(
      `${source} is not a valid results snapshot:\n${lines.join('\n')}\nWrite it again with \`npm run survey:snapshot\`.`,
    );
  }
  return parsed.data;
}

/** The text of a snapshot file as scripts/survey/snapshot.ts writes it. */
export function snapshotFileText(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Where the results of a page come from, and the snapshot itself when there is one. */
export type ResultsSource = { from: 'live' | 'snapshot'; snapshot: Snapshot } | { from: 'none'; snapshot: null };

/** The live result when reachable, else the committed snapshot, else none. */
export function chooseResults(live: FetchOutcome | null, committed: Snapshot | undefined): ResultsSource {
  if (live?.ok) return { from: 'live', snapshot: live.snapshot };
  if (committed) return { from: 'snapshot', snapshot: committed };
  return { from: 'none', snapshot: null };
}
