import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { organisations } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** Everything the edit form sends, as a browser would (name by language, checkboxes repeated). */
function formFor(over: Record<string, string | string[]> = {}) {
  return {
    'name.en': 'Vocational School Gjergj Canco',
    'name.sq': 'Shkolla Profesionale Gjergj Canco',
    type: 'vet_school',
    country: 'AL',
    city: 'Tiranë',
    latitude: '41,3275',
    longitude: '19.8187',
    website: 'https://canco.edu.al',
    erasmusOid: 'E10123456',
    erasmusPic: '912 345 678',
    workingLanguages: ['sq', 'en', 'it'],
    defaultLocale: 'en',
    timeZone: 'Europe/Tirane',
    slug: '',
    ...over,
  }
}

async function row(id: string) {
  const [org] = await t.deps.db.select().from(organisations).where(eq(organisations.id, id))
  return org!
}

describe('/app/organisation', () => {
  it('[ORG][VIEW]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/organisation')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Forganisation')
  })

  it('[ORG][VIEW]: every member sees the profile with missing-language badges, no edit link for staff', async () => {
    const org = await t.make.organisation({ name: { sq: 'Shkolla Teknike' }, country: 'AL' })
    const { login } = await t.make.member('learner', { tenantId: org.id })
    const res = await (await t.signedIn(login)).get('/app/organisation')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<h1 lang="sq">Shkolla Teknike<\/h1>/)
    expect(html).toContain('Albania')
    expect(html).toContain('3 languages missing: English, Serbian (Latin), and Macedonian')
    expect(html).not.toContain('/app/organisation/edit')
    expect(html).not.toContain('UNSCR 1244')
  })

  it('[ORG][KOSOVO]: a Kosovo organisation carries the footnote', async () => {
    const org = await t.make.organisation({ country: 'XK', city: 'Prishtinë' })
    const { login } = await t.make.member('staff', { tenantId: org.id })
    const text = await textOf(await (await t.signedIn(login)).get('/app/organisation'))
    expect(text).toContain('Kosovo')
    expect(text).toContain('UNSCR 1244/1999')
  })
})

