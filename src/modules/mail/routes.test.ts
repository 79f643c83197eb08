import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { TestClient, textOf } from '../../../tests/setup/client.ts'
import { createMailer } from '../../lib/mailer.ts'
import { createApp } from '../../server/app.tsx'
import { queueMail } from './service.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function adminWithMail(subject = 'Invitation to join') {
  const admin = await t.make.member('org_admin')
  const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
  const id = await queueMail(ctx, {
    tenantId: admin.tenantId,
    to: 'new.person@school.test',
    locale: 'en',
    subject,
    text: 'Hello <b>Drita</b>,\n\nAccept here: http://ura.test/invitations/abc123_-XY.\nOr see (https://example.org/help).\n',
  })
  return { ...admin, id, client: await t.signedIn(admin.login) }
}

describe('/app/outbox', () => {
  it('[OUTBOX][ANONYMOUS]: a visitor is sent to sign in', async () => {
    for (const path of ['/app/outbox', '/app/outbox/00000000-0000-4000-8000-000000000000']) {
      const res = await t.anonymous().get(path)
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(path)}`)
    }
  })

  it('[OUTBOX][ROLE]: a coordinator may not read the outbox (403)', async () => {
    const { tenantId, id } = await adminWithMail()
    const { login } = await t.make.member('coordinator', { tenantId })
    const client = await t.signedIn(login)
    expect((await client.get('/app/outbox')).status).toBe(403)
    expect((await client.get(`/app/outbox/${id}`)).status).toBe(403)
  })

  it('[OUTBOX][LIST]: an administrator lists the organisation’s messages with their status', async () => {
    const { client, id } = await adminWithMail('Your invitation to Ura')
    const res = await client.get('/app/outbox')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(`href="/app/outbox/${id}"`)
    const text = await textOf(new Response(html))
    expect(text).toContain('Your invitation to Ura')
    expect(text).toContain('new.person@school.test')
    expect(text).toContain('sent')
    expect(text).toContain('Ura sends these messages by e-mail')
  })

  it('[OUTBOX][MESSAGE]: shows the whole message with its links clickable and its text escaped', async () => {
    const { client, id } = await adminWithMail()
    const res = await client.get(`/app/outbox/${id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const body = html.match(/<pre class="mail">([\s\S]*?)<\/pre>/)?.[1]
    expect(body).toBeTruthy()
    expect(body).toContain(
      '<a href="http://ura.test/invitations/abc123_-XY">http://ura.test/invitations/abc123_-XY</a>.',
    )
    expect(body).toContain('<a href="https://example.org/help">https://example.org/help</a>)')
    expect(body).toContain('Hello &lt;b&gt;Drita&lt;/b&gt;')
    expect(html).toContain('new.person@school.test')
  })

  it('[OUTBOX][TENANCY]: another organisation’s message is not found, and not listed', async () => {
    const mine = await adminWithMail('Mine')
    const theirs = await adminWithMail('Theirs-secret-subject')
    expect((await mine.client.get(`/app/outbox/${theirs.id}`)).status).toBe(404)
    expect((await mine.client.get('/app/outbox/not-a-uuid')).status).toBe(404)
    expect(await textOf(await mine.client.get('/app/outbox'))).not.toContain(
      'Theirs-secret-subject',
    )
  })

  it('[OUTBOX][SMTP]: without SMTP the page explains that messages are kept here', async () => {
    const { login, tenantId } = await t.make.member('org_admin', { locale: 'sr-Latn' })
    const offline = createApp({ ...t.deps, mailer: createMailer(undefined, 'Ura <x@y.z>') })
    const ctx = await t.ctxFor((await t.make.member('staff', { tenantId })).user.id, tenantId)
    const id = await queueMail(
      { ...ctx, mailer: createMailer(undefined, 'x') },
      { tenantId, to: 'a@b.test', locale: 'sr-Latn', subject: 'Poziv', text: 'http://ura.test/x' },
    )
    const client = new TestClient(offline)
    expect(
      (await client.post('/signin', { login, password: 'correct horse battery' })).status,
    ).toBe(303)
    const list = await textOf(await client.get('/app/outbox'))
    expect(list).toContain('Nije podešen server za e-poštu (SMTP)')
    expect(list).toContain('sačuvana ovde')
    const one = await textOf(await client.get(`/app/outbox/${id}`))
    expect(one).toContain('Nije podešen server za e-poštu (SMTP)')
  })

  it('[OUTBOX][PLATFORM]: a platform administrator also reads messages of no organisation', async () => {
    const admin = await adminWithMail()
    const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
    const id = await queueMail(ctx, {
      tenantId: null,
      to: 'lonely@school.test',
      locale: 'en',
      subject: 'Reset for someone of no organisation',
      text: 'http://ura.test/reset/zzz',
    })
    expect((await admin.client.get(`/app/outbox/${id}`)).status).toBe(404)
    expect(await textOf(await admin.client.get('/app/outbox'))).not.toContain('lonely@school.test')

    const platform = await t.make.user({ isPlatformAdmin: true })
    const client = await t.signedIn(platform.email!)
    const list = await textOf(await client.get('/app/outbox'))
    expect(list).toContain('lonely@school.test')
    expect(list).toContain('no organisation')
    expect((await client.get(`/app/outbox/${id}`)).status).toBe(200)
    // With no organisation of their own, they do not see any organisation's messages.
    expect((await client.get(`/app/outbox/${admin.id}`)).status).toBe(404)
  })
})
