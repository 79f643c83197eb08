import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadEnv } from '#src/lib/env.ts'
import { sha256 } from '../lib/crypto.ts'
import { createLogger } from '../lib/logger.ts'
import { createRecordingMailer } from '../lib/mailer.ts'
import { apiTokens } from '../modules/api-tokens/schema.ts'
import { auditLog } from '../modules/audit/schema.ts'
import { createApp } from '../server/app.tsx'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
  for (const slug of ['token-school', 'other-school']) {
    const org = { name: slug, slug, country: 'AL', type: 'vet_school' }
    expect((await ura(env, 'create-org', org)).code).toBe(0)
  }
  const person = {
    email: 'api@school.test',
    name: 'Api Person',
    org: 'token-school',
    role: 'staff',
    password: 'correct horse battery',
  }
  expect((await ura(env, 'create-user', person)).code).toBe(0)
})

describe('create-token', () => {
  it('[CLI][TOKEN]: prints only the token, which then works against the API', async () => {
    const res = await ura(env, 'create-token', { email: 'API@school.test', org: 'token-school' })
    expect(res).toMatchObject({ code: 0, stderr: '' })
    expect(res.stdout).toMatch(/^ura_[A-Za-z0-9_-]{43}\n$/)
    const token = res.stdout.trim()
    await withDb(env, async ({ db }) => {
      const [row] = await db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.tokenHash, sha256(token)))
      expect(row?.name).toBe('cli')
      const days = (row!.expiresAt!.getTime() - row!.createdAt.getTime()) / 86_400_000
      expect(Math.round(days)).toBe(90)
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, row!.id))
      expect(audit).toMatchObject({ action: 'token.created', actorUserId: null })
      const app = createApp({
        db,
        env: loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
        log: createLogger('silent'),
        mailer: createRecordingMailer(),
        now: () => new Date(),
      })
      const me = await app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })
      expect(me.status).toBe(200)
      expect((await me.json()).organisation.slug).toBe('token-school')
    })
  })

  it('[CLI][TOKEN]: --name and --days never', async () => {
    const res = await ura(env, 'create-token', {
      email: 'api@school.test',
      org: 'token-school',
      name: 'backup job',
      days: 'never',
    })
    expect(res.code).toBe(0)
    const [row] = await withDb(env, ({ db }) =>
      db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.tokenHash, sha256(res.stdout.trim()))),
    )
    expect(row).toMatchObject({ name: 'backup job', expiresAt: null })
  })

  it('[CLI][TOKEN]: refuses a non-member, an unknown person and bad days, printing no token', async () => {
    const stranger = await ura(env, 'create-token', {
      email: 'api@school.test',
      org: 'other-school',
    })
    expect(stranger).toMatchObject({ code: 1, stdout: '' })
    expect(stranger.stderr).toContain('This person is not a member of that organisation.')
    const unknown = await ura(env, 'create-token', {
      email: 'ghost@school.test',
      org: 'token-school',
    })
    expect(unknown).toMatchObject({ code: 1, stdout: '' })
    expect(unknown.stderr).toContain('There is no active person with the e-mail ghost@school.test.')
    const days = await ura(env, 'create-token', {
      email: 'api@school.test',
      org: 'token-school',
      days: '0',
    })
    expect(days).toMatchObject({ code: 2, stdout: '' })
    expect(days.stderr).toContain('--days: use 1 to 3650 days')
  })
})
