// A webhook receiver as a subscriber would write one: it verifies every delivery
// with the `standardwebhooks` package and refuses what does not verify.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { WebhookEvent } from './stories.js';

export interface ReceivedDelivery {
  webhookId: string;
  event: WebhookEvent;
}

export interface Receiver {
  url: string;
  deliveries: ReceivedDelivery[];
  /** Deliveries refused because the signature did not verify. */
  rejected: number;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

export async function startReceiver(secret: string, onDelivery?: (d: ReceivedDelivery) => void): Promise<Receiver> {
  const verifier = new Webhook(secret);
  const deliveries: ReceivedDelivery[] = [];
  const state = { rejected: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const event = verifier.verify(body, req.headers as Record<string, string>) as WebhookEvent;
        const delivery = { webhookId: String(req.headers['webhook-id']), event };
        deliveries.push(delivery);
        onDelivery?.(delivery);
        res.writeHead(204).end();
      } catch (err) {
        state.rejected++;
        res.writeHead(401, { 'content-type': 'text/plain' }).end(`signature refused: ${(err as Error).message}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    deliveries,
    get rejected() {
      return state.rejected;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
