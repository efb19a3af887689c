// Starts any set of roles in one process: the five stages and the API.
// Scaling out is running more processes with the roles you need against one Redis.
import type { PipelineContext, Role } from './shared/pipeline.js';
import { STAGES } from './shared/queues.js';
import { startPollRole } from './workers/poll.js';
import { startClassifyRole } from './workers/classify.js';
import { startExtractRole } from './workers/extract.js';
import { startAlertRole } from './workers/alert.js';
import { startDeliverRole } from './workers/deliver.js';
import { startApiRole } from './api/role.js';

export const ROLES = [...STAGES, 'api'] as const;
export type RoleName = (typeof ROLES)[number];

const starters: Record<RoleName, (ctx: PipelineContext) => Promise<Role>> = {
  poll: startPollRole,
  classify: startClassifyRole,
  extract: startExtractRole,
  alert: startAlertRole,
  deliver: startDeliverRole,
  api: startApiRole,
};

/** Parses "--roles a,b"; throws with the list of valid roles on a typo. */
export function parseRoles(spec: string | undefined): RoleName[] {
  if (!spec || spec === 'all') return [...ROLES];
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(ROLES as readonly string[]).includes(n));
  if (bad.length || !names.length) {
    throw new Error(`unknown role ${bad.map((b) => JSON.stringify(b)).join(', ') || '(none given)'}; roles are ${ROLES.join(', ')}`);
  }
  return [...new Set(names)] as RoleName[];
}

export interface Service {
  roles: Role[];
  /** Stops taking jobs, lets active ones finish, closes connections. */
  close(): Promise<void>;
}

export async function startService(ctx: PipelineContext, names: RoleName[]): Promise<Service> {
  const roles: Role[] = [];
  try {
    for (const name of names) roles.push(await starters[name](ctx));
  } catch (err) {
    await Promise.allSettled(roles.map((r) => r.close()));
    throw err;
  }
  ctx.logger.info({ roles: names, prefix: ctx.prefix }, 'dealwire started');
  return {
    roles,
    async close() {
      await Promise.allSettled(roles.map((r) => r.close()));
    },
  };
}
