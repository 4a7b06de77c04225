-- Survey schema: waves, their questionnaire definitions, anonymous responses, one-time
-- invitation codes, and the short-lived abuse-limit data.
--
-- Privacy rules this schema enforces by its shape:
--   * a response carries the day of submission only: no time of day, no network address, no
--     user agent, and a random id, so that neither a timestamp nor an ascending id gives away
--     the order or the hour in which people answered;
--   * invitation codes are stored as hashes and are never linked to the response they unlocked;
--   * abuse-limit counters use a salted hash of the network address, the salt changes every day,
--     and both counters and salts are purged once their day is over.
--
-- Access: the anon and authenticated roles get no privilege on any of these tables; residents
-- reach them only through the two security definer functions of the next migration. Hosted
-- Supabase grants those roles everything on new objects by default, so every table revokes that
-- explicitly at the end of this file.
--
-- Deploying to a real Supabase project: `supabase link --project-ref <ref>` then
-- `supabase db push` (see supabase/README.md).

-- Waves -------------------------------------------------------------------------------------

create table public.survey_waves (
  id bigint generated always as identity primary key,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 64),
  title_de text not null check (length(title_de) between 1 and 200),
  title_en text not null check (length(title_en) between 1 and 200),
  title_pl text not null check (length(title_pl) between 1 and 200),
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  participation_mode text not null check (participation_mode in ('open', 'invitation')),
  min_group_size integer not null default 10 check (min_group_size between 1 and 1000),
  results_after_close boolean not null default true,
  daily_limit_per_network integer not null default 20 check (daily_limit_per_network >= 1),
  min_plausible_seconds integer not null default 60 check (min_plausible_seconds >= 0),
  check (closes_at > opens_at)
);

comment on table public.survey_waves is
  'Survey waves (Befragungswellen): one questionnaire run with its time window and rules.';
comment on column public.survey_waves.id is 'Internal key; the slug is what the public uses.';
comment on column public.survey_waves.slug is 'Stable public identifier, e.g. "2027-fruehjahr".';
comment on column public.survey_waves.title_de is 'Title in German.';
comment on column public.survey_waves.title_en is 'Title in English.';
comment on column public.survey_waves.title_pl is 'Title in Polish.';
comment on column public.survey_waves.opens_at is 'Submissions are accepted from this moment on.';
comment on column public.survey_waves.closes_at is 'Submissions are refused from this moment on.';
comment on column public.survey_waves.participation_mode is
  '"open": anyone may answer, limited per network and day; "invitation": a one-time code is required.';
comment on column public.survey_waves.min_group_size is
  'Smallest count published by survey_results; smaller cells are suppressed.';
comment on column public.survey_waves.results_after_close is
  'When true, survey_results refuses to answer until the wave has closed.';
comment on column public.survey_waves.daily_limit_per_network is
  'Open mode only: accepted submissions per network address and day (households share addresses).';
comment on column public.survey_waves.min_plausible_seconds is
  'A response completed faster than this is flagged "implausibly_fast" (kept, not refused).';

-- Definitions -------------------------------------------------------------------------------

create table public.survey_definitions (
  wave_id bigint primary key references public.survey_waves (id) on delete cascade,
  definition jsonb not null check (jsonb_typeof(definition) = 'object'
    and jsonb_typeof(definition -> 'questions') = 'array'),
  updated_at timestamptz not null default now()
);

comment on table public.survey_definitions is
  'The questionnaire of each wave, in the format of src/lib/survey/definition.ts (validated by zod before loading).';
comment on column public.survey_definitions.wave_id is 'The wave this questionnaire belongs to.';
comment on column public.survey_definitions.definition is
  'The definition as JSON: questions with ids, kinds, options and limits; the server-side checks read it.';
comment on column public.survey_definitions.updated_at is 'When the definition was last loaded.';

-- Responses ---------------------------------------------------------------------------------

create table public.survey_responses (
  -- Random, so the id reveals nothing about the order of submissions.
  id uuid primary key default gen_random_uuid(),
  wave_id bigint not null references public.survey_waves (id) on delete cascade,
  answers jsonb not null check (jsonb_typeof(answers) = 'object'),
  submitted_on date not null,
  quality_flags text[] not null default '{}',
  idempotency_key uuid not null unique
);

create index survey_responses_wave_idx on public.survey_responses (wave_id);

