import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { auditLog } from '../audit/schema.ts'
import { users } from '../users/schema.ts'
import { oneTimeTokens } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const PASSWORD = 'correct horse battery'

function lastMailTo(to: string) {
  return t.mailer.sent.filter((m) => m.to === to).at(-1)
}

/** The confirmation link of the last mail sent to `to`, as a path without `?lang=`. */
function linkSentTo(to: string) {
  const link = lastMailTo(to)?.text.match(/http:\/\/ura\.test(\/email-change\/[\w-]+)/)?.[1]
  if (!link) throw new Error(`no e-mail change link sent to ${to}`)
  return link
}

async function emailOf(userId: string) {
  const [row] = await t.deps.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, userId))
  return row?.email
}

/** A signed-in member who has asked to move to `newEmail`. */
async function memberAskingFor(
  newEmail: string,
  over: { locale?: string; tenantId?: string } = {},
) {
  const member = await t.make.member('staff', over)
  const client = await t.signedIn(member.login)
  const res = await client.post('/app/account', {
    displayName: member.user.displayName,
    email: newEmail,
    // The form sends the language shown in it; leaving it out would clear it.
    locale: over.locale ?? '',
    currentPassword: PASSWORD,
  })
  expect(res.status).toBe(303)
  return { ...member, client }
}

