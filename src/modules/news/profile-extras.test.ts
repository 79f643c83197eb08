import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadProjectSections } from '#src/http/project-sections.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { systemCtx } from '../../lib/context.ts'
import { events } from '../events/schema.ts'
import { projectPartners, projects } from '../projects/schema.ts'
import './routes.tsx'
import { createPost } from './service.ts'

let t: TestApp
let org: { id: string; slug: string }
let project: { id: string; slug: string; tenantId: string }

const hex = () => randomBytes(4).toString('hex')

beforeAll(async () => {
  t = await setupTestApp()
  org = await t.make.organisation({ slug: `profile-${hex()}`, name: { en: 'Profile School' } })
  const [p] = await t.deps.db
    .insert(projects)
    .values({
      tenantId: org.id,
      slug: `proj-${hex()}`,
      acronym: 'BRIDGE',
      title: { en: 'Bridges between schools' },
      isPublic: true,
    })
    .returning()
  project = p!
  await t.deps.db.insert(projectPartners).values({
    tenantId: org.id,
    projectId: project.id,
    organisationId: org.id,
    role: 'coordinator',
  })
  const soon = new Date(Date.now() + 7 * 86_400_000)
  await t.deps.db.insert(events).values([
    {
      tenantId: org.id,
      slug: `info-day-${hex()}`,
      type: 'info_day',
      title: { en: 'Erasmus+ Info Day' },
      startsAt: soon,
      endsAt: new Date(soon.getTime() + 3 * 3_600_000),
      timeZone: 'Europe/Tirane',
      venueName: 'School hall',
      status: 'published',
      publishedAt: new Date(),
      projectId: project.id,
    },
    {
      tenantId: org.id,
      slug: `draft-${hex()}`,
      type: 'webinar',
      title: { en: 'Draft webinar' },
      startsAt: soon,
      endsAt: soon,
      timeZone: 'Europe/Tirane',
      status: 'draft',
    },
  ])
  const { user } = await t.make.member('coordinator', { tenantId: org.id })
  await createPost(await t.ctxFor(user.id, org.id), {
    title: { en: 'Bridges news' },
    summary: {},
    body: { en: 'Text.' },
    tags: [],
    projectIds: [project.id],
    eventIds: [],
    campaignId: null,
    intent: 'publish',
  })
})

describe('public international profile', () => {
  it('[NEWS][PROFILE]: projects, upcoming events (schema.org Event) and news, in that order', async () => {
    const html = await (await t.anonymous().get(`/en/o/${org.slug}`)).text()
    const at = (s: string) => html.indexOf(s)
    expect(at('International projects')).toBeGreaterThan(at('id="about-h"'))
    expect(at('Upcoming events')).toBeGreaterThan(at('International projects'))
    expect(at('Latest news')).toBeGreaterThan(at('Upcoming events'))
    expect(html).toContain(`href="/en/p/${project.slug}">BRIDGE</a>`)
    expect(html).toContain('Erasmus+ Info Day')
    expect(html).not.toContain('Draft webinar')
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!
    const graph = JSON.parse(json)['@graph'] as Record<string, unknown>[]
    expect(graph.find((n) => n['@type'] === 'Event')).toMatchObject({
      name: 'Erasmus+ Info Day',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'School hall' },
    })
  })

  it("[NEWS][PROJECT]: a project's page gets its events and news sections", async () => {
    const ctx = systemCtx(t.deps)
    const sections = await loadProjectSections(ctx, project, 'en')
    expect(sections).toHaveLength(2)
  })
})
