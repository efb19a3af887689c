// Alert metrics, on the process registry served at /metrics: how candidates
// cluster (a high add_source share means many outlets per event) and what is emitted.
import { Counter } from 'prom-client';
import { registry } from '../shared/metrics.js';

export const clusterOutcomesTotal = new Counter({
  name: 'dealwire_alert_cluster_outcomes_total',
  help: 'Candidate alerts per clustering outcome (create, update, add_source, duplicate) and kind (deal, stock)',
  labelNames: ['action', 'kind'] as const,
  registers: [registry],
});

export const alertEventsTotal = new Counter({
  name: 'dealwire_alert_events_total',
  help: 'Alert events emitted per type (late detections included)',
  labelNames: ['type'] as const,
  registers: [registry],
});

export const alertDeliveriesEnqueuedTotal = new Counter({
  name: 'dealwire_alert_deliveries_enqueued_total',
  help: 'Deliver jobs enqueued by the alert stage (one per event and matching subscription)',
  registers: [registry],
});
