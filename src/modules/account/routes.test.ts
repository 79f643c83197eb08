import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { memberships, users } from '../users/schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const PASSWORD = 'correct horse battery'

/** The confirmation link of the last e-mail change mail sent to `to`, as a path. */
function linkSentTo(to: string) {
  const mail = t.mailer.sent.filter((m) => m.to === to).at(-1)
  const link = mail?.text.match(/http:\/\/ura\.test(\/email-change\/[\w-]+)/)?.[1]
  if (!link) throw new Error(`no e-mail change link sent to ${to}`)
  return link
}

describe('my account', () => {
  it('[ACCOUNT][VIEW]: anonymous is sent to sign in; every role sees their own account and organisations', async () => {
    const anon = await t.anonymous().get('/app/account')
    expect(anon.status).toBe(302)
    expect(anon.headers.get('location')).toBe('/signin?next=%2Fapp%2Faccount')
    const org = await t.make.organisation({ name: { en: 'Second School' } })
    const { login, user } = await t.make.member('learner', { displayName: 'Nora Shala' })
    await t.make.member('guardian', { tenantId: org.id })
    await t.deps.db.insert(memberships).values({ tenantId: org.id, userId: user.id, role: 'staff' })
    const client = await t.signedIn(login)
    const res = await client.get('/app/account')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('value="Nora Shala"')
    expect(html).toContain(`value="${user.email}"`)
    const text = await textOf(new Response(html))
    expect(text).toContain('Second School · Staff member')
    expect(text).toContain('Learner')
    expect(text).toContain('Shqip')
    expect(text).toContain('Македонски')
  })

  it('[ACCOUNT][PROFILE]: name, phone and language are saved and audited once without and once per organisation', async () => {
    const { login, user, tenantId } = await t.make.member('staff')
    const client = await t.signedIn(login)
    const res = await client.post('/app/account', {
      displayName: 'Blerta Gashi',
      email: user.email!,
      phone: '+355 69 123 4567',
      locale: 'sq',
    })
    expect(res.status).toBe(303)
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, user.id))
    expect(row).toMatchObject({
      displayName: 'Blerta Gashi',
      phone: '+355 69 123 4567',
      locale: 'sq',
    })
    // The page now speaks Albanian.
    const page = await client.get('/app/account?notice=account:notices.saved')
    expect(await page.text()).toContain('<html lang="sq"')
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, user.id))
    const updates = entries.filter((e) => e.action === 'user.updated')
    expect(updates.map((e) => e.tenantId).sort()).toEqual([null, tenantId].sort())
    expect(updates[0]?.changes.phone).toEqual({ to: '[changed]' })
    expect(updates[0]?.changes.displayName).toEqual({ from: user.displayName, to: 'Blerta Gashi' })
  })

  it('[ACCOUNT][422]: bad input keeps what was typed (never the password)', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/account', {
      displayName: 'Ilir Hasani',
      email: 'not-an-address',
      phone: 'call me',
      locale: 'xx',
      currentPassword: PASSWORD,
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Ilir Hasani"')
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain('value="call me"')
    expect(html).not.toContain(PASSWORD)
    expect(html).toContain('Enter a phone number')
  })

  it('[ACCOUNT][EMAIL]: a new e-mail needs the current password and must be free', async () => {
    const { login, user } = await t.make.member('staff')
    const other = await t.make.member('staff')
    const client = await t.signedIn(login)
    const noPassword = await client.post('/app/account', {
      displayName: user.displayName,
      email: 'fresh@school.test',
    })
    expect(noPassword.status).toBe(422)
    expect(await textOf(noPassword)).toContain('Enter your current password')
    const taken = await client.post('/app/account', {
      displayName: user.displayName,
      email: other.user.email!.toUpperCase(),
      currentPassword: PASSWORD,
    })
    expect(taken.status).toBe(422)
    expect(await textOf(taken)).toContain('Another account already uses this e-mail address.')
    const ok = await client.post('/app/account', {
      displayName: user.displayName,
      email: 'Fresh@School.test',
      currentPassword: PASSWORD,
    })
    expect(ok.status).toBe(303)
    // The address changes only once the link sent to it is confirmed (issue 9).
    await expect(t.signedIn('fresh@school.test')).rejects.toThrow(/422/)
    await t.signedIn(login)
    const link = linkSentTo('fresh@school.test')
    expect((await client.post(link)).status).toBe(303)
    await t.signedIn('fresh@school.test')
    await expect(t.signedIn(login)).rejects.toThrow(/422/)
  })

  it('[ACCOUNT][PASSWORD]: change keeps this session, ends the others; wrong current password is 422', async () => {
    const { login } = await t.make.member('staff')
    const here = await t.signedIn(login)
    const elsewhere = await t.signedIn(login)
    const wrong = await here.post('/app/account/password', {
      current: 'not my password',
      password: 'a new long passphrase',
      confirm: 'a new long passphrase',
    })
    expect(wrong.status).toBe(422)
    expect(await textOf(wrong)).toContain('Your current password is not right.')
    const differ = await here.post('/app/account/password', {
      current: PASSWORD,
      password: 'a new long passphrase',
      confirm: 'another one',
    })
    expect(differ.status).toBe(422)
    expect(await textOf(differ)).toContain('The two passwords are not the same.')
    const ok = await here.post('/app/account/password', {
      current: PASSWORD,
      password: 'a new long passphrase',
      confirm: 'a new long passphrase',
    })
    expect(ok.status).toBe(303)
    expect((await here.get('/app/account')).status).toBe(200)
    expect((await elsewhere.get('/app/account')).status).toBe(302)
    await t.signedIn(login, 'a new long passphrase')
  })

  it('[ACCOUNT][LEARNER]: a learner without e-mail keeps signing in by username and may add an e-mail', async () => {
    const { login: coordLogin } = await t.make.member('coordinator')
    const coordinator = await t.signedIn(coordLogin)
    const slip = await coordinator.post('/app/members/new-learner', {
      displayName: 'Kaltrina Morina',
    })
    const boxes = [...(await slip.text()).matchAll(/<span class="code-box">([^<]+)<\/span>/g)]
    const [username, code] = [boxes[0]![1]!, boxes[1]![1]!]
    const client = t.anonymous()
    await client.post('/activate', { username, code })
    await client.post('/activate', {
      username,
      code,
      step: 'password',
      password: 'learner passphrase',
      confirm: 'learner passphrase',
    })
    const page = await textOf(await client.get('/app/account'))
    expect(page).toContain(username)
    const res = await client.post('/app/account', {
      displayName: 'Kaltrina Morina',
      email: '',
      phone: '',
      locale: '',
    })
    expect(res.status).toBe(303)
    const added = await client.post('/app/account', {
      displayName: 'Kaltrina Morina',
      email: 'kaltrina@home.test',
      currentPassword: 'learner passphrase',
    })
    expect(added.status).toBe(303)
    const pending = await textOf(await client.get('/app/account'))
    expect(pending).toContain(
      'We sent a link to kaltrina@home.test. The address is added to your account once you open it and confirm.',
    )
    const [learner] = await t.deps.db.select().from(users).where(eq(users.username, username))
    expect(learner?.email).toBeNull()
    expect((await client.post(linkSentTo('kaltrina@home.test'))).status).toBe(303)
    const confirmed = await textOf(
      await client.get('/app/account?notice=account:notices.emailChanged'),
    )
    expect(confirmed).toContain('Your new e-mail address is confirmed.')
    expect(confirmed).not.toContain('We sent a link')
    await t.signedIn('kaltrina@home.test', 'learner passphrase')

    // Removing the address again (she still has her username) needs the password and applies at once.
    const sentBefore = t.mailer.sent.length
    const removed = await client.post('/app/account', {
      displayName: 'Kaltrina Morina',
      email: '',
      currentPassword: 'learner passphrase',
    })
    expect(removed.status).toBe(303)
    const [after] = await t.deps.db.select().from(users).where(eq(users.username, username))
    expect(after?.email).toBeNull()
    expect(t.mailer.sent.length).toBe(sentBefore)
    await t.signedIn(username, 'learner passphrase')
  })
})
