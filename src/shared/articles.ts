// Article text is stored once, in a Redis hash with a TTL, written by poll or by
// the push API; queue payloads carry only the id. The analysis is stored beside it.
import type { Redis } from 'ioredis';
import { UnrecoverableError } from 'bullmq';
import { key } from './redis.js';
import type { AnalysisResult } from '../analysis/types.js';

export interface Article {
  id: string;
  url: string;
  title: string;
  text: string;
  /** ISO 8601, when the source gave a date. */
  published?: string;
  /** Language hint from the feed or the pusher; the analyser detects its own. */
  lang?: string;
  /** Feed name, or 'api' for pushed stories. */
  source: string;
  received_at: string;
  /** Where the text came from: the feed item, the article page, or the API body. */
  text_origin?: 'feed' | 'fulltext' | 'api';
  /** Why the article page was not used, when it was tried. */
  fulltext_error?: string;
}

const FIELDS = ['id', 'url', 'title', 'text', 'published', 'lang', 'source', 'received_at', 'text_origin', 'fulltext_error'] as const;

export const articleKey = (prefix: string, id: string) => key(prefix, 'article', id);

/** Stores the article; returns false (and changes nothing) when one with this id is already stored. */
export async function saveArticle(redis: Redis, prefix: string, article: Article, ttlS: number): Promise<boolean> {
  const k = articleKey(prefix, article.id);
  const flat: string[] = [];
  for (const f of FIELDS) {
    const v = article[f];
    if (v !== undefined) flat.push(f, String(v));
  }
  // HSETNX on the id field makes the write first-wins without a Lua script.
  const created = await redis.hsetnx(k, 'id', article.id);
  if (!created) return false;
  await redis.multi().hset(k, ...flat).expire(k, ttlS).exec();
  return true;
}

/** Replaces the stored article (an updated story) keeping its analysis out. */
export async function replaceArticle(redis: Redis, prefix: string, article: Article, ttlS: number): Promise<void> {
  const k = articleKey(prefix, article.id);
  const flat: string[] = [];
  for (const f of FIELDS) {
    const v = article[f];
    if (v !== undefined) flat.push(f, String(v));
  }
  await redis.multi().hdel(k, 'analysis', ...FIELDS).hset(k, ...flat).expire(k, ttlS).exec();
}

export async function loadArticle(redis: Redis, prefix: string, id: string): Promise<Article | null> {
  const h = await redis.hgetall(articleKey(prefix, id));
  if (!h.id || h.text === undefined) return null;
  return {
    id: h.id,
    url: h.url ?? '',
    title: h.title ?? '',
    text: h.text,
    published: h.published,
    lang: h.lang,
    source: h.source ?? '',
    received_at: h.received_at ?? '',
    text_origin: h.text_origin as Article['text_origin'],
    fulltext_error: h.fulltext_error,
  };
}

export async function saveAnalysis(redis: Redis, prefix: string, id: string, analysis: AnalysisResult): Promise<void> {
  await redis.hset(articleKey(prefix, id), 'analysis', JSON.stringify(analysis));
}

export async function loadAnalysis(redis: Redis, prefix: string, id: string): Promise<AnalysisResult | null> {
  const raw = await redis.hget(articleKey(prefix, id), 'analysis');
  return raw ? (JSON.parse(raw) as AnalysisResult) : null;
}

/** For workers: the article of a job, or a non-retryable failure when it has expired or never existed. */
export async function requireArticle(redis: Redis, prefix: string, id: string): Promise<Article> {
  const article = await loadArticle(redis, prefix, id);
  if (!article) throw new UnrecoverableError(`article ${id} not found (expired or never stored)`);
  return article;
}

/** What the analyser reads of an article. */
export const storyOf = (a: Article) => ({ title: a.title || undefined, text: a.text, lang: a.lang });
