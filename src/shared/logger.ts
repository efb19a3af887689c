// pino JSON logs, one line per event; anything that could carry a secret is redacted.
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACT_PATHS = [
  'secret',
  '*.secret',
  'secrets',
  '*.secrets',
  'token',
  '*.token',
  'apiToken',
  '*.apiToken',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'headers.authorization',
  'headers["webhook-signature"]',
];

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'dealwire' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}
