// Bearer-token check for everything but /health and /ready. Constant-time
// comparison so the token cannot be guessed byte by byte from response times.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  // Hashing first gives equal lengths, which timingSafeEqual requires.
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  // EventSource cannot set headers: the stream and dashboard also accept ?token=.
  const q = (req.query as Record<string, unknown> | undefined)?.token;
  return typeof q === 'string' ? q : undefined;
}

export function requireToken(expected: string) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!tokenMatches(bearer(req), expected)) {
      await reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'a valid bearer token is required' });
    }
  };
}
