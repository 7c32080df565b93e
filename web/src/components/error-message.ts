import i18next from 'i18next';
import { ApiError } from '../lib/api-client.js';

const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CSRF',
  'LOCKED',
  'RATE_LIMITED',
  'VALIDATION',
  'CONFLICT',
  'RULE_SET_INVALID',
  'RULE_SET_PUBLISHED',
  'NOTHING_TO_MAP',
  'FILE_INVALID',
  'FILE_TOO_LARGE',
  'NETWORK',
  'INVALID_RESPONSE',
  'INTERNAL',
]);

/**
 * What to tell a person about an error, in the UI language: the message of its code, and the server's own
 * message (Indonesian, naming the row, value or fix) as detail. In Indonesian the server's message is the
 * more precise one, so it comes first.
 */
export function describeError(error: unknown): { message: string; detail?: string } {
  const t = i18next.t;
  const language = i18next.language;
  if (!(error instanceof ApiError)) return { message: t('errors.UNKNOWN') };
  const generic = t(`errors.${KNOWN.has(error.code) ? error.code : 'UNKNOWN'}` as 'errors.UNKNOWN');
  if (!error.serverMessage) return { message: generic };
  if (language === 'id') return { message: error.serverMessage };
  return { message: generic, detail: t('errors.detail', { message: error.serverMessage }) };
}
