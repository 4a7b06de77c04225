// A minimal HTTP/1.1 client for npm run bench:api: one kept-alive connection, one request at a
// time, answers read by Content-Length. It sends the same request as Node's http client (request
// line, headers, JSON body) but makes no request or response objects, streams or header maps per
// call: the load generator shares the machine's cores with the server it measures, and its own
// garbage-collection pauses hold up every request it has in flight.
import { connect, type Socket } from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');

/** One connection to host:port that sends requests one after another. */
export class KeepAliveConnection {
  private readonly socket: Socket;
  private readonly ready: Promise<void>;
  private received: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (status: number) => void; reject: (error: Error) => void } | null = null;

  constructor(host: string, port: number) {
    this.socket = connect({ host, port, noDelay: true });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.ready.catch(() => {}); // a failed connect is reported by the first send()
    this.socket.on('data', (chunk) => this.onData(chunk));
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('The server closed the connection.')));
  }

  /** Sends `head` (request line and headers, without the blank line) and `body`; resolves with the status. */
  async send(head: string, body: string): Promise<number> {
    await this.ready;
    if (this.waiting) throw new Error('One request at a time on a connection.');
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(`${head}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const headerEnd = this.received.indexOf(HEADER_END);
    if (headerEnd < 0) return;
    const head = this.received.toString('latin1', 0, headerEnd);
    const status = Number(head.slice(9, 12)); // "HTTP/1.1 200 OK"
    // 204 and 304 never have a body; every other answer of the Data API says how long it is.
    const length = status === 204 || status === 304 ? '0' : /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    if (length === undefined) return this.fail(new Error(`An answer without Content-Length: ${head.split('\r\n')[0]}`));
    const end = headerEnd + HEADER_END.length + Number(length);
    if (this.received.length < end) return; // the body is still on its way
    this.received = this.received.subarray(end);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve(status);
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}
