import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { organisations } from '../organisations/schema.ts'
import { courseModules, courses } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function course(author: TestClient, title: string, visibility: string, intent = 'publish') {
  const created = await author.post('/app/learning/courses/new', {
    'title.en': title,
    'title.sq': `${title} (sq)`,
    'summary.en': `What ${title} teaches.`,
    visibility,
    passMark: '80',
    competences: 'digcomp-2.2:1.1',
    intent,
  })
  expect(created.status).toBe(303)
  const id = /courses\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!
  const [mod] = await t.deps.db.select().from(courseModules).where(eq(courseModules.courseId, id))
  await author.post(`/app/learning/courses/${id}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'text',
    'title.en': `${title}: the first lesson`,
    'body.en': 'The secret content of the lesson.',
    minutes: '25',
  })
  const [row] = await t.deps.db.select().from(courses).where(eq(courses.id, id))
  return row!
}

describe('the public course catalogue', () => {
  it('[LEARNING][PUBLIC]: public published courses are listed and described to anyone, with JSON-LD and sitemap; private and drafts are not found', async () => {
    const coordinator = await t.make.member('coordinator')
    const c = await t.signedIn(coordinator.login)
    const open = await course(c, 'Open to all', 'public')
    const closed = await course(c, 'Our own', 'private')
    const draft = await course(c, 'Not yet', 'public', 'draft')
    const visitor = t.anonymous()

    const list = await textOf(await visitor.get('/sq/courses'))
    expect(list).toContain('Open to all (sq)')
    expect(list).not.toContain('Our own')
    expect(list).not.toContain('Not yet')

    const page = await visitor.get(`/en/courses/${open.slug}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Open to all: the first lesson')
    expect(html).toContain('Browsing, searching and filtering data')
    // What a lesson says stays behind sign-in; the button asks for it.
    expect(html).not.toContain('The secret content of the lesson.')
    expect(html).toContain(`/signin?next=${encodeURIComponent(`/app/learning/courses/${open.id}`)}`)
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!)
    expect(ld).toMatchObject({
      '@type': 'Course',
      name: 'Open to all',
      timeRequired: 'PT25M',
      inLanguage: ['en', 'sq'],
    })

    for (const hidden of [closed.slug, draft.slug, 'no-such-course']) {
      expect((await visitor.get(`/en/courses/${hidden}`)).status).toBe(404)
    }
    // The school's public profile lists it, and leads to every open course.
    const [org] = await t.deps.db
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.id, coordinator.tenantId))
    const profile = await textOf(await visitor.get(`/en/o/${org!.slug}`))
    expect(profile).toContain('Courses we offer')
    expect(profile).toContain('Open to all')
    expect(profile).not.toContain('Our own')
    const sitemap = await (await visitor.get('/sitemap.xml')).text()
    expect(sitemap).toContain(`/en/courses/${open.slug}`)
    expect(sitemap).not.toContain(`/courses/${closed.slug}`)
  })
})
