import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { guardianships, memberships } from '../users/index.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('members list', () => {
  it('[MEMBERS][LIST]: coordinators see their organisation only, filter by role and search by name', async () => {
    const { login, tenantId } = await t.make.member('coordinator', { displayName: 'Elira Hoxha' })
    await t.make.member('staff', { tenantId, displayName: 'Besnik Çela' })
    await t.make.member('learner', { tenantId, displayName: 'Arta Krasniqi' })
    await t.make.member('staff', { displayName: 'Stranger Elsewhere' })
    const client = await t.signedIn(login)

    const all = await client.get('/app/members')
    expect(all.status).toBe(200)
    const text = await textOf(all)
    expect(text).toContain('Besnik Çela')
    expect(text).toContain('Arta Krasniqi')
    expect(text).toContain('3 people')
    expect(text).not.toContain('Stranger Elsewhere')

    const learners = await textOf(await client.get('/app/members?role=learner'))
    expect(learners).toContain('Arta Krasniqi')
    expect(learners).not.toContain('Besnik Çela')

    const search = await textOf(await client.get('/app/members?q=cela'))
    expect(search).toContain('Besnik Çela')
    expect(search).not.toContain('Arta Krasniqi')

    const none = await textOf(await client.get('/app/members?q=nobody-like-this'))
    expect(none).toContain('No one matches')
    // A made-up role is ignored rather than failing.
    expect((await client.get('/app/members?role=king')).status).toBe(200)
  })

  it('[MEMBERS][ACCESS]: anonymous → sign in; staff, learners, guardians → 403', async () => {
    const anon = await t.anonymous().get('/app/members')
    expect(anon.status).toBe(302)
    expect(anon.headers.get('location')).toBe('/signin?next=%2Fapp%2Fmembers')
    for (const role of ['staff', 'learner', 'guardian', 'partner_contact'] as const) {
      const { login } = await t.make.member(role)
      const client = await t.signedIn(login)
      expect((await client.get('/app/members')).status).toBe(403)
    }
  })
})

describe('member page', () => {
  it('[MEMBERS][DETAIL]: shows the member; another organisation’s membership id is 404', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const staff = await t.make.member('staff', { tenantId, displayName: 'Genta Rama' })
    const foreign = await t.make.member('staff')
    const client = await t.signedIn(login)
    const res = await client.get(`/app/members/${staff.membership.id}`)
    expect(res.status).toBe(200)
    const text = await textOf(res)
    expect(text).toContain('Genta Rama')
    expect(text).toContain(staff.user.email!)
    // A coordinator may not manage roles.
    expect(text).not.toContain('Change the role')
    expect((await client.get(`/app/members/${foreign.membership.id}`)).status).toBe(404)
    expect((await client.get('/app/members/00000000-0000-0000-0000-000000000000')).status).toBe(404)
    expect((await client.get('/app/members/not-a-uuid')).status).toBe(404)
    const own = await t.signedIn(staff.login)
    expect((await own.get(`/app/members/${staff.membership.id}`)).status).toBe(403)
  })
})

