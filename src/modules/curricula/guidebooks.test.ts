import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { courseModules } from '../learning/schema.ts'
import { guidebookFiles } from './schema.ts'
import { buildCourse, idIn } from './testing.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-guidebooks-'))
})

const pdf = (text: string) =>
  new TextEncoder().encode(`%PDF-1.7\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`)

/** Posts a multipart form the way a browser does, CSRF field included. */
async function upload(
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array },
) {
  if (!client.cookies.has('ura_csrf')) await client.get('/signin')
  const body = new FormData()
  body.set('_csrf', client.cookies.get('ura_csrf') ?? '')
  for (const [k, v] of Object.entries(fields)) body.set(k, v)
  if (file) body.set('file', new File([new Uint8Array(file.bytes)], file.name))
  return client.request(url, { method: 'POST', body })
}

async function makeGuidebook(a: TestClient, extra: Record<string, string> = {}) {
  const res = await a.post('/app/learning/guidebooks/new', {
    'title.en': 'Mobility quality guidebook',
    'title.sq': 'Udhëzuesi i cilësisë së mobilitetit',
    'description.en': 'Before, during and after the stay.',
    visibility: 'private',
    ...extra,
  })
  expect(res.status).toBe(303)
  return idIn(res, /\/app\/learning\/guidebooks\/([0-9a-f-]{36})\?/)
}

