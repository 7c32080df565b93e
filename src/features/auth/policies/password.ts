/**
 * Kebijakan kata sandi: at least 10 characters (NIST SP 800-63B asks ≥ 8; we ask more because accounts
 * see personal data), at most 256 (hashing cost), not the username, and not made of one class of
 * characters only. `talenta-demo` passes (letters and a symbol).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'CONTAINS_USERNAME' | 'ONE_CLASS' | 'TOO_REPETITIVE';

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`,
  TOO_LONG: `Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter.`,
  CONTAINS_USERNAME: 'Kata sandi tidak boleh memuat nama pengguna.',
  ONE_CLASS:
    'Kata sandi harus memadukan setidaknya dua jenis karakter (huruf kecil, huruf besar, angka, simbol).',
  TOO_REPETITIVE: 'Kata sandi terlalu berulang: gunakan setidaknya 5 karakter berbeda.',
};

function characterClasses(password: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];
  return classes.filter((c) => c.test(password)).length;
}

/** Every rule the password breaks; empty when it is acceptable. */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) problems.push('TOO_LONG');
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push('CONTAINS_USERNAME');
  if (characterClasses(password) < 2) problems.push('ONE_CLASS');
  if (new Set(password).size < 5) problems.push('TOO_REPETITIVE');
  return problems;
}
