-- survey_answer_error without queries inside. The rules, their order and their reasons are
-- exactly those of 20261127120000_exclusive_options.sql (and of checkAnswers() in
-- src/lib/survey/check.ts); only the way they are computed changes.
--
-- Why: npm run bench:api showed that checking the answers took more than half of the time of
-- submit_survey_response (about 280 of 440 µs per call on 2 cores). Each `for … in select`,
-- `array(select …)` and `exists (select …)` in PL/pgSQL starts a query executor; per question
-- that added up. Here every step is a plain expression, which PL/pgSQL evaluates directly:
--   * questions and multiple-choice answers are walked by index (jsonb -> i);
--   * "is this an allowed option" is a containment test on the options array,
--     options @> [{"code": <answer>}], instead of building an array of codes per question;
--   * "is this option exclusive" is the same test with "exclusive": true.
-- The property test in tests/db (10,000 generated payloads, browser and database must agree)
-- and the validation matrix hold this version to the same verdicts.

create or replace function public.survey_answer_error(p_definition jsonb, p_answers jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_no_answer constant jsonb := '"keine_angabe"';
  v_questions constant jsonb := coalesce(p_definition -> 'questions', '[]');
  v_ids text[] := '{}';
  v_question jsonb;
  v_options jsonb;
  v_id text;
  v_kind text;
  v_value jsonb;
  v_element jsonb;
  v_seen text[];
  v_exclusive boolean;
  v_number numeric;
  v_offers_no_answer boolean;
begin
  if p_answers is null or jsonb_typeof(p_answers) <> 'object' then
    return jsonb_build_object('reason', 'answers_not_object', 'question', null);
  end if;

  -- Removing every known id must leave nothing; an unknown key is not tied to a form field.
  for i in 0 .. jsonb_array_length(v_questions) - 1 loop
    v_ids := v_ids || (v_questions -> i ->> 'id');
  end loop;
  if (p_answers - v_ids) <> '{}'::jsonb then
    return jsonb_build_object('reason', 'question_unknown', 'question', null);
  end if;

  for i in 0 .. jsonb_array_length(v_questions) - 1 loop
    v_question := v_questions -> i;
    v_id := v_question ->> 'id';
    v_kind := v_question ->> 'kind';
    v_options := v_question -> 'options';
    v_value := p_answers -> v_id;
    v_offers_no_answer := coalesce((v_question ->> 'noAnswer')::boolean, false);

    -- null, "" and [] all mean "not answered".
    if v_value is null or v_value in ('null'::jsonb, '""'::jsonb, '[]'::jsonb) then
      if (v_question ->> 'required')::boolean then
        return jsonb_build_object('reason', 'answer_required', 'question', v_id);
      end if;
      continue;
    end if;

    if v_kind = 'single' then
      if jsonb_typeof(v_value) <> 'string' then
        return jsonb_build_object('reason', 'answer_type', 'question', v_id);
      end if;
      if not ((v_offers_no_answer and v_value = v_no_answer)
              or v_options @> jsonb_build_array(jsonb_build_object('code', v_value))) then
        return jsonb_build_object('reason', 'option_unknown', 'question', v_id);
      end if;

    elsif v_kind = 'multiple' then
      if jsonb_typeof(v_value) <> 'array' then
        return jsonb_build_object('reason', 'answer_type', 'question', v_id);
      end if;
      v_seen := '{}';
      v_exclusive := false;
      for j in 0 .. jsonb_array_length(v_value) - 1 loop
        v_element := v_value -> j;
        if jsonb_typeof(v_element) <> 'string' then
          return jsonb_build_object('reason', 'answer_type', 'question', v_id);
        end if;
        if not ((v_offers_no_answer and v_element = v_no_answer)
                or v_options @> jsonb_build_array(jsonb_build_object('code', v_element))) then
          return jsonb_build_object('reason', 'option_unknown', 'question', v_id);
        end if;
        if (v_element #>> '{}') = any (v_seen) then
          return jsonb_build_object('reason', 'option_duplicate', 'question', v_id);
        end if;
        v_seen := v_seen || (v_element #>> '{}');
        -- Definitions loaded before "exclusive" existed lack the key; that means false.
        v_exclusive := v_exclusive
          or v_options @> jsonb_build_array(jsonb_build_object('code', v_element, 'exclusive', true));
      end loop;
      if (v_no_answer #>> '{}') = any (v_seen) and cardinality(v_seen) > 1 then
        return jsonb_build_object('reason', 'no_answer_exclusive', 'question', v_id);
      end if;
      -- Before the count, as in check.ts: "nichts davon" among too many answers is this error.
      if cardinality(v_seen) > 1 and v_exclusive then
        return jsonb_build_object('reason', 'option_exclusive', 'question', v_id);
      end if;
      if v_question ? 'maxSelections'
         and cardinality(v_seen) > (v_question ->> 'maxSelections')::integer then
        return jsonb_build_object('reason', 'too_many_options', 'question', v_id);
      end if;

    elsif v_kind in ('scale', 'number') then
      if v_offers_no_answer and v_value = v_no_answer then
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

revoke all on function public.survey_answer_error(jsonb, jsonb) from public, anon, authenticated, service_role;
