// Delivery metrics, on the process registry served at /metrics.
import { Counter } from 'prom-client';
import { registry } from '../shared/metrics.js';

export const deliveriesTotal = new Counter({
  name: 'dealwire_webhook_deliveries_total',
  help: 'Webhook delivery attempts per outcome (success, failed, refused, gone, skipped, paced)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const subscriptionsDisabledTotal = new Counter({
  name: 'dealwire_subscriptions_disabled_total',
  help: 'Subscriptions disabled automatically, per cause (gone = 410, failing = sustained failure)',
  labelNames: ['cause'] as const,
  registers: [registry],
});
