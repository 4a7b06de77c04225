-- pgTAP checks of the survey's public surface, for `supabase test db` (Docker) or pg_prove.
-- The full behaviour is tested in tests/db with real concurrent clients; this file guards the
-- privileges on the deployed schema.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;

select plan(8);

select is(
  (select count(*)::int from pg_class
   where relnamespace = 'public'::regnamespace and relkind = 'r' and relname like 'survey\_%' and not relrowsecurity),
  0,
  'every survey table has row level security enabled');

select is(
  (select array_agg(proname::text order by proname) from pg_proc
   where pronamespace = 'public'::regnamespace and proname like '%survey%'
     and has_function_privilege('anon', oid, 'execute')),
  array['submit_survey_response', 'survey_results'],
  'anon may execute exactly the two public survey functions');

select is(
  (select array_agg(proname::text order by proname) from pg_proc
   where pronamespace = 'public'::regnamespace and proname like '%survey%'
     and has_function_privilege('authenticated', oid, 'execute')),
  array['submit_survey_response', 'survey_results'],
  'authenticated may execute exactly the two public survey functions');

select is(
  (select count(*)::int from pg_class c
   where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname like 'survey\_%'
     and (has_table_privilege('anon', c.oid, 'select, insert, update, delete, truncate, references, trigger')
       or has_table_privilege('authenticated', c.oid, 'select, insert, update, delete, truncate, references, trigger')
       or has_table_privilege('service_role', c.oid, 'select, insert, update, delete, truncate'))),
  0,
  'no API role holds any privilege on a survey table');

select is(
  (select count(*)::int from pg_class c
   where c.relnamespace = 'public'::regnamespace and c.relkind = 'S' and c.relname like 'survey\_%'
     and (has_sequence_privilege('anon', c.oid, 'usage, select, update')
       or has_sequence_privilege('authenticated', c.oid, 'usage, select, update'))),
  0,
  'no API role may use a survey sequence');

select is(
  (select bool_and(prosecdef and proconfig @> array['search_path=""']) from pg_proc
   where pronamespace = 'public'::regnamespace and proname in ('submit_survey_response', 'survey_results')),
  true,
  'the public functions are security definer with an empty, fixed search_path');

-- Behaviour is the same for every caller of a security definer function; the catalog checks
-- above already pin down who may call it.
select throws_ok(
  $$ select public.submit_survey_response('no-such-wave', '{}'::jsonb, gen_random_uuid()) $$,
  'PT404',
  'wave_unknown',
  'an unknown wave is refused with a stable reason and status 404');

select is(
  has_function_privilege('anon', 'public.survey_purge_abuse_data()', 'execute'),
  false,
  'anon cannot run the internal purge');

select * from finish();
rollback;
