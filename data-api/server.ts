// A small stand-in for Supabase's Data API (PostgREST) that serves remote procedure calls the way
// supabase-js makes them: POST /rest/v1/rpc/<function> (GET for stable functions). It checks the
// key, switches to the key's role inside a transaction, exposes the JWT claims and the request
// headers as PostgREST does, and answers in PostgREST's format. Local development and tests only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import pg from 'pg';
import { openConnections } from './connections.ts';
import { HttpError, httpError, statusForSqlState } from './errors.ts';
import { LOCAL_JWT_SECRET, verifyJwt, type Claims } from './jwt.ts';

/** How to run the Data API. */
export interface DataApiOptions {
  /** Connection string of the login role that may switch into anon/authenticated (authenticator). */
  databaseUrl: string;
  /** HS256 secret of the keys. Default: the Supabase CLI's local secret. */
  jwtSecret?: string;
  /** Schemas callers may choose with Content-Profile/Accept-Profile; the first is the default. */
  schemas?: string[];
  /** Roles a key may ask for. */
  roles?: string[];
  /** Largest accepted request body in bytes. Default 100 kB. */
  maxBodyBytes?: number;
  host?: string;
  port?: number;
  /** Database connections kept open; defaults to defaultConnections(). */
  connections?: number;
}

/** A running Data API. */
export interface DataApi {
  url: string;
  server: Server;
  close(): Promise<void>;
}

interface FunctionInfo {
  schema: string;
  name: string;
  argNames: string[];
  argTypes: string[];
  requiredArgs: number;
  volatile: boolean;
  returnsSet: boolean;
  returnsVoid: boolean;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
  'access-control-allow-headers': 'apikey, authorization, content-profile, accept-profile, content-type, x-client-info, prefer, accept, accept-language',
  'access-control-expose-headers': 'content-range, content-location, preference-applied',
  'access-control-max-age': '86400',
};

// Headers a client could send to pose as someone else's network address; the address the
// database counts comes from the socket only.
const SPOOFABLE_HEADERS = ['cf-connecting-ip', 'x-real-ip', 'x-forwarded-for', 'forwarded'];

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  sendJson(res, status, body === undefined ? '' : JSON.stringify(body), headers);
}

