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

  it('[AUTH][RESET]: an unknown address gets the same answer and no mail', async () => {
    const before = t.mailer.sent.length
    const res = await t.anonymous().post('/forgot', { email: 'nobody@nowhere.test' })
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('If an account uses that address')
    expect(t.mailer.sent.length).toBe(before)
  })
})