describe('e-mail change', () => {
  it('[AUTH][EMAIL]: the address stays until the link is confirmed; other fields save at once', async () => {
    const { user, login } = await t.make.member('staff')
    const client = await t.signedIn(login)
    const res = await client.post('/app/account', {
      displayName: 'Arben Krasniqi',
      email: 'arben.new@school.test',
      phone: '+389 70 123 456',
      currentPassword: PASSWORD,
    })
    expect(res.status).toBe(303)
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, user.id))
    expect(row).toMatchObject({
      email: user.email,
      displayName: 'Arben Krasniqi',
      phone: '+389 70 123 456',
    })
    const page = await textOf(await client.get('/app/account'))
    expect(page).toContain(
      `We sent a link to arben.new@school.test. Your address stays ${user.email} until you open it and confirm.`,
    )

    const toNew = lastMailTo('arben.new@school.test')
    expect(toNew?.subject).toBe('Confirm your new Ura e-mail address')
    expect(toNew?.text).toMatch(/\/email-change\/[\w-]+\?lang=en\n/)
    expect(toNew?.text).toContain('within 24 hours')
    const toOld = lastMailTo(user.email!)
    expect(toOld?.subject).toBe('Someone asked to change your Ura e-mail address')
    expect(toOld?.text).toContain('to arben.new@school.test')
    expect(toOld?.text).toContain('change your password now')
    expect(toOld?.text).not.toContain('/email-change/')
  })

  it('[AUTH][EMAIL][LOCALE]: both mails are in the person’s language, else their school’s', async () => {
    const org = await t.make.organisation({ defaultLocale: 'sq' })
    const own = await memberAskingFor('mk.new@school.test', { tenantId: org.id, locale: 'mk' })
    const mk = lastMailTo('mk.new@school.test')
    expect(mk?.language).toBe('mk')
    expect(mk?.subject).toBe('Потврдете ја новата адреса за е-пошта на Ura')
    expect(mk?.text).toMatch(/\/email-change\/[\w-]+\?lang=mk\n/)
    const mkOld = lastMailTo(own.user.email!)
    expect(mkOld?.language).toBe('mk')
    expect(mkOld?.subject).toBe('Некој побара промена на вашата адреса за е-пошта на Ura')
    expect(mkOld?.text).toContain('/forgot?lang=mk')

    const school = await memberAskingFor('sq.new@school.test', { tenantId: org.id })
    expect(lastMailTo('sq.new@school.test')?.subject).toBe(
      'Konfirmoni adresën e re të e-mailit në Ura',
    )
    expect(lastMailTo(school.user.email!)?.text).toContain('Përshëndetje')

    // The link's page opens in that language for a reader with another browser language.
    const reader = t.anonymous()
    reader.headers['accept-language'] = 'en-GB,en;q=0.9'
    const html = await (await reader.get(`${linkSentTo('mk.new@school.test')}?lang=mk`)).text()
    expect(html).toContain('<html lang="mk"')
    expect(html).toContain('Потврди ја новата адреса')
  })

  it('[AUTH][EMAIL]: GET only shows the address; POST confirms, audits and uses the link up', async () => {
    const { user, client, tenantId } = await memberAskingFor('Confirm.Me@School.test')
    const link = linkSentTo('confirm.me@school.test')
    // Mail scanners open links: opening twice changes nothing and keeps the link working.
    for (let i = 0; i < 2; i++) {
      const page = await t.anonymous().get(link)
      expect(page.status).toBe(200)
      expect(page.headers.get('cache-control')).toBe('no-store')
      const text = await textOf(page)
      expect(text).toContain(
        `Ura will use confirm.me@school.test for the account of ${user.displayName}`,
      )
    }
    expect(await emailOf(user.id)).toBe(user.email)

    const ok = await client.post(link)
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/app/account?notice=account:notices.emailChanged')
    expect(await emailOf(user.id)).toBe('confirm.me@school.test')
    const page = await textOf(await client.get(ok.headers.get('location')!))
    expect(page).toContain('Your new e-mail address is confirmed.')
    expect(page).not.toContain('We sent a link')
    await t.signedIn('confirm.me@school.test')
    await expect(t.signedIn(user.email!)).rejects.toThrow(/422/)

    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'user.updated')))
    expect(entries.map((e) => e.tenantId).sort()).toEqual([null, tenantId].sort())
    expect(entries[0]?.changes.email).toEqual({ from: user.email, to: 'confirm.me@school.test' })
    const [requested] = await t.deps.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'user.email_change_requested')),
      )
    expect(requested?.actorUserId).toBe(user.id)

    // A second use is refused, with a translated page and no change.
    for (const res of [await client.get(link), await client.post(link)]) {
      expect(res.status).toBe(404)
      expect(await textOf(res)).toContain('This link has expired or was already used.')
    }
    const unknown = await t.anonymous().get('/email-change/not-a-real-token')
    expect(unknown.status).toBe(404)
    expect(await textOf(unknown)).toContain('This link has expired or was already used.')
  })

  it('[AUTH][EMAIL]: a newer request or a confirmation ends the person’s other links', async () => {
    const { user, client } = await memberAskingFor('first@school.test')
    const first = linkSentTo('first@school.test')
    await client.post('/app/account', {
      displayName: user.displayName,
      email: 'second@school.test',
      currentPassword: PASSWORD,
    })
    expect((await t.anonymous().get(first)).status).toBe(404)
    expect(await textOf(await client.get('/app/account'))).toContain(
      'We sent a link to second@school.test.',
    )
    // Another link still pending at confirmation time (made here directly) stops working too.
    const stray = randomToken()
    await t.deps.db.insert(oneTimeTokens).values({
      id: sha256(stray),
      purpose: 'email_change',
      userId: user.id,
      newEmail: 'third@school.test',
      expiresAt: new Date(Date.now() + 3_600_000),
    })
    expect((await client.post(linkSentTo('second@school.test'))).status).toBe(303)
    expect(await emailOf(user.id)).toBe('second@school.test')
    expect((await t.anonymous().get(`/email-change/${stray}`)).status).toBe(404)
    expect((await t.anonymous().post(`/email-change/${stray}`)).status).toBe(404)
    expect(await emailOf(user.id)).toBe('second@school.test')
  })

  it('[AUTH][EMAIL]: an expired link is refused with a translated page', async () => {
    const { user, client } = await memberAskingFor('late@school.test', { locale: 'sq' })
    const link = linkSentTo('late@school.test')
    const later = new Date(Date.now() + 25 * 3_600_000)
    t.setNow(later)
    try {
      const page = await t.anonymous().get(`${link}?lang=sq`)
      expect(page.status).toBe(404)
      expect(await textOf(page)).toContain('Kjo lidhje ka skaduar ose është përdorur tashmë.')
      const post = await client.post(link)
      expect(post.status).toBe(404)
      expect(await post.text()).toContain('<html lang="sq"')
      expect(await emailOf(user.id)).toBe(user.email)
    } finally {
      t.setNow(new Date())
    }
  })

  it('[AUTH][EMAIL]: an address taken meanwhile is refused, and the link still waits', async () => {
    const { user, client } = await memberAskingFor('wanted@school.test')
    const link = linkSentTo('wanted@school.test')
    const rival = await t.make.user({ email: 'Wanted@School.test' })
    const res = await client.post(link)
    expect(res.status).toBe(409)
    const text = await textOf(res)
    expect(text).toContain(
      'Another account now uses wanted@school.test, so your address was not changed.',
    )
    expect(text).not.toContain('Confirm the new address')
    expect(await emailOf(user.id)).toBe(user.email)
    expect(await emailOf(rival.id)).toBe('Wanted@School.test')

    // Once the other account lets the address go, the same link works.
    await t.deps.db.update(users).set({ email: null }).where(eq(users.id, rival.id))
    expect((await client.post(link)).status).toBe(303)
    expect(await emailOf(user.id)).toBe('wanted@school.test')
  })

  it('[AUTH][EMAIL]: the link alone authorises; it changes only its owner’s address, whoever opens it', async () => {
    // Signed in as someone else (a shared computer): the owner's address changes, not theirs.
    const owner = await memberAskingFor('owner.new@school.test')
    const other = await t.make.member('coordinator')
    const otherClient = await t.signedIn(other.login)
    const res = await otherClient.post(linkSentTo('owner.new@school.test'))
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('Your Ura account now uses owner.new@school.test.')
    expect(await emailOf(owner.user.id)).toBe('owner.new@school.test')
    expect(await emailOf(other.user.id)).toBe(other.user.email)

    // Signed out (the mail opened on a phone): the same, with the way to sign in.
    const phone = await memberAskingFor('phone.new@school.test')
    const anon = t.anonymous()
    const done = await anon.post(linkSentTo('phone.new@school.test'))
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('href="/signin"')
    expect(await emailOf(phone.user.id)).toBe('phone.new@school.test')
  })

  it('[AUTH][EMAIL][CSRF]: confirming without the form token is refused', async () => {
    const { user } = await memberAskingFor('csrf.new@school.test')
    const res = await t
      .anonymous()
      .post(linkSentTo('csrf.new@school.test'), {}, { csrf: 'forged-token-forged-token' })
    expect(res.status).toBe(403)
    expect(await emailOf(user.id)).toBe(user.email)
  })
})
