import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KeepAliveConnection } from '../../bench/keep-alive.ts';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A real HTTP server on a free port; counts the connections it accepted. */
async function serve(handler: Handler): Promise<{ port: number; connections: () => number; server: Server }> {
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, connections: () => connections, server };
}

const HEAD = 'POST /rest/v1/rpc/echo HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nconnection: keep-alive';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup) done();
  cleanup = [];
});

describe('KeepAliveConnection', () => {
  it('sends requests one after another over one connection and reads each status', async () => {
    const seen: { method?: string; url?: string; type?: string; body: string }[] = [];
    const { port, connections, server } = await serve((req, body, res) => {
      seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
      const status = JSON.parse(body).status as number;
      const text = JSON.stringify({ code: 'x', message: 'ü'.repeat(status % 7) });
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
    const connection = new KeepAliveConnection('127.0.0.1', port);
    cleanup.push(() => connection.close(), () => server.close());

    const statuses = [];
    for (const status of [200, 400, 409, 204, 429, 200]) {
      statuses.push(await connection.send(HEAD, JSON.stringify({ status, note: 'Mehr Licht am Bahnhof' })));
    }
    expect(statuses).toEqual([200, 400, 409, 204, 429, 200]);
    expect(connections()).toBe(1);
    expect(seen).toHaveLength(6);
    expect(seen[1]).toEqual({ method: 'POST', url: '/rest/v1/rpc/echo', type: 'application/json', body: '{"status":400,"note":"Mehr Licht am Bahnhof"}' });
  });

  it('waits for a body that arrives in pieces', async () => {
    const { port, server } = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 11 });
      res.flushHeaders();
      res.write('{"a":');
      setTimeout(() => res.end('12345}'), 50);
    });
    const connection = new KeepAliveConnection('127.0.0.1', port);
    cleanup.push(() => connection.close(), () => server.close());

    // A status before the whole body is in would let the next request's answer mix with this one.
    expect(await connection.send(HEAD, '{}')).toBe(200);
    expect(await connection.send(HEAD, '{}')).toBe(200);
  });

  it('fails clearly on an answer without Content-Length', async () => {
    const { port, server } = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked
      res.end('{}');
    });
    const connection = new KeepAliveConnection('127.0.0.1', port);
    cleanup.push(() => connection.close(), () => server.close());

    await expect(connection.send(HEAD, '{}')).rejects.toThrow('without Content-Length: HTTP/1.1 200 OK');
  });

  it('fails when the server closes the connection before answering', async () => {
    const { port, server } = await serve((req) => req.socket.destroy());
    const connection = new KeepAliveConnection('127.0.0.1', port);
    cleanup.push(() => server.close());

    await expect(connection.send(HEAD, '{}')).rejects.toThrow('closed the connection');
  });

  it('reports a connection that could not be made at the first request', async () => {
    const { port, server } = await serve(() => {});
    await new Promise((resolve) => server.close(resolve)); // nobody listens on the port now
    const connection = new KeepAliveConnection('127.0.0.1', port);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the refusal arrives before any request

    await expect(connection.send(HEAD, '{}')).rejects.toThrow('ECONNREFUSED');
  });

  it('refuses a second request while one is on its way', async () => {
    const { port, server } = await serve((_req, _body, res) => setTimeout(() => res.end(), 50));
    const connection = new KeepAliveConnection('127.0.0.1', port);
    cleanup.push(() => connection.close(), () => server.close());

    const first = connection.send(HEAD, '{}');
    await expect(connection.send(HEAD, '{}')).rejects.toThrow('One request at a time');
    expect(await first).toBe(200);
  });
});
