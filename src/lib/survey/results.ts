// The shape of survey_results(p_wave), as the results page reads it. A count is null when it
// was suppressed (below the wave's minimum group size, or to protect such a cell).

/** Counts per option code ("keine_angabe" included when offered); null = suppressed. */
export type OptionCounts = Record<string, number | null>;

/** One group of a breakdown, e.g. the respondents of one Stadtteil. */
export interface GroupResult {
  /** The option code of the breakdown question, or null for "not answered". */
  group: string | null;
  /** Respondents of this group who answered the question; null = suppressed. */
  n: number | null;
  counts: OptionCounts;
}

/** The published counts of one choice or scale question. */
export interface QuestionResult {
  id: string;
  kind: 'single' | 'multiple' | 'scale';
  /** Respondents who answered; null = suppressed. */
  n: number | null;
  counts: OptionCounts;
  /** Per district and per age band, when the definition names those questions. */
  breakdowns: { district?: GroupResult[]; ageBand?: GroupResult[] };
}

/** What survey_results returns. Number and free-text questions are never published. */
export interface SurveyResults {
  wave: string;
  minGroupSize: number;
  /** All responses of the wave; null while fewer than minGroupSize. */
  responses: number | null;
  questions: QuestionResult[];
}
