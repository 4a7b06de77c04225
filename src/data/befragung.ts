// The survey as the site shows it: which waves have pages, which one is current, where the Data
// API is, and whether this build is a preview. One place for all of it.
import { parseDefinition, type Definition } from '../lib/survey/definition.ts';
import { demoDefinition } from '../lib/survey/demo-definition.ts';
import { resultsPublic, waveState, type WaveState } from '../lib/survey/schedule.ts';
import { goerlitz2027 } from '../lib/survey/waves/goerlitz-2027.ts';

/**
 * A preview build (`astro dev`, or SURVEY_PREVIEW=1 for the test build) treats the current wave as
 * open and adds the demo wave, so that the survey can be tried against the local backend, whose
 * seed opens the wave. Survey pages then say so in a banner. Never deploy a preview build.
 */
export const surveyPreview = import.meta.env.DEV || process.env.SURVEY_PREVIEW === '1';

/** The wave residents are invited to now (or next). */
export const currentWave: Definition = parseDefinition(goerlitz2027, 'src/lib/survey/waves/goerlitz-2027.ts');

/** Every wave with pages on the site, newest first. The demo wave only in preview builds. */
export const surveyWaves: Definition[] = [
  currentWave,
  ...(surveyPreview ? [parseDefinition(demoDefinition, 'src/lib/survey/demo-definition.ts')] : []),
];

/** The moment the build looks at the waves' schedules. */
export const buildTime = new Date();

/** A wave's state for this build (the current wave counts as open in a preview). */
export function surveyState(definition: Definition): WaveState {
  if (surveyPreview && definition === currentWave) return 'open';
  return waveState(definition.wave, buildTime);
}

/** Whether this build may show a wave's results (a preview shows what the local backend allows). */
export function surveyResultsPublic(definition: Definition): boolean {
  return surveyPreview || resultsPublic(definition.wave, buildTime);
}

/** The local Supabase stack's address and its well-known anon key (see .env.example). */
const LOCAL_API_URL = 'http://127.0.0.1:54321';
const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

if (!surveyPreview && !import.meta.env.PUBLIC_SUPABASE_URL) {
  console.warn('[befragung] PUBLIC_SUPABASE_URL is not set: the survey in this build talks to the local backend (see docs/deploy.md).');
}

/** Where the form sends answers and the results page reads counts. */
export const supabaseConfig = {
  url: import.meta.env.PUBLIC_SUPABASE_URL || LOCAL_API_URL,
  anonKey: import.meta.env.PUBLIC_SUPABASE_ANON_KEY || LOCAL_ANON_KEY,
};
