// Schemas of the files in config/. One schema per file; defaults live here so a
// minimal file works, and each file is validated on its own so an error can name it.
import { Type, type Static } from '@sinclair/typebox';

const PositiveInt = (def: number, description?: string) => Type.Integer({ minimum: 1, default: def, description });
const NonNegInt = (def: number, description?: string) => Type.Integer({ minimum: 0, default: def, description });

export const AppSchema = Type.Object(
  {
    redis: Type.Object(
      {
        url: Type.String({ default: 'redis://127.0.0.1:6379' }),
        /** BullMQ prefix and key namespace; use a hash tag such as {dealwire} on Redis Cluster. */
        prefix: Type.String({ default: 'dealwire', minLength: 1 }),
      },
      { default: {}, additionalProperties: false },
    ),
    concurrency: Type.Object(
      {
        poll: PositiveInt(16),
        classify: PositiveInt(8),
        extract: PositiveInt(8),
        alert: PositiveInt(4),
        deliver: PositiveInt(32),
      },
      { default: {}, additionalProperties: false },
    ),
    api: Type.Object(
      {
        host: Type.String({ default: '0.0.0.0' }),
        port: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
      },
      { default: {}, additionalProperties: false },
    ),
    retention: Type.Object(
      {
        article_ttl_s: PositiveInt(7 * 86400, 'how long article text and analysis stay in Redis'),
        fingerprint_ttl_s: PositiveInt(30 * 86400, 'how long a seen feed item is remembered'),
        alerts_max: PositiveInt(10_000, 'recent alerts kept for GET /v1/alerts'),
        completed_jobs: NonNegInt(1000),
        failed_jobs: NonNegInt(50_000),
      },
      { default: {}, additionalProperties: false },
    ),
    poll: Type.Object(
      {
        user_agent: Type.String({ default: 'dealwire/0.1 (+https://github.com/dealwire/dealwire)' }),
        timeout_ms: PositiveInt(20_000),
        connect_timeout_ms: PositiveInt(10_000),
        max_bytes: PositiveInt(15 * 1024 * 1024),
        max_redirects: NonNegInt(5),
        per_host_concurrency: PositiveInt(2),
        min_interval_s: PositiveInt(60),
        max_interval_s: PositiveInt(86_400),
        disable_after_errors: PositiveInt(50),
        fulltext_min_chars: NonNegInt(600, 'fetch the article page when the item text is shorter; 0 disables'),
        fulltext_max_per_poll: NonNegInt(20, 'article pages fetched per poll at most (newest items first), so a first poll stays short'),
      },
      { default: {}, additionalProperties: false },
    ),
    analysis: Type.Object(
      {
        /** Stories below this classifier confidence stop at classify. */
        min_confidence: Type.Number({ minimum: 0, maximum: 1, default: 0.5 }),
        /** rules: the hand-set score; model / combined: the trained classifier of config/classifier.json alone / averaged with the rules. */
        classifier: Type.Union([Type.Literal('rules'), Type.Literal('model'), Type.Literal('combined')], { default: 'rules' }),
      },
      { default: {}, additionalProperties: false },
    ),
    alerts: Type.Object(
      {
        cluster_window_h: PositiveInt(72),
        amount_tolerance: Type.Number({ minimum: 0, maximum: 1, default: 0.05 }),
        event_ttl_s: PositiveInt(30 * 86400, 'how long alert events stay available to delivery retries and replays'),
        stream_heartbeat_s: PositiveInt(15, 'comment line sent on an idle GET /v1/alerts/stream'),
      },
      { default: {}, additionalProperties: false },
    ),
    delivery: Type.Object(
      {
        /** Delay before each attempt, like Svix: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
        retry_schedule_s: Type.Array(Type.Number({ minimum: 0 }), {
          minItems: 1,
          default: [0, 5, 300, 1800, 7200, 18_000, 36_000, 36_000],
        }),
        timeout_ms: PositiveInt(15_000),
        require_https: Type.Boolean({ default: true }),
        allow_private_targets: Type.Boolean({ default: false }),
        disable_after_s: PositiveInt(5 * 86400),
        per_subscription_concurrency: PositiveInt(4),
      },
      { default: {}, additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type AppConfig = Static<typeof AppSchema>;

export const FeedSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, pattern: '^[A-Za-z0-9._-]+$' }),
    url: Type.String({ minLength: 1, pattern: '^https?://' }),
    interval_s: PositiveInt(300),
    enabled: Type.Boolean({ default: true }),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 5 })),
  },
  { additionalProperties: false },
);
export type FeedConfig = Static<typeof FeedSchema>;
export const FeedsFileSchema = Type.Object(
  { feeds: Type.Array(FeedSchema, { default: [] }) },
  { additionalProperties: false },
);

export const CompanySchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    ticker: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    exchange: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** Other tickers the company trades under (GOOG beside GOOGL). */
    tickers: Type.Optional(Type.Array(Type.String())),
    kind: Type.Optional(Type.String()),
    /** Names that stand for the company in any language; matched on word boundaries. */
    aliases: Type.Array(Type.String({ minLength: 1 }), { default: [] }),
    /** Phrases that stand for the company ("the Redmond-based company"), per language. */
    descriptors: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String({ minLength: 1 })))),
    /** Products the company is named by ("the company behind ChatGPT", "der Claude-Entwickler"): descriptors are built from them. */
    products: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Leaders and founders it is named by ("la empresa comandada por Lisa Su"): descriptors are built from them. */
    leaders: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Aliases matched only with this exact case ("Arm", "Iren"), to avoid common words. */
    case_sensitive: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  },
  { additionalProperties: false },
);
export type CompanyConfig = Static<typeof CompanySchema>;
export const EntitiesFileSchema = Type.Object(
  { companies: Type.Array(CompanySchema, { minItems: 1 }) },
  { additionalProperties: false },
);

export const RatesFileSchema = Type.Object(
  {
    as_of: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    source: Type.String(),
    /** US dollars for one unit of each currency (ISO 4217). */
    usd_per_unit: Type.Record(Type.String({ pattern: '^[A-Z]{3}$' }), Type.Number({ exclusiveMinimum: 0 })),
  },
  { additionalProperties: false },
);
export type RatesConfig = Static<typeof RatesFileSchema>;

export const SubscriptionSeedSchema = Type.Object(
  {
    // URL-safe, so /v1/subscriptions/:id can address it.
    id: Type.String({ pattern: '^[A-Za-z0-9._~-]{1,100}$' }),
    url: Type.String({ pattern: '^https?://' }),
    secret: Type.String({ pattern: '^whsec_' }),
    types: Type.Optional(Type.Array(Type.String())),
    companies: Type.Optional(Type.Array(Type.String())),
    tickers: Type.Optional(Type.Array(Type.String())),
    min_amount_usd: Type.Optional(Type.Number({ minimum: 0 })),
    languages: Type.Optional(Type.Array(Type.String())),
    min_confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type SubscriptionSeed = Static<typeof SubscriptionSeedSchema>;
export const SubscriptionsFileSchema = Type.Object(
  { subscriptions: Type.Array(SubscriptionSeedSchema, { default: [] }) },
  { additionalProperties: false },
);
