// PostgREST's error body and its mapping from PostgreSQL error codes to HTTP statuses, for the
// cases the site's RPC calls can meet.

/** The error body PostgREST sends and supabase-js reads. */
export interface ApiError {
  code: string | null;
  message: string;
  details: string | null;
  hint: string | null;
}

/** An error that already knows its HTTP status and body. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: ApiError;
  readonly headers: Record<string, string>;

  constructor(status: number, body: ApiError, headers: Record<string, string> = {}) {
    super(body.message);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** Builds an HttpError with PostgREST's field names. */
export function httpError(status: number, code: string | null, message: string, details: string | null = null, hint: string | null = null) {
  return new HttpError(status, { code, message, details, hint });
}

/** The HTTP status PostgREST answers for a SQLSTATE; `anonymous` decides 401 or 403 on 42501. */
export function statusForSqlState(code: string, anonymous: boolean): number {
  // A raised SQLSTATE "PTxyz" asks for HTTP status xyz.
  const custom = /^PT(\d{3})$/.exec(code);
  if (custom) return Number(custom[1]);
  if (code === '42501') return anonymous ? 401 : 403;
  const exact: Record<string, number> = {
    P0001: 400,
    '42883': 404,
    '42P01': 404,
    '42P17': 500,
    '23503': 409,
    '23505': 409,
    '25006': 405,
    '53400': 500,
  };
  if (code in exact) return exact[code];
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '22': 400,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  return byClass[code.slice(0, 2)] ?? 400;
}
