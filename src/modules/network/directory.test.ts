import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { invitations } from '../invitations/schema.ts'
import { organisations } from '../organisations/schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function org(id: string) {
  const [row] = await t.deps.db.select().from(organisations).where(eq(organisations.id, id))
  return row!
}

describe('/app/network (directory)', () => {
  it('[NETWORK][DIRECTORY]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/network?q=durres')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Fnetwork%3Fq%3Ddurres')
  })

  it('[NETWORK][DIRECTORY]: learners may not read the directory (403)', async () => {
    const { login } = await t.make.member('learner')
    expect((await (await t.signedIn(login)).get('/app/network')).status).toBe(403)
  })

  it('[NETWORK][DIRECTORY]: staff find organisations of every school, external ones too, by any language of the name without accents', async () => {
    const { login } = await t.make.member('staff')
    const cela = await t.make.organisation({
      name: { sq: 'Shkolla Profesionale “Beqir Çela”', en: '“Beqir Çela” Vocational School' },
      city: 'Durrës',
    })
    const pelister = await t.make.organisation({
      name: { mk: 'Средно стручно училиште „Пелистер“' },
      country: 'MK',
      city: 'Битола',
    })
    const hotel = await t.make.organisation({
      name: { sq: 'Hotel “Bregdeti”' },
      type: 'company',
      isExternal: true,
      city: 'Durrës',
    })
    const client = await t.signedIn(login)

    const byName = await textOf(await client.get('/app/network?q=BEQIR%20CELA'))
    expect(byName).toContain('“Beqir Çela” Vocational School')
    expect(byName).not.toContain('Bregdeti')

    const byCity = await textOf(await client.get('/app/network?q=durres'))
    expect(byCity).toContain('Beqir Çela')
    expect(byCity).toContain('Bregdeti')
    expect(byCity).toContain('Listed only')

    const cyrillic = await client.get(`/app/network?q=${encodeURIComponent('пелистер')}`)
    const html = await cyrillic.text()
    expect(html).toContain(`/app/network/organisations/${pelister.id}`)
    expect(html).toMatch(/lang="mk"/)

    const companies = await textOf(await client.get('/app/network?type=company&q=durr'))
    expect(companies).toContain('Bregdeti')
    expect(companies).not.toContain('Beqir')

    const macedonia = await client.get('/app/network?country=MK')
    expect(await macedonia.text()).toContain(pelister.id)
    expect(cela.id).not.toBe(hotel.id)
  })

  it('[NETWORK][DIRECTORY]: an organisation of the directory has a detail page; an unknown id is 404', async () => {
    const { login } = await t.make.member('staff')
    const other = await t.make.organisation({ name: { en: 'Hogeschool Leie' }, country: 'BE' })
    const client = await t.signedIn(login)
    const res = await client.get(`/app/network/organisations/${other.id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Hogeschool Leie')
    expect(html).toContain(`/en/o/${other.slug}`)
    expect((await client.get(`/app/network/organisations/${randomUUID()}`)).status).toBe(404)
    expect((await client.get('/app/network/organisations/not-an-id')).status).toBe(404)
  })
})

describe('/app/network/organisations/new (external organisation)', () => {
  const form = {
    'name.en': 'Brücke Europa gGmbH',
    type: 'ngo',
    country: 'DE',
    city: 'Köln',
    latitude: '50,9375',
    longitude: '6.9603',
    website: '',
    erasmusOid: '',
  }

  it('[NETWORK][EXTERNAL]: staff may neither open nor submit the form (403)', async () => {
    const { login } = await t.make.member('staff')
    const client = await t.signedIn(login)
    expect((await client.get('/app/network/organisations/new')).status).toBe(403)
    expect((await client.post('/app/network/organisations/new', form)).status).toBe(403)
  })

  it('[NETWORK][EXTERNAL]: bad input is 422 and keeps what was typed', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/network/organisations/new', {
      ...form,
      'name.en': '',
      country: 'ZZ',
      latitude: 'north',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Köln"')
    expect(html).toContain('value="north"')
    expect(html).toContain('error-summary')
  })

  it('[NETWORK][EXTERNAL]: a coordinator adds an external organisation; it is audited in their log', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/network/organisations/new', form)
    expect(res.status).toBe(303)
    const id = res.headers.get('location')!.match(/organisations\/([0-9a-f-]{36})/)![1]!
    const row = await org(id)
    expect(row).toMatchObject({ isExternal: true, country: 'DE', latitude: '50.937500' })
    expect(row.slug).toBe('brucke-europa-ggmbh')
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.tenantId, tenantId)))
    expect(entry?.action).toBe('organisation.created')
    const page = await textOf(await client.get(res.headers.get('location')!))
    expect(page).toContain('The organisation is in the directory.')
  })
})

describe('claiming an external organisation', () => {
  it('[NETWORK][CLAIM]: only a platform administrator may claim (403 for a coordinator)', async () => {
    const external = await t.make.organisation({ isExternal: true, type: 'company' })
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post(`/app/network/organisations/${external.id}/claim`, {
      email: 'head@company.test',
    })
    expect(res.status).toBe(403)
    expect((await org(external.id)).isExternal).toBe(true)
  })

  it('[NETWORK][CLAIM]: a bad e-mail is 422 with the value kept; an unknown organisation is 404', async () => {
    const external = await t.make.organisation({ isExternal: true, type: 'company' })
    const admin = await t.make.user({ isPlatformAdmin: true })
    const client = await t.signedIn(admin.email!)
    const page = await client.get(`/app/network/organisations/${external.id}`)
    const detail = await page.text()
    expect(detail).toContain('Hand over and invite')
    expect(detail).not.toContain('Our agreements with this organisation')
    // Without an organisation of their own they still read the directory and the map.
    expect((await client.get('/app/network')).status).toBe(200)
    expect((await client.get('/app/network/map')).status).toBe(200)
    const res = await client.post(`/app/network/organisations/${external.id}/claim`, {
      email: 'not-an-address',
      displayName: 'Ana Mema',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain('value="Ana Mema"')
    const missing = await client.post(`/app/network/organisations/${randomUUID()}/claim`, {
      email: 'a@b.test',
    })
    expect(missing.status).toBe(404)
  })

  it('[NETWORK][CLAIM]: the administrator claims it: it becomes regular and its first administrator is invited', async () => {
    const external = await t.make.organisation({ isExternal: true, type: 'company' })
    const admin = await t.make.user({ isPlatformAdmin: true })
    const client = await t.signedIn(admin.email!)
    const res = await client.post(`/app/network/organisations/${external.id}/claim`, {
      email: 'Head@Company.test',
      displayName: 'Ana Mema',
    })
    expect(res.status).toBe(303)
    expect((await org(external.id)).isExternal).toBe(false)
    const [invitation] = await t.deps.db
      .select()
      .from(invitations)
      .where(eq(invitations.tenantId, external.id))
    expect(invitation).toMatchObject({ email: 'head@company.test', role: 'org_admin' })
    expect(t.mailer.sent.some((m) => m.to === 'head@company.test')).toBe(true)
    const again = await client.post(`/app/network/organisations/${external.id}/claim`, {
      email: 'other@company.test',
    })
    expect(again.status).toBe(409)
  })
})