/** Sends JSON that is already text (from the database or JSON.stringify); '' sends no body. */
function sendJson(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    ...CORS_HEADERS,
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => httpError(413, null, 'Request body too large', `The limit is ${limit} bytes.`);
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(tooLarge());
  // Plain stream events: `for await` over the request costs an async iterator per call, more
  // than reading the small body itself.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Over the limit without a Content-Length (chunked): drop the rest, keep the connection.
      req.removeAllListeners('data');
      req.resume();
      reject(tooLarge());
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Database connections: one per CPU core, each with up to STATEMENTS_PER_CONNECTION statements
 * on the way (data-api/connections.ts). More connections than cores only make the server
 * processes take turns on the cores.
 */
export function defaultConnections(): number {
  return availableParallelism();
}

/** One statement running and one waiting on each connection, so its server process never idles. */
const STATEMENTS_PER_CONNECTION = 2;

/** Starts the Data API and resolves once it listens. */
export async function startDataApi(options: DataApiOptions): Promise<DataApi> {
  const secret = options.jwtSecret ?? LOCAL_JWT_SECRET;
  const schemas = options.schemas ?? ['public'];
  const roles = new Set(options.roles ?? ['anon', 'authenticated', 'service_role']);
  const maxBodyBytes = options.maxBodyBytes ?? 100_000;
  const db = openConnections({
    connectionString: options.databaseUrl,
    connections: options.connections ?? defaultConnections(),
    depth: STATEMENTS_PER_CONNECTION,
  });
  const functionCache = new Map<string, { at: number; infos: FunctionInfo[] }>();

  async function lookup(schema: string, name: string): Promise<FunctionInfo[]> {
    const key = `${schema}.${name}`;
    const cached = functionCache.get(key);
    // A short cache stands in for PostgREST's schema cache and its reload on NOTIFY.
    if (cached && Date.now() - cached.at < 5_000) return cached.infos;
    const { rows } = await db.query(
      `select p.proname as name,
              coalesce(p.proargnames[1:p.pronargs], '{}') as "argNames",
              array(select format_type(t, null) from unnest(p.proargtypes) with ordinality u (t, i) order by i) as "argTypes",
              p.pronargs - p.pronargdefaults as "requiredArgs",
              p.provolatile = 'v' as volatile,
              p.proretset as "returnsSet",
              p.prorettype = 'void'::regtype as "returnsVoid"
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = $1 and p.proname = $2 and p.prokind = 'f'`,
      [schema, name],
    );
    const infos = rows.map((row) => ({ ...row, schema }) as FunctionInfo);
    functionCache.set(key, { at: Date.now(), infos });
    return infos;
  }

  // Keys already verified, like PostgREST's JWT cache: every call of the site sends the same anon
  // key, and checking its signature again each time is wasted work. Expiry is checked every call.
  const verified = new Map<string, { claims: Claims; text: string }>();

  /** The claims of the request's key, and the same as JSON for request.jwt.claims. */
  function authenticate(req: IncomingMessage): { claims: Claims; text: string } {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (req.headers.apikey as string | undefined);
    if (!token) throw httpError(401, 'PGRST302', 'Anonymous access is disabled', null, 'Send the anon key as apikey and Bearer token.');
    const known = verified.get(token);
    if (known && !(typeof known.claims.exp === 'number' && known.claims.exp * 1000 <= Date.now())) return known;
    let claims: Claims;
    try {
      claims = verifyJwt(token, secret);
    } catch (error) {
      throw new HttpError(401, { code: 'PGRST301', message: (error as Error).message, details: null, hint: null }, {
        'www-authenticate': 'Bearer error="invalid_token"',
      });
    }
    if (typeof claims.role !== 'string' || !roles.has(claims.role)) {
      throw httpError(401, 'PGRST301', `JWT role "${String(claims.role)}" is not allowed`);
    }
    const entry = { claims, text: JSON.stringify(claims) };
    // Only signed keys get here; the bound keeps a stream of distinct keys from growing it forever.
    if (verified.size >= 1_000) verified.clear();
    verified.set(token, entry);
    return entry;
  }

  function chooseSchema(req: IncomingMessage): string {
    const header = (req.method === 'POST' ? req.headers['content-profile'] : req.headers['accept-profile']) as string | undefined;
    const schema = header ?? schemas[0];
    if (!schemas.includes(schema)) {
      throw httpError(406, 'PGRST106', 'Invalid schema: ' + schema, null, `Only the following schemas are exposed: ${schemas.join(', ')}`);
    }
    return schema;
  }

  async function readArguments(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
    if (req.method !== 'POST') return Object.fromEntries(url.searchParams);
    const text = await readBody(req, maxBodyBytes);
    if (text.trim() === '') return {};
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw httpError(400, 'PGRST102', 'Empty or invalid json', (error as Error).message);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw httpError(400, 'PGRST102', 'Empty or invalid json', 'Send the named arguments as one JSON object.');
    }
    return body as Record<string, unknown>;
  }

  function pick(infos: FunctionInfo[], schema: string, name: string, args: Record<string, unknown>): FunctionInfo {
    const given = Object.keys(args);
    const match = infos.find(
      (f) => given.every((a) => f.argNames.includes(a)) && f.argNames.slice(0, f.requiredArgs).every((a) => given.includes(a)),
    );
    if (!match) {
      throw httpError(
        404,
        'PGRST202',
        `Could not find the function ${schema}.${name}(${[...given].sort().join(', ')}) in the schema cache`,
        `Searched for the function ${schema}.${name} with parameters ${given.length ? [...given].sort().join(', ') : 'none'}, but no matches were found in the schema cache.`,
        null,
      );
    }
    return match;
  }

  /** Binds a JSON value as text for a parameter of the declared type. */
  function bindValue(value: unknown, type: string): string | null {
    if (value === null || value === undefined) return null;
    const text = type === 'jsonb' || type === 'json' || typeof value === 'object' ? JSON.stringify(value) : String(value);
    // PostgreSQL text cannot hold NUL; refuse it here as the database would (JSON.stringify
    // already escapes it inside JSON values).
    if (text.includes('\0')) throw httpError(400, '22021', 'invalid byte sequence for encoding "UTF8": 0x00');
    return text;
  }

  async function call(req: IncomingMessage, res: ServerResponse, url: URL, name: string) {
    const { claims, text: claimsText } = authenticate(req);
    const schema = chooseSchema(req);
    const args = await readArguments(req, url);
    const fn = pick(await lookup(schema, name), schema, name, args);
    const readOnly = req.method !== 'POST';
    if (readOnly && fn.volatile) {
      throw httpError(405, 'PGRST101', 'Cannot execute a volatile function with GET', null, 'Use POST for functions that change data.');
    }

    const headers: Record<string, string> = {};
    for (const [header, value] of Object.entries(req.headers)) {
      if (!SPOOFABLE_HEADERS.includes(header) && typeof value === 'string') headers[header] = value;
    }
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';

    // The whole statement is written before it waits for a connection (data-api/connections.ts).
    const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
    const literal = (value: string | null) => (value === null ? 'null' : pg.escapeLiteral(value));
    // Arguments are bound by name with the declared type of each parameter, like PostgREST.
    const argList = Object.keys(args)
      .map((arg) => {
        const type = fn.argTypes[fn.argNames.indexOf(arg)];
        return `${quote(arg)} := ${literal(bindValue(args[arg], type))}::${type}`;
      })
      .join(', ');
    const target = `${quote(schema)}.${quote(fn.name)}(${argList})`;
    const settings = [
      ['role', claims.role!],
      ['request.jwt.claims', claimsText],
      ['request.headers', JSON.stringify(headers)],
      ['request.method', req.method!],
      ['request.path', url.pathname],
    ]
      .map(([name, value]) => `set_config(${literal(name)}, ${literal(value)}, true)`)
      .join(', ');
    // The database writes the JSON body itself (as PostgREST does): parsing it here only to
    // stringify it again cost the server time on every call, and to_json gives every return type
    // its JSON form (bigint as a number, text as a string, a row as an object).
    const result = fn.returnsSet
      ? `select coalesce(json_agg(r), '[]')::text as result from ${target} r`
      : fn.returnsVoid
        ? `select ${target}`
        : `select to_json(${target})::text as result`;
    // One round trip: the settings and the call travel as one simple query, which PostgreSQL
    // runs as one transaction of its own (an "implicit transaction block"): the local role and
    // settings end with it, as with PostgREST, and an error rolls all of it back without a
    // further round trip. Literals are escaped by the driver; types and identifiers come from
    // the catalog.
    const sql = `${readOnly ? 'set transaction read only; ' : ''}select ${settings}; ${result};`;

    const body = await inTransaction(sql, claims.role === 'anon');
    // Nothing to return (void, SQL null or JSON null): 204, which supabase-js reads as null.
    if (fn.returnsVoid || body === null || body === undefined || body === 'null') return send(res, 204);
    // HEAD: the status and headers of the GET, without its body.
    if (req.method === 'HEAD') return send(res, 200);
    return sendJson(res, 200, body);
  }

  /** Runs the statement; resolves with the call's JSON text. */
  async function inTransaction(sql: string, anonymous: boolean): Promise<string | null | undefined> {
    try {
      const results = (await db.query(sql)) as unknown as pg.QueryResult[];
      return results.at(-1)?.rows[0]?.result;
    } catch (error) {
      // A lost or refused connection is not the database's answer to the statement.
      if (!(error instanceof pg.DatabaseError)) throw error;
      throw httpError(statusForSqlState(error.code!, anonymous), error.code!, error.message, error.detail ?? null, error.hint ?? null);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') return send(res, 200);
    const rpc = /^\/rest\/v1\/rpc\/([A-Za-z_][A-Za-z0-9_$]*)$/.exec(url.pathname);
    if (!rpc) {
      throw httpError(404, 'PGRST125', `Invalid path specified in request URL`, 'This local Data API serves only /rest/v1/rpc/<function>.');
    }
    if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, { code: null, message: `Method ${req.method} not allowed`, details: null, hint: null }, { allow: 'GET, HEAD, POST, OPTIONS' });
    }
    await call(req, res, url, rpc[1]);
  }

  // No Nagle delay: a response is one small write that the client is waiting for.
  const server = createServer({ noDelay: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return send(res, error.status, error.body, error.headers);
      if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
        return send(res, 503, { code: 'PGRST001', message: 'Could not connect with the database', details: null, hint: null });
      }
      process.stderr.write(`[data-api] ${(error as Error).stack ?? String(error)}\n`);
      send(res, 500, { code: null, message: 'Internal server error', details: null, hint: null });
    });
  });
  // Keep connections alive across requests like a real gateway; clients reuse sockets.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.end();
    },
  };
}
