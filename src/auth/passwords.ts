/** Passwords are hashed with argon2id (memory-hard; OWASP minimum parameters are the defaults). */
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../core/errors.ts';

export const MIN_PASSWORD_LENGTH = 8;

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed', `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`);
  }
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordStrength(password);
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
