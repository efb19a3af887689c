// The API as a role: listens on config api.host/port (PORT overrides).
import type { PipelineContext, Role } from '../shared/pipeline.js';
import { buildApi } from './server.js';

export async function startApiRole(ctx: PipelineContext): Promise<Role> {
  const token = ctx.config.apiToken;
  if (!token) throw new Error('DEALWIRE_API_TOKEN is not set: the API refuses to start without a token (set it, or leave out the api role)');
  const app = await buildApi({ ctx, token });
  const { host, port } = ctx.config.app.api;
  const address = await app.listen({ host, port });
  ctx.logger.info({ address }, 'api listening');
  return { name: 'api', url: address, close: () => app.close() };
}
