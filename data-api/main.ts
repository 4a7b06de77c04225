// Runs the local Data API on its own:
//   DATABASE_URL=postgres://127.0.0.1:54322/postgres node data-api/main.ts
// (it logs in as authenticator on that server). `npm run backend` starts it together with the
// database.
import { startDataApi } from './server.ts';

/** The authenticator login for a database URL: same server, the API's own role. */
export function authenticatorUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = 'authenticator';
  url.password = process.env.AUTHENTICATOR_PASSWORD ?? 'postgres';
  return url.href;
}

if (import.meta.main) {
  const api = await startDataApi({
    databaseUrl: process.env.DATA_API_DATABASE_URL ?? authenticatorUrl(process.env.DATABASE_URL ?? 'postgres://127.0.0.1:54322/postgres'),
    jwtSecret: process.env.JWT_SECRET,
    port: Number(process.env.DATA_API_PORT ?? 54321),
    connections: process.env.DATA_API_CONNECTIONS ? Number(process.env.DATA_API_CONNECTIONS) : undefined,
  });
  process.stdout.write(`Data API listening on ${api.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void api.close().then(() => process.exit(0)));
}
