// A real webhook receiver on 127.0.0.1: verifies every request with the
// `standardwebhooks` package, as a subscriber would, and answers as told
// (failures, 410, 429 + Retry-After, slowness), then 200.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  headers: IncomingHttpHeaders;
  /** Indexes of the receiver's secrets that verified this request. */
  verifiedWith: number[];
  /** What the receiver answered. */
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export class WebhookReceiver {
  readonly received: Received[] = [];
  private replies: Reply[] = [];
  private fallback: Reply = { status: 200, body: 'ok' };
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    public secrets: string[],
  ) {}

  static async start(secrets: string[] = []): Promise<WebhookReceiver> {
    let self!: WebhookReceiver;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const reply = self.replies.shift() ?? self.fallback;
        const h = (n: string) => String(req.headers[n] ?? '');
        self.received.push({
          id: h('webhook-id'),
          timestamp: h('webhook-timestamp'),
          signature: h('webhook-signature'),
          body,
          headers: req.headers,
          verifiedWith: self.verify(body, req.headers),
          status: reply.status,
          at: Date.now(),
        });
        for (const wake of self.waiters.splice(0)) wake();
        setTimeout(() => {
          res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
          res.end(reply.body ?? '');
        }, reply.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new WebhookReceiver(server, `http://127.0.0.1:${port}/hook`, secrets);
    return self;
  }

  private verify(body: string, headers: IncomingHttpHeaders): number[] {
    const plain = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
    return this.secrets.flatMap((secret, i) => {
      try {
        new Webhook(secret).verify(body, plain);
        return [i];
      } catch {
        return [];
      }
    });
  }

  /** The next requests get these answers, in order; then the fallback. */
  reply(...replies: Reply[]): this {
    this.replies.push(...replies);
    return this;
  }

  /** What every request gets once the queued answers are used up. */
  always(reply: Reply): this {
    this.fallback = reply;
    return this;
  }

  get successes(): Received[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300);
  }

  /** Resolves once `predicate` holds over what was received; rejects after the timeout. */
  async waitUntil(predicate: (r: Received[]) => boolean, timeoutMs = 10_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`receiver: condition not met within ${timeoutMs} ms (got ${this.received.length} requests)`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.received;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
