import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { guardianships, memberships, users } from '../users/index.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const PASSWORD = 'my own long passphrase'

/** Reads the username and code from the activation slip. */
async function slipOf(res: Response) {
  const html = await res.text()
  const boxes = [...html.matchAll(/<span class="code-box">([^<]+)<\/span>/g)].map((m) => m[1])
  return { html, username: boxes[0]!, code: boxes[1]! }
}

async function activate(username: string, code: string) {
  const client = t.anonymous()
  const first = await client.post('/activate', { username, code })
  expect(first.status).toBe(200)
  const done = await client.post('/activate', {
    username,
    code,
    step: 'password',
    password: PASSWORD,
    confirm: PASSWORD,
  })
  return { client, done }
}

describe('learners without e-mail', () => {
  it('[LEARNER][CREATE]: a coordinator creates a learner; the code works once at /activate; the learner signs in', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const coordinator = await t.signedIn(login)
    expect((await coordinator.get('/app/members/new-learner')).status).toBe(200)
    const res = await coordinator.post('/app/members/new-learner', {
      displayName: 'Artë Hoxha',
      dateOfBirth: '2009-03-21',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const slip = await slipOf(res)
    expect(slip.username).toBe('arte.hoxha')
    expect(slip.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(slip.html).toContain('http://ura.test/activate')
    expect(slip.html).toContain('This code is shown only now.')

    const [user] = await t.deps.db.select().from(users).where(eq(users.username, 'arte.hoxha'))
    expect(user?.email).toBeNull()
    expect(user?.passwordHash).toBeNull()
    expect(user?.dateOfBirth).toBe('2009-03-21')
    const [membership] = await t.deps.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, user!.id), eq(memberships.tenantId, tenantId)))
    expect(membership?.role).toBe('learner')

    const { done } = await activate(slip.username, slip.code)
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('/app')
    const learner = await t.signedIn('arte.hoxha', PASSWORD)
    expect(await textOf(await learner.get('/app'))).toContain('Welcome, Artë Hoxha')
    // The code is spent.
    expect((await t.anonymous().post('/activate', slip)).status).toBe(422)
  })

  it('[LEARNER][USERNAME]: a second learner of the same name gets a number', async () => {
    const { login } = await t.make.member('org_admin')
    const client = await t.signedIn(login)
    const a = await slipOf(
      await client.post('/app/members/new-learner', { displayName: 'Ђорђе Пејчић' }),
    )
    const b = await slipOf(
      await client.post('/app/members/new-learner', { displayName: 'Đorđe Pejčić' }),
    )
    expect(a.username).toBe('djordje.pejcic')
    expect(b.username).toBe('djordje.pejcic2')
  })

  it('[LEARNER][422]: bad input re-renders the form with what was typed', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/members/new-learner', {
      displayName: '',
      dateOfBirth: '2009-02-30',
      guardianEmail: 'not-an-address',
      guardianName: 'Mira',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="2009-02-30"')
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain('value="Mira"')
    expect(html).toContain('Enter a date such as 2009-03-21.')
    const future = await client.post('/app/members/new-learner', {
      displayName: 'Future Child',
      dateOfBirth: '2999-01-01',
    })
    expect(future.status).toBe(422)
    const text = await textOf(future)
    expect(text).toContain('The date of birth cannot be in the future.')
  })

  it('[LEARNER][ACCESS]: anonymous → sign in; staff → 403', async () => {
    expect((await t.anonymous().get('/app/members/new-learner')).status).toBe(302)
    const { login } = await t.make.member('staff')
    const staff = await t.signedIn(login)
    expect((await staff.get('/app/members/new-learner')).status).toBe(403)
    expect(
      (await staff.post('/app/members/new-learner', { displayName: 'Sneaky Learner' })).status,
    ).toBe(403)
  })

  it('[LEARNER][NEW-CODE]: a fresh code replaces the lost one; 404 across organisations, 403 for staff', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const first = await slipOf(
      await client.post('/app/members/new-learner', { displayName: 'Luan Berisha' }),
    )
    const [membership] = await t.deps.db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(users.username, first.username), eq(memberships.tenantId, tenantId)))
    const page = await textOf(await client.get(`/app/members/${membership!.id}`))
    expect(page).toContain('Issue a new code')
    expect(page).toContain('Not activated yet')

    const stranger = await t.signedIn((await t.make.member('coordinator')).login)
    expect((await stranger.post(`/app/members/${membership!.id}/new-code`)).status).toBe(404)
    const staff = await t.signedIn((await t.make.member('staff', { tenantId })).login)
    expect((await staff.post(`/app/members/${membership!.id}/new-code`)).status).toBe(403)
    const staffMember = await t.make.member('staff', { tenantId })
    expect((await client.post(`/app/members/${staffMember.membership.id}/new-code`)).status).toBe(
      409,
    )

    const second = await slipOf(await client.post(`/app/members/${membership!.id}/new-code`))
    expect(second.username).toBe(first.username)
    expect(second.code).not.toBe(first.code)
    expect((await t.anonymous().post('/activate', first)).status).toBe(422)
    const { done } = await activate(second.username, second.code)
    expect(done.status).toBe(303)
    const actions = (
      await t.deps.db.select().from(auditLog).where(eq(auditLog.tenantId, tenantId))
    ).map((a) => a.action)
    expect(actions).toEqual(
      expect.arrayContaining(['membership.created', 'user.activation_code_issued']),
    )
  })
})

