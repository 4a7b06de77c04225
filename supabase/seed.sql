-- Data for local development and tests only (supabase db reset / npm run backend).
-- Generated from src/lib/survey/demo-definition.ts and src/lib/survey/waves/goerlitz-2027.ts by
-- scripts/survey/write-seed.ts; do not edit.
-- Never load this into a production project: the demo answers are made up, the Görlitz wave is
-- open far beyond its real dates, and its invitation codes are public.

-- The demo wave ------------------------------------------------------------------------------

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
    "minPlausibleSeconds": 60,
    "scheduleConfirmed": false
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
          },
          "exclusive": false
        },
        {
          "code": "fahrraddiebstahl",
          "label": {
            "de": "Fahrraddiebstahl",
            "en": "Bicycle theft",
            "pl": "Kradzieże rowerów"
          },
          "exclusive": false
        },
        {
          "code": "verkehr",
          "label": {
            "de": "Verkehr",
            "en": "Traffic",
            "pl": "Ruch drogowy"
          },
          "exclusive": false
        },
        {
          "code": "beleuchtung",
          "label": {
            "de": "schlechte Beleuchtung",
            "en": "Poor lighting",
            "pl": "Słabe oświetlenie"
          },
          "exclusive": false
        },
        {
          "code": "vandalismus",
          "label": {
            "de": "Vandalismus",
            "en": "Vandalism",
            "pl": "Wandalizm"
          },
          "exclusive": false
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

-- The Görlitz wave ---------------------------------------------------------------------------
-- The real questionnaire, but open from 2026-01-01T00:00:00+01:00 to 2100-01-01T00:00:00+01:00: local
-- only, so the form can be tried and tested (the site's preview build treats the wave as open).
-- No answers: nothing made up is mixed into the real questionnaire's results.

insert into public.survey_waves (slug, title_de, title_en, title_pl, opens_at, closes_at,
  participation_mode, min_group_size, results_after_close, daily_limit_per_network, min_plausible_seconds)
values ('goerlitz-2027', 'Sicherheitsbefragung Görlitz 2027', 'Görlitz Safety Survey 2027', 'Ankieta o bezpieczeństwie w Görlitz 2027',
  '2026-01-01T00:00:00+01:00', '2100-01-01T00:00:00+01:00', 'invitation', 10,
  true, 20, 60)
on conflict (slug) do nothing;

insert into public.survey_definitions (wave_id, definition)
select id, $definition${
  "version": 1,
  "demo": false,
  "wave": {
    "slug": "goerlitz-2027",
    "title": {
      "de": "Sicherheitsbefragung Görlitz 2027",
      "en": "Görlitz Safety Survey 2027",
      "pl": "Ankieta o bezpieczeństwie w Görlitz 2027"
    },
    "opensAt": "2026-01-01T00:00:00+01:00",
    "closesAt": "2100-01-01T00:00:00+01:00",
    "participation": "invitation",
    "minGroupSize": 10,
    "resultsAfterClose": true,
    "dailyLimitPerNetwork": 20,
    "minPlausibleSeconds": 60,
    "scheduleConfirmed": false
  },
  "questions": [
    {
      "id": "sicherheit_wohngegend_tag",
      "required": false,
      "label": {
        "de": "Wie sicher fühlen Sie sich tagsüber in Ihrer Wohngegend?",
        "en": "How safe do you feel in your neighbourhood during the day?",
        "pl": "Jak bezpiecznie czuje się Pan/Pani w swojej okolicy w ciągu dnia?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_sicher",
          "label": {
            "de": "sehr sicher",
            "en": "Very safe",
            "pl": "Bardzo bezpiecznie"
          }
        },
        {
          "code": "eher_sicher",
          "label": {
            "de": "eher sicher",
            "en": "Fairly safe",
            "pl": "Raczej bezpiecznie"
          }
        },
        {
          "code": "eher_unsicher",
          "label": {
            "de": "eher unsicher",
            "en": "Fairly unsafe",
            "pl": "Raczej niebezpiecznie"
          }
        },
        {
          "code": "sehr_unsicher",
          "label": {
            "de": "sehr unsicher",
            "en": "Very unsafe",
            "pl": "Bardzo niebezpiecznie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sicherheit_wohngegend_dunkel",
      "required": false,
      "label": {
        "de": "Wie sicher fühlen Sie sich, wenn Sie nach Einbruch der Dunkelheit allein in Ihrer Wohngegend unterwegs sind?",
        "en": "How safe do you feel when you are out alone in your neighbourhood after dark?",
        "pl": "Jak bezpiecznie czuje się Pan/Pani, gdy po zmroku chodzi Pan/Pani w pojedynkę po swojej okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_sicher",
          "label": {
            "de": "sehr sicher",
            "en": "Very safe",
            "pl": "Bardzo bezpiecznie"
          }
        },
        {
          "code": "eher_sicher",
          "label": {
            "de": "eher sicher",
            "en": "Fairly safe",
            "pl": "Raczej bezpiecznie"
          }
        },
        {
          "code": "eher_unsicher",
          "label": {
            "de": "eher unsicher",
            "en": "Fairly unsafe",
            "pl": "Raczej niebezpiecznie"
          }
        },
        {
          "code": "sehr_unsicher",
          "label": {
            "de": "sehr unsicher",
            "en": "Very unsafe",
            "pl": "Bardzo niebezpiecznie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sicherheit_innenstadt_tag",
      "required": false,
      "label": {
        "de": "Wie sicher fühlen Sie sich tagsüber in der Innenstadt und der Altstadt von Görlitz?",
        "en": "How safe do you feel in the centre and the old town of Görlitz during the day?",
        "pl": "Jak bezpiecznie czuje się Pan/Pani w ciągu dnia w centrum i na starym mieście w Görlitz?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_sicher",
          "label": {
            "de": "sehr sicher",
            "en": "Very safe",
            "pl": "Bardzo bezpiecznie"
          }
        },
        {
          "code": "eher_sicher",
          "label": {
            "de": "eher sicher",
            "en": "Fairly safe",
            "pl": "Raczej bezpiecznie"
          }
        },
        {
          "code": "eher_unsicher",
          "label": {
            "de": "eher unsicher",
            "en": "Fairly unsafe",
            "pl": "Raczej niebezpiecznie"
          }
        },
        {
          "code": "sehr_unsicher",
          "label": {
            "de": "sehr unsicher",
            "en": "Very unsafe",
            "pl": "Bardzo niebezpiecznie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sicherheit_innenstadt_dunkel",
      "required": false,
      "label": {
        "de": "Wie sicher fühlen Sie sich, wenn Sie nach Einbruch der Dunkelheit allein in der Innenstadt und der Altstadt unterwegs sind?",
        "en": "How safe do you feel when you are out alone in the centre and the old town after dark?",
        "pl": "Jak bezpiecznie czuje się Pan/Pani, gdy po zmroku chodzi Pan/Pani w pojedynkę po centrum i starym mieście?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_sicher",
          "label": {
            "de": "sehr sicher",
            "en": "Very safe",
            "pl": "Bardzo bezpiecznie"
          }
        },
        {
          "code": "eher_sicher",
          "label": {
            "de": "eher sicher",
            "en": "Fairly safe",
            "pl": "Raczej bezpiecznie"
          }
        },
        {
          "code": "eher_unsicher",
          "label": {
            "de": "eher unsicher",
            "en": "Fairly unsafe",
            "pl": "Raczej niebezpiecznie"
          }
        },
        {
          "code": "sehr_unsicher",
          "label": {
            "de": "sehr unsicher",
            "en": "Very unsafe",
            "pl": "Bardzo niebezpiecznie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sorge_wohnungseinbruch",
      "required": false,
      "label": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass in Ihre Wohnung oder Ihr Haus eingebrochen wird?",
        "en": "How worried are you that someone might break into your flat or house?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że ktoś może włamać się do Pana/Pani mieszkania lub domu?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_beunruhigt",
          "label": {
            "de": "sehr beunruhigt",
            "en": "Very worried",
            "pl": "Bardzo mnie niepokoi"
          }
        },
        {
          "code": "eher_beunruhigt",
          "label": {
            "de": "eher beunruhigt",
            "en": "Fairly worried",
            "pl": "Raczej mnie niepokoi"
          }
        },
        {
          "code": "eher_nicht_beunruhigt",
          "label": {
            "de": "eher nicht beunruhigt",
            "en": "Not very worried",
            "pl": "Raczej mnie nie niepokoi"
          }
        },
        {
          "code": "gar_nicht_beunruhigt",
          "label": {
            "de": "gar nicht beunruhigt",
            "en": "Not at all worried",
            "pl": "Zupełnie mnie nie niepokoi"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sorge_diebstahl",
      "required": false,
      "label": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass Ihnen etwas gestohlen wird, zum Beispiel Ihre Geldbörse oder Ihr Handy?",
        "en": "How worried are you that something might be stolen from you, for example your purse, wallet or mobile phone?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że ktoś może Panu/Pani coś ukraść, na przykład portfel lub telefon komórkowy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_beunruhigt",
          "label": {
            "de": "sehr beunruhigt",
            "en": "Very worried",
            "pl": "Bardzo mnie niepokoi"
          }
        },
        {
          "code": "eher_beunruhigt",
          "label": {
            "de": "eher beunruhigt",
            "en": "Fairly worried",
            "pl": "Raczej mnie niepokoi"
          }
        },
        {
          "code": "eher_nicht_beunruhigt",
          "label": {
            "de": "eher nicht beunruhigt",
            "en": "Not very worried",
            "pl": "Raczej mnie nie niepokoi"
          }
        },
        {
          "code": "gar_nicht_beunruhigt",
          "label": {
            "de": "gar nicht beunruhigt",
            "en": "Not at all worried",
            "pl": "Zupełnie mnie nie niepokoi"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sorge_fahrzeugdiebstahl",
      "required": false,
      "label": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass Ihr Fahrrad, Auto oder Motorrad gestohlen wird?",
        "en": "How worried are you that your bicycle, car or motorbike might be stolen?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że ktoś może ukraść Pana/Pani rower, samochód lub motocykl?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_beunruhigt",
          "label": {
            "de": "sehr beunruhigt",
            "en": "Very worried",
            "pl": "Bardzo mnie niepokoi"
          }
        },
        {
          "code": "eher_beunruhigt",
          "label": {
            "de": "eher beunruhigt",
            "en": "Fairly worried",
            "pl": "Raczej mnie niepokoi"
          }
        },
        {
          "code": "eher_nicht_beunruhigt",
          "label": {
            "de": "eher nicht beunruhigt",
            "en": "Not very worried",
            "pl": "Raczej mnie nie niepokoi"
          }
        },
        {
          "code": "gar_nicht_beunruhigt",
          "label": {
            "de": "gar nicht beunruhigt",
            "en": "Not at all worried",
            "pl": "Zupełnie mnie nie niepokoi"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sorge_koerperlicher_angriff",
      "required": false,
      "label": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass Sie körperlich angegriffen und verletzt werden?",
        "en": "How worried are you that you might be physically attacked and injured?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że ktoś może Pana/Panią fizycznie zaatakować i zranić?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_beunruhigt",
          "label": {
            "de": "sehr beunruhigt",
            "en": "Very worried",
            "pl": "Bardzo mnie niepokoi"
          }
        },
        {
          "code": "eher_beunruhigt",
          "label": {
            "de": "eher beunruhigt",
            "en": "Fairly worried",
            "pl": "Raczej mnie niepokoi"
          }
        },
        {
          "code": "eher_nicht_beunruhigt",
          "label": {
            "de": "eher nicht beunruhigt",
            "en": "Not very worried",
            "pl": "Raczej mnie nie niepokoi"
          }
        },
        {
          "code": "gar_nicht_beunruhigt",
          "label": {
            "de": "gar nicht beunruhigt",
            "en": "Not at all worried",
            "pl": "Zupełnie mnie nie niepokoi"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sorge_sexuelle_belaestigung",
      "required": false,
      "label": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass Sie sexuell belästigt werden?",
        "en": "How worried are you that you might be sexually harassed?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że może Pan/Pani doświadczyć molestowania seksualnego?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_beunruhigt",
          "label": {
            "de": "sehr beunruhigt",
            "en": "Very worried",
            "pl": "Bardzo mnie niepokoi"
          }
        },
        {
          "code": "eher_beunruhigt",
          "label": {
            "de": "eher beunruhigt",
            "en": "Fairly worried",
            "pl": "Raczej mnie niepokoi"
          }
        },
        {
          "code": "eher_nicht_beunruhigt",
          "label": {
            "de": "eher nicht beunruhigt",
            "en": "Not very worried",
            "pl": "Raczej mnie nie niepokoi"
          }
        },
        {
          "code": "gar_nicht_beunruhigt",
          "label": {
            "de": "gar nicht beunruhigt",
            "en": "Not at all worried",
            "pl": "Zupełnie mnie nie niepokoi"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "sorge_betrug",
      "required": false,
      "label": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass Sie am Telefon, an der Haustür oder im Internet betrogen werden?",
        "en": "How worried are you that you might be defrauded by phone, at your front door or online?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że ktoś może Pana/Panią oszukać przez telefon, przy drzwiach lub w internecie?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_beunruhigt",
          "label": {
            "de": "sehr beunruhigt",
            "en": "Very worried",
            "pl": "Bardzo mnie niepokoi"
          }
        },
        {
          "code": "eher_beunruhigt",
          "label": {
            "de": "eher beunruhigt",
            "en": "Fairly worried",
            "pl": "Raczej mnie niepokoi"
          }
        },
        {
          "code": "eher_nicht_beunruhigt",
          "label": {
            "de": "eher nicht beunruhigt",
            "en": "Not very worried",
            "pl": "Raczej mnie nie niepokoi"
          }
        },
        {
          "code": "gar_nicht_beunruhigt",
          "label": {
            "de": "gar nicht beunruhigt",
            "en": "Not at all worried",
            "pl": "Zupełnie mnie nie niepokoi"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_muell",
      "required": false,
      "label": {
        "de": "Ist herumliegender Müll in Ihrer Wohngegend ein Problem?",
        "en": "Is litter a problem in your neighbourhood?",
        "pl": "Czy porzucone śmieci są problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_graffiti",
      "required": false,
      "label": {
        "de": "Sind Graffiti und Schmierereien in Ihrer Wohngegend ein Problem?",
        "en": "Is graffiti a problem in your neighbourhood?",
        "pl": "Czy graffiti i napisy na murach są problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_vandalismus",
      "required": false,
      "label": {
        "de": "Ist mutwillige Zerstörung, zum Beispiel an Bänken, Haltestellen oder Autos, in Ihrer Wohngegend ein Problem?",
        "en": "Is vandalism, for example of benches, bus stops or cars, a problem in your neighbourhood?",
        "pl": "Czy wandalizm, na przykład niszczenie ławek, przystanków lub samochodów, jest problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_drogen",
      "required": false,
      "label": {
        "de": "Sind Drogenhandel oder Drogenkonsum in Ihrer Wohngegend ein Problem?",
        "en": "Is drug dealing or drug use a problem in your neighbourhood?",
        "pl": "Czy handel narkotykami lub ich zażywanie jest problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_gruppen",
      "required": false,
      "label": {
        "de": "Sind Gruppen, die herumstehen und andere anpöbeln oder belästigen, in Ihrer Wohngegend ein Problem?",
        "en": "Are groups who hang around and pester or harass people a problem in your neighbourhood?",
        "pl": "Czy grupy osób, które przesiadują na ulicy i zaczepiają lub nękają innych, są problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_raserei",
      "required": false,
      "label": {
        "de": "Ist rücksichtsloses oder zu schnelles Fahren in Ihrer Wohngegend ein Problem?",
        "en": "Is reckless driving or speeding a problem in your neighbourhood?",
        "pl": "Czy brawurowa lub zbyt szybka jazda jest problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "problem_beleuchtung",
      "required": false,
      "label": {
        "de": "Sind schlecht beleuchtete Straßen und Wege in Ihrer Wohngegend ein Problem?",
        "en": "Are poorly lit streets and paths a problem in your neighbourhood?",
        "pl": "Czy słabo oświetlone ulice i ścieżki są problemem w Pana/Pani okolicy?"
      },
      "kind": "single",
      "options": [
        {
          "code": "grosses_problem",
          "label": {
            "de": "großes Problem",
            "en": "A big problem",
            "pl": "Duży problem"
          }
        },
        {
          "code": "kleines_problem",
          "label": {
            "de": "kleines Problem",
            "en": "A small problem",
            "pl": "Niewielki problem"
          }
        },
        {
          "code": "kein_problem",
          "label": {
            "de": "kein Problem",
            "en": "Not a problem",
            "pl": "Nie stanowi problemu"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "orte_meiden",
      "required": false,
      "label": {
        "de": "Meiden Sie in Görlitz bestimmte Orte, weil Sie sich dort unsicher fühlen?",
        "en": "Do you avoid certain places in Görlitz because you feel unsafe there?",
        "pl": "Czy unika Pan/Pani pewnych miejsc w Görlitz, ponieważ czuje się Pan/Pani tam niebezpiecznie?"
      },
      "kind": "single",
      "options": [
        {
          "code": "ja",
          "label": {
            "de": "ja",
            "en": "Yes",
            "pl": "Tak"
          }
        },
        {
          "code": "nein",
          "label": {
            "de": "nein",
            "en": "No",
            "pl": "Nie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "orte_meiden_art",
      "required": false,
      "label": {
        "de": "Welche Art von Orten meiden Sie?",
        "en": "What kinds of places do you avoid?",
        "pl": "Jakiego rodzaju miejsc Pan/Pani unika?"
      },
      "hint": {
        "de": "Nur wenn Sie Orte meiden; sonst lassen Sie diese Frage aus.",
        "en": "Only if you avoid places; otherwise skip this question.",
        "pl": "Tylko jeśli unika Pan/Pani jakichś miejsc; w przeciwnym razie proszę pominąć to pytanie."
      },
      "kind": "multiple",
      "options": [
        {
          "code": "parks",
          "label": {
            "de": "Parks und Grünanlagen",
            "en": "Parks and green spaces",
            "pl": "Parki i tereny zielone"
          },
          "exclusive": false
        },
        {
          "code": "bahnhof",
          "label": {
            "de": "Bahnhof und Umgebung",
            "en": "The railway station and its surroundings",
            "pl": "Dworzec kolejowy i jego okolice"
          },
          "exclusive": false
        },
        {
          "code": "haltestellen",
          "label": {
            "de": "Haltestellen, Busse und Straßenbahnen",
            "en": "Stops, buses and trams",
            "pl": "Przystanki, autobusy i tramwaje"
          },
          "exclusive": false
        },
        {
          "code": "plaetze",
          "label": {
            "de": "Plätze und Straßen in der Innenstadt oder Altstadt",
            "en": "Squares and streets in the centre or the old town",
            "pl": "Place i ulice w centrum lub na starym mieście"
          },
          "exclusive": false
        },
        {
          "code": "unterfuehrungen",
          "label": {
            "de": "Unterführungen und Durchgänge",
            "en": "Underpasses and passageways",
            "pl": "Przejścia podziemne i pasaże"
          },
          "exclusive": false
        },
        {
          "code": "parkplaetze",
          "label": {
            "de": "Parkplätze und Parkhäuser",
            "en": "Car parks and multi-storey car parks",
            "pl": "Parkingi i parkingi wielopoziomowe"
          },
          "exclusive": false
        },
        {
          "code": "abgelegene_wege",
          "label": {
            "de": "abgelegene Fuß- und Radwege",
            "en": "Secluded footpaths and cycle paths",
            "pl": "Odludne ścieżki piesze i rowerowe"
          },
          "exclusive": false
        },
        {
          "code": "andere_orte",
          "label": {
            "de": "andere Orte",
            "en": "Other places",
            "pl": "Inne miejsca"
          },
          "exclusive": false
        }
      ],
      "noAnswer": true
    },
    {
      "id": "orte_meiden_grund",
      "required": false,
      "label": {
        "de": "Warum meiden Sie diese Orte?",
        "en": "Why do you avoid these places?",
        "pl": "Dlaczego unika Pan/Pani tych miejsc?"
      },
      "hint": {
        "de": "Nur wenn Sie Orte meiden; sonst lassen Sie diese Frage aus.",
        "en": "Only if you avoid places; otherwise skip this question.",
        "pl": "Tylko jeśli unika Pan/Pani jakichś miejsc; w przeciwnym razie proszę pominąć to pytanie."
      },
      "kind": "multiple",
      "options": [
        {
          "code": "dunkelheit",
          "label": {
            "de": "schlechte Beleuchtung",
            "en": "Poor lighting",
            "pl": "Słabe oświetlenie"
          },
          "exclusive": false
        },
        {
          "code": "menschenleer",
          "label": {
            "de": "wenige Menschen unterwegs",
            "en": "Few people around",
            "pl": "Niewiele osób w pobliżu"
          },
          "exclusive": false
        },
        {
          "code": "gruppen",
          "label": {
            "de": "Gruppen, die herumstehen oder belästigen",
            "en": "Groups hanging around or harassing people",
            "pl": "Grupy osób, które przesiadują lub zaczepiają innych"
          },
          "exclusive": false
        },
        {
          "code": "alkohol_drogen",
          "label": {
            "de": "Alkohol- oder Drogenkonsum",
            "en": "People drinking alcohol or taking drugs",
            "pl": "Spożywanie alkoholu lub narkotyków"
          },
          "exclusive": false
        },
        {
          "code": "verwahrlosung",
          "label": {
            "de": "Müll, Schmierereien oder Zerstörung",
            "en": "Litter, graffiti or damage",
            "pl": "Śmieci, graffiti lub zniszczenia"
          },
          "exclusive": false
        },
        {
          "code": "verkehr",
          "label": {
            "de": "gefährlicher Verkehr",
            "en": "Dangerous traffic",
            "pl": "Niebezpieczny ruch drogowy"
          },
          "exclusive": false
        },
        {
          "code": "eigene_erfahrung",
          "label": {
            "de": "eigene schlechte Erfahrung dort",
            "en": "A bad experience of my own there",
            "pl": "Własne złe doświadczenie w tym miejscu"
          },
          "exclusive": false
        },
        {
          "code": "berichte",
          "label": {
            "de": "Erzählungen anderer oder Berichte in den Medien",
            "en": "What others have told me, or media reports",
            "pl": "Relacje innych osób lub doniesienia mediów"
          },
          "exclusive": false
        },
        {
          "code": "anderer_grund",
          "label": {
            "de": "anderer Grund",
            "en": "Another reason",
            "pl": "Inny powód"
          },
          "exclusive": false
        }
      ],
      "noAnswer": true
    },
    {
      "id": "opfer_12_monate",
      "required": false,
      "label": {
        "de": "Ist Ihnen in den letzten 12 Monaten in Görlitz etwas davon passiert?",
        "en": "In the last 12 months, has any of the following happened to you in Görlitz?",
        "pl": "Czy w ciągu ostatnich 12 miesięcy w Görlitz przydarzyło się Panu/Pani coś z poniższych?"
      },
      "hint": {
        "de": "Auch Versuche zählen. Wenn nichts davon passiert ist, wählen Sie nur „nichts davon“.",
        "en": "Attempts count too. If none of these happened, choose only “None of these”.",
        "pl": "Liczą się także próby. Jeśli nic takiego się nie zdarzyło, proszę wybrać tylko „Żadne z powyższych”."
      },
      "kind": "multiple",
      "options": [
        {
          "code": "wohnungseinbruch",
          "label": {
            "de": "Einbruch in meine Wohnung oder mein Haus",
            "en": "A break-in at my flat or house",
            "pl": "Włamanie do mojego mieszkania lub domu"
          },
          "exclusive": false
        },
        {
          "code": "diebstahl",
          "label": {
            "de": "Diebstahl, zum Beispiel von Geldbörse oder Handy",
            "en": "Theft, for example of a purse, wallet or phone",
            "pl": "Kradzież, na przykład portfela lub telefonu"
          },
          "exclusive": false
        },
        {
          "code": "fahrzeugdiebstahl",
          "label": {
            "de": "Diebstahl meines Fahrrads, Autos oder Motorrads",
            "en": "Theft of my bicycle, car or motorbike",
            "pl": "Kradzież mojego roweru, samochodu lub motocykla"
          },
          "exclusive": false
        },
        {
          "code": "sachbeschaedigung",
          "label": {
            "de": "absichtliche Beschädigung meines Eigentums",
            "en": "Deliberate damage to my property",
            "pl": "Umyślne uszkodzenie mojego mienia"
          },
          "exclusive": false
        },
        {
          "code": "koerperlicher_angriff",
          "label": {
            "de": "körperlicher Angriff",
            "en": "Physical attack",
            "pl": "Napaść fizyczna"
          },
          "exclusive": false
        },
        {
          "code": "bedrohung",
          "label": {
            "de": "Bedrohung",
            "en": "Being threatened",
            "pl": "Groźby"
          },
          "exclusive": false
        },
        {
          "code": "sexuelle_belaestigung",
          "label": {
            "de": "sexuelle Belästigung",
            "en": "Sexual harassment",
            "pl": "Molestowanie seksualne"
          },
          "exclusive": false
        },
        {
          "code": "betrug",
          "label": {
            "de": "Betrug am Telefon, an der Haustür oder im Internet",
            "en": "Fraud by phone, at the front door or online",
            "pl": "Oszustwo przez telefon, przy drzwiach lub w internecie"
          },
          "exclusive": false
        },
        {
          "code": "nichts_davon",
          "label": {
            "de": "nichts davon",
            "en": "None of these",
            "pl": "Żadne z powyższych"
          },
          "exclusive": true
        }
      ],
      "noAnswer": true
    },
    {
      "id": "anzeige_polizei",
      "required": false,
      "label": {
        "de": "Haben Sie das, was Ihnen passiert ist, der Polizei gemeldet?",
        "en": "Did you report what happened to you to the police?",
        "pl": "Czy zgłosił Pan / zgłosiła Pani na policję to, co się Panu/Pani przydarzyło?"
      },
      "kind": "single",
      "options": [
        {
          "code": "ja_alles",
          "label": {
            "de": "ja, alles",
            "en": "Yes, all of it",
            "pl": "Tak, wszystko"
          }
        },
        {
          "code": "ja_teilweise",
          "label": {
            "de": "ja, einen Teil davon",
            "en": "Yes, some of it",
            "pl": "Tak, część"
          }
        },
        {
          "code": "nein",
          "label": {
            "de": "nein",
            "en": "No",
            "pl": "Nie"
          }
        },
        {
          "code": "trifft_nicht_zu",
          "label": {
            "de": "trifft nicht zu, mir ist nichts davon passiert",
            "en": "Does not apply: none of this happened to me",
            "pl": "Nie dotyczy: nic takiego mi się nie przydarzyło"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "vertrauen_polizei",
      "required": false,
      "label": {
        "de": "Wie viel Vertrauen haben Sie in die Polizei in Görlitz?",
        "en": "How much trust do you have in the police in Görlitz?",
        "pl": "Jak duże zaufanie ma Pan/Pani do policji w Görlitz?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_gross",
          "label": {
            "de": "sehr großes Vertrauen",
            "en": "Very high trust",
            "pl": "Bardzo duże zaufanie"
          }
        },
        {
          "code": "eher_gross",
          "label": {
            "de": "eher großes Vertrauen",
            "en": "Fairly high trust",
            "pl": "Raczej duże zaufanie"
          }
        },
        {
          "code": "eher_gering",
          "label": {
            "de": "eher geringes Vertrauen",
            "en": "Fairly low trust",
            "pl": "Raczej małe zaufanie"
          }
        },
        {
          "code": "sehr_gering",
          "label": {
            "de": "sehr geringes Vertrauen",
            "en": "Very low trust",
            "pl": "Bardzo małe zaufanie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "vertrauen_ordnungsamt",
      "required": false,
      "label": {
        "de": "Wie viel Vertrauen haben Sie in das Ordnungsamt der Stadt Görlitz?",
        "en": "How much trust do you have in the public order office (Ordnungsamt) of the City of Görlitz?",
        "pl": "Jak duże zaufanie ma Pan/Pani do urzędu porządku publicznego (Ordnungsamt) miasta Görlitz?"
      },
      "kind": "single",
      "options": [
        {
          "code": "sehr_gross",
          "label": {
            "de": "sehr großes Vertrauen",
            "en": "Very high trust",
            "pl": "Bardzo duże zaufanie"
          }
        },
        {
          "code": "eher_gross",
          "label": {
            "de": "eher großes Vertrauen",
            "en": "Fairly high trust",
            "pl": "Raczej duże zaufanie"
          }
        },
        {
          "code": "eher_gering",
          "label": {
            "de": "eher geringes Vertrauen",
            "en": "Fairly low trust",
            "pl": "Raczej małe zaufanie"
          }
        },
        {
          "code": "sehr_gering",
          "label": {
            "de": "sehr geringes Vertrauen",
            "en": "Very low trust",
            "pl": "Bardzo małe zaufanie"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "schutzmassnahmen",
      "required": false,
      "label": {
        "de": "Was davon tun Sie, um sich vor Straftaten zu schützen?",
        "en": "Which of these do you do to protect yourself from crime?",
        "pl": "Co z poniższych robi Pan/Pani, aby chronić się przed przestępstwami?"
      },
      "hint": {
        "de": "Wenn Sie nichts davon tun, wählen Sie nur „nichts davon“.",
        "en": "If you do none of these, choose only “None of these”.",
        "pl": "Jeśli nie robi Pan/Pani żadnej z tych rzeczy, proszę wybrać tylko „Żadne z powyższych”."
      },
      "kind": "multiple",
      "options": [
        {
          "code": "wohnung_sichern",
          "label": {
            "de": "Wohnung oder Haus zusätzlich sichern, zum Beispiel mit Schlössern oder Licht mit Bewegungsmelder",
            "en": "Making my home more secure, for example with extra locks or motion-sensor lights",
            "pl": "Dodatkowe zabezpieczenie mieszkania lub domu, na przykład zamkami lub lampami z czujnikiem ruchu"
          },
          "exclusive": false
        },
        {
          "code": "nachbarn",
          "label": {
            "de": "Nachbarn bitten, bei Abwesenheit auf die Wohnung zu achten",
            "en": "Asking neighbours to keep an eye on my home when I am away",
            "pl": "Proszenie sąsiadów, by pilnowali mieszkania podczas mojej nieobecności"
          },
          "exclusive": false
        },
        {
          "code": "fahrrad_sichern",
          "label": {
            "de": "Fahrrad mit einem stabilen Schloss sichern",
            "en": "Locking my bicycle with a sturdy lock",
            "pl": "Zabezpieczanie roweru solidnym zamkiem"
          },
          "exclusive": false
        },
        {
          "code": "wertsachen",
          "label": {
            "de": "Wertsachen nah am Körper tragen oder zu Hause lassen",
            "en": "Keeping valuables close to my body or leaving them at home",
            "pl": "Noszenie cennych rzeczy blisko ciała lub zostawianie ich w domu"
          },
          "exclusive": false
        },
        {
          "code": "nicht_allein_dunkel",
          "label": {
            "de": "bei Dunkelheit nicht allein unterwegs sein",
            "en": "Not going out alone after dark",
            "pl": "Unikanie samotnego wychodzenia po zmroku"
          },
          "exclusive": false
        },
        {
          "code": "abwehrmittel",
          "label": {
            "de": "etwas zur Abwehr dabeihaben, zum Beispiel einen Taschenalarm",
            "en": "Carrying something to defend myself, for example a personal alarm",
            "pl": "Noszenie przy sobie czegoś do obrony, na przykład alarmu osobistego"
          },
          "exclusive": false
        },
        {
          "code": "vorsicht_unbekannte",
          "label": {
            "de": "vorsichtig sein bei Anrufen, Nachrichten und Besuchen von Unbekannten",
            "en": "Being careful with calls, messages and visits from strangers",
            "pl": "Ostrożność wobec telefonów, wiadomości i wizyt nieznajomych"
          },
          "exclusive": false
        },
        {
          "code": "beratung",
          "label": {
            "de": "Beratung zur Vorbeugung nutzen, zum Beispiel bei der Polizei",
            "en": "Using crime-prevention advice, for example from the police",
            "pl": "Korzystanie z porad dotyczących zapobiegania przestępstwom, na przykład na policji"
          },
          "exclusive": false
        },
        {
          "code": "nichts_davon",
          "label": {
            "de": "nichts davon",
            "en": "None of these",
            "pl": "Żadne z powyższych"
          },
          "exclusive": true
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
          "code": "a16_24",
          "label": {
            "de": "16 bis 24 Jahre",
            "en": "16 to 24",
            "pl": "16–24 lata"
          }
        },
        {
          "code": "a25_34",
          "label": {
            "de": "25 bis 34 Jahre",
            "en": "25 to 34",
            "pl": "25–34 lata"
          }
        },
        {
          "code": "a35_49",
          "label": {
            "de": "35 bis 49 Jahre",
            "en": "35 to 49",
            "pl": "35–49 lat"
          }
        },
        {
          "code": "a50_64",
          "label": {
            "de": "50 bis 64 Jahre",
            "en": "50 to 64",
            "pl": "50–64 lata"
          }
        },
        {
          "code": "a65_74",
          "label": {
            "de": "65 bis 74 Jahre",
            "en": "65 to 74",
            "pl": "65–74 lata"
          }
        },
        {
          "code": "a75_plus",
          "label": {
            "de": "75 Jahre oder älter",
            "en": "75 or older",
            "pl": "75 lat lub więcej"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "geschlecht",
      "required": false,
      "label": {
        "de": "Welches Geschlecht haben Sie?",
        "en": "What is your gender?",
        "pl": "Jaka jest Pana/Pani płeć?"
      },
      "kind": "single",
      "options": [
        {
          "code": "weiblich",
          "label": {
            "de": "weiblich",
            "en": "Female",
            "pl": "Kobieta"
          }
        },
        {
          "code": "maennlich",
          "label": {
            "de": "männlich",
            "en": "Male",
            "pl": "Mężczyzna"
          }
        },
        {
          "code": "divers",
          "label": {
            "de": "divers",
            "en": "Diverse (non-binary)",
            "pl": "Inna (divers)"
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "stadtteil",
      "required": false,
      "label": {
        "de": "In welchem Stadtteil oder Ortsteil von Görlitz wohnen Sie?",
        "en": "Which district of Görlitz do you live in?",
        "pl": "W której dzielnicy Görlitz Pan/Pani mieszka?"
      },
      "kind": "single",
      "options": [
        {
          "code": "historische_altstadt",
          "label": {
            "de": "Historische Altstadt",
            "en": "Historische Altstadt",
            "pl": "Historische Altstadt"
          }
        },
        {
          "code": "innenstadt",
          "label": {
            "de": "Innenstadt",
            "en": "Innenstadt",
            "pl": "Innenstadt"
          }
        },
        {
          "code": "nikolaivorstadt",
          "label": {
            "de": "Nikolaivorstadt",
            "en": "Nikolaivorstadt",
            "pl": "Nikolaivorstadt"
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
          "code": "rauschwalde",
          "label": {
            "de": "Rauschwalde",
            "en": "Rauschwalde",
            "pl": "Rauschwalde"
          }
        },
        {
          "code": "biesnitz",
          "label": {
            "de": "Biesnitz",
            "en": "Biesnitz",
            "pl": "Biesnitz"
          }
        },
        {
          "code": "weinhuebel",
          "label": {
            "de": "Weinhübel",
            "en": "Weinhübel",
            "pl": "Weinhübel"
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
          "code": "klingewalde",
          "label": {
            "de": "Klingewalde",
            "en": "Klingewalde",
            "pl": "Klingewalde"
          }
        },
        {
          "code": "ober_neundorf",
          "label": {
            "de": "Ober-Neundorf",
            "en": "Ober-Neundorf",
            "pl": "Ober-Neundorf"
          }
        },
        {
          "code": "ludwigsdorf",
          "label": {
            "de": "Ludwigsdorf",
            "en": "Ludwigsdorf",
            "pl": "Ludwigsdorf"
          }
        },
        {
          "code": "schlauroth",
          "label": {
            "de": "Schlauroth",
            "en": "Schlauroth",
            "pl": "Schlauroth"
          }
        },
        {
          "code": "kunnerwitz",
          "label": {
            "de": "Kunnerwitz",
            "en": "Kunnerwitz",
            "pl": "Kunnerwitz"
          }
        },
        {
          "code": "klein_neundorf",
          "label": {
            "de": "Klein Neundorf",
            "en": "Klein Neundorf",
            "pl": "Klein Neundorf"
          }
        },
        {
          "code": "deutsch_ossig",
          "label": {
            "de": "Deutsch-Ossig",
            "en": "Deutsch-Ossig",
            "pl": "Deutsch-Ossig"
          }
        },
        {
          "code": "hagenwerder",
          "label": {
            "de": "Hagenwerder",
            "en": "Hagenwerder",
            "pl": "Hagenwerder"
          }
        },
        {
          "code": "tauchritz",
          "label": {
            "de": "Tauchritz",
            "en": "Tauchritz",
            "pl": "Tauchritz"
          }
        },
        {
          "code": "nicht_goerlitz",
          "label": {
            "de": "Ich wohne nicht in Görlitz.",
            "en": "I do not live in Görlitz.",
            "pl": "Nie mieszkam w Görlitz."
          }
        }
      ],
      "noAnswer": true
    },
    {
      "id": "anregungen",
      "required": false,
      "label": {
        "de": "Was würde Ihr Sicherheitsgefühl in Görlitz verbessern?",
        "en": "What would make you feel safer in Görlitz?",
        "pl": "Co poprawiłoby Pana/Pani poczucie bezpieczeństwa w Görlitz?"
      },
      "hint": {
        "de": "Freiwillig. Bitte schreiben Sie keine Namen, Adressen oder andere Angaben, an denen man Personen erkennen kann.",
        "en": "Optional. Please do not include names, addresses or any other details that could identify a person.",
        "pl": "Odpowiedź dobrowolna. Prosimy nie podawać nazwisk, adresów ani innych danych, po których można rozpoznać konkretną osobę."
      },
      "kind": "text",
      "maxLength": 1000
    }
  ],
  "sections": [
    {
      "id": "sicherheitsgefuehl",
      "title": {
        "de": "Ihr Sicherheitsgefühl",
        "en": "How safe you feel",
        "pl": "Pana/Pani poczucie bezpieczeństwa"
      },
      "intro": {
        "de": "Mit „Wohngegend“ meinen wir die Straßen, die Sie von Ihrer Wohnung aus in etwa zehn Minuten zu Fuß erreichen.",
        "en": "By “neighbourhood” we mean the streets you can reach on foot from your home in about ten minutes.",
        "pl": "Przez „okolicę” rozumiemy ulice, do których może Pan/Pani dojść pieszo z domu w ciągu około dziesięciu minut."
      },
      "questions": [
        "sicherheit_wohngegend_tag",
        "sicherheit_wohngegend_dunkel",
        "sicherheit_innenstadt_tag",
        "sicherheit_innenstadt_dunkel"
      ]
    },
    {
      "id": "sorgen",
      "title": {
        "de": "Sorgen vor Straftaten",
        "en": "Worries about crime",
        "pl": "Obawy przed przestępstwami"
      },
      "intro": {
        "de": "Wie sehr beunruhigt Sie der Gedanke, dass Ihnen in Görlitz Folgendes passieren könnte?",
        "en": "How worried are you that the following might happen to you in Görlitz?",
        "pl": "Jak bardzo niepokoi Pana/Panią myśl, że w Görlitz mogłoby Panu/Pani przydarzyć się coś z poniższych?"
      },
      "questions": [
        "sorge_wohnungseinbruch",
        "sorge_diebstahl",
        "sorge_fahrzeugdiebstahl",
        "sorge_koerperlicher_angriff",
        "sorge_sexuelle_belaestigung",
        "sorge_betrug"
      ]
    },
    {
      "id": "wohngegend",
      "title": {
        "de": "Probleme in Ihrer Wohngegend",
        "en": "Problems in your neighbourhood",
        "pl": "Problemy w Pana/Pani okolicy"
      },
      "intro": {
        "de": "Wie groß sind die folgenden Probleme dort, wo Sie wohnen?",
        "en": "How big are the following problems where you live?",
        "pl": "Jak duże są poniższe problemy w miejscu, w którym Pan/Pani mieszka?"
      },
      "questions": [
        "problem_muell",
        "problem_graffiti",
        "problem_vandalismus",
        "problem_drogen",
        "problem_gruppen",
        "problem_raserei",
        "problem_beleuchtung"
      ]
    },
    {
      "id": "gemiedene-orte",
      "title": {
        "de": "Orte, die Sie meiden",
        "en": "Places you avoid",
        "pl": "Miejsca, których Pan/Pani unika"
      },
      "intro": {
        "de": "Manche Menschen meiden bestimmte Orte, weil sie sich dort unsicher fühlen.",
        "en": "Some people avoid certain places because they feel unsafe there.",
        "pl": "Niektóre osoby unikają pewnych miejsc, ponieważ czują się tam niebezpiecznie."
      },
      "questions": [
        "orte_meiden",
        "orte_meiden_art",
        "orte_meiden_grund"
      ]
    },
    {
      "id": "erlebte-straftaten",
      "title": {
        "de": "Selbst erlebte Straftaten",
        "en": "Crimes you have experienced",
        "pl": "Własne doświadczenia z przestępstwami"
      },
      "intro": {
        "de": "Es geht um die letzten 12 Monate und nur um Görlitz. Hilfe für Betroffene: Opfer-Telefon des WEISSEN RINGS, kostenlos unter 116 006.",
        "en": "These questions are about the last 12 months and about Görlitz only. Help for victims: the WEISSER RING victim helpline, free of charge on 116 006.",
        "pl": "Pytania dotyczą ostatnich 12 miesięcy i wyłącznie Görlitz. Pomoc dla poszkodowanych: telefon zaufania dla ofiar WEISSER RING, bezpłatnie pod numerem 116 006."
      },
      "questions": [
        "opfer_12_monate",
        "anzeige_polizei"
      ]
    },
    {
      "id": "vertrauen",
      "title": {
        "de": "Vertrauen in Polizei und Ordnungsamt",
        "en": "Trust in the police and the public order office",
        "pl": "Zaufanie do policji i urzędu porządku publicznego"
      },
      "intro": {
        "de": "Stadt und Polizei arbeiten in der Sicherheitspartnerschaft zusammen. Wie sehr vertrauen Sie ihnen?",
        "en": "The city and the police work together in the security partnership. How much do you trust them?",
        "pl": "Miasto i policja współpracują w ramach partnerstwa na rzecz bezpieczeństwa. Jak bardzo Pan/Pani im ufa?"
      },
      "questions": [
        "vertrauen_polizei",
        "vertrauen_ordnungsamt"
      ]
    },
    {
      "id": "schutz",
      "title": {
        "de": "Was Sie zu Ihrem Schutz tun",
        "en": "What you do to protect yourself",
        "pl": "Co Pan/Pani robi dla swojego bezpieczeństwa"
      },
      "intro": {
        "de": "Hier geht es darum, was Sie selbst tun, um sich vor Straftaten zu schützen.",
        "en": "This step is about what you yourself do to protect yourself from crime.",
        "pl": "Ta część dotyczy tego, co Pan/Pani robi, aby chronić się przed przestępstwami."
      },
      "questions": [
        "schutzmassnahmen"
      ]
    },
    {
      "id": "angaben-zur-person",
      "title": {
        "de": "Angaben zu Ihrer Person",
        "en": "About you",
        "pl": "Informacje o Panu/Pani"
      },
      "intro": {
        "de": "Damit können wir Ergebnisse nach Alter und Stadtteil auswerten. Ergebnisse für Gruppen mit weniger als 10 Antworten werden nicht veröffentlicht.",
        "en": "This lets us analyse the results by age and district. Results for groups with fewer than 10 answers are not published.",
        "pl": "Dzięki temu możemy analizować wyniki według wieku i dzielnicy. Wyniki dla grup liczących mniej niż 10 odpowiedzi nie są publikowane."
      },
      "questions": [
        "altersgruppe",
        "geschlecht",
        "stadtteil"
      ]
    },
    {
      "id": "anregungen",
      "title": {
        "de": "Ihre Anregungen",
        "en": "Your suggestions",
        "pl": "Pana/Pani sugestie"
      },
      "intro": {
        "de": "Zum Schluss können Sie uns sagen, was aus Ihrer Sicht die Sicherheit in Görlitz verbessern würde.",
        "en": "Finally, you can tell us what you think would make Görlitz safer.",
        "pl": "Na koniec może Pan/Pani napisać, co Pana/Pani zdaniem poprawiłoby bezpieczeństwo w Görlitz."
      },
      "questions": [
        "anregungen"
      ]
    }
  ],
  "breakdowns": {
    "district": "stadtteil",
    "ageBand": "altersgruppe"
  }
}$definition$::jsonb
from public.survey_waves where slug = 'goerlitz-2027'
on conflict (wave_id) do nothing;

-- 20 well-known one-time codes (scripts/survey/local-codes.ts), stored as the database
-- expects: hashed by survey_hash_code(), like every real code.
insert into public.survey_invitation_codes (code_hash, wave_id)
select public.survey_hash_code(c), w.id
from public.survey_waves w,
  unnest(array[
    'TEST-TEST-AAAA',
    'TEST-TEST-BBBB',
    'TEST-TEST-CCCC',
    'TEST-TEST-DDDD',
    'TEST-TEST-EEEE',
    'TEST-TEST-FFFF',
    'TEST-TEST-GGGG',
    'TEST-TEST-HHHH',
    'TEST-TEST-JJJJ',
    'TEST-TEST-KKKK',
    'TEST-TEST-MMMM',
    'TEST-TEST-NNNN',
    'TEST-TEST-PPPP',
    'TEST-TEST-QQQQ',
    'TEST-TEST-RRRR',
    'TEST-TEST-SSSS',
    'TEST-TEST-TTTT',
    'TEST-TEST-UUUU',
    'TEST-TEST-VVVV',
    'TEST-TEST-WWWW'
  ]) c
where w.slug = 'goerlitz-2027'
on conflict (code_hash) do nothing;
