// Well-known invitation codes for the LOCAL Görlitz wave (supabase/seed.sql), so that the form
// can be tried by hand and tested. They are public by design: never load them into production
// (seed.sql is never pushed there; real codes come from `npm run survey:codes`).
//
// Same format as scripts/survey/codes.ts prints: three groups of four characters from its
// alphabet (no 0/O, 1/I/L). Not imported from there because that module runs its command-line
// tool when loaded.

/** The wave the codes open. */
export const LOCAL_CODES_WAVE = 'goerlitz-2027';

/** Characters of real codes (the ALPHABET of codes.ts), in order. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 20 one-time codes: "TEST-TEST-AAAA", "TEST-TEST-BBBB", … "TEST-TEST-WWWW". Each works once per database reset. */
export const LOCAL_INVITATION_CODES: readonly string[] = Array.from({ length: 20 }, (_, i) => `TEST-TEST-${ALPHABET[i].repeat(4)}`);
