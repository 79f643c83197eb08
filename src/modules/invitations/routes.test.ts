import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { memberships } from '../users/schema.ts'
import { invitations } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** The invitation link in the last mail sent to this address, without its origin. */
function mailedLink(email: string) {
  const mail = t.mailer.sent.filter((m) => m.to === email).at(-1)
  return mail?.text.match(/http:\/\/ura\.test(\/invite\/\S+)/)?.[1]
}

/** The path of the invitation link in the last mail sent to this address (its `?lang=` left off). */
function linkFor(email: string) {
  return mailedLink(email)?.split('?')[0]
}

const NEW_PASSWORD = 'a long enough passphrase'

describe('inviting', () => {
  it('[INVITE][HAPPY]: coordinator invites staff; the invitee creates an account and lands on /app as staff', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const coordinator = await t.signedIn(login)
    const form = await coordinator.get('/app/members/invite')
    expect(form.status).toBe(200)
    const res = await coordinator.post('/app/members/invite', {
      email: 'New.Teacher@School.test',
      displayName: 'Drita Krasniqi',
      role: 'staff',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/app/members?notice=members:notices.invited')
    const list = await textOf(await coordinator.get('/app/members?notice=members:notices.invited'))
    expect(list).toContain('new.teacher@school.test')
    expect(list).toContain('The invitation is on its way.')

    const mail = t.mailer.sent.find((m) => m.to === 'new.teacher@school.test')
    expect(mail?.subject).toMatch(/^Invitation to join School \w+ on Ura$/)
    expect(mail?.text).toContain('as Staff member')
    const link = linkFor('new.teacher@school.test')!
    expect(link).toBeTruthy()

    const invitee = t.anonymous()
    const page = await invitee.get(link)
    expect(page.status).toBe(200)
    const text = await textOf(page)
    expect(text).toContain('Staff member')
    expect(text).toContain('School ')
    expect(await invitee.get(link).then((r) => r.text())).toContain('value="Drita Krasniqi"')

    const done = await invitee.post(link, {
      displayName: 'Drita Krasniqi',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('/app')
    const home = await invitee.get('/app')
    expect(home.status).toBe(200)
    const homeText = await textOf(home)
    expect(homeText).toContain('Welcome, Drita Krasniqi')
    expect(homeText).toContain('Staff member')

    const rows = await t.deps.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'staff')))
    expect(rows).toHaveLength(1)
    const actions = (
      await t.deps.db.select().from(auditLog).where(eq(auditLog.tenantId, tenantId))
    ).map((a) => a.action)
    expect(actions).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.accepted', 'membership.created']),
    )
    // The link is used up; the new person signs in with the password they chose.
    expect((await t.anonymous().get(link)).status).toBe(409)
    await t.signedIn('new.teacher@school.test', NEW_PASSWORD)
  })

  it('[INVITE][ROLES]: a coordinator is not offered org_admin and the server refuses it (403)', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const html = await (await client.get('/app/members/invite')).text()
    expect(html).not.toContain('value="org_admin"')
    expect(html).toContain('value="coordinator"')
    const before = t.mailer.sent.length
    const res = await client.post('/app/members/invite', {
      email: 'boss@school.test',
      role: 'org_admin',
    })
    expect(res.status).toBe(403)
    expect(t.mailer.sent.length).toBe(before)
  })

  it('[INVITE][ADMIN]: an organisation administrator may invite another administrator', async () => {
    const { login } = await t.make.member('org_admin')
    const client = await t.signedIn(login)
    expect(await (await client.get('/app/members/invite')).text()).toContain('value="org_admin"')
    const res = await client.post('/app/members/invite', {
      email: 'second.admin@school.test',
      role: 'org_admin',
    })
    expect(res.status).toBe(303)
  })

  it('[INVITE][ACCESS]: anonymous is sent to sign in; staff and learners get 403', async () => {
    const anon = await t.anonymous().get('/app/members/invite')
    expect(anon.status).toBe(302)
    expect(anon.headers.get('location')).toBe('/signin?next=%2Fapp%2Fmembers%2Finvite')
    for (const role of ['staff', 'learner', 'guardian'] as const) {
      const { login } = await t.make.member(role)
      const client = await t.signedIn(login)
      expect((await client.get('/app/members/invite')).status).toBe(403)
      const post = await client.post('/app/members/invite', { email: 'x@y.test', role: 'staff' })
      expect(post.status).toBe(403)
    }
  })

  it('[INVITE][422]: a bad address re-renders the form with what was typed', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/members/invite', {
      email: 'not-an-address',
      displayName: 'Besa Gashi',
      role: 'partner_contact',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain('value="Besa Gashi"')
    expect(html).toMatch(/<option value="partner_contact" selected/)
    expect(html).toContain('Enter an e-mail address such as name@school.al.')
  })

  it('[INVITE][MEMBER]: inviting someone who already belongs is a field error', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const other = await t.make.member('staff', { tenantId })
    const client = await t.signedIn(login)
    const res = await client.post('/app/members/invite', {
      email: other.user.email!.toUpperCase(),
      role: 'staff',
    })
    expect(res.status).toBe(422)
    expect(await textOf(res)).toContain(
      'Someone with this e-mail address already belongs to your organisation.',
    )
  })

  it('[INVITE][REPLACE]: inviting the same address again replaces the pending invitation', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    await client.post('/app/members/invite', { email: 'twice@school.test', role: 'staff' })
    const first = linkFor('twice@school.test')!
    await client.post('/app/members/invite', { email: 'twice@school.test', role: 'coordinator' })
    const second = linkFor('twice@school.test')!
    expect(second).not.toBe(first)
    const res = await t.anonymous().get(first)
    expect(res.status).toBe(409)
    expect(await textOf(res)).toContain('This invitation was withdrawn.')
    expect(await textOf(await t.anonymous().get(second))).toContain(
      'International Office coordinator',
    )
    const pending = await t.deps.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.tenantId, tenantId), eq(invitations.email, 'twice@school.test')))
    expect(pending.filter((i) => !i.revokedAt)).toHaveLength(1)
  })
})

