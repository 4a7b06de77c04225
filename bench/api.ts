// npm run bench:api — budgets of the survey backend on this machine:
//   1. submissions at 50 concurrent clients for 20 s straight to the database function over a
//      pool (the ceiling), then the same load through the local Data API (a separate process);
//      target: at least half the ceiling's requests per second and p99 under 50 ms;
//   2. survey_results over 100,000 stored responses; target: p99 under 100 ms.
// It also prints the CPU time each process spent per request (Linux), which shows where the
// time goes on a machine whose cores all three share, and whether the slowest requests came
// from short stalls rather than from steady queueing, and how long the load generator itself
// paused for garbage collection.
// The submissions are measured in three rounds (--runs=N), each the ceiling and then the Data
// API, and judged by the median round: on a shared 2-core machine one 20-s window of the same
// code gave a p99 anywhere from 37 to 57 ms, depending on the machine's minute.
// BENCH_SECONDS shortens the runs; --check exits non-zero when a budget is missed. Results are
// also written to bench-results/api.json.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { authenticatorUrl } from '../data-api/main.ts';
import { LOCAL_ANON_KEY } from '../data-api/jwt.ts';
import { KeepAliveConnection } from './keep-alive.ts';
import { procStat, processTree, runsArgument } from './lib.mjs';
import { percentile, tailConcentration, type Sample } from './latency.ts';
import { applyMigrations, applySupabaseBootstrap, freePort, repoRoot, startEmbeddedPostgres, withClient } from '../scripts/backend/database.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RUNS: number = runsArgument(3);
/** Invitation codes made per round: more than a round of both paths uses on a fast machine. */
const CODES_PER_RUN = 250_000;
const CLIENTS = 50;
/**
 * The ceiling's pool: twice the CPU cores, as the Data API's pool was before it pipelined its
 * statements (BENCH_POOL overrides it). The Data API uses its own connections
 * (data-api/connections.ts; DATA_API_CONNECTIONS overrides their number).
 */
const POOL_SIZE = Number(process.env.BENCH_POOL ?? 2 * availableParallelism());
const RESULTS_RESPONSES = 100_000;
const RESULTS_CALLS = 300;

interface Run {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Share of the requests slower than the p99 that finished in the worst tenth of the half-seconds. */
  tailInStalls: number;
  /** The load generator's own garbage collection pauses during the run (they delay every request in flight). */
  generatorGc: { pauses: number; totalMs: number; longestMs: number };
  /** CPU time per request in µs, by process; null where it cannot be read on this machine. */
  cpu?: { loadGenerator: number; dataApi: number | null; database: number | null };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (share: number) => `${(share * 100).toFixed(0)} %`;

/** Runs `clients` loops of `once` for `seconds` and summarises the latencies. */
async function load(seconds: number, clients: number, once: () => Promise<boolean>): Promise<Run> {
  // Two plain number arrays while the load runs: an object per request would add garbage to
  // the load generator's heap, and its collector's pauses to the latencies it measures.
  const finishedAt: number[] = [];
  const took: number[] = [];
  let errors = 0;
  const gcPauses: number[] = [];
  const gcObserver = new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((e) => e.duration)));
  gcObserver.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const ok = await once().catch(() => false);
        const done = performance.now();
        finishedAt.push(done - started);
        took.push(done - t);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  gcPauses.push(...gcObserver.takeRecords().map((e) => e.duration));
  gcObserver.disconnect();
  const samples: Sample[] = took.map((ms, i) => ({ at: finishedAt[i], ms }));
  const latencies = took.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    tailInStalls: tailConcentration(samples),
    generatorGc: { pauses: gcPauses.length, totalMs: gcPauses.reduce((sum, d) => sum + d, 0), longestMs: Math.max(0, ...gcPauses) },
  };
}