describe('/app/learning/guidebooks', () => {
  it('[GUIDEBOOKS][VERSIONS]: a new version keeps the old one downloadable; missing languages are flagged', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const id = await makeGuidebook(a)
    const base = `/app/learning/guidebooks/${id}`
    for (const [lang, name, text] of [
      ['en', 'guide-v1.pdf', 'english one'],
      ['en', 'guide-v2.pdf', 'english two'],
      ['sq', 'udhezuesi.pdf', 'shqip'],
    ] as const) {
      const res = await upload(
        a,
        `${base}/files`,
        { lang, note: `${name} note` },
        {
          name,
          bytes: pdf(text),
        },
      )
      expect(res.status).toBe(303)
    }
    const rows = await t.deps.db
      .select()
      .from(guidebookFiles)
      .where(eq(guidebookFiles.guidebookId, id))
    expect(rows.map((r) => `${r.lang}${r.version}`).sort()).toEqual(['en1', 'en2', 'sq1'])

    const page = await textOf(await a.get(base))
    expect(page).toContain('guide-v1.pdf')
    expect(page).toContain('guide-v2.pdf')
    expect(page).toContain('Current')
    expect(page).toContain('Not yet available in: Serbian (Latin) and Macedonian')
    expect(page).toContain('Download (English, version 2)')
    const old = await a.get(`${base}/files/en/1`)
    expect(old.status).toBe(200)
    expect(new TextDecoder().decode(await old.arrayBuffer())).toContain('english one')
    expect(old.headers.get('content-disposition')).toMatch(/^attachment; filename="guide-v1.pdf"/)
    expect((await a.get(`${base}/files/en/3`)).status).toBe(404)

    const list = await textOf(await a.get('/app/learning/guidebooks'))
    expect(list).toContain('Mobility quality guidebook')
    expect(list).toContain('In: English and Albanian · Missing Serbian (Latin) and Macedonian')
  })

  it('[GUIDEBOOKS][FALLBACK]: the download is in the reader’s language, else another, and the page says so', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const id = await makeGuidebook(a)
    const base = `/app/learning/guidebooks/${id}`
    await upload(a, `${base}/files`, { lang: 'en' }, { name: 'en.pdf', bytes: pdf('in english') })
    await upload(a, `${base}/files`, { lang: 'sq' }, { name: 'sq.pdf', bytes: pdf('ne shqip') })

    const sq = await t.make.member('learner', { tenantId: author.tenantId, locale: 'sq' })
    const s = await t.signedIn(sq.login)
    const got = await s.get(`${base}/download`)
    expect(got.status).toBe(200)
    expect(got.headers.get('content-language')).toBe('sq')
    expect(new TextDecoder().decode(await got.arrayBuffer())).toContain('ne shqip')
    expect(await textOf(await s.get(base))).not.toContain('nuk është ende i disponueshëm në')

    const sr = await t.make.member('learner', { tenantId: author.tenantId, locale: 'sr-Latn' })
    const r = await t.signedIn(sr.login)
    const page = await textOf(await r.get(base))
    expect(page).toContain(
      'Ovaj vodič još nije dostupan na jeziku srpski (latinica): preuzimanje je na jeziku engleski.',
    )
    const fallback = await r.get(`${base}/download`)
    expect(fallback.headers.get('content-language')).toBe('en')
    expect(new TextDecoder().decode(await fallback.arrayBuffer())).toContain('in english')
    // ?lang= picks another reading language, with the same fallback.
    const mk = await r.get(`${base}/download?lang=sq`)
    expect(mk.headers.get('content-language')).toBe('sq')
  })

  it('[GUIDEBOOKS][VALIDATION]: a missing or disguised file is refused (422), keeping the note', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const id = await makeGuidebook(a)
    const base = `/app/learning/guidebooks/${id}`
    const none = await upload(a, `${base}/files`, { lang: 'en', note: 'Kept note' })
    expect(none.status).toBe(422)
    const html = await none.text()
    expect(html).toContain('Choose a file to upload.')
    expect(html).toContain('value="Kept note"')
    const html2 = await upload(
      a,
      `${base}/files`,
      { lang: 'en' },
      {
        name: 'guide.pdf',
        bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>'),
      },
    )
    expect(html2.status).toBe(422)
    expect(await html2.text()).toContain('This kind of file is not accepted')
    const noLang = await upload(
      a,
      `${base}/files`,
      { lang: 'xx' },
      {
        name: 'g.pdf',
        bytes: pdf('x'),
      },
    )
    expect(noLang.status).toBe(422)
    expect(await noLang.text()).toContain('Choose one of Ura&#39;s languages.')
    const noTitle = await a.post('/app/learning/guidebooks/new', {
      'description.sq': 'Përshkrim që mbetet',
      visibility: 'private',
    })
    expect(noTitle.status).toBe(422)
    expect(await noTitle.text()).toContain('Përshkrim që mbetet')
    const rows = await t.deps.db
      .select()
      .from(guidebookFiles)
      .where(eq(guidebookFiles.guidebookId, id))
    expect(rows).toHaveLength(0)
  })

  it('[GUIDEBOOKS][ACCESS]: another school’s guidebook is 404; a learner reads but cannot upload (403)', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const id = await makeGuidebook(a)
    const base = `/app/learning/guidebooks/${id}`
    await upload(a, `${base}/files`, { lang: 'en' }, { name: 'en.pdf', bytes: pdf('x') })
    const stranger = await t.make.member('coordinator')
    const x = await t.signedIn(stranger.login)
    expect((await x.get(base)).status).toBe(404)
    expect((await x.get(`${base}/download`)).status).toBe(404)
    expect((await x.get(`${base}/files/en/1`)).status).toBe(404)
    expect(await textOf(await x.get('/app/learning/guidebooks'))).not.toContain(
      'Mobility quality guidebook',
    )
    const learner = await t.make.member('learner', { tenantId: author.tenantId })
    const l = await t.signedIn(learner.login)
    expect((await l.get(base)).status).toBe(200)
    expect((await l.get(`${base}/edit`)).status).toBe(403)
    const refused = await upload(
      l,
      `${base}/files`,
      { lang: 'sq' },
      { name: 's.pdf', bytes: pdf('s') },
    )
    expect(refused.status).toBe(403)
    // A public guidebook is read by every school.
    const open = await makeGuidebook(a, {
      'title.en': 'Safeguarding minors abroad',
      visibility: 'public',
    })
    expect((await x.get(`/app/learning/guidebooks/${open}`)).status).toBe(200)
  })

  it('[GUIDEBOOKS][LESSONS]: lessons whose text links to the guidebook are listed on its page', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const id = await makeGuidebook(a)
    const { courseId } = await buildCourse(t, a, { 'title.en': 'Mobility basics' })
    const [mod] = await t.deps.db
      .select()
      .from(courseModules)
      .where(eq(courseModules.courseId, courseId))
    const res = await a.post(`/app/learning/courses/${courseId}/lessons/new`, {
      moduleId: mod!.id,
      kind: 'text',
      'title.en': 'Before departure',
      'body.en': `Read [the guidebook](/app/learning/guidebooks/${id}) first.`,
      minutes: '5',
    })
    expect(res.status).toBe(303)
    const page = await textOf(await a.get(`/app/learning/guidebooks/${id}`))
    expect(page).toContain('Before departure')
    expect(page).toContain('Mobility basics')
    const other = await makeGuidebook(a, { 'title.en': 'Another' })
    expect(await textOf(await a.get(`/app/learning/guidebooks/${other}`))).not.toContain(
      'Before departure',
    )
  })

  it('[GUIDEBOOKS][API]: listGuidebooks gives the current file of each language and the missing ones', async () => {
    const author = await t.make.member('coordinator')
    const a = await t.signedIn(author.login)
    const id = await makeGuidebook(a)
    const base = `/app/learning/guidebooks/${id}`
    await upload(a, `${base}/files`, { lang: 'en' }, { name: 'v1.pdf', bytes: pdf('1') })
    await upload(a, `${base}/files`, { lang: 'en' }, { name: 'v2.pdf', bytes: pdf('2') })
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, {
      name: 'api',
      userId: author.user.id,
      tenantId: author.tenantId,
    })
    const res = await t.app.request('/api/v1/guidebooks', {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      data: { id: string; files: { lang: string; version: number }[]; missingLanguages: string[] }[]
    }
    const row = body.data.find((g) => g.id === id)!
    expect(row.files).toEqual([
      expect.objectContaining({ lang: 'en', version: 2, fileName: 'v2.pdf' }),
    ])
    expect(row.missingLanguages).toEqual(['sq', 'sr-Latn', 'mk'])
  })
})
