// Every /v1 route plugin, registered behind the token by server.ts.
import type { FastifyInstance } from 'fastify';
import type { PipelineContext } from '../../shared/pipeline.js';
import articles from './articles.js';
import alerts from './alerts.js';
import subscriptions from './subscriptions.js';
import deliveries from './deliveries.js';
import feeds from './feeds.js';

export type RoutePlugin = (app: FastifyInstance, opts: { ctx: PipelineContext }) => Promise<void>;

export const apiRoutes: RoutePlugin[] = [articles, alerts, subscriptions, deliveries, feeds];
