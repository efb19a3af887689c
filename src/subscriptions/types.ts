// A webhook subscription as stored in Redis.

export interface Subscription {
  id: string;
  url: string;
  /** Current signing secret, `whsec_<base64>`. */
  secret: string;
  /** Previous secret still signing (as a second signature) until previous_secret_expires_at. */
  previous_secret?: string;
  previous_secret_expires_at?: string;
  /** Event types; empty = all. */
  types: string[];
  /** Canonical company names; empty = all. */
  companies: string[];
  tickers: string[];
  min_amount_usd?: number;
  languages: string[];
  min_confidence?: number;
  description?: string;
  enabled: boolean;
  disabled_reason?: string;
  disabled_at?: string;
  /** First failed delivery since the last success; sustained failure past delivery.disable_after_s disables. */
  failing_since?: string;
  last_error?: string;
  created_at: string;
  updated_at: string;
}

/** What a subscriber chooses: the URL and the filters. */
export type SubscriptionInput = Pick<Subscription, 'url'> &
  Partial<Pick<Subscription, 'types' | 'companies' | 'tickers' | 'min_amount_usd' | 'languages' | 'min_confidence' | 'description'>>;
