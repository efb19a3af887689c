// One error shape for every route: 400 lists every problem of a bad body.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ApiError {
  error: string;
  message: string;
  problems?: string[];
}

export function errorHandler(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  if (err.validation) {
    const problems = err.validation.map((v) => {
      const where = `${err.validationContext ?? 'body'}${v.instancePath ? v.instancePath.replace(/\//g, '.') : ''}`;
      const extra = (v.params as { additionalProperty?: string }).additionalProperty;
      return extra ? `${where}: unknown field '${extra}'` : `${where}: ${v.message}`;
    });
    return reply.code(400).send({ error: 'bad_request', message: problems.join('; '), problems } satisfies ApiError);
  }
  const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
  if (status >= 500) reply.log.error({ err }, 'request failed');
  return reply.code(status).send({ error: status >= 500 ? 'internal' : (err.code ?? 'error'), message: status >= 500 ? 'internal error' : err.message } satisfies ApiError);
}
