import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('sign in', () => {
  it('[AUTH][SIGNIN]: a member signs in and lands on the home page', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.get('/app')
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('Welcome')
  })

  it('[AUTH][SIGNIN]: a wrong password re-renders the form with the login kept, 422', async () => {
    const { login } = await t.make.member('staff')
    const res = await t.anonymous().post('/signin', { login, password: 'wrong password!' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('The e-mail, username or password is not right.')
    expect(html).toContain(`value="${login}"`)
  })

  it('[AUTH][LOCKOUT]: five failures lock the account, even for the right password', async () => {
    const { login } = await t.make.member('staff')
    const client = t.anonymous()
    for (let i = 0; i < 4; i++) {
      expect((await client.post('/signin', { login, password: 'nope nope nope' })).status).toBe(422)
    }
    expect((await client.post('/signin', { login, password: 'nope nope nope' })).status).toBe(429)
    const res = await client.post('/signin', { login, password: 'correct horse battery' })
    expect(res.status).toBe(429)
    expect(await textOf(res)).toContain('Too many failed attempts')
  })

  it('[AUTH][CSRF]: a form without the CSRF token is refused', async () => {
    const { login } = await t.make.member('staff')
    const res = await t
      .anonymous()
      .post('/signin', { login, password: 'x' }, { csrf: 'forged-token-forged-token' })
    expect(res.status).toBe(403)
  })

  it('[AUTH][SESSION]: anonymous visitors are sent to sign in; sign out ends the session', async () => {
    const res = await t.anonymous().get('/app')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp')
    const { login } = await t.make.member('learner')
    const client = await t.signedIn(login)
    expect((await client.post('/signout')).status).toBe(303)
    expect((await client.get('/app')).status).toBe(302)
  })

  it('[AUTH][COOKIE]: the session cookie is HttpOnly and SameSite', async () => {
    const { login } = await t.make.member('staff')
    const client = t.anonymous()
    await client.get('/signin')
    const res = await client.post('/signin', { login, password: 'correct horse battery' })
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ura_session='))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})

describe('password reset', () => {
  it('[AUTH][RESET]: the link from the outbox sets a new password', async () => {
    const { login, user } = await t.make.member('staff')
    const client = t.anonymous()
    const res = await client.post('/forgot', { email: login })
    expect(res.status).toBe(200)
    const mail = t.mailer.sent.find((m) => m.to === user.email)
    const link = mail?.text.match(/http:\/\/ura\.test(\/reset\/\S+)/)?.[1]
    expect(link).toBeTruthy()
    expect((await client.get(link!)).status).toBe(200)
    const short = await client.post(link!, { password: 'short', confirm: 'short' })
    expect(short.status).toBe(422)
    const ok = await client.post(link!, {
      password: 'a brand new passphrase',
      confirm: 'a brand new passphrase',
    })
    expect(ok.status).toBe(303)
    await t.signedIn(login, 'a brand new passphrase')
    expect((await client.get(link!)).status).toBe(409)
  })

  it('[AUTH][RESET][LOCALE]: an Albanian school’s reset mail is in Albanian and opens the Albanian page', async () => {
    const org = await t.make.organisation({ defaultLocale: 'sq' })
    const { login, user } = await t.make.member('staff', { tenantId: org.id })
    const res = await t.anonymous().post('/forgot', { email: login })
    expect(res.status).toBe(200)
    const mail = t.mailer.sent.filter((m) => m.to === user.email).at(-1)
    expect(mail?.language).toBe('sq')
    expect(mail?.subject).toBe('Rivendosni fjalëkalimin tuaj në Ura')
    expect(mail?.text).toContain(`Përshëndetje ${user.displayName}`)
    const link = mail?.text.match(/http:\/\/ura\.test(\/reset\/\S+)/)?.[1]
    expect(link).toMatch(/^\/reset\/[\w-]+\?lang=sq$/)
    expect(mail?.html).toContain('<html lang="sq"')
    expect(mail?.html).toContain(`<a href="http://ura.test${link}">`)

    // Someone who never chose a language, with an English browser, still gets the Albanian page,
    // and the form and the page after it stay Albanian.
    const reader = t.anonymous()
    reader.headers['accept-language'] = 'en-GB,en;q=0.9'
    const page = await reader.get(link!)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="sq"')
    expect(html).toContain('Zgjidhni një fjalëkalim të ri')
    const short = await reader.post(`/reset/${link!.split('/')[2]!.split('?')[0]}`, {
      password: 'short',
      confirm: 'short',
    })
    expect(short.status).toBe(422)
    expect(await short.text()).toContain('<html lang="sq"')
  })

  it('[AUTH][RESET][LOCALE]: the person’s own language wins; without one or a school, the request’s', async () => {
    const org = await t.make.organisation({ defaultLocale: 'sq' })
    const own = await t.make.member('staff', { tenantId: org.id, locale: 'mk' })
    await t.anonymous().post('/forgot', { email: own.login })
    const mk = t.mailer.sent.filter((m) => m.to === own.user.email).at(-1)
    expect(mk?.language).toBe('mk')
    expect(mk?.subject).toBe('Ресетирање на лозинката за Ura')
    expect(mk?.text).toMatch(/\/reset\/[\w-]+\?lang=mk\n/)

    const loner = await t.make.user()
    const client = t.anonymous()
    client.headers['accept-language'] = 'sr-Latn-ME,sr;q=0.8'
    await client.post('/forgot', { email: loner.email! })
    const sr = t.mailer.sent.filter((m) => m.to === loner.email).at(-1)
    expect(sr?.language).toBe('sr-Latn')
    expect(sr?.subject).toBe('Ura: postavljanje nove lozinke')
    expect(sr?.text).toMatch(/\?lang=sr-Latn\n/)
  })

  it('[AUTH][RESET][LOCALE]: an unsupported ?lang= is ignored; a language chosen before still wins', async () => {
    const org = await t.make.organisation({ defaultLocale: 'sq' })
    const { login, user } = await t.make.member('staff', { tenantId: org.id })
    await t.anonymous().post('/forgot', { email: login })
    const link = t.mailer.sent
      .filter((m) => m.to === user.email)
      .at(-1)
      ?.text.match(/http:\/\/ura\.test(\/reset\/[\w-]+)/)?.[1]
    const bogus = await t.anonymous().get(`${link}?lang=de`)
    expect(bogus.status).toBe(200)
    expect(await bogus.text()).toContain('<html lang="en"')
    expect(bogus.headers.getSetCookie().some((c) => c.startsWith('ura_locale='))).toBe(false)

    const chose = t.anonymous()
    await chose.get('/locale/mk?next=/signin')
    expect(await (await chose.get(`${link}?lang=sq`)).text()).toContain('<html lang="mk"')
  })

  it('[AUTH][RESET]: an unknown address gets the same answer and no mail', async () => {
    const before = t.mailer.sent.length
    const res = await t.anonymous().post('/forgot', { email: 'nobody@nowhere.test' })
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('If an account uses that address')
    expect(t.mailer.sent.length).toBe(before)
  })
})
