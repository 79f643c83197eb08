import path from 'node:path'
import { z } from 'zod'

const ZBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  URA_DATA_DIR: z.string().min(1).default('./data'),
  URA_BASE_URL: z.url().optional(),
  URA_DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
  URA_SECURE_COOKIES: ZBool.optional(),
  URA_TRUST_PROXY: ZBool.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Ura <no-reply@localhost>'),
  URA_PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  URA_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).optional(),
  URA_PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'a size such as 16MB')
    .default('16MB'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  URA_MEDICAL_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  URA_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
})

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  port: number
  host: string
  databaseUrl: string | undefined
  dataDir: string
  baseUrl: string
  demoData: 'auto' | 'true' | 'false'
  secureCookies: boolean
  /** Read the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean
  smtpUrl: string | undefined
  mailFrom: string
  logLevel: string
  /** How long a public page may be served from memory to signed-out visitors; 0 turns it off. */
  pageCacheSeconds: number
  /**
   * How long this process may reuse a signed-in person's actor without reading the session again;
   * any form post clears it. Bounds how long a sign-out or role change in another process takes.
   */
  sessionCacheSeconds: number
  /** The embedded database's buffer cache (PostgreSQL's shared_buffers). */
  pgliteSharedBuffers: string
  /** Days after a mobility's return before its medical and emergency data is deleted. */
  medicalRetentionDays: number
  /** Days an e-mail stays in the outbox once sent, failed or kept, before purge-outbox deletes it. */
  outboxRetentionDays: number
}

/** Thrown with every problem listed, so an operator fixes them all in one go. */
export class EnvError extends Error {
  override name = 'EnvError'
}

/** Reads and validates the configuration once, at start. Empty strings count as unset. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  )
  const parsed = ZEnv.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.URA_DATA_DIR),
    baseUrl: (e.URA_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    demoData: e.URA_DEMO_DATA,
    secureCookies: e.URA_SECURE_COOKIES ?? e.NODE_ENV === 'production',
    trustProxy: e.URA_TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    // Off in tests, which change the database directly between two reads of a page.
    pageCacheSeconds: e.URA_PAGE_CACHE_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 30),
    sessionCacheSeconds: e.URA_SESSION_CACHE_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 5),
    pgliteSharedBuffers: e.URA_PGLITE_SHARED_BUFFERS,
    medicalRetentionDays: e.URA_MEDICAL_RETENTION_DAYS,
    outboxRetentionDays: e.URA_OUTBOX_RETENTION_DAYS,
  }
}
