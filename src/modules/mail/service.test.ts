import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { outbox } from './schema.ts'
import { queueMail } from './service.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('queueMail', () => {
  it('[OUTBOX][HTML]: delivers the text with an HTML part in the mail’s language and Content-Language', async () => {
    const admin = await t.make.member('org_admin')
    const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
    const id = await queueMail(ctx, {
      tenantId: admin.tenantId,
      to: 'ana@school.test',
      locale: 'mk',
      subject: 'Покана',
      text: 'Почитувани Ана,\n\nhttp://ura.test/invite/abc?lang=mk\n',
    })
    const sent = t.mailer.sent.filter((m) => m.to === 'ana@school.test').at(-1)
    expect(sent?.language).toBe('mk')
    expect(sent?.text).toBe('Почитувани Ана,\n\nhttp://ura.test/invite/abc?lang=mk\n')
    expect(sent?.html).toContain('<html lang="mk" dir="ltr">')
    expect(sent?.html).toContain('<p>Почитувани Ана,</p>')
    expect(sent?.html).toContain(
      '<p><a href="http://ura.test/invite/abc?lang=mk">http://ura.test/invite/abc?lang=mk</a></p>',
    )
    const [row] = await t.deps.db.select().from(outbox).where(eq(outbox.id, id))
    expect(row?.status).toBe('sent')
    expect(row?.text).toBe(sent?.text)
  })

  it('[OUTBOX][HTML]: a display name with <script> is escaped in the HTML part of a real mail', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/members/invite', {
      email: 'script.kiddie@school.test',
      displayName: '<script>alert(1)</script>',
      role: 'staff',
    })
    expect(res.status).toBe(303)
    const sent = t.mailer.sent.filter((m) => m.to === 'script.kiddie@school.test').at(-1)
    expect(sent?.text).toContain('Hello <script>alert(1)</script>')
    expect(sent?.html).not.toContain('<script>')
    expect(sent?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(sent?.html).toContain('<html lang="en"')
    expect(sent?.language).toBe('en')
  })
})
