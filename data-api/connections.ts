// The Data API's database connections: a few, each with up to `depth` statements on the way.
//
// A connection that waits for its result before it sends the next statement leaves its server
// process idle for the round trip through this process, and the server process then has to be
// woken again for the next one. Measured with npm run bench:api on 2 cores (50 clients), runs
// spread over an hour of a machine whose speed varies by a third: a pool of 4 such connections
// served 1,834–2,164 submissions/s at p99 45.7–58.8 ms (5 runs); 2 connections with up to two
// statements each 1,872–2,460/s at p99 40.1, 42.2, 42.4, 50.3, 55.9 and 66.6 ms. Side by side in
// the same minutes: 4 × 1 statement 2,124/s, p99 47.7 ms; 2 × 2 statements 2,460/s, p99 40.1 ms.
//
// Each statement is a simple query that PostgreSQL runs as a transaction of its own, so the
// statements on one connection share nothing but the order: a statement that fails, or its
// local settings, never reach the next. Callers wait in one queue, first come first served,
// for a connection with room; deeper queues per connection made the slowest answers slower
// (p99 56–80 ms with unbounded depth), since whatever waits behind a slow statement waits for
// all of it.
import pg from 'pg';

export interface Connections {
  /** Runs one statement (several, separated by `;`, run as one transaction). */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Closes every connection; statements still waiting are refused. */
  end(): Promise<void>;
}

interface Lane {
  client: pg.Client;
  busy: number;
  ready: Promise<unknown>;
}

export function openConnections(options: { connectionString: string; connections: number; depth: number }): Connections {
  const lanes: Lane[] = [];
  const waiting: { resolve: (lane: Lane) => void; reject: (error: Error) => void }[] = [];
  let ended = false;

  function drop(lane: Lane) {
    const index = lanes.indexOf(lane);
    if (index >= 0) lanes.splice(index, 1);
  }

  /** The least busy connection with room, opening one more while fewer than allowed are open. */
  function laneWithRoom(): Lane | undefined {
    let best: Lane | undefined;
    for (const lane of lanes) if (!best || lane.busy < best.busy) best = lane;
    if ((!best || best.busy > 0) && lanes.length < options.connections) {
      const client = new pg.Client({ connectionString: options.connectionString, pipeline: true });
      const lane: Lane = { client, busy: 0, ready: client.connect() };
      // A lost connection (server restart, terminated backend) is replaced by the next caller;
      // the statements on it fail with the connection's error.
      client.on('error', () => drop(lane));
      client.on('end', () => drop(lane));
      lane.ready.catch(() => drop(lane));
      lanes.push(lane);
      return lane;
    }
    return best && best.busy < options.depth ? best : undefined;
  }

  function acquire(): Promise<Lane> {
    if (ended) return Promise.reject(new Error('The Data API is shutting down.'));
    const lane = waiting.length === 0 ? laneWithRoom() : undefined;
    if (lane) {
      lane.busy++;
      return Promise.resolve(lane);
    }
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function release(lane: Lane) {
    lane.busy--;
    // The first in the queue takes the room, on this connection or a fresh one.
    while (waiting.length > 0) {
      const next = laneWithRoom();
      if (!next) return;
      next.busy++;
      waiting.shift()!.resolve(next);
    }
  }

  return {
    async query<R extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      const lane = await acquire();
      try {
        await lane.ready;
        return await lane.client.query<R>(text, values);
      } finally {
        release(lane);
      }
    },
    async end() {
      ended = true;
      for (const { reject } of waiting.splice(0)) reject(new Error('The Data API is shutting down.'));
      await Promise.all(lanes.splice(0).map((lane) => lane.client.end().catch(() => {})));
    },
  };
}
