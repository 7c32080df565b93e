import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * Password hashing with argon2id at OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), written out so
 * that a library default changing does not silently change our hashes. The PHC string records them, so
 * older hashes still verify if the parameters are raised later.
 */
const OPTIONS = {
  // Algorithm is a const enum in the typings; 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a stored value that is not a valid hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification against a hash that matches nothing, so that a sign-in with an
 * unknown username takes as long as one with a wrong password (no username probing by timing).
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('tidak-ada-pengguna-dengan-sandi-ini');
  await verifyPassword(await dummyHash, password);
  return false;
}
