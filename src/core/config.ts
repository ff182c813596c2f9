/**
 * Configuration from environment variables, optionally from a JSON file
 * (LINDUNG_CONFIG, or ./lindung.config.json when present). Environment wins over the file.
 * The office time zone is a setting — never the server's zone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
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
  /** Failed logins allowed per username and per address within 15 minutes. */
  loginRateLimit: number;
  /**
   * Proxies whose X-Forwarded-For is believed: false (none, the default), or addresses/CIDRs and
   * the names loopback, linklocal, uniquelocal.
   */
  trustProxy: false | string[];
  /** Public address printed in card QR codes (default: the address a request came to). */
  publicUrl: string | undefined;
  /** Office time 'HH:MM' from which `lindung serve` sends the day's reminder e-mail (when SMTP is set). */
  reminderTime: string;
  /** How often the server checks its scheduled work (default one minute). */
  scheduleIntervalMs: number;
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
  trustProxy?: string;
  publicUrl?: string;
  reminderTime?: string;
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

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `LINDUNG_TRUST_PROXY`: a comma list of addresses/CIDRs or loopback/linklocal/uniquelocal; empty = trust none. */
export function parseTrustProxy(value: string | undefined): false | string[] {
  const parts = (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && ['false', 'none'].includes(parts[0]!.toLowerCase()))) return false;
  for (const part of parts) {
    const [address, bits, extra] = part.split('/');
    const family = isIP(address ?? '');
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.has(part) || (family !== 0 && okBits && extra === undefined))) {
      throw new Error(`LINDUNG_TRUST_PROXY tidak sah: "${part}" (alamat IP, CIDR seperti 10.0.0.0/8, atau loopback)`);
    }
  }
  return parts;
}

/** 'HH:MM' (24 h) office time; default 07:00. */
export function parseSendTime(value: string | undefined): string {
  const v = (value ?? '07:00').trim();
  const m = /^(\d{1,2}):(\d{2})$/.exec(v);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`LINDUNG_REMINDER_TIME tidak sah: "${v}" (jam kantor JJ:MM, contoh 07:00)`);
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function scheduleInterval(value: string | undefined): number {
  if (value === undefined || value === '') return 60_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0.1 || seconds > 3600)
    throw new Error(`LINDUNG_SCHEDULE_INTERVAL_SECONDS tidak sah: "${value}" (0,1 s.d. 3600 detik)`);
  return Math.round(seconds * 1000);
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
    trustProxy: parseTrustProxy(env.LINDUNG_TRUST_PROXY ?? file.trustProxy),
    publicUrl: env.LINDUNG_PUBLIC_URL ?? file.publicUrl,
    reminderTime: parseSendTime(env.LINDUNG_REMINDER_TIME ?? file.reminderTime),
    scheduleIntervalMs: scheduleInterval(env.LINDUNG_SCHEDULE_INTERVAL_SECONDS),
  };
}