describe('/app/organisation/edit', () => {
  it('[ORG][EDIT]: staff may not open or submit the form (403)', async () => {
    const { login, tenantId } = await t.make.member('staff')
    const client = await t.signedIn(login)
    expect((await client.get('/app/organisation/edit')).status).toBe(403)
    expect((await client.post('/app/organisation/edit', formFor())).status).toBe(403)
    expect((await row(tenantId)).erasmusOid).toBeNull()
  })

  it('[ORG][EDIT]: a coordinator saves every field; the profile shows them', async () => {
    const { login, tenantId } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const form = await client.get('/app/organisation/edit')
    expect(form.status).toBe(200)
    const html = await form.text()
    // Without JavaScript: every language stacked and labelled, the tab list hidden.
    expect(html).toMatch(/<div class="ml-tablist" data-ml-tablist="true" role="tablist"[^>]*hidden/)
    expect(html).toContain('<label for="f-name-sr-Latn">Name — Serbian (Latin)</label>')
    expect(html).toMatch(/name="name\.sr-Latn" lang="sr-Latn"/)
    expect(html).toMatch(/Albanian <span data-ml-badge="true" class="badge badge-warn" hidden="">/)
    expect(html).toMatch(/Macedonian <span data-ml-badge="true" class="badge badge-warn">missing/)
    expect(html).toContain('2 languages missing: Serbian (Latin) and Macedonian')
    const res = await client.post('/app/organisation/edit', formFor())
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/app/organisation?notice=common:form.saved')
    const saved = await row(tenantId)
    expect(saved).toMatchObject({
      name: { en: 'Vocational School Gjergj Canco', sq: 'Shkolla Profesionale Gjergj Canco' },
      erasmusOid: 'E10123456',
      erasmusPic: '912345678',
      workingLanguages: ['sq', 'en', 'it'],
      defaultLocale: 'en',
    })
    expect(Number(saved.latitude)).toBe(41.3275)
    const page = await textOf(await client.get('/app/organisation?notice=common:form.saved'))
    expect(page).toContain('Saved.')
    expect(page).toContain('E10123456')
    expect(page).toContain('Albanian, English, and Italian')
    expect(page).toContain('Latitude 41.3275, longitude 19.8187')
  })

  it('[ORG][EDIT]: a bad OID re-renders with 422 and keeps everything typed', async () => {
    const { login, tenantId } = await t.make.member('org_admin')
    const client = await t.signedIn(login)
    const res = await client.post(
      '/app/organisation/edit',
      formFor({ erasmusOid: 'E123', latitude: '95', 'name.mk': 'Училиште' }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Enter the OID as the letter E followed by 8 digits')
    expect(html).toContain('Enter a latitude between -90 and 90')
    expect(html).toContain('value="E123"')
    expect(html).toContain('value="95"')
    expect(html).toContain('value="Училиште"')
    expect(html).toContain('value="Shkolla Profesionale Gjergj Canco"')
    expect(html).toMatch(/value="it"\s+checked/)
    expect((await row(tenantId)).erasmusOid).toBeNull()
  })

  it('[ORG][EDIT]: a name in no language at all is refused', async () => {
    const { login } = await t.make.member('org_admin')
    const res = await (await t.signedIn(login)).post(
      '/app/organisation/edit',
      formFor({ 'name.en': ' ', 'name.sq': '' }),
    )
    expect(res.status).toBe(422)
    expect(await textOf(res)).toContain('Fill this in for at least one language.')
  })

  it('[ORG][OID]: an OID another organisation has is refused on that field (409)', async () => {
    const other = await t.make.organisation()
    await t.deps.db
      .update(organisations)
      .set({ erasmusOid: 'E10555555' })
      .where(eq(organisations.id, other.id))
    const { login } = await t.make.member('org_admin')
    const res = await (await t.signedIn(login)).post(
      '/app/organisation/edit',
      formFor({ erasmusOid: 'e10555555' }),
    )
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('Another organisation in Ura already has this OID.')
    expect(html).toContain('value="e10555555"')
  })
})

describe('/app/admin/organisations', () => {
  async function platformAdmin() {
    const admin = await t.make.user({ isPlatformAdmin: true })
    return t.signedIn(admin.email!)
  }

  it('[ORG][ADMIN]: an organisation administrator may not use the platform pages (403)', async () => {
    const { login, tenantId } = await t.make.member('org_admin')
    const client = await t.signedIn(login)
    expect((await client.get('/app/admin/organisations')).status).toBe(403)
    expect((await client.get('/app/admin/organisations/new')).status).toBe(403)
    expect((await client.post('/app/admin/organisations/new', formFor())).status).toBe(403)
    expect((await client.get(`/app/admin/organisations/${tenantId}/edit`)).status).toBe(403)
  })

  it('[ORG][ADMIN]: lists and searches every organisation', async () => {
    await t.make.organisation({ name: { mk: 'Училиште Струмица' }, country: 'MK' })
    const client = await platformAdmin()
    const res = await client.get('/app/admin/organisations?q=струмица')
    expect(res.status).toBe(200)
    const text = await textOf(res)
    expect(text).toContain('1 organisation')
    expect(text).toContain('Училиште Струмица')
    expect(text).toContain('North Macedonia')
    const none = await textOf(await client.get('/app/admin/organisations?q=zzzz-nothing'))
    expect(none).toContain('No organisation matches your search.')
  })

  it('[ORG][ADMIN]: pages through 20 at a time, keeping the search', async () => {
    for (let i = 0; i < 21; i++) await t.make.organisation({ city: 'Pagetown' })
    const client = await platformAdmin()
    const first = await client.get('/app/admin/organisations?q=pagetown')
    const html = await first.text()
    expect(html).toContain('21 organisations')
    expect(html).toContain('Page 1 of 2')
    expect(html).toContain('href="/app/admin/organisations?q=pagetown&amp;page=2"')
    const second = await textOf(await client.get('/app/admin/organisations?q=pagetown&page=2'))
    expect(second).toContain('Page 2 of 2')
    expect(second).toContain('Previous page')
  })

  it('[ORG][ADMIN]: creates an organisation, keeping typed values on a bad submit', async () => {
    const client = await platformAdmin()
    expect((await client.get('/app/admin/organisations/new')).status).toBe(200)
    const bad = await client.post(
      '/app/admin/organisations/new',
      formFor({ country: 'QQ', erasmusPic: '12', slug: 'Bad Slug' }),
    )
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('Choose a country.')
    expect(html).toContain('Enter the PIC as 9 digits.')
    expect(html).toContain('value="Bad Slug"')
    const ok = await client.post(
      '/app/admin/organisations/new',
      formFor({ erasmusOid: 'E10777777', country: 'XK', 'name.en': 'Tech School Prizren' }),
    )
    expect(ok.status).toBe(303)
    const [created] = await t.deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.erasmusOid, 'E10777777'))
    expect(created).toMatchObject({ slug: 'tech-school-prizren', country: 'XK' })
  })

  it('[ORG][ADMIN]: edits any organisation; an unknown id is not found', async () => {
    const org = await t.make.organisation()
    const client = await platformAdmin()
    expect((await client.get(`/app/admin/organisations/${org.id}/edit`)).status).toBe(200)
    const res = await client.post(
      `/app/admin/organisations/${org.id}/edit`,
      formFor({ city: 'Shkodër', erasmusOid: '', slug: 'shkolla-shkoder', defaultLocale: 'sq' }),
    )
    expect(res.status).toBe(303)
    expect(await row(org.id)).toMatchObject({
      city: 'Shkodër',
      slug: 'shkolla-shkoder',
      defaultLocale: 'sq',
      erasmusOid: null,
    })
    expect((await client.get(`/app/admin/organisations/${randomUUID()}/edit`)).status).toBe(404)
    expect((await client.get('/app/admin/organisations/nope/edit')).status).toBe(404)
  })
})

