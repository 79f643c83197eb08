import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { AppError } from '../../lib/errors.ts'
import { createInvitation } from '../invitations/index.ts'
import { linkGuardian } from '../members/guardians.ts'
import { createLearner } from '../members/learners.ts'
import { changeRole, getMember, listMembers, removeMember, updateProfile } from './index.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function codeOf(run: () => Promise<unknown>) {
  try {
    await run()
    return 'ok'
  } catch (err) {
    return err instanceof AppError ? err.code : String(err)
  }
}

describe('members services', () => {
  it('[MEMBERS][SHAPE]: listMembers and getMember return plain rows for the API', async () => {
    const admin = await t.make.member('org_admin', { displayName: 'Ana Admin' })
    const learner = await t.make.member('learner', { tenantId: admin.tenantId })
    const guardian = await t.make.member('guardian', { tenantId: admin.tenantId })
    await t.make.guardianship(admin.tenantId, guardian.user.id, learner.user.id)
    const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
    const rows = await listMembers(ctx)
    expect(rows).toHaveLength(3)
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['createdAt', 'displayName', 'email', 'membershipId', 'role', 'userId', 'username'].sort(),
    )
    expect(rows[0]!.createdAt).toBeInstanceOf(Date)
    const detail = await getMember(ctx, learner.membership.id)
    expect(detail.guardians).toEqual([
      {
        membershipId: guardian.membership.id,
        userId: guardian.user.id,
        displayName: guardian.user.displayName,
        email: guardian.user.email,
      },
    ])
    expect(detail.isActivated).toBe(true)
    const ofGuardian = await getMember(ctx, guardian.membership.id)
    expect(ofGuardian.learners.map((l) => l.userId)).toEqual([learner.user.id])
  })

  it('[MEMBERS][TENANCY]: another organisation’s membership is NOT_FOUND in every service', async () => {
    const admin = await t.make.member('org_admin')
    const foreign = await t.make.member('learner')
    const foreignGuardian = await t.make.member('guardian', { tenantId: foreign.tenantId })
    const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
    const id = foreign.membership.id
    expect(await codeOf(() => getMember(ctx, id))).toBe('NOT_FOUND')
    expect(await codeOf(() => changeRole(ctx, id, 'staff'))).toBe('NOT_FOUND')
    expect(await codeOf(() => removeMember(ctx, id))).toBe('NOT_FOUND')
    expect(await codeOf(() => linkGuardian(ctx, id, foreignGuardian.membership.id))).toBe(
      'NOT_FOUND',
    )
    expect(
      await codeOf(() =>
        createInvitation(ctx, {
          email: 'p@home.test',
          role: 'guardian',
          learnerUserId: foreign.user.id,
        }),
      ),
    ).toBe('NOT_FOUND')
    expect((await listMembers(ctx)).map((m) => m.userId)).not.toContain(foreign.user.id)
  })

  it('[MEMBERS][GUARDS]: roles a coordinator may not grant, and services need an actor', async () => {
    const coordinator = await t.make.member('coordinator')
    const ctx = await t.ctxFor(coordinator.user.id, coordinator.tenantId)
    expect(
      await codeOf(() => createInvitation(ctx, { email: 'a@b.test', role: 'org_admin' })),
    ).toBe('FORBIDDEN')
    const anonymous = { ...ctx, actor: null }
    expect(await codeOf(() => listMembers(anonymous))).toBe('UNAUTHENTICATED')
    expect(await codeOf(() => createLearner(anonymous, { displayName: 'X' }))).toBe(
      'UNAUTHENTICATED',
    )
    expect(await codeOf(() => updateProfile(anonymous, { displayName: 'X' }, async () => {}))).toBe(
      'UNAUTHENTICATED',
    )
  })

  it('[MEMBERS][PLATFORM]: a platform administrator acting in an organisation may manage it', async () => {
    const admin = await t.make.member('org_admin')
    const platform = await t.make.user({ isPlatformAdmin: true })
    const ctx = await t.ctxFor(platform.id, null)
    // Without an active organisation there is nothing to list.
    expect(await codeOf(() => listMembers(ctx))).toBe('INVALID_STATE')
    const inOrg = { ...ctx, actor: { ...ctx.actor!, tenantId: admin.tenantId } }
    expect((await listMembers(inOrg)).map((m) => m.userId)).toEqual([admin.user.id])
    expect(await codeOf(() => changeRole(inOrg, admin.membership.id, 'staff'))).toBe(
      'INVALID_STATE',
    )
  })
})
