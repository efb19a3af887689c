// The five queues of the pipeline and the one payload type each carries.
// Payloads hold ids and small metadata only: article text lives once in Redis
// (see articles.ts), because carrying bodies through every hop costs throughput.

export const STAGES = ['poll', 'classify', 'extract', 'alert', 'deliver'] as const;
export type Stage = (typeof STAGES)[number];

/** poll: one job scheduler per feed fires this. */
export interface PollJob {
  feed: string;
}

/** classify: an article stored by poll or by POST /v1/articles. */
export interface ClassifyJob {
  articleId: string;
}

/** extract: an article the classifier judged to be an AI-compute deal, with the verdict (small, so it rides along). */
export interface ExtractJob {
  articleId: string;
  language: string;
  confidence: number;
  reasons: string[];
}

/** alert: an article whose analysis is stored beside it. */
export interface AlertJob {
  articleId: string;
}

/** deliver: one alert event to one subscription. */
export interface DeliverJob {
  alertId: string;
  /** Event id: stable per alert event and subscription, used as webhook-id. */
  eventId: string;
  subscriptionId: string;
}

export interface JobPayloads {
  poll: PollJob;
  classify: ClassifyJob;
  extract: ExtractJob;
  alert: AlertJob;
  deliver: DeliverJob;
}
