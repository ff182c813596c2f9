/**
 * Configuration from environment variables, optionally from a JSON file
 * (LINDUNG_CONFIG, or ./lindung.config.json when present). Environment wins over the file.
 * The office time zone is a setting — never the server's zone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isValidTimeZone } from './dates.ts';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** IANA zone of the office; Buton Utara is WITA (Asia/Makassar). */
  timeZone: string;
  logLevel: string;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  /** Folder of the built web UI. */
  webDist: string;
  /** Login attempts per IP per minute. */
  loginRateLimit: number;
  /** Public address printed in card QR codes (default: the address a request came to). */
  publicUrl: string | undefined;
}

interface FileConfig {
  port?: number;
  host?: string;
  databaseUrl?: string;
  timeZone?: string;
  logLevel?: string;
  secureCookies?: boolean;
  webDist?: string;
  loginRateLimit?: number;
  publicUrl?: string;
}

function readFileConfig(env: NodeJS.ProcessEnv): FileConfig {
  const path = env.LINDUNG_CONFIG ?? (existsSync('lindung.config.json') ? 'lindung.config.json' : undefined);
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FileConfig;
  } catch (e) {
    throw new Error(`Berkas konfigurasi ${path} tidak dapat dibaca: ${(e as Error).message}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const file = readFileConfig(env);
  const port = Number(env.PORT ?? file.port ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT tidak sah: ${String(env.PORT ?? file.port)}`);
  const timeZone = env.LINDUNG_TIME_ZONE ?? file.timeZone ?? 'Asia/Makassar';
  if (!isValidTimeZone(timeZone)) throw new Error(`Zona waktu tidak dikenal: ${timeZone} (contoh: Asia/Makassar)`);
  return {
    port,
    host: env.HOST ?? file.host ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? file.databaseUrl,
    timeZone,
    logLevel: env.LOG_LEVEL ?? file.logLevel ?? 'info',
    secureCookies: (env.LINDUNG_SECURE_COOKIES ?? String(file.secureCookies ?? false)) === 'true',
    webDist: env.LINDUNG_WEB_DIST ?? file.webDist ?? 'web/dist',
    loginRateLimit: Number(env.LINDUNG_LOGIN_RATE_LIMIT ?? file.loginRateLimit ?? 10),
    publicUrl: env.LINDUNG_PUBLIC_URL ?? file.publicUrl,
  };
}