describe('revoking', () => {
  it('[INVITE][REVOKE]: a revoked link stops working; another organisation cannot revoke (404)', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    await client.post('/app/members/invite', { email: 'revoke.me@school.test', role: 'staff' })
    const link = linkFor('revoke.me@school.test')!
    const [row] = await t.deps.db
      .select()
      .from(invitations)
      .where(
        and(eq(invitations.tenantId, tenantId), eq(invitations.email, 'revoke.me@school.test')),
      )

    const stranger = await t.signedIn((await t.make.member('org_admin')).login)
    expect((await stranger.post(`/app/members/invitations/${row!.id}/revoke`)).status).toBe(404)
    expect((await stranger.post('/app/members/invitations/not-a-uuid/revoke')).status).toBe(404)
    const staff = await t.signedIn((await t.make.member('staff', { tenantId })).login)
    expect((await staff.post(`/app/members/invitations/${row!.id}/revoke`)).status).toBe(403)

    const res = await client.post(`/app/members/invitations/${row!.id}/revoke`)
    expect(res.status).toBe(303)
    const after = await t.anonymous().get(link)
    expect(after.status).toBe(409)
    expect(await textOf(after)).toContain('This invitation was withdrawn.')
    expect((await client.post(`/app/members/invitations/${row!.id}/revoke`)).status).toBe(409)
  })
})

