-- Exclusive options: a multiple-choice option marked "exclusive" in the questionnaire definition
-- (such as "nichts davon") is only valid alone. survey_answer_error gains the rule
-- option_exclusive, checked right after no_answer_exclusive and before too_many_options, exactly
-- where checkAnswers() in src/lib/survey/check.ts checks it.
--
-- survey_reject needs no change: option_exclusive falls under its default status, 400.
-- CREATE OR REPLACE keeps the function's owner and privileges; the revoke below restates them so
-- that this file alone shows no API role may call the helper.

create or replace function public.survey_answer_error(p_definition jsonb, p_answers jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
-- The server-side twin of checkAnswers() in src/lib/survey/check.ts. Both check in the same
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
      -- Before the count, as in check.ts: "nichts davon" among too many answers is this error.
      -- Definitions loaded before "exclusive" existed lack the key; that means false.
      if cardinality(v_seen) > 1 and exists (
        select from jsonb_array_elements(v_question -> 'options') o
        where coalesce((o ->> 'exclusive')::boolean, false) and (o ->> 'code') = any (v_seen)
      ) then
        return jsonb_build_object('reason', 'option_exclusive', 'question', v_id);
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

revoke all on function public.survey_answer_error(jsonb, jsonb) from public, anon, authenticated, service_role;
