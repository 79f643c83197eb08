import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { newsPosts } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function row(id: string) {
  const [post] = await t.deps.db.select().from(newsPosts).where(eq(newsPosts.id, id))
  return post
}

function idFrom(res: Response) {
  const m = /^\/app\/news\/([0-9a-f-]{36})\?notice=/.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no post id in ${res.headers.get('location')}`)
  return m[1]!
}

const complete = {
  'title.sq': 'Dita e Erasmus-it',
  'body.sq': 'Nxënësit prezantuan **projektin** tonë.',
  'title.en': 'Erasmus Day',
  'body.en': 'Our learners presented **the project**.',
  tags: 'Erasmus+, ALLIANCE',
}

describe('/app/news', () => {
  it('[NEWS][ACCESS]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/news/new')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Fnews%2Fnew')
  })

  it('[NEWS][ACCESS]: a learner may not open or post the newsroom (403)', async () => {
    const { login } = await t.make.member('learner')
    const client = await t.signedIn(login)
    expect((await client.get('/app/news')).status).toBe(403)
    expect((await client.get('/app/news/new')).status).toBe(403)
    const res = await client.post('/app/news/new', { ...complete, intent: 'publish' })
    expect(res.status).toBe(403)
  })

  it('[NEWS][CREATE]: staff save a draft; the list shows it with its complete languages', async () => {
    const { login, tenantId } = await t.make.member('staff')
    const client = await t.signedIn(login)
    const form = await client.get('/app/news/new')
    expect(form.status).toBe(200)
    const html = await form.text()
    // The organisation works in Albanian and English: both side by side, the rest folded away.
    expect(html.indexOf('name="title.sq"')).toBeLessThan(html.indexOf('<details'))
    expect(html.indexOf('name="title.en"')).toBeLessThan(html.indexOf('<details'))
    expect(html.indexOf('name="title.mk"')).toBeGreaterThan(html.indexOf('<details'))
    const res = await client.post('/app/news/new', { ...complete, 'title.en': '', intent: 'draft' })
    expect(res.status).toBe(303)
    const post = await row(idFrom(res))
    expect(post).toMatchObject({ tenantId, status: 'draft', publishedAt: null })
    expect(post!.tags).toEqual(['Erasmus+', 'ALLIANCE'])
    expect(post!.bodyHtml.sq).toBe('<p>Nxënësit prezantuan <strong>projektin</strong> tonë.</p>')
    const list = await textOf(await client.get('/app/news'))
    expect(list).toContain('Dita e Erasmus-it')
    expect(list).toContain('Draft')
    expect(list).toContain('Ready in')
    expect(list).toMatch(/Albanian/)
  })

  it('[NEWS][PUBLISH]: publishing needs one complete language; 422 keeps what was typed', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/news/new', {
      'title.sq': 'Vetëm titulli',
      'body.en': 'Only a text, no title',
      intent: 'publish',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('To publish, give at least one language both a title and a text.')
    expect(html).toContain('value="Vetëm titulli"')
    expect(html).toContain('Only a text, no title</textarea>')
  })

  it('[NEWS][ALT]: an image without alternative text is an error naming the image', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/news/new', {
      'title.en': 'Photos',
      'body.en': 'Look:\n\n![](https://img.example/fair.jpg)',
      intent: 'draft',
    })
    expect(res.status).toBe(422)
    const text = await textOf(res)
    expect(text).toContain('Text (English): Describe the image https://img.example/fair.jpg')
    expect(text).toContain('![](https://img.example/fair.jpg)')
  })

  it('[NEWS][SANITISE]: scripts, event handlers and javascript: links never reach storage', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/news/new', {
      'title.en': 'Safe',
      'body.en':
        'Hi <script>alert(1)</script><b onclick="x()">there</b> [go](javascript:alert(2))\n\n<img src="https://img.example/a.png" alt="A" onerror="alert(3)">',
      intent: 'publish',
    })
    expect(res.status).toBe(303)
    const post = await row(idFrom(res))
    expect(post!.bodyHtml.en).not.toMatch(/script|onclick|onerror|javascript|alert/)
    expect(post!.body.en).toContain('<script>') // what was typed is kept for editing
  })

  it('[NEWS][EDIT]: a published post is saved, unpublished back to a draft, then deleted', async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const id = idFrom(await client.post('/app/news/new', { ...complete, intent: 'publish' }))
    const first = await row(id)
    expect(first).toMatchObject({ status: 'published' })
    const page = await client.get(`/app/news/${id}?notice=news:notices.published`)
    const html = await page.text()
    expect(html).toContain('Published. Readers see it in every complete language.')
    expect(html).toContain(`href="/en/n/${first!.slug}"`)
    const saved = await client.post(`/app/news/${id}`, {
      ...complete,
      'title.en': 'Erasmus Day 2025',
      intent: 'publish',
    })
    expect(saved.headers.get('location')).toBe(`/app/news/${id}?notice=news:notices.published`)
    const second = await row(id)
    expect(second!.title.en).toBe('Erasmus Day 2025')
    expect(second!.slug).toBe(first!.slug)
    expect(second!.publishedAt).toEqual(first!.publishedAt)
    const draft = await client.post(`/app/news/${id}`, { ...complete, intent: 'draft' })
    expect(draft.headers.get('location')).toBe(`/app/news/${id}?notice=news:notices.unpublished`)
    expect((await row(id))!.status).toBe('draft')
    expect((await client.get(`/app/news/${id}/delete`)).status).toBe(200)
    const gone = await client.post(`/app/news/${id}/delete`)
    expect(gone.headers.get('location')).toBe('/app/news?notice=news:notices.deleted')
    expect(await row(id)).toBeUndefined()
  })

  it("[NEWS][TENANCY]: another organisation's post answers 404 and stays as it was", async () => {
    const a = await t.make.member('coordinator')
    const b = await t.make.member('coordinator')
    const id = idFrom(
      await (await t.signedIn(a.login)).post('/app/news/new', { ...complete, intent: 'draft' }),
    )
    const other = await t.signedIn(b.login)
    expect((await other.get(`/app/news/${id}`)).status).toBe(404)
    expect((await other.post(`/app/news/${id}`, { ...complete, intent: 'publish' })).status).toBe(
      404,
    )
    expect((await other.get(`/app/news/${id}/delete`)).status).toBe(404)
    expect((await other.post(`/app/news/${id}/delete`)).status).toBe(404)
    expect((await other.get('/app/news/not-a-uuid')).status).toBe(404)
    expect((await row(id))!.status).toBe('draft')
  })

  it("[NEWS][LINKS]: a post cannot point at another organisation's campaign or event", async () => {
    const { login } = await t.make.member('coordinator')
    const client = await t.signedIn(login)
    const res = await client.post('/app/news/new', {
      ...complete,
      campaignId: '00000000-0000-4000-8000-000000000000',
      eventIds: ['00000000-0000-4000-8000-000000000001'],
      intent: 'draft',
    })
    expect(res.status).toBe(422)
    const text = await textOf(res)
    expect(text).toContain('Campaign: Choose one of the options.')
    expect(text).toContain('Events this news is about: Choose one of the options.')
  })
})