describe('roles', () => {
  it('[MEMBERS][ROLE]: an administrator changes a role, audited; a coordinator gets 403', async () => {
    const admin = await t.make.member('org_admin')
    const staff = await t.make.member('staff', { tenantId: admin.tenantId })
    const client = await t.signedIn(admin.login)
    expect(await textOf(await client.get(`/app/members/${staff.membership.id}`))).toContain(
      'Change the role',
    )
    const res = await client.post(`/app/members/${staff.membership.id}/role`, {
      role: 'coordinator',
    })
    expect(res.status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(memberships)
      .where(eq(memberships.id, staff.membership.id))
    expect(row?.role).toBe('coordinator')
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'membership.role_changed'),
          eq(auditLog.entityId, staff.membership.id),
        ),
      )
    expect(entry?.changes).toEqual({ role: { from: 'staff', to: 'coordinator' } })
    expect(entry?.tenantId).toBe(admin.tenantId)

    const coordinator = await t.signedIn(staff.login)
    const other = await t.make.member('staff', { tenantId: admin.tenantId })
    const refused = await coordinator.post(`/app/members/${other.membership.id}/role`, {
      role: 'org_admin',
    })
    expect(refused.status).toBe(403)
  })

  it('[MEMBERS][ROLE]: a bad role is 422; another organisation’s member is 404', async () => {
    const admin = await t.make.member('org_admin')
    const staff = await t.make.member('staff', { tenantId: admin.tenantId })
    const foreign = await t.make.member('staff')
    const client = await t.signedIn(admin.login)
    const bad = await client.post(`/app/members/${staff.membership.id}/role`, { role: 'king' })
    expect(bad.status).toBe(422)
    expect(await textOf(bad)).toContain('Choose one of the options.')
    const res = await client.post(`/app/members/${foreign.membership.id}/role`, { role: 'learner' })
    expect(res.status).toBe(404)
  })

  it('[MEMBERS][LAST-ADMIN]: the last administrator cannot be demoted or removed', async () => {
    const admin = await t.make.member('org_admin')
    const client = await t.signedIn(admin.login)
    const demote = await client.post(`/app/members/${admin.membership.id}/role`, { role: 'staff' })
    expect(demote.status).toBe(409)
    expect(await textOf(demote)).toContain("This person is the organisation's only administrator.")
    const remove = await client.post(`/app/members/${admin.membership.id}/remove`)
    expect(remove.status).toBe(409)
    expect(await textOf(remove)).toContain('only administrator')

    // With a second administrator, the first may step down.
    await t.make.member('org_admin', { tenantId: admin.tenantId })
    const ok = await client.post(`/app/members/${admin.membership.id}/role`, { role: 'staff' })
    expect(ok.status).toBe(303)
  })
})

describe('removing', () => {
  it('[MEMBERS][REMOVE]: confirm page, removal with its guardian links, audit; 404 across organisations', async () => {
    const admin = await t.make.member('org_admin')
    const learner = await t.make.member('learner', { tenantId: admin.tenantId })
    const guardian = await t.make.member('guardian', { tenantId: admin.tenantId })
    await t.make.guardianship(admin.tenantId, guardian.user.id, learner.user.id)
    const foreign = await t.make.member('learner')
    const client = await t.signedIn(admin.login)

    const confirm = await client.get(`/app/members/${learner.membership.id}/remove`)
    expect(confirm.status).toBe(200)
    expect(await textOf(confirm)).toContain('Yes, remove')
    expect((await client.get(`/app/members/${foreign.membership.id}/remove`)).status).toBe(404)
    expect((await client.post(`/app/members/${foreign.membership.id}/remove`)).status).toBe(404)

    const res = await client.post(`/app/members/${learner.membership.id}/remove`)
    expect(res.status).toBe(303)
    expect((await client.get(`/app/members/${learner.membership.id}`)).status).toBe(404)
    const guardianView = await t.signedIn(guardian.login)
    expect(await textOf(await guardianView.get('/app'))).not.toContain(learner.user.displayName)
    const links = await t.deps.db
      .select()
      .from(guardianships)
      .where(eq(guardianships.tenantId, admin.tenantId))
    expect(links).toHaveLength(0)
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'membership.removed'))
    expect(entry?.entityId).toBe(learner.membership.id)
  })

  it('[MEMBERS][REMOVE]: a coordinator may not remove anyone (403)', async () => {
    const coordinator = await t.make.member('coordinator')
    const staff = await t.make.member('staff', { tenantId: coordinator.tenantId })
    const client = await t.signedIn(coordinator.login)
    expect((await client.get(`/app/members/${staff.membership.id}/remove`)).status).toBe(403)
    expect((await client.post(`/app/members/${staff.membership.id}/remove`)).status).toBe(403)
  })
})