comment on table public.survey_responses is
  'Anonymous answers. Deliberately without time of day, network address or user agent.';
comment on column public.survey_responses.id is 'Random id; carries no ordering.';
comment on column public.survey_responses.wave_id is 'The wave answered.';
comment on column public.survey_responses.answers is
  'Answers keyed by question id, already checked against the definition.';
comment on column public.survey_responses.submitted_on is 'Day of submission (Europe/Berlin), never the time.';
comment on column public.survey_responses.quality_flags is
  'Hints for analysts, e.g. "implausibly_fast" or "start_time_in_future"; never a reason to refuse.';
comment on column public.survey_responses.idempotency_key is
  'Random key chosen by the form per submission, so a resent submission is stored once.';

-- Invitation codes --------------------------------------------------------------------------

create table public.survey_invitation_codes (
  code_hash bytea primary key check (length(code_hash) = 32),
  wave_id bigint not null references public.survey_waves (id) on delete cascade,
  used boolean not null default false
);

comment on table public.survey_invitation_codes is
  'One-time codes for invitation waves. Only the SHA-256 of the normalised code is kept, and a used code is not linked to any response.';
comment on column public.survey_invitation_codes.code_hash is 'sha256 of the code in upper case without separators.';
comment on column public.survey_invitation_codes.wave_id is 'The wave the code opens.';
comment on column public.survey_invitation_codes.used is 'Set once, by the submission that consumed the code.';

-- Abuse limit (kept apart from responses, purged daily) -------------------------------------

create table public.survey_abuse_salts (
  day date primary key,
  salt bytea not null
);

comment on table public.survey_abuse_salts is
  'One random salt per day for hashing network addresses; deleting a day''s salt makes its hashes unlinkable.';
comment on column public.survey_abuse_salts.day is 'The day (Europe/Berlin) the salt is used for.';
comment on column public.survey_abuse_salts.salt is 'Random bytes, never exported.';

create table public.survey_abuse_counters (
  day date not null,
  wave_id bigint not null references public.survey_waves (id) on delete cascade,
  network_hash bytea not null,
  submissions integer not null default 0,
  primary key (day, wave_id, network_hash)
);

comment on table public.survey_abuse_counters is
  'Accepted open-mode submissions per salted network hash and day. Never joined with responses; purged after its day.';
comment on column public.survey_abuse_counters.day is 'The day counted; rows of past days are deleted.';
comment on column public.survey_abuse_counters.wave_id is 'The wave counted.';
comment on column public.survey_abuse_counters.network_hash is 'sha256(daily salt || network address).';
comment on column public.survey_abuse_counters.submissions is 'Accepted submissions so far that day.';

-- Results cache -----------------------------------------------------------------------------

create table public.survey_results_cache (
  wave_id bigint primary key references public.survey_waves (id) on delete cascade,
  computed_at timestamptz not null,
  result jsonb not null
);

comment on table public.survey_results_cache is
  'The last published (already suppressed) result per wave, so that many readers do not each aggregate every response.';
comment on column public.survey_results_cache.wave_id is 'The wave.';
comment on column public.survey_results_cache.computed_at is 'When the result was computed.';
comment on column public.survey_results_cache.result is 'The jsonb returned by survey_results.';

-- Row level security and privileges ---------------------------------------------------------

-- RLS without any policy denies every row to every role that does not bypass RLS; together with
-- the revokes below this holds even if someone later grants a privilege by mistake.
alter table public.survey_waves enable row level security;
alter table public.survey_definitions enable row level security;
alter table public.survey_responses enable row level security;
alter table public.survey_invitation_codes enable row level security;
alter table public.survey_abuse_salts enable row level security;
alter table public.survey_abuse_counters enable row level security;
alter table public.survey_results_cache enable row level security;

-- Supabase's default privileges granted these roles everything on the tables and the identity
-- sequence just created; take it back. service_role loses them as well: analysts export through
-- a direct database connection, so no API key can read raw answers.
revoke all on table
  public.survey_waves,
  public.survey_definitions,
  public.survey_responses,
  public.survey_invitation_codes,
  public.survey_abuse_salts,
  public.survey_abuse_counters,
  public.survey_results_cache
from public, anon, authenticated, service_role;

revoke all on sequence public.survey_waves_id_seq from public, anon, authenticated, service_role;
