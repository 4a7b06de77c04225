-- The survey's public surface: exactly two functions, submit_survey_response and
-- survey_results, both security definer with a fixed search_path. Everything else here is an
-- internal helper that no API role may execute.
--
-- Rejections are raised with SQLSTATE "PT<status>", which PostgREST (and the local Data API in
-- data-api/) turns into that HTTP status. The error message is a stable reason code from
-- src/lib/survey/reasons.ts; the details carry the question id where one applies; the hint is an
-- English sentence for developers. The form turns the reason into German, English or Polish.

-- Helpers -----------------------------------------------------------------------------------

create function public.survey_reject(p_reason text, p_question text default null)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  -- The status is part of the contract with the form; keep in sync with reasons.ts.
  v_status text := case
    when p_reason = 'wave_unknown' then '404'
    when p_reason in ('wave_not_open', 'wave_closed', 'code_required', 'code_unknown',
                      'results_not_available') then '403'
    when p_reason in ('code_used', 'idempotency_key_reused') then '409'
    when p_reason = 'limit_reached' then '429'
    else '400'
  end;
begin
  -- RAISE refuses null options, hence two branches.
  if p_question is null then
    raise exception using errcode = 'PT' || v_status, message = p_reason,
      hint = 'Stable reason code; see src/lib/survey/reasons.ts.';
  end if;
  raise exception using errcode = 'PT' || v_status, message = p_reason, detail = p_question,
    hint = 'Stable reason code; the details name the question.';
end;
$$;

comment on function public.survey_reject(text, text) is
  'Raises a survey rejection: SQLSTATE PT<http status>, message = reason code, detail = question id.';

create function public.survey_hash_code(p_code text)
returns bytea
language sql
immutable
strict
set search_path = ''
as $$
  -- Codes are printed in groups ("K7QM-2XHP-…") and typed by hand: ignore case and separators.
  select sha256(convert_to(upper(regexp_replace(p_code, '[^0-9A-Za-z]', '', 'g')), 'UTF8'));
$$;

comment on function public.survey_hash_code(text) is
  'The stored form of an invitation code: sha256 of the code in upper case without separators.';