describe('guardians', () => {
  async function learnerWithGuardianEmail(coordinator: TestClient, email: string, name: string) {
    const res = await coordinator.post('/app/members/new-learner', {
      displayName: name,
      guardianEmail: email,
      guardianName: 'Parent of them',
    })
    expect(res.status).toBe(200)
    return slipOf(res)
  }

  it('[GUARDIAN][INVITE]: a guardian e-mail on a new learner invites the parent, who then sees only their child', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const coordinator = await t.signedIn(login)
    await t.make.member('learner', { tenantId, displayName: 'Someone Else Entirely' })
    const slip = await learnerWithGuardianEmail(coordinator, 'parent@home.test', 'Sara Dervishi')
    expect(slip.html).toContain('An invitation went to the parent or guardian.')
    // A second child of the same parent: both links arrive with one acceptance.
    await learnerWithGuardianEmail(coordinator, 'parent@home.test', 'Erion Dervishi')

    const mail = t.mailer.sent.filter((m) => m.to === 'parent@home.test').at(-1)
    expect(mail?.text).toContain('Erion Dervishi')
    const link = mail?.text.match(/http:\/\/ura\.test(\/invite\/\S+)/)?.[1]
    const parent = t.anonymous()
    const done = await parent.post(link!, {
      displayName: 'Mira Dervishi',
      password: PASSWORD,
      confirm: PASSWORD,
    })
    expect(done.status).toBe(303)
    const home = await textOf(await parent.get('/app'))
    expect(home).toContain('Sara Dervishi')
    expect(home).toContain('Erion Dervishi')
    expect(home).not.toContain('Someone Else Entirely')
    const links = await t.deps.db
      .select()
      .from(guardianships)
      .where(eq(guardianships.tenantId, tenantId))
    expect(links).toHaveLength(2)
  })

  it('[GUARDIAN][LINK]: link and unlink an existing guardian member; bad choice 422; 404 across organisations', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const learner = await t.make.member('learner', { tenantId, displayName: 'Dua Kelmendi' })
    const guardian = await t.make.member('guardian', { tenantId, displayName: 'Fatos Kelmendi' })
    const staff = await t.make.member('staff', { tenantId })
    const foreignGuardian = await t.make.member('guardian')
    const client = await t.signedIn(login)
    const base = `/app/members/${learner.membership.id}/guardians`

    const page = await textOf(await client.get(base))
    expect(page).toContain('Fatos Kelmendi')
    expect((await client.get(`/app/members/${staff.membership.id}/guardians`)).status).toBe(409)

    const empty = await client.post(base, { guardianMembershipId: '' })
    expect(empty.status).toBe(422)
    expect(await textOf(empty)).toContain('Choose a parent or guardian.')
    const notGuardian = await client.post(base, { guardianMembershipId: staff.membership.id })
    expect(notGuardian.status).toBe(422)
    expect(await textOf(notGuardian)).toContain('This person is not a parent or guardian')
    const foreign = await client.post(base, {
      guardianMembershipId: foreignGuardian.membership.id,
    })
    expect(foreign.status).toBe(404)

    const ok = await client.post(base, { guardianMembershipId: guardian.membership.id })
    expect(ok.status).toBe(303)
    const again = await client.post(base, { guardianMembershipId: guardian.membership.id })
    expect(again.status).toBe(422)
    expect(await textOf(await client.get(`/app/members/${learner.membership.id}`))).toContain(
      'Fatos Kelmendi',
    )
    const parent = await t.signedIn(guardian.login)
    expect(await textOf(await parent.get('/app'))).toContain('Dua Kelmendi')

    const unlink = await client.post(`${base}/${guardian.membership.id}/unlink`)
    expect(unlink.status).toBe(303)
    expect(await textOf(await parent.get('/app'))).not.toContain('Dua Kelmendi')

    const stranger = await t.signedIn((await t.make.member('coordinator')).login)
    expect((await stranger.get(base)).status).toBe(404)
    const staffClient = await t.signedIn(staff.login)
    expect((await staffClient.get(base)).status).toBe(403)
  })

  it('[GUARDIAN][BY-EMAIL]: an e-mail of an existing guardian member links at once; another role is refused', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const learner = await t.make.member('learner', { tenantId })
    const guardian = await t.make.member('guardian', { tenantId })
    const staff = await t.make.member('staff', { tenantId })
    const client = await t.signedIn(login)
    const base = `/app/members/${learner.membership.id}/guardians/invite`
    const before = t.mailer.sent.length
    const linked = await client.post(base, { email: guardian.user.email!, displayName: '' })
    expect(linked.status).toBe(303)
    expect(linked.headers.get('location')).toContain('guardianLinked')
    expect(t.mailer.sent.length).toBe(before)

    const refused = await client.post(base, { email: staff.user.email!, displayName: 'X' })
    expect(refused.status).toBe(422)
    const html = await refused.text()
    expect(html).toContain(`value="${staff.user.email}"`)
    expect(html).toContain('with another role')

    const invited = await client.post(base, { email: 'new.parent@home.test', displayName: '' })
    expect(invited.headers.get('location')).toContain('guardianInvited')
    expect(t.mailer.sent.at(-1)?.to).toBe('new.parent@home.test')
    const list = await textOf(await client.get('/app/members'))
    expect(list).toContain('new.parent@home.test')
    expect(list).toContain(`Guardian of ${learner.user.displayName}`)
  })
})