describe('public profile', () => {
  it('[ORG][PUBLIC]: shows the profile with hreflang alternates and lang on fallback text', async () => {
    const org = await t.make.organisation({
      name: { sq: 'Shkolla e Mesme Prizren' },
      country: 'XK',
    })
    const res = await t.anonymous().get(`/en/o/${org.slug}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<h1 lang="sq">Shkolla e Mesme Prizren<\/h1>/)
    expect(html).toContain(`hreflang="mk" href="http://ura.test/mk/o/${org.slug}"`)
    expect(html).toContain('Shown in Albanian')
    expect(html).toContain('UNSCR 1244/1999')
    const inAlbanian = await t.anonymous().get(`/sq/o/${org.slug}`)
    expect(await inAlbanian.text()).toMatch(/<h1>Shkolla e Mesme Prizren<\/h1>/)
  })

  it('[ORG][PUBLIC]: unknown locale, unknown slug and external organisations are not found', async () => {
    const org = await t.make.organisation()
    const external = await t.make.organisation({ isExternal: true })
    expect((await t.anonymous().get(`/xx/o/${org.slug}`)).status).toBe(404)
    expect((await t.anonymous().get('/en/o/no-such-school')).status).toBe(404)
    expect((await t.anonymous().get(`/en/o/${external.slug}`)).status).toBe(404)
  })

  it('[ORG][SITEMAP]: the sitemap lists every public profile in every locale', async () => {
    const org = await t.make.organisation()
    const external = await t.make.organisation({ isExternal: true })
    const xml = await (await t.anonymous().get('/sitemap.xml')).text()
    expect(xml).toContain(`<loc>http://ura.test/sr-Latn/o/${org.slug}</loc>`)
    expect(xml).not.toContain(`/o/${external.slug}`)
  })
})
