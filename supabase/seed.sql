-- DEMO data for local development only (supabase db reset / npm run backend).
-- Generated from src/lib/survey/demo-definition.ts by scripts/survey/write-seed.ts; do not edit.
-- Never load this into a production project: the answers below are made up.

insert into public.survey_waves (slug, title_de, title_en, title_pl, opens_at, closes_at,
  participation_mode, min_group_size, results_after_close, daily_limit_per_network, min_plausible_seconds)
values ('demo', 'Demo-Befragung (nur zum Testen)', 'Demo survey (testing only)', 'Ankieta demonstracyjna (tylko do testów)',
  '2026-01-01T00:00:00+01:00', '2030-01-01T00:00:00+01:00', 'open', 10,
  false, 20, 60)
on conflict (slug) do nothing;

insert into public.survey_definitions (wave_id, definition)
select id, $definition${
  "version": 1,
  "demo": true,
  "wave": {
    "slug": "demo",
    "title": {
      "de": "Demo-Befragung (nur zum Testen)",
      "en": "Demo survey (testing only)",
      "pl": "Ankieta demonstracyjna (tylko do testów)"
    },
    "opensAt": "2026-01-01T00:00:00+01:00",
    "closesAt": "2030-01-01T00:00:00+01:00",
    "participation": "open",
    "minGroupSize": 10,
    "resultsAfterClose": false,
    "dailyLimitPerNetwork": 20,
    "minPlausibleSeconds": 60
  },
  "questions": [
    {
      "id": "stadtteil",
      "required": true,
      "label": {
        "de": "In welchem Stadtteil wohnen Sie?",
        "en": "Which part of town do you live in?",
        "pl": "W której części miasta Pan/Pani mieszka?"
      },
      "kind": "single",
      "options": [
        {
          "code": "innenstadt",
          "label": {
            "de": "Innenstadt",
            "en": "Innenstadt (centre)",
            "pl": "Innenstadt (centrum)"
          }
        },
        {
          "code": "altstadt",
          "label": {
            "de": "Altstadt",
            "en": "Altstadt (old town)",
            "pl": "Altstadt (stare miasto)"
          }
        },
        {
          "code": "suedstadt",
          "label": {
            "de": "Südstadt",
            "en": "Südstadt",
            "pl": "Südstadt"
          }
        },
        {
          "code": "koenigshufen",
          "label": {
            "de": "Königshufen",
            "en": "Königshufen",
            "pl": "Königshufen"
          }
        },
        {
          "code": "andere",
          "label": {
            "de": "anderer Stadtteil",
            "en": "another part of town",
            "pl": "inna część miasta"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "altersgruppe",
      "required": false,
      "label": {
        "de": "Wie alt sind Sie?",
        "en": "How old are you?",
        "pl": "Ile ma Pan/Pani lat?"
      },
      "kind": "single",
      "options": [
        {
          "code": "a16_29",
          "label": {
            "de": "16 bis 29",
            "en": "16 to 29",
            "pl": "16 do 29"
          }
        },
        {
          "code": "a30_49",
          "label": {
            "de": "30 bis 49",
            "en": "30 to 49",
            "pl": "30 do 49"
          }
        },
        {
          "code": "a50_64",
          "label": {
            "de": "50 bis 64",
            "en": "50 to 64",
            "pl": "50 do 64"
          }
        },
        {
          "code": "a65",
          "label": {
            "de": "65 und älter",
            "en": "65 and older",
            "pl": "65 i więcej"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sicherheit_tag",
      "required": true,
      "label": {
        "de": "Wie sicher fühlen Sie sich tagsüber in Ihrem Stadtteil?",
        "en": "How safe do you feel in your part of town during the day?",
        "pl": "Jak bezpiecznie czuje się Pan/Pani w swojej części miasta w ciągu dnia?"
      },
      "kind": "scale",
      "min": 1,
      "max": 5,
      "minLabel": {
        "de": "sehr unsicher",
        "en": "very unsafe",
        "pl": "bardzo niebezpiecznie"
      },
      "maxLabel": {
        "de": "sehr sicher",
        "en": "very safe",
        "pl": "bardzo bezpiecznie"
      },
      "noAnswer": true
    },
    {
      "id": "sicherheit_nacht",
      "required": false,
      "label": {
        "de": "Und nachts?",
        "en": "And at night?",
        "pl": "A w nocy?"
      },
      "kind": "scale",
      "min": 1,
      "max": 5,
      "minLabel": {
        "de": "sehr unsicher",
        "en": "very unsafe",
        "pl": "bardzo niebezpiecznie"
      },
      "maxLabel": {
        "de": "sehr sicher",
        "en": "very safe",
        "pl": "bardzo bezpiecznie"
      },
      "noAnswer": true
    },
    {
      "id": "sorgen",
      "required": false,
      "label": {
        "de": "Was beunruhigt Sie am meisten? (bis zu drei)",
        "en": "What worries you most? (up to three)",
        "pl": "Co niepokoi Pana/Panią najbardziej? (maksymalnie trzy)"
      },
      "kind": "multiple",
      "options": [
        {
          "code": "einbruch",
          "label": {
            "de": "Einbrüche",
            "en": "Burglaries",
            "pl": "Włamania"
          }
        },
        {
          "code": "fahrraddiebstahl",
          "label": {
            "de": "Fahrraddiebstahl",
            "en": "Bicycle theft",
            "pl": "Kradzieże rowerów"
          }
        },
        {
          "code": "verkehr",
          "label": {
            "de": "Verkehr",
            "en": "Traffic",
            "pl": "Ruch drogowy"
          }
        },
        {
          "code": "beleuchtung",
          "label": {
            "de": "schlechte Beleuchtung",
            "en": "Poor lighting",
            "pl": "Słabe oświetlenie"
          }
        },
        {
          "code": "vandalismus",
          "label": {
            "de": "Vandalismus",
            "en": "Vandalism",
            "pl": "Wandalizm"
          }
        }
      ],
      "noAnswer": true,
      "maxSelections": 3
    },
    {
      "id": "wohndauer",
      "required": false,
      "label": {
        "de": "Seit wie vielen Jahren wohnen Sie in Görlitz?",
        "en": "How many years have you lived in Görlitz?",
        "pl": "Od ilu lat mieszka Pan/Pani w Görlitz?"
      },
      "kind": "number",
      "min": 0,
      "max": 120,
      "integer": true,
      "noAnswer": true
    },
    {
      "id": "anmerkung",
      "required": false,
      "label": {
        "de": "Möchten Sie uns noch etwas mitteilen?",
        "en": "Is there anything else you would like to tell us?",
        "pl": "Czy chce Pan/Pani nam jeszcze coś przekazać?"
      },
      "hint": {
        "de": "Bitte keine Namen oder Adressen.",
        "en": "Please no names or addresses.",
        "pl": "Prosimy nie podawać nazwisk ani adresów."
      },
      "kind": "text",
      "maxLength": 500
    }
  ],
  "breakdowns": {
    "district": "stadtteil",
    "ageBand": "altersgruppe"
  }
}$definition$::jsonb
from public.survey_waves where slug = 'demo'
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
where w.slug = 'demo'
  and not exists (select from public.survey_responses r where r.wave_id = w.id);
