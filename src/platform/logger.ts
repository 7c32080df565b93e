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
  '*.passwordHash',
  '*.kataSandi',
  '*.kataSandiLama',
  '*.kataSandiBaru',
  '*.token',
  '*.sessionToken',
  '*.csrfToken',
  '*.nip',
  '*.nipBaru',
  '*.nik',
  '*.tglLahir',
  '*.nama',
];

/**
 * Masks runs of 16 or more digits (NIK has 16, NIP 18) in text bound for a log: URLs such as
 * /api/instansi/x/pemetaan/penjelasan/<nip>, and error messages that quote query parameters.
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(/\d{16,}/g, '[disembunyikan]');
}

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[disembunyikan]' } });
}
