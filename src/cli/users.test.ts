import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../lib/crypto.ts'
import { auditLog } from '../modules/audit/schema.ts'
import { memberships, users } from '../modules/users/schema.ts'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
  const org = { name: 'Users School', slug: 'users-school', country: 'MK', type: 'vet_school' }
  expect((await ura(env, 'create-org', org)).code).toBe(0)
})

describe('create-user', () => {
  it('[CLI][USER]: creates a person with a role, audited, who signs in with the password', async () => {
    const res = await ura(env, 'create-user', {
      email: 'Drita.Krasniqi@School.test',
      name: 'Drita Krasniqi',
      password: 'a long enough password',
      org: 'users-school',
      role: 'coordinator',
      locale: 'sq',
    })
    expect(res).toMatchObject({ code: 0, stderr: '' })
    expect(res.stdout).toContain('drita.krasniqi@school.test as coordinator of users-school')
    expect(res.stdout).not.toContain('Password:')
    await withDb(env, async ({ db }) => {
      const [user] = await db
        .select()
        .from(users)
        .where(eq(users.email, 'drita.krasniqi@school.test'))
      expect(user).toMatchObject({ displayName: 'Drita Krasniqi', locale: 'sq' })
      expect(await verifyPassword(user!.passwordHash, 'a long enough password')).toBe(true)
      const [membership] = await db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, user!.id))
      expect(membership?.role).toBe('coordinator')
      const audits = await db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'membership.created'), eq(auditLog.entityId, membership!.id)),
        )
      expect(audits).toMatchObject([{ tenantId: membership!.tenantId, actorUserId: null }])
    })
    const again = await ura(env, 'create-user', {
      email: 'drita.krasniqi@school.test',
      name: 'D',
      'platform-admin': true,
    })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(
      'A person with the e-mail drita.krasniqi@school.test already exists.',
    )
  })

  it('[CLI][USER]: without --password one is made up and printed once', async () => {
    const res = await ura(env, 'create-user', {
      email: 'root@ura.test',
      name: 'Operator',
      'platform-admin': true,
    })
    expect(res.code).toBe(0)
    expect(res.stdout).toContain('(platform administrator)')
    const password = res.stdout.match(/Password: (\S+)/)?.[1]
    expect(password).toBeTruthy()
    await withDb(env, async ({ db }) => {
      const [user] = await db.select().from(users).where(eq(users.email, 'root@ura.test'))
      expect(user?.isPlatformAdmin).toBe(true)
      expect(await verifyPassword(user!.passwordHash, password!)).toBe(true)
    })
  })

  it('[CLI][USER]: explains bad input (exit 2) and a missing organisation (exit 1)', async () => {
    const bad = await ura(env, 'create-user', {
      email: 'not-an-address',
      name: 'X',
      org: 'users-school',
      role: 'boss',
      password: 'short',
    })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--email: Enter an e-mail address')
    expect(bad.stderr).toContain('--password: Use at least 10 characters.')
    expect(bad.stderr).toContain('--role: use one of: org_admin')
    const nobody = await ura(env, 'create-user', { email: 'x@school.test', name: 'X' })
    expect(nobody.code).toBe(2)
    expect(nobody.stderr).toContain('give --org and --role, or --platform-admin')
    const noRole = await ura(env, 'create-user', {
      email: 'x@school.test',
      name: 'X',
      org: 'users-school',
    })
    expect(noRole.stderr).toContain('--role: is required with --org.')
    const noOrg = await ura(env, 'create-user', {
      email: 'y@school.test',
      name: 'Y',
      org: 'nowhere',
      role: 'staff',
    })
    expect(noOrg.code).toBe(1)
    expect(noOrg.stderr).toContain('There is no organisation with the slug "nowhere".')
    const rows = await withDb(env, ({ db }) =>
      db.select().from(users).where(eq(users.email, 'y@school.test')),
    )
    expect(rows).toHaveLength(0)
  })
})
