/**
 * Passwords are hashed with argon2id (memory-hard; OWASP minimum parameters are the defaults).
 *
 * The rule for a password a person chooses: at least 10 characters, not the username (nor
 * containing it), and not one of the commonly used passwords below (compared without case,
 * digits and punctuation at the ends stripped, so "Password123!" counts as "password").
 */
import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import { AppError } from '../core/errors.ts';

export const MIN_PASSWORD_LENGTH = 10;

/** Passwords seen most often in leaks, plus Indonesian and Lindung-specific ones. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'abc',
  'abcdef',
  'abcdefghij',
  'iloveyou',
  'admin',
  'administrator',
  'welcome',
  'letmein',
  'monkey',
  'dragon',
  'master',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'superman',
  'trustno',
  'katasandi',
  'rahasia',
  'sandi',
  'bismillah',
  'indonesia',
  'jakarta',
  'sayang',
  'cintaku',
  'merdeka',
  'garuda',
  'pancasila',
  'bpjs',
  'bpjsketenagakerjaan',
  'ketenagakerjaan',
  'lindung',
  'pemda',
  'kabupaten',
  'butonutara',
  'kendari',
  'operator',
  'pengguna',
  'changeme',
  'default',
  'secret',
  'login',
  'user',
  'test',
  'testing',
  'guest',
]);

const DIGIT_RUNS = /^(?:0123456789|1234567890|9876543210|0987654321)/;

/** Why the password is refused (Bahasa), or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`;
  const lower = password.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'Kata sandi tidak boleh memuat nama pengguna';
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (COMMON_PASSWORDS.has(core) || DIGIT_RUNS.test(lower) || /^(.)\1+$/.test(lower)) {
    return 'Kata sandi terlalu umum dan mudah ditebak; pilih yang lain';
  }
  return null;
}

export function checkPasswordStrength(password: string, username?: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('validation_failed', problem, { field: 'password' });
}

export async function hashPassword(password: string, username?: string): Promise<string> {
  checkPasswordStrength(password, username);
  return hash(password);
}

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password shown once to whoever invites or resets: 3 groups of 4, e.g. "k7m2-p9xq-r4tz". */
export function oneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
