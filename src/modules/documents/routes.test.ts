import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import type { TestClient } from '../../../tests/setup/client.ts'
import { type Consortium, makeConsortium } from '../budgets/testing.ts'
import { attachmentHeader, checkFile } from './files.ts'
import { documentLinks, documents, documentVersions } from './schema.ts'

let t: TestApp
let c: Consortium
let library: string

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
const HTML = new TextEncoder().encode('<html><script>alert(1)</script></html>')
const zipWith = (marker: string) =>
  new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(`....${marker}....`)])

/** Posts a multipart form the way a browser does, CSRF field included. */
async function upload(
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string },
) {
  if (!client.cookies.has('ura_csrf')) await client.get('/signin')
  const body = new FormData()
  body.set('_csrf', client.cookies.get('ura_csrf') ?? '')
  for (const [k, v] of Object.entries(fields)) body.set(k, v)
  if (file)
    body.set(
      'file',
      new File([new Uint8Array(file.bytes)], file.name, {
        type: file.type ?? 'application/octet-stream',
      }),
    )
  return client.request(url, { method: 'POST', body })
}

beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-docs-'))
  c = await makeConsortium(t)
  library = `/app/projects/${c.projectId}/documents`
})

describe('file checks', () => {
  it('accepts the listed types by extension and first bytes only', () => {
    expect(checkFile('draft.pdf', PDF)).toMatchObject({ ok: true, contentType: 'application/pdf' })
    expect(checkFile('Photo.JPG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
      ok: true,
    })
    expect(checkFile('plan.docx', zipWith('[Content_Types].xml'))).toMatchObject({ ok: true })
    expect(
      checkFile('plan.ods', zipWith('application/vnd.oasis.opendocument.spreadsheet')),
    ).toMatchObject({
      ok: true,
    })
    expect(checkFile('page.html', HTML)).toEqual({ ok: false, problem: 'type' })
    expect(checkFile('fake.pdf', HTML)).toEqual({ ok: false, problem: 'type' })
    expect(checkFile('fake.docx', zipWith('nothing'))).toEqual({ ok: false, problem: 'type' })
    expect(checkFile('empty.pdf', new Uint8Array())).toEqual({ ok: false, problem: 'missing' })
    expect(checkFile('big.pdf', new Uint8Array(20 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      problem: 'tooLarge',
    })
  })
  it('always sends files as attachments with a safe name', () => {
    expect(attachmentHeader('Nacrt D2.1 – Ђорђе.pdf')).toBe(
      `attachment; filename="Nacrt D2.1  .pdf"; filename*=UTF-8''Nacrt%20D2.1%20%E2%80%93%20%D0%82%D0%BE%D1%80%D1%92%D0%B5.pdf`,
    )
  })
})

describe('document library', () => {
  it('sends the anonymous to sign in and answers 404 outside the consortium', async () => {
    expect((await t.anonymous().get(library)).status).toBe(302)
    expect((await (await t.signedIn(c.outsider.login)).get(library)).status).toBe(404)
    expect((await (await t.signedIn(c.aLearner.login)).get(library)).status).toBe(403)
  })
  it('lets a partner upload a deliverable draft, stored under its own folder', async () => {
    const a = await t.signedIn(c.a.login)
    const page = await a.get(library)
    expect(await page.text()).toContain(c.deliverable.id)
    const res = await upload(
      a,
      library,
      { title: 'Curriculum draft', note: 'First draft', deliverableId: c.deliverable.id },
      { name: 'curriculum-v1.pdf', bytes: PDF, type: 'text/html' },
    )
    expect(res.status).toBe(303)
    const [doc] = await t.deps.db
      .select()
      .from(documents)
      .where(eq(documents.title, 'Curriculum draft'))
    expect(doc?.tenantId).toBe(c.a.tenantId)
    const [version] = await t.deps.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, doc!.id))
    expect(version).toMatchObject({ version: 1, contentType: 'application/pdf', size: PDF.length })
    expect(version?.storageKey.startsWith(`${c.a.tenantId}/`)).toBe(true)
    const files = await readdir(path.join(t.deps.env.dataDir, 'files', c.a.tenantId))
    expect(files).toContain(version!.storageKey.split('/')[1])
    const links = await t.deps.db
      .select()
      .from(documentLinks)
      .where(eq(documentLinks.documentId, doc!.id))
    expect(links.map((l) => l.deliverableId)).toEqual([c.deliverable.id])

    // Everyone in the consortium downloads it, as an attachment with the checked type.
    const b = await t.signedIn(c.bViewer.login)
    const dl = await b.get(`${library}/${doc!.id}/versions/1`)
    expect(dl.status).toBe(200)
    expect(dl.headers.get('content-type')).toBe('application/pdf')
    expect(dl.headers.get('content-disposition')).toMatch(
      /^attachment; filename="curriculum-v1.pdf"/,
    )
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF)
    expect(
      (await (await t.signedIn(c.outsider.login)).get(`${library}/${doc!.id}/versions/1`)).status,
    ).toBe(404)
  })
  it('re-renders with 422 and the typed title for a wrong type or a missing file', async () => {
    const a = await t.signedIn(c.a.login)
    const wrong = await upload(
      a,
      library,
      { title: 'Sneaky page' },
      { name: 'x.html', bytes: HTML },
    )
    expect(wrong.status).toBe(422)
    const html = await wrong.text()
    expect(html).toContain('value="Sneaky page"')
    expect(html).toContain('aria-invalid="true"')
    const missing = await upload(a, library, { title: 'No file' })
    expect(missing.status).toBe(422)
    expect(
      await t.deps.db.select().from(documents).where(eq(documents.title, 'Sneaky page')),
    ).toHaveLength(0)
  })
  it('refuses to attach a draft to a deliverable another partner leads (422)', async () => {
    const b = await t.signedIn(c.b.login)
    const res = await upload(
      b,
      library,
      { title: 'Not mine', deliverableId: c.deliverable.id },
      { name: 'x.pdf', bytes: PDF },
    )
    expect(res.status).toBe(422)
  })
  it('a viewer may not upload (403)', async () => {
    const res = await upload(
      await t.signedIn(c.bViewer.login),
      library,
      { title: 'x' },
      { name: 'x.pdf', bytes: PDF },
    )
    expect(res.status).toBe(403)
  })
  it('each new upload of the same document is a new version; only its owner or a manager adds one', async () => {
    const a = await t.signedIn(c.a.login)
    await upload(a, library, { title: 'Logo' }, { name: 'logo.png', bytes: PNG })
    const [doc] = await t.deps.db.select().from(documents).where(eq(documents.title, 'Logo'))
    const url = `${library}/${doc!.id}`
    expect(
      (await upload(a, `${url}/versions`, { note: 'Sharper' }, { name: 'logo-2.png', bytes: PNG }))
        .status,
    ).toBe(303)
    const b = await t.signedIn(c.b.login)
    expect((await upload(b, `${url}/versions`, {}, { name: 'mine.png', bytes: PNG })).status).toBe(
      403,
    )
    const m = await t.signedIn(c.manager.login)
    expect(
      (await upload(m, `${url}/versions`, {}, { name: 'logo-3.png', bytes: PNG })).status,
    ).toBe(303)
    const bad = await upload(
      a,
      `${url}/versions`,
      { note: 'kept note' },
      { name: 'x.exe', bytes: HTML },
    )
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="kept note"')
    const versions = await t.deps.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, doc!.id))
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2, 3])
    const page = await (await t.signedIn(c.b.login)).get(url)
    expect(page.status).toBe(200)
    expect((await a.get(`${url}/versions/9`)).status).toBe(404)
    expect((await a.get(`${url}/versions/abc`)).status).toBe(404)
  })
  it('only the owner or a manager deletes; the files go too', async () => {
    const a = await t.signedIn(c.a.login)
    await upload(a, library, { title: 'To delete' }, { name: 'd.pdf', bytes: PDF })
    const [doc] = await t.deps.db.select().from(documents).where(eq(documents.title, 'To delete'))
    const [v] = await t.deps.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, doc!.id))
    expect((await (await t.signedIn(c.b.login)).post(`${library}/${doc!.id}/delete`)).status).toBe(
      403,
    )
    expect(
      (await (await t.signedIn(c.outsider.login)).post(`${library}/${doc!.id}/delete`)).status,
    ).toBe(404)
    expect((await a.post(`${library}/${doc!.id}/delete`)).status).toBe(303)
    const left = await readdir(path.join(t.deps.env.dataDir, 'files', c.a.tenantId))
    expect(left).not.toContain(v!.storageKey.split('/')[1])
  })
})