create function public.survey_answer_error(p_definition jsonb, p_answers jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
-- The server-side twin of checkAnswers() in src/lib/survey/validate.ts. Both check in the same
-- order and report the first failure, so browser and database give the same verdict; the
-- property test in tests/db holds them to that.
declare
  v_no_answer constant text := 'keine_angabe';
  v_question jsonb;
  v_id text;
  v_kind text;
  v_value jsonb;
  v_element jsonb;
  v_allowed text[];
  v_seen text[];
  v_number numeric;
  v_offers_no_answer boolean;
begin
  if p_answers is null or jsonb_typeof(p_answers) <> 'object' then
    return jsonb_build_object('reason', 'answers_not_object', 'question', null);
  end if;

  -- Removing every known id must leave nothing; an unknown key is not tied to a form field.
  if (p_answers - array(select q ->> 'id' from jsonb_array_elements(p_definition -> 'questions') q))
     <> '{}'::jsonb then
    return jsonb_build_object('reason', 'question_unknown', 'question', null);
  end if;

  for v_question in
    select q from jsonb_array_elements(p_definition -> 'questions') with ordinality as t (q, i) order by i
  loop
    v_id := v_question ->> 'id';
    v_kind := v_question ->> 'kind';
    v_value := p_answers -> v_id;
    v_offers_no_answer := coalesce((v_question ->> 'noAnswer')::boolean, false);

    -- null, "" and [] all mean "not answered".
    if v_value is null or v_value in ('null'::jsonb, '""'::jsonb, '[]'::jsonb) then
      if (v_question ->> 'required')::boolean then
        return jsonb_build_object('reason', 'answer_required', 'question', v_id);
      end if;
      continue;
    end if;

    if v_kind in ('single', 'multiple') then
      v_allowed := array(select o ->> 'code' from jsonb_array_elements(v_question -> 'options') o);
      if v_offers_no_answer then
        v_allowed := v_allowed || v_no_answer;
      end if;
    end if;

    if v_kind = 'single' then
      if jsonb_typeof(v_value) <> 'string' then
        return jsonb_build_object('reason', 'answer_type', 'question', v_id);
      end if;
      if not (v_value #>> '{}') = any (v_allowed) then
        return jsonb_build_object('reason', 'option_unknown', 'question', v_id);
      end if;

    elsif v_kind = 'multiple' then
      if jsonb_typeof(v_value) <> 'array' then
        return jsonb_build_object('reason', 'answer_type', 'question', v_id);
      end if;
      v_seen := '{}';
      for v_element in select e from jsonb_array_elements(v_value) with ordinality as t (e, i) order by i loop
        if jsonb_typeof(v_element) <> 'string' then
          return jsonb_build_object('reason', 'answer_type', 'question', v_id);
        end if;
        if not (v_element #>> '{}') = any (v_allowed) then
          return jsonb_build_object('reason', 'option_unknown', 'question', v_id);
        end if;
        if (v_element #>> '{}') = any (v_seen) then
          return jsonb_build_object('reason', 'option_duplicate', 'question', v_id);
        end if;
        v_seen := v_seen || (v_element #>> '{}');
      end loop;
      if v_no_answer = any (v_seen) and cardinality(v_seen) > 1 then
        return jsonb_build_object('reason', 'no_answer_exclusive', 'question', v_id);
      end if;
      if v_question ? 'maxSelections'
         and cardinality(v_seen) > (v_question ->> 'maxSelections')::integer then
        return jsonb_build_object('reason', 'too_many_options', 'question', v_id);
      end if;

    elsif v_kind in ('scale', 'number') then
      if v_offers_no_answer and v_value = to_jsonb(v_no_answer) then
        continue;
      end if;
      if jsonb_typeof(v_value) <> 'number' then
        return jsonb_build_object('reason', 'answer_type', 'question', v_id);
      end if;
      v_number := v_value::numeric;
      if (v_kind = 'scale' or coalesce((v_question ->> 'integer')::boolean, true))
         and v_number <> trunc(v_number) then
        return jsonb_build_object('reason', 'not_integer', 'question', v_id);
      end if;
      if v_number < (v_question ->> 'min')::numeric or v_number > (v_question ->> 'max')::numeric then
        return jsonb_build_object('reason', 'out_of_range', 'question', v_id);
      end if;

    elsif v_kind = 'text' then
      if jsonb_typeof(v_value) <> 'string' then
        return jsonb_build_object('reason', 'answer_type', 'question', v_id);
      end if;
      -- char_length counts code points, like [...text].length in the browser.
      if char_length(v_value #>> '{}') > (v_question ->> 'maxLength')::integer then
        return jsonb_build_object('reason', 'text_too_long', 'question', v_id);
      end if;

    else
      -- A kind this function does not know means the definition is newer than the schema.
      raise exception 'survey definition has unknown question kind "%"', v_kind;
    end if;
  end loop;

  return null;
end;
$$;

comment on function public.survey_answer_error(jsonb, jsonb) is
  'Checks answers against a definition; returns null when valid, else {reason, question} of the first failure.';

create function public.survey_network_hash(p_day date)
returns bytea
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_headers jsonb := nullif(current_setting('request.headers', true), '')::jsonb;
  v_address text;
  v_salt bytea;
begin
  -- Supabase's edge sets cf-connecting-ip; the local Data API sets x-forwarded-for to the socket
  -- address it saw. Without any header (a direct database session) everyone shares one bucket.
  v_address := coalesce(
    v_headers ->> 'cf-connecting-ip',
    v_headers ->> 'x-real-ip',
    btrim(split_part(v_headers ->> 'x-forwarded-for', ',', 1)),
    'unknown');

  select salt into v_salt from public.survey_abuse_salts where day = p_day;
  if v_salt is null then
    -- First open-mode submission of the day: drop the past days' data and roll a new salt.
    perform public.survey_purge_abuse_data();
    insert into public.survey_abuse_salts (day, salt)
    values (p_day, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))
    on conflict (day) do nothing;
    select salt into v_salt from public.survey_abuse_salts where day = p_day;
  end if;

  return sha256(v_salt || convert_to(v_address, 'UTF8'));
end;
$$;

comment on function public.survey_network_hash(date) is
  'sha256 of the caller''s network address (from request.headers) with the day''s random salt.';

create function public.survey_purge_abuse_data()
returns integer
language plpgsql
volatile
set search_path = ''
set timezone = 'Europe/Berlin'
as $$
declare
  v_counters integer;
  v_salts integer;
begin
  delete from public.survey_abuse_counters where day < current_date;
  get diagnostics v_counters = row_count;
  delete from public.survey_abuse_salts where day < current_date;
  get diagnostics v_salts = row_count;
  return v_counters + v_salts;
end;
$$;

comment on function public.survey_purge_abuse_data() is
  'Deletes abuse-limit counters and salts of past days; schedule it every few minutes with pg_cron (see supabase/README.md).';

-- submit_survey_response --------------------------------------------------------------------

create function public.submit_survey_response(
  p_wave text,
  p_answers jsonb,
  p_idempotency_key uuid,
  p_invitation_code text default null,
  p_started_at timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
set timezone = 'Europe/Berlin'
as $$
declare
  v_wave public.survey_waves;
  v_definition jsonb;
  v_error jsonb;
  v_stored_wave bigint;
  v_today date := current_date;
  v_flags text[] := '{}';
  v_count integer;
  v_success constant jsonb := jsonb_build_object('status', 'stored');
begin
  if p_wave is null then
    perform public.survey_reject('wave_unknown');
  end if;
  if p_idempotency_key is null then
    perform public.survey_reject('idempotency_key_missing');
  end if;

  select * into v_wave from public.survey_waves where slug = p_wave;
  if not found then
    perform public.survey_reject('wave_unknown');
  end if;

  -- Same key at the same moment: the second waits here until the first commits, then finds its
  -- row below and answers with the same success instead of storing twice or failing.
  perform pg_advisory_xact_lock(hashtextextended(p_idempotency_key::text, 0));
  select wave_id into v_stored_wave from public.survey_responses
  where idempotency_key = p_idempotency_key;
  if found then
    if v_stored_wave = v_wave.id then
      return v_success;
    end if;
    perform public.survey_reject('idempotency_key_reused');
  end if;

  if now() < v_wave.opens_at then
    perform public.survey_reject('wave_not_open');
  end if;
  if now() >= v_wave.closes_at then
    perform public.survey_reject('wave_closed');
  end if;

  select definition into v_definition from public.survey_definitions where wave_id = v_wave.id;
  if v_definition is null then
    -- A wave without a questionnaire cannot take answers yet.
    perform public.survey_reject('wave_not_open');
  end if;

  v_error := public.survey_answer_error(v_definition, p_answers);
  if v_error is not null then
    perform public.survey_reject(v_error ->> 'reason', v_error ->> 'question');
  end if;

  if v_wave.participation_mode = 'invitation' then
    if p_invitation_code is null or btrim(p_invitation_code) = '' then
      perform public.survey_reject('code_required');
    end if;
    -- The row lock makes parallel uses of one code wait; only the first finds it unused.
    update public.survey_invitation_codes set used = true
    where code_hash = public.survey_hash_code(p_invitation_code)
      and wave_id = v_wave.id
      and not used;
    if not found then
      if exists (select from public.survey_invitation_codes
                 where code_hash = public.survey_hash_code(p_invitation_code)
                   and wave_id = v_wave.id) then
        perform public.survey_reject('code_used');
      end if;
      perform public.survey_reject('code_unknown');
    end if;
  else
    -- Counted before storing; if the limit is exceeded the raise rolls the increment back, so
    -- only accepted submissions count.
    insert into public.survey_abuse_counters as c (day, wave_id, network_hash, submissions)
    values (v_today, v_wave.id, public.survey_network_hash(v_today), 1)
    on conflict (day, wave_id, network_hash)
      do update set submissions = c.submissions + 1
    returning submissions into v_count;
    if v_count > v_wave.daily_limit_per_network then
      perform public.survey_reject('limit_reached');
    end if;
  end if;

  -- The start time only yields a flag; it is never stored.
  if p_started_at is not null then
    if p_started_at > now() + interval '5 minutes' then
      v_flags := v_flags || 'start_time_in_future'::text;
    elsif now() - p_started_at < make_interval(secs => v_wave.min_plausible_seconds) then
      v_flags := v_flags || 'implausibly_fast'::text;
    end if;
  end if;

  insert into public.survey_responses (wave_id, answers, submitted_on, quality_flags, idempotency_key)
  values (
    v_wave.id,
    -- Drop "not answered" entries so that counting a key means counting an answer.
    coalesce((select jsonb_object_agg(key, value) from jsonb_each(p_answers)
              where value not in ('null'::jsonb, '""'::jsonb, '[]'::jsonb)), '{}'::jsonb),
    v_today,
    v_flags,
    p_idempotency_key
  );

  return v_success;
end;
$$;

comment on function public.submit_survey_response(text, jsonb, uuid, text, timestamptz) is
  'Public: validates and stores one anonymous response; idempotent per key. Rejects with SQLSTATE PT<status> and a reason code.';

-- Results -----------------------------------------------------------------------------------

create function public.survey_suppress(p_values integer[], p_suppressed boolean[], p_lines integer[])
returns boolean[]
language plpgsql
immutable
set search_path = ''
as $$
-- Complementary suppression by the "never exactly one per line" rule. A line is a set of cells
-- bound by one sum (a row with its n, a column with its overall total). If a line has exactly
-- one suppressed cell, that cell equals the total minus the others, so the smallest other cell
-- (preferring non-zero ones) is suppressed too. Repeat until no line changes. p_lines lists the
-- cell indexes of each line, lines separated by -1.
declare
  v_suppressed boolean[] := p_suppressed;
  v_changed boolean := true;
  v_line integer[];
  v_pos integer;
  v_hidden integer;
  v_pick integer;
  v_cell integer;
begin
  while v_changed loop
    v_changed := false;
    v_pos := 1;
    while v_pos <= coalesce(cardinality(p_lines), 0) loop
      v_line := '{}';
      while v_pos <= cardinality(p_lines) and p_lines[v_pos] <> -1 loop
        v_line := v_line || p_lines[v_pos];
        v_pos := v_pos + 1;
      end loop;
      v_pos := v_pos + 1;

      v_hidden := 0;
      foreach v_cell in array v_line loop
        if v_suppressed[v_cell] then
          v_hidden := v_hidden + 1;
        end if;
      end loop;
      continue when v_hidden <> 1;

      v_pick := null;
      foreach v_cell in array v_line loop
        if not v_suppressed[v_cell] and (
             v_pick is null
             or (p_values[v_cell] > 0 and (p_values[v_pick] = 0 or p_values[v_cell] < p_values[v_pick])))
        then
          v_pick := v_cell;
        end if;
      end loop;
      if v_pick is not null then
        v_suppressed[v_pick] := true;
        v_changed := true;
      end if;
    end loop;
  end loop;
  return v_suppressed;
end;
$$;

comment on function public.survey_suppress(integer[], boolean[], integer[]) is
  'Adds complementary suppressions until no sum line has exactly one hidden cell.';

create function public.survey_compute_results(p_wave_id bigint)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
-- For every choice and scale question: counts per option overall and per district and age band
-- group. Each question forms one table: row 1 is the overall row, then one row per group of each
-- breakdown; column 1 is n, then one column per option. Rows sum up (single choice and scale:
-- every respondent picks one option) and columns sum up (every respondent is in exactly one
-- group per breakdown, "not answered" being a group of its own).
declare
  v_no_answer constant text := 'keine_angabe';
  v_wave public.survey_waves;
  v_definition jsonb;
  v_k integer;
  v_counts jsonb;
  v_total integer;
  v_dims text[] := '{}';
  v_scalar text[];
  v_multi text[];
  v_dim_names text[] := '{}';
  v_dim_groups jsonb := '[]';
  v_question jsonb;
  v_id text;
  v_kind text;
  v_options text[];
  v_width integer;
  v_rows text[][];
  v_row_dims integer[];
  v_values integer[];
  v_suppressed boolean[];
  v_lines integer[];
  v_row integer;
  v_col integer;
  v_dim integer;
  v_group text;
  v_key text;
  v_out jsonb := '[]';
  v_q_out jsonb;
  v_by jsonb;
  v_group_list jsonb;
  v_counts_out jsonb;
  v_idx integer;
  v_groups text[];
begin
  select * into v_wave from public.survey_waves where id = p_wave_id;
  select definition into v_definition from public.survey_definitions where wave_id = p_wave_id;
  v_k := v_wave.min_group_size;

  foreach v_key in array array['district', 'ageBand'] loop
    if v_definition -> 'breakdowns' ? v_key then
      v_dims := v_dims || (v_definition -> 'breakdowns' ->> v_key);
      v_dim_names := v_dim_names || v_key;
    end if;
  end loop;

  -- The counted questions: one value each (single choice, scale) or a list (multiple choice).
  select coalesce(array_agg(q ->> 'id') filter (where q ->> 'kind' in ('single', 'scale')), '{}'),
         coalesce(array_agg(q ->> 'id') filter (where q ->> 'kind' = 'multiple'), '{}')
  into v_scalar, v_multi
  from jsonb_array_elements(v_definition -> 'questions') q;

  -- One pass over the responses, counting at the finest level (question, option, district,
  -- age band); overall and per-breakdown sums come from that small table. Keys are
  -- "question|option|dimension|group" with dimension 0 = overall; the option \x1e stands for n.
  -- \x1f separates, as ids and codes cannot contain it.
  with r as (
    select answers,
           coalesce(answers ->> v_dims[1], '') as g1,
           coalesce(answers ->> v_dims[2], '') as g2
    from public.survey_responses where wave_id = p_wave_id
  ), cells as (
    select s.q as qid,
           case when jsonb_typeof(s.v) = 'number' then trunc(s.v::numeric)::text else s.v #>> '{}' end as opt,
           s.g1, s.g2
    from (select q, r.answers -> q as v, r.g1, r.g2 from r cross join unnest(v_scalar) q) s
    -- Rows typed in by staff may hold "not answered" values; they count nowhere.
    where jsonb_typeof(s.v) in ('string', 'number') and s.v <> '""'::jsonb
    union all
    select q, e, r.g1, r.g2
    from r cross join unnest(v_multi) q
    cross join lateral jsonb_array_elements_text(
      case when jsonb_typeof(r.answers -> q) = 'array' then r.answers -> q else '[]'::jsonb end) e
    union all
    select q, E'\x1e', r.g1, r.g2
    from r cross join unnest(v_multi) q
    where jsonb_typeof(r.answers -> q) = 'array' and r.answers -> q <> '[]'::jsonb
  ), fine as materialized (
    select qid, opt, g1, g2, count(*)::integer as c from cells group by qid, opt, g1, g2
  ), with_n as (
    select qid, opt, g1, g2, c from fine
    union all
    -- For one-value questions n is the number of values.
    select qid, E'\x1e', g1, g2, sum(c)::integer from fine where qid = any (v_scalar) group by qid, g1, g2
  )
  select coalesce(jsonb_object_agg(k, c), '{}'::jsonb) into v_counts
  from (
    select qid || E'\x1f' || opt || E'\x1f0' as k, sum(c) as c from with_n group by qid, opt
    union all
    select qid || E'\x1f' || opt || E'\x1f1\x1f' || g1, sum(c) from with_n group by qid, opt, g1
    union all
    select qid || E'\x1f' || opt || E'\x1f2\x1f' || g2, sum(c) from with_n group by qid, opt, g2
  ) t;
  select count(*)::integer into v_total from public.survey_responses where wave_id = p_wave_id;

  -- The groups of a breakdown are the options of its question, "keine Angabe" and "not answered" ('').
  for v_dim in 1 .. coalesce(cardinality(v_dims), 0) loop
    select q into v_question from jsonb_array_elements(v_definition -> 'questions') q
    where q ->> 'id' = v_dims[v_dim];
    v_groups := array(select o ->> 'code' from jsonb_array_elements(v_question -> 'options') o);
    if coalesce((v_question ->> 'noAnswer')::boolean, false) then
      v_groups := v_groups || v_no_answer;
    end if;
    v_dim_groups := v_dim_groups || jsonb_build_array(to_jsonb(v_groups || ''::text));
  end loop;

  for v_question in select q from jsonb_array_elements(v_definition -> 'questions') with ordinality t (q, i) order by i loop
    v_id := v_question ->> 'id';
    v_kind := v_question ->> 'kind';
    continue when v_kind not in ('single', 'multiple', 'scale');

    if v_kind = 'scale' then
      v_options := array(select g::text from generate_series((v_question ->> 'min')::integer,
                                                              (v_question ->> 'max')::integer) g);
    else
      v_options := array(select o ->> 'code' from jsonb_array_elements(v_question -> 'options') o);
    end if;
    if coalesce((v_question ->> 'noAnswer')::boolean, false) then
      v_options := v_options || v_no_answer;
    end if;
    v_width := cardinality(v_options) + 1;

    -- Rows: (dimension, group); dimension 0 is the overall row. A breakdown by the question
    -- itself would only repeat its overall counts, so it is left out.
    v_row_dims := array[0];
    v_rows := array[array['0', '']];
    for v_dim in 1 .. coalesce(cardinality(v_dims), 0) loop
      continue when v_dims[v_dim] = v_id;
      foreach v_group in array array(select jsonb_array_elements_text(v_dim_groups -> (v_dim - 1))) loop
        v_row_dims := v_row_dims || v_dim;
        v_rows := v_rows || array[v_dim::text, v_group];
      end loop;
    end loop;

    v_values := '{}';
    v_suppressed := '{}';
    for v_row in 1 .. cardinality(v_row_dims) loop
      for v_col in 1 .. v_width loop
        v_key := v_id || E'\x1f' || case when v_col = 1 then E'\x1e' else v_options[v_col - 1] end
                 || E'\x1f' || case when v_row_dims[v_row] = 0 then '0'
                                    else v_rows[v_row][1] || E'\x1f' || v_rows[v_row][2] end;
        v_values := v_values || coalesce((v_counts ->> v_key)::integer, 0);
      end loop;
      -- Primary suppression: a whole row whose n is 1 to k - 1, and every cell from 1 to k - 1.
      -- Zeros stay visible: an empty group or option identifies nobody.
      for v_col in 1 .. v_width loop
        v_idx := (v_row - 1) * v_width + v_col;
        v_suppressed := v_suppressed || (
          v_values[(v_row - 1) * v_width + 1] between 1 and v_k - 1
          or v_values[v_idx] between 1 and v_k - 1);
      end loop;
    end loop;

    -- Sum lines: each row (not for multiple choice, where a person may pick several options) and
    -- each column within one breakdown, together with the overall cell of that column.
    v_lines := '{}';
    if v_kind <> 'multiple' then
      for v_row in 1 .. cardinality(v_row_dims) loop
        v_lines := v_lines || array(select (v_row - 1) * v_width + c from generate_series(1, v_width) c) || -1;
      end loop;
    end if;
    for v_dim in 1 .. coalesce(cardinality(v_dims), 0) loop
      continue when v_dims[v_dim] = v_id;
      for v_col in 1 .. v_width loop
        v_lines := v_lines || v_col
          || array(select (r - 1) * v_width + v_col from generate_series(1, cardinality(v_row_dims)) r
                   where v_row_dims[r] = v_dim)
          || -1;
      end loop;
    end loop;

    v_suppressed := public.survey_suppress(v_values, v_suppressed, v_lines);

    -- Shape the output; a suppressed cell is null.
    v_by := '{}';
    v_q_out := null;
    for v_row in 1 .. cardinality(v_row_dims) loop
      v_counts_out := '{}';
      for v_col in 2 .. v_width loop
        v_idx := (v_row - 1) * v_width + v_col;
        v_counts_out := v_counts_out || jsonb_build_object(v_options[v_col - 1],
          case when v_suppressed[v_idx] then null else v_values[v_idx] end);
      end loop;
      v_idx := (v_row - 1) * v_width + 1;
      if v_row_dims[v_row] = 0 then
        v_q_out := jsonb_build_object('id', v_id, 'kind', v_kind,
          'n', case when v_suppressed[v_idx] then null else v_values[v_idx] end,
          'counts', v_counts_out);
      else
        v_key := v_dim_names[v_row_dims[v_row]];
        v_group_list := coalesce(v_by -> v_key, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
          'group', nullif(v_rows[v_row][2], ''),
          'n', case when v_suppressed[v_idx] then null else v_values[v_idx] end,
          'counts', v_counts_out));
        v_by := v_by || jsonb_build_object(v_key, v_group_list);
      end if;
    end loop;
    v_out := v_out || jsonb_build_array(v_q_out || jsonb_build_object('breakdowns', v_by));
  end loop;

  return jsonb_build_object(
    'wave', v_wave.slug,
    'minGroupSize', v_k,
    'responses', case when v_total < v_k then null else v_total end,
    'questions', v_out);
end;
$$;

comment on function public.survey_compute_results(bigint) is
  'Aggregates a wave''s responses into suppressed counts; called by survey_results, which caches the outcome.';

create function public.survey_results(p_wave text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
-- Volatile because it refreshes the cache table: aggregating every response on every page view
-- would not stay fast once a wave has many thousand answers.
declare
  v_wave public.survey_waves;
  v_cache public.survey_results_cache;
  v_count integer;
  v_result jsonb;
begin
  select * into v_wave from public.survey_waves where slug = p_wave;
  if not found then
    perform public.survey_reject('wave_unknown');
  end if;
  if now() < v_wave.opens_at or (v_wave.results_after_close and now() < v_wave.closes_at) then
    perform public.survey_reject('results_not_available');
  end if;

  select * into v_cache from public.survey_results_cache where wave_id = v_wave.id;
  if found then
    -- Computed after closing: final (a trigger drops it if staff add or change answers later).
    -- While a wave is open, a minute-old result is good enough and saves work on every view.
    if v_cache.computed_at >= v_wave.closes_at
       or v_cache.computed_at > now() - interval '60 seconds' then
      return v_cache.result;
    end if;
    -- Older than a minute: still valid if no response was added since.
    select count(*)::integer into v_count from public.survey_responses where wave_id = v_wave.id;
    if v_count = coalesce((v_cache.result ->> 'responses')::integer, -1)
       or (v_cache.result ->> 'responses' is null and v_count < v_wave.min_group_size) then
      update public.survey_results_cache set computed_at = now() where wave_id = v_wave.id;
      return v_cache.result;
    end if;
    -- Someone else is recomputing: serve the previous result rather than queue up.
    if not pg_try_advisory_xact_lock(hashtextextended('survey_results:' || v_wave.id, 0)) then
      return v_cache.result;
    end if;
  end if;

  v_result := public.survey_compute_results(v_wave.id);
  insert into public.survey_results_cache (wave_id, computed_at, result)
  values (v_wave.id, now(), v_result)
  on conflict (wave_id) do update set computed_at = excluded.computed_at, result = excluded.result;
  return v_result;
end;
$$;

comment on function public.survey_results(text) is
  'Public: published results of a wave with every cell below min_group_size suppressed, incl. complementary suppression.';

-- Cache invalidation --------------------------------------------------------------------------

create function public.survey_forget_results()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- Changing settings, the questionnaire, or removing answers makes every cached result suspect.
  delete from public.survey_results_cache;
  return null;
end;
$$;

comment on function public.survey_forget_results() is
  'Trigger: drops cached results after a change that the response count would not reveal.';

create function public.survey_forget_closed_results()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- Answers added to a closed wave (paper questionnaires typed in late) make its final result
  -- stale. Open waves are left alone: every submission would otherwise fight over their row.
  delete from public.survey_results_cache c
  using public.survey_waves w
  where w.id = c.wave_id and c.computed_at >= w.closes_at;
  return null;
end;
$$;

comment on function public.survey_forget_closed_results() is
  'Trigger: drops the cached final results of closed waves when answers are inserted.';

create trigger survey_waves_forget_results
  after update or delete on public.survey_waves
  for each statement execute function public.survey_forget_results();
create trigger survey_definitions_forget_results
  after insert or update or delete on public.survey_definitions
  for each statement execute function public.survey_forget_results();
create trigger survey_responses_forget_results
  after update or delete or truncate on public.survey_responses
  for each statement execute function public.survey_forget_results();
create trigger survey_responses_forget_closed_results
  after insert on public.survey_responses
  for each statement execute function public.survey_forget_closed_results();

comment on trigger survey_waves_forget_results on public.survey_waves is
  'Settings such as min_group_size change what may be published.';
comment on trigger survey_definitions_forget_results on public.survey_definitions is
  'A new questionnaire changes the shape of the results.';
comment on trigger survey_responses_forget_results on public.survey_responses is
  'Edited or removed answers do not change the count the cache checks.';
comment on trigger survey_responses_forget_closed_results on public.survey_responses is
  'Answers added after closing change a result that is otherwise final.';

-- Privileges --------------------------------------------------------------------------------

-- Functions are executable by PUBLIC on creation and Supabase's default privileges add anon,
-- authenticated and service_role; remove all of that, then grant exactly the two public ones.
revoke all on function
  public.survey_reject(text, text),
  public.survey_hash_code(text),
  public.survey_answer_error(jsonb, jsonb),
  public.survey_network_hash(date),
  public.survey_purge_abuse_data(),
  public.submit_survey_response(text, jsonb, uuid, text, timestamptz),
  public.survey_suppress(integer[], boolean[], integer[]),
  public.survey_compute_results(bigint),
  public.survey_results(text),
  public.survey_forget_results(),
  public.survey_forget_closed_results()
from public, anon, authenticated, service_role;

grant execute on function
  public.submit_survey_response(text, jsonb, uuid, text, timestamptz),
  public.survey_results(text)
to anon, authenticated;