describe('accepting', () => {
  it('[INVITE][EXISTING]: someone with an account signs in first, then accepts and lands in the new organisation', async () => {
    const existing = await t.make.member('staff')
    const { login, tenantId } = await t.make.member('org_admin')
    const admin = await t.signedIn(login)
    await admin.post('/app/members/invite', { email: existing.user.email!, role: 'coordinator' })
    const link = linkFor(existing.user.email!)!

    const anon = await textOf(await t.anonymous().get(link))
    expect(anon).toContain('There is already an account for')
    expect(anon).toContain('Sign in to accept')
    expect(await (await t.anonymous().get(link)).text()).toContain(
      `/signin?next=${encodeURIComponent(link)}`,
    )
    // Creating a second account for the same address is refused.
    const dup = await t.anonymous().post(link, {
      displayName: 'X',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    })
    expect(dup.status).toBe(409)

    const someoneElse = await t.signedIn((await t.make.member('staff')).login)
    expect(await textOf(await someoneElse.get(link))).toContain('but this invitation is for')
    expect((await someoneElse.post(`${link}/accept`)).status).toBe(409)

    const client = t.anonymous()
    const signin = await client.post('/signin', {
      login: existing.login,
      password: 'correct horse battery',
      next: link,
    })
    expect(signin.headers.get('location')).toBe(link)
    expect(await textOf(await client.get(link))).toContain('Accept the invitation')
    const res = await client.post(`${link}/accept`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/app')
    const home = await textOf(await client.get('/app'))
    expect(home).toContain('International Office coordinator')
    const rows = await t.deps.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, existing.user.id)))
    expect(rows[0]?.role).toBe('coordinator')
    expect((await client.post(`${link}/accept`)).status).toBe(409)
  })

  it('[INVITE][422]: the account form keeps the name and says what is wrong', async () => {
    const { login } = await t.make.member('coordinator')
    const admin = await t.signedIn(login)
    await admin.post('/app/members/invite', { email: 'typo@school.test', role: 'staff' })
    const link = linkFor('typo@school.test')!
    const res = await t.anonymous().post(link, {
      displayName: 'Agim Berisha',
      password: NEW_PASSWORD,
      confirm: 'something else entirely',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Agim Berisha"')
    expect(html).toContain('The two passwords are not the same.')
    expect(html).not.toContain(NEW_PASSWORD)
  })

  it('[INVITE][EXPIRED]: after 14 days the link answers 409 with a clear message', async () => {
    const { login } = await t.make.member('coordinator')
    const admin = await t.signedIn(login)
    await admin.post('/app/members/invite', { email: 'late@school.test', role: 'staff' })
    const link = linkFor('late@school.test')!
    t.setNow(new Date(Date.now() + 15 * 86_400_000))
    try {
      const res = await t.anonymous().get(link)
      expect(res.status).toBe(409)
      expect(await textOf(res)).toContain('This invitation has expired.')
    } finally {
      t.setNow(new Date())
    }
  })

  it('[INVITE][UNKNOWN]: an unknown link is not found', async () => {
    expect((await t.anonymous().get('/invite/made-up-token')).status).toBe(404)
  })

  it('[INVITE][MAIL]: the mail is in the organisation default language', async () => {
    const org = await t.make.organisation({ defaultLocale: 'sq' })
    const { login } = await t.make.member('coordinator', { tenantId: org.id })
    const client = await t.signedIn(login)
    await client.post('/app/members/invite', { email: 'shqip@school.test', role: 'staff' })
    const mail = t.mailer.sent.find((m) => m.to === 'shqip@school.test')
    expect(mail?.subject).toContain('Ftesë')
    expect(mail?.text).toContain('Përshëndetje')
    expect(mail?.text).toContain('Shkolla ')
  })

  it('[INVITE][MAIL][LOCALE]: an invitation from a Macedonian school is in Macedonian and opens the Macedonian page', async () => {
    const org = await t.make.organisation({ defaultLocale: 'mk', name: { mk: 'Училиште Охрид' } })
    const { login } = await t.make.member('coordinator', { tenantId: org.id, locale: 'en' })
    const client = await t.signedIn(login)
    await client.post('/app/members/invite', {
      email: 'makedonski@school.test',
      displayName: 'Ана',
      role: 'staff',
    })
    const mail = t.mailer.sent.filter((m) => m.to === 'makedonski@school.test').at(-1)
    expect(mail?.language).toBe('mk')
    expect(mail?.subject).toBe('Покана од Училиште Охрид на Ura')
    expect(mail?.text).toContain('Почитувани Ана')
    expect(mail?.html).toContain('<html lang="mk"')
    const link = mailedLink('makedonski@school.test')
    expect(link).toMatch(/^\/invite\/[\w-]+\?lang=mk$/)
    const page = await t.anonymous().get(link!)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="mk"')
    expect(html).toContain('Вашата покана за Ura')
  })

  it('[INVITE][MAIL][LOCALE]: someone who already has an account is invited in their own language', async () => {
    const org = await t.make.organisation({ defaultLocale: 'mk' })
    const { login } = await t.make.member('coordinator', { tenantId: org.id })
    await t.make.user({ email: 'Ema.Hoxha@school.test', locale: 'sq' })
    const client = await t.signedIn(login)
    await client.post('/app/members/invite', { email: 'ema.hoxha@school.test', role: 'staff' })
    const mail = t.mailer.sent.filter((m) => m.to === 'ema.hoxha@school.test').at(-1)
    expect(mail?.language).toBe('sq')
    expect(mail?.subject).toContain('Ftesë')
    const link = mailedLink('ema.hoxha@school.test')!
    expect(link).toMatch(/\?lang=sq$/)
    const page = await (await t.anonymous().get(link)).text()
    expect(page).toContain('<html lang="sq"')
    expect(page).toContain(`/signin?next=${encodeURIComponent(link)}`)
  })
})
