// HS256 JSON Web Tokens with node:crypto: enough to check the anon key the way PostgREST does
// and to mint the well-known local keys. No other algorithm is accepted.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The JWT secret the Supabase CLI uses for local stacks (public knowledge, local use only). */
export const LOCAL_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

/** Claims we read; anything else is passed on to the database untouched. */
export interface Claims {
  role?: string;
  exp?: number;
  [claim: string]: unknown;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Signs claims as an HS256 JWT. */
export function signJwt(claims: Claims, secret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Verifies an HS256 JWT and returns its claims, or throws with the reason. */
export function verifyJwt(token: string, secret: string, now = Date.now()): Claims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('Expected 3 parts in JWT; got ' + parts.length);
  const [header, payload, signature] = parts;
  let parsedHeader: { alg?: string };
  let claims: Claims;
  try {
    parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new Error('JWT cannot be decoded');
  }
  // Refusing everything but HS256 closes the "alg: none" and key-confusion tricks.
  if (parsedHeader.alg !== 'HS256') throw new Error('Wrong or unsupported encoding algorithm');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('JWSInvalidSignature');
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) throw new Error('JWT claims are not an object');
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now) throw new Error('JWT expired');
  return claims;
}

/** The local anon key, identical to the one `supabase start` prints. */
export const LOCAL_ANON_KEY = signJwt({ iss: 'supabase-demo', role: 'anon', exp: 1983812996 }, LOCAL_JWT_SECRET);