/** A valid answer set that varies a little, like real submissions. */
function answers(i: number) {
  return {
    stadtteil: ['innenstadt', 'altstadt', 'suedstadt', 'koenigshufen', 'andere'][i % 5],
    altersgruppe: ['a16_29', 'a30_49', 'a50_64', 'a65'][i % 4],
    sicherheit_tag: 1 + (i % 5),
    sicherheit_nacht: 1 + ((i * 7) % 5),
    sorgen: i % 3 ? ['einbruch', 'verkehr'] : ['keine_angabe'],
    wohndauer: i % 90,
    anmerkung: i % 10 ? '' : 'Mehr Licht am Bahnhof, bitte.',
  };
}

async function main() {
  const check = process.argv.includes('--check');
  let databaseUrl = process.env.DATABASE_URL;
  const db = databaseUrl ? null : await startEmbeddedPostgres({ quiet: true });
  databaseUrl ??= db!.url;
  let api: ChildProcess | null = null;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  // Idle connections are cut when the temporary server stops at the end; that is expected.
  pool.on('error', () => {});
  try {
    process.stdout.write(`Preparing ${db ? 'a temporary PostgreSQL 17 (fsync off)' : 'the database at DATABASE_URL'}…\n`);
    await withClient(databaseUrl, async (client) => {
      if ((await client.query(`select from pg_roles where rolname = 'anon'`)).rowCount === 0) await applySupabaseBootstrap(client);
      await applyMigrations(client);
      const definition = (await import('../src/lib/survey/definition.ts')).parseDefinition(
        (await import('../src/lib/survey/demo-definition.ts')).demoDefinition,
      );
      const { loadDefinition } = await import('../scripts/survey/load-definition.ts');
      // Invitation mode: each request uses its own code, so one network's abuse counter is not
      // the bottleneck being measured (in open mode every local request shares 127.0.0.1).
      await loadDefinition(client, { ...definition, wave: { ...definition.wave, slug: 'bench', participation: 'invitation', closesAt: '2099-01-01T00:00:00Z' } });
      await loadDefinition(client, { ...definition, wave: { ...definition.wave, slug: 'bench-results', opensAt: '2020-01-01T00:00:00Z', closesAt: '2021-01-01T00:00:00Z', resultsAfterClose: true } });
      await client.query(`delete from public.survey_invitation_codes where wave_id = (select id from public.survey_waves where slug = 'bench')`);
      await client.query(`insert into public.survey_invitation_codes (code_hash, wave_id)
        select public.survey_hash_code('B' || i), (select id from public.survey_waves where slug = 'bench') from generate_series(1, $1) i`, [CODES_PER_RUN * RUNS]);
    });

    let code = 0;
    const body = (i: number) => ({ p_wave: 'bench', p_answers: answers(i), p_idempotency_key: randomUUID(), p_invitation_code: `B${++code}` });

    // The Data API in its own process, as it would run.
    const port = await freePort();
    api = spawn(process.execPath, [join(repoRoot, 'data-api/main.ts')], {
      env: { ...process.env, DATA_API_DATABASE_URL: authenticatorUrl(databaseUrl), DATA_API_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      api!.stdout!.once('data', () => resolve());
      api!.once('exit', (c) => reject(new Error(`Data API exited with ${c}`)));
    });
    // One kept-alive connection per client, one request at a time, with the headers supabase-js
    // sends. bench/keep-alive.ts instead of Node's http client: the same requests at about half
    // the load generator's CPU time and with a third of its collection pauses (6 interleaved
    // pairs of 10-s runs: 71–85 vs 114–164 µs per request, 9–12 vs 18–23 pauses), time the
    // server under test gets back on the cores all three processes share.
    const idle = Array.from({ length: CLIENTS }, () => new KeepAliveConnection('127.0.0.1', port));
    // The request line and headers of each function, written once rather than for every request.
    const heads = new Map<string, string>();
    const rpcHead = (fn: string) => {
      let head = heads.get(fn);
      if (head === undefined) {
        head =
          `POST /rest/v1/rpc/${fn} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\napikey: ${LOCAL_ANON_KEY}\r\n` +
          `authorization: Bearer ${LOCAL_ANON_KEY}\r\ncontent-type: application/json\r\ncontent-profile: public\r\nconnection: keep-alive`;
        heads.set(fn, head);
      }
      return head;
    };
    /** POSTs JSON to an RPC endpoint and resolves with the status. */
    const post = async (fn: string, payload: unknown) => {
      const connection = idle.pop()!; // never empty: as many connections as clients
      try {
        return await connection.send(rpcHead(fn), JSON.stringify(payload));
      } finally {
        idle.push(connection);
      }
    };
    // CPU is counted for the database server only when it is this run's own (DATABASE_URL may
    // point anywhere).
    const postmaster = db ? await postmasterPid(pool) : null;

    process.stdout.write(`Submissions, ${CLIENTS} clients, ${SECONDS} s per path and round: straight to the database function over a pool of ${POOL_SIZE} (the ceiling), then through the Data API.\n`);
    const rounds: { ceiling: Run; throughApi: Run }[] = [];
    let n = 0;
    for (let round = 1; round <= RUNS; round++) {
      // 1a. The ceiling: the function over a pool, no HTTP.
      process.stdout.write(`Round ${round}/${RUNS}: ceiling … `);
      await load(2, CLIENTS, async () => (await direct(pool, body(n++))) !== null);
      let before = cpuSnapshot(undefined, postmaster);
      const ceiling = await load(SECONDS, CLIENTS, async () => (await direct(pool, body(n++))) !== null);
      ceiling.cpu = cpuPerRequest(before, cpuSnapshot(undefined, postmaster), ceiling.requests);

      // 1b. The same through the Data API.
      process.stdout.write(`p99 ${ms(ceiling.p99)}; Data API … `);
      await load(2, CLIENTS, async () => (await post('submit_survey_response', body(n++))) === 200);
      const storedBefore = await countBench(pool);
      before = cpuSnapshot(api.pid, postmaster);
      const throughApi = await load(SECONDS, CLIENTS, async () => (await post('submit_survey_response', body(n++))) === 200);
      throughApi.cpu = cpuPerRequest(before, cpuSnapshot(api.pid, postmaster), throughApi.requests);
      // Each 200 must be exactly one stored row, or the numbers above mean nothing.
      const stored = (await countBench(pool)) - storedBefore;
      if (stored !== throughApi.requests - throughApi.errors) {
        throw new Error(`The Data API answered 200 to ${throughApi.requests - throughApi.errors} submissions, but ${stored} were stored.`);
      }
      process.stdout.write(`p99 ${ms(throughApi.p99)}\n`);
      rounds.push({ ceiling, throughApi });
    }
    // The round with the median Data API p99 stands for all; the throughput share is the median
    // of the rounds' shares (each round's two paths ran in the same minutes). With an even number
    // of rounds, the worse of the two middle ones.
    const { ceiling, throughApi } = [...rounds].sort((x, y) => x.throughApi.p99 - y.throughApi.p99)[Math.floor(RUNS / 2)]!;
    const shares = rounds.map((r) => r.throughApi.perSecond / r.ceiling.perSecond).sort((x, y) => x - y);
    const ratio = shares[Math.ceil(RUNS / 2) - 1]!;

    // 2. Results over 100,000 responses of a closed wave.
    process.stdout.write(`Storing ${RESULTS_RESPONSES} responses and reading survey_results ${RESULTS_CALLS} times…\n`);
    await pool.query(
      `insert into public.survey_responses (wave_id, answers, submitted_on, idempotency_key)
       select (select id from public.survey_waves where slug = 'bench-results'), jsonb_build_object(
         'stadtteil', (array['innenstadt','altstadt','suedstadt','koenigshufen','andere','keine_angabe'])[1 + floor(random() * 6)::int],
         'altersgruppe', (array['a16_29','a30_49','a50_64','a65'])[1 + floor(random() * 4)::int],
         'sicherheit_tag', 1 + (random() * 4)::int, 'sicherheit_nacht', 1 + (random() * 4)::int,
         'sorgen', case when random() < 0.5 then '["einbruch","verkehr"]'::jsonb else '["beleuchtung"]'::jsonb end,
         'wohndauer', (random() * 80)::int), date '2020-06-01', gen_random_uuid()
       from generate_series(1, $1) i`,
      [RESULTS_RESPONSES],
    );
    await pool.query('vacuum analyze public.survey_responses');
    const coldStart = performance.now();
    const coldStatus = await post('survey_results', { p_wave: 'bench-results' });
    const cold = performance.now() - coldStart;
    const latencies: number[] = [];
    for (let i = 0; i < RESULTS_CALLS; i++) {
      const t = performance.now();
      const status = await post('survey_results', { p_wave: 'bench-results' });
      latencies.push(performance.now() - t);
      if (status !== 200) throw new Error(`survey_results answered ${status}`);
    }
    latencies.sort((a, b) => a - b);
    for (const connection of idle) connection.close();

    const budgets = [
      { budget: 'Data API throughput ≥ 50 % of the ceiling', value: pct(ratio), ok: ratio >= 0.5 },
      { budget: 'Data API p99 < 50 ms', value: ms(throughApi.p99), ok: throughApi.p99 < 50 },
      { budget: 'survey_results p99 < 100 ms (100,000 responses)', value: ms(percentile(latencies, 99)), ok: percentile(latencies, 99) < 100 },
    ];
    const cpuRow = (name: string, r: Run) => {
      const cell = (us: number | null) => (us === null ? '–' : `${us.toFixed(0)} µs`).padStart(16);
      return `${name.padEnd(26)}${cell(r.cpu!.loadGenerator)}${cell(r.cpu!.dataApi)}${cell(r.cpu!.database)}${cell(cpuTogether(r.cpu!))}`;
    };
    const apiCpu = cpuTogether(throughApi.cpu!);
    const gcSummary = ({ generatorGc: gc }: Run) => `${gc.pauses} pauses, ${ms(gc.totalMs)} in all, longest ${ms(gc.longestMs)}`;
    const row = (name: string, r: Run) => `${name.padEnd(26)}${r.perSecond.toFixed(0).padStart(8)} req/s   p50 ${ms(r.p50).padStart(9)}   p99 ${ms(r.p99).padStart(9)}   errors ${r.errors}`;
    // Other work on the machine shares the same cores; the load average puts the numbers in context.
    process.stdout.write(
      `\nMachine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at the end of the run\n` +
        `\nSubmissions, ${CLIENTS} concurrent clients, ${SECONDS} s each` +
        (RUNS > 1 ? ` (shown: the round with the median Data API p99 of ${RUNS} rounds)\n` : '\n') +
        `${row('database function (pool)', ceiling)}\n${row('local Data API (HTTP)', throughApi)}\n` +
        (RUNS > 1
          ? `Each round: Data API p99 ${rounds.map((r) => ms(r.throughApi.p99)).join(', ')}; ` +
            `throughput ${rounds.map((r) => pct(r.throughApi.perSecond / r.ceiling.perSecond)).join(', ')} of the ceiling\n`
          : '') +
        // Whether the p99 comes from steady queueing or from short stalls of some process or of
        // the machine (bench/latency.ts): the latter differ from run to run, the former do not.
        `Slowest 1 % in the worst tenth of the half-seconds: pool ${pct(ceiling.tailInStalls)}, Data API ${pct(throughApi.tailInStalls)}\n` +
        `  (about 10 % when spread evenly over the run, near 100 % when short stalls set the p99)\n` +
        // The load generator's own pauses hold up its requests too; how much of the tail is the
        // measuring itself.
        `Load generator's own GC pauses: pool ${gcSummary(ceiling)}; Data API ${gcSummary(throughApi)}\n` +
        // All three processes share the machine's cores: their CPU per request bounds what any
        // pool size or client count can get out of it, and with it the latency at 50 clients.
        `\n${'CPU time per request'.padEnd(26)}${['load generator', 'Data API', 'PostgreSQL', 'together'].map((h) => h.padStart(16)).join('')}\n` +
        `${cpuRow('database function (pool)', ceiling)}\n${cpuRow('local Data API (HTTP)', throughApi)}\n` +
        (apiCpu === null
          ? ''
          : `At this cost ${cpus().length} cores serve at most ~${((cpus().length * 1e6) / apiCpu).toFixed(0)} requests/s through the Data API (the load generator included).\n`) +
        `\nsurvey_results over ${RESULTS_RESPONSES} responses (through the Data API, ${RESULTS_CALLS} calls)\n` +
        `  first call (computes and caches): ${ms(cold)} (status ${coldStatus})\n` +
        `  p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}\n\n` +
        budgets.map((b) => `${b.ok ? 'PASS' : 'MISS'}  ${b.budget}: ${b.value}`).join('\n') +
        '\n',
    );
    await mkdir(join(repoRoot, 'bench-results'), { recursive: true });
    await writeFile(
      join(repoRoot, 'bench-results/api.json'),
      JSON.stringify({ seconds: SECONDS, clients: CLIENTS, runs: RUNS, rounds, ceiling, throughApi, results: { cold, p50: percentile(latencies, 50), p99: percentile(latencies, 99) }, budgets }, null, 2),
    );
    if (check && budgets.some((b) => !b.ok)) process.exitCode = 1;
  } finally {
    api?.kill('SIGTERM');
    await pool.end();
    await db?.stop();
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds of a process and of its children that have ended (Linux only); null if unreadable. */
function processCpu(pid: number | string): number | null {
  const f = procStat(pid);
  // utime, stime, cutime, cstime: fields 14–17 of proc(5), counted from the state (field 3).
  return f ? (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLOCK_TICKS : null;
}

/** The PostgreSQL server process: the parent of a backend (on this machine). */
async function postmasterPid(pool: pg.Pool): Promise<number | null> {
  const { rows } = await pool.query('select pg_backend_pid() as pid');
  const ppid = procStat(rows[0].pid)?.[1];
  return ppid ? Number(ppid) : null;
}

/** CPU seconds of the server and all its processes, the live ones and those that ended. */
function serverCpu(postmaster: number): number | null {
  const own = processCpu(postmaster);
  if (own === null) return null;
  return processTree(postmaster).slice(1).reduce((total, pid) => total + (processCpu(pid) ?? 0), own);
}

interface CpuSnapshot {
  loadGenerator: number;
  dataApi: number | null;
  database: number | null;
}

function cpuSnapshot(apiPid: number | undefined, postmaster: number | null): CpuSnapshot {
  const own = process.cpuUsage();
  return {
    loadGenerator: (own.user + own.system) / 1e6,
    dataApi: apiPid === undefined ? null : processCpu(apiPid),
    database: postmaster === null ? null : serverCpu(postmaster),
  };
}

/** µs of CPU per request between two snapshots. */
function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): NonNullable<Run['cpu']> {
  const per = (a: number | null, b: number | null) => (a === null || b === null ? null : ((b - a) * 1e6) / requests);
  return {
    loadGenerator: ((after.loadGenerator - before.loadGenerator) * 1e6) / requests,
    dataApi: per(before.dataApi, after.dataApi),
    database: per(before.database, after.database),
  };
}

/** µs of CPU per request of all processes together; null when the database's share is unknown. */
function cpuTogether(cpu: NonNullable<Run['cpu']>): number | null {
  return cpu.database === null ? null : cpu.loadGenerator + (cpu.dataApi ?? 0) + cpu.database;
}

/** Calls the function over the pool, without HTTP, JWT or role switch (the ceiling); returns its result. */
async function direct(pool: pg.Pool, args: { p_wave: string; p_answers: unknown; p_idempotency_key: string; p_invitation_code: string }) {
  const { rows } = await pool.query('select public.submit_survey_response($1::text, $2::jsonb, $3::uuid, $4::text) as r', [
    args.p_wave,
    JSON.stringify(args.p_answers),
    args.p_idempotency_key,
    args.p_invitation_code,
  ]);
  return rows[0]?.r ?? null;
}

/** Stored responses of the bench wave. */
async function countBench(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query(
    `select count(*)::int as n from public.survey_responses where wave_id = (select id from public.survey_waves where slug = 'bench')`,
  );
  return rows[0].n;
}

await main();
