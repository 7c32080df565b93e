import { pino, type Logger } from 'pino';

/**
 * Paths that may carry personal data or secrets. Logs never hold them (product.md: no personal data in
 * logs); request bodies are not logged at all.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.nip',
  '*.nipBaru',
  '*.nik',
  '*.tglLahir',
  '*.nama',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[disembunyikan]' } });
}
