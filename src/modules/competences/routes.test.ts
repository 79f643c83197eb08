import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { getT } from '#src/lib/i18n.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { ownCompetences } from '../competence-frameworks/schema.ts'
import { credentialBySource } from '../credentials/index.ts'
import { courseModules, enrolments, lessons } from '../learning/schema.ts'
import { competenceRatings } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

function idIn(res: Response, pattern: RegExp) {
  const m = pattern.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no id in ${res.headers.get('location')}`)
  return m[1]!
}

/** An own competence of the coordinator's school, added through its form. */
async function addOwn(coordinator: TestClient, en: string, sq: string) {
  const res = await coordinator.post('/app/competences/own/new', { 'name.en': en, 'name.sq': sq })
  expect(res.status).toBe(303)
  const [row] = await t.deps.db
    .select()
    .from(ownCompetences)
    .where(eq(ownCompetences.name, { en, sq }))
  return row!
}

/** A published course with one text lesson, tagged with the given competences. */
async function buildCourse(author: TestClient, competences: string[]) {
  const created = await author.post('/app/learning/courses/new', {
    'title.en': 'Digital tools for the International Office',
    visibility: 'private',
    passMark: '70',
    competences,
    intent: 'publish',
  })
  expect(created.status).toBe(303)
  const courseId = idIn(created, /\/app\/learning\/courses\/([0-9a-f-]{36})\?/)
  const [mod] = await t.deps.db
    .select()
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
  const lesson = await author.post(`/app/learning/courses/${courseId}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'text',
    'title.en': 'Search well',
    'body.en': 'Use **filters**.',
    minutes: '10',
  })
  expect(lesson.status).toBe(303)
  const [row] = await t.deps.db.select().from(lessons).where(eq(lessons.courseId, courseId))
  return { courseId, lessonId: row!.id }
}

/** Self-ratings written straight in, for the counting tests. */
async function selfRatings(tenantId: string, userIds: string[], code: string, level: number) {
  await t.deps.db
    .insert(competenceRatings)
    .values(userIds.map((userId) => ({ tenantId, userId, code, phase: 'self' as const, level })))
}

describe('/app/competences: rating before and after a course', () => {
  it('[COMPETENCES][RATE]: an enrolled person rates pre, then post once completed; the profile shows both', async () => {
    const coordinator = await t.make.member('coordinator')
    const c = await t.signedIn(coordinator.login)
    const own = await addOwn(c, 'Hosting incoming groups', 'Pritja e grupeve')
    expect(own.code).toBe('org:hosting-incoming-groups')
    // The own list appears in the course form's picker, beside the frameworks.
    expect(await (await c.get('/app/learning/courses/new')).text()).toContain(`value="${own.code}"`)
    const { courseId, lessonId } = await buildCourse(c, ['digcomp-2.2:1.1', own.code])
    const staff = await t.make.member('staff', { tenantId: coordinator.tenantId, locale: 'sq' })
    const s = await t.signedIn(staff.login)

    // Not in the course yet: refused with the reason.
    const early = await s.get(`/app/competences/rate?course=${courseId}&phase=pre`)
    expect(early.status).toBe(409)
    expect(await textOf(early)).toContain(getT('sq')('competences:errors.notEnrolled'))

    await s.post(`/app/learning/courses/${courseId}/enrol`)
    const coursePage = await s.get(`/app/learning/courses/${courseId}`)
    const courseHtml = await coursePage.text()
    expect(courseHtml).toContain(`/app/competences/rate?course=${courseId}&amp;phase=pre`)
    expect(courseHtml).toContain('Pritja e grupeve')

    const form = await textOf(await s.get(`/app/competences/rate?course=${courseId}&phase=pre`))
    expect(form).toContain('Browsing, searching and filtering data')
    expect(form).toContain(getT('sq')('competences:level.digcomp8.2'))
    expect(form).toContain(getT('sq')('competences:englishNote'))

    // One competence left without a level: 422, the form again with the choice kept.
    const missing = await s.post('/app/competences/rate', {
      phase: 'pre',
      courseId,
      'ratings.0.code': 'digcomp-2.2:1.1',
      'ratings.0.level': '2',
      'ratings.1.code': own.code,
    })
    expect(missing.status).toBe(422)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain(getT('sq')('competences:errors.chooseLevel'))
    expect(missingHtml).toMatch(/name="ratings\.0\.level" value="2" checked/)

    // A level not on the scale is refused too.
    const foreign = await s.post('/app/competences/rate', {
      phase: 'pre',
      courseId,
      'ratings.0.code': 'digcomp-2.2:1.1',
      'ratings.0.level': 'B1',
      'ratings.1.code': own.code,
      'ratings.1.level': '1',
    })
    expect(foreign.status).toBe(422)

    const pre = await s.post('/app/competences/rate', {
      phase: 'pre',
      courseId,
      'ratings.0.code': 'digcomp-2.2:1.1',
      'ratings.0.level': '2',
      'ratings.1.code': own.code,
      'ratings.1.level': '1',
    })
    expect(pre.status).toBe(303)
    expect(pre.headers.get('location')).toBe('/app/competences/me?notice=competences:notices.rated')
    // Rating again replaces the first one.
    await s.post('/app/competences/rate', {
      phase: 'pre',
      courseId,
      'ratings.0.code': 'digcomp-2.2:1.1',
      'ratings.0.level': '3',
      'ratings.1.code': own.code,
      'ratings.1.level': '1',
    })
    const saved = await t.deps.db
      .select()
      .from(competenceRatings)
      .where(and(eq(competenceRatings.userId, staff.user.id), eq(competenceRatings.phase, 'pre')))
    expect(saved.map((r) => [r.code, r.level, r.courseId, r.tenantId]).sort()).toEqual(
      [
        ['digcomp-2.2:1.1', 3, courseId, coordinator.tenantId],
        [own.code, 1, courseId, coordinator.tenantId],
      ].sort(),
    )

    // After the course: only once it is completed.
    expect((await s.get(`/app/competences/rate?course=${courseId}&phase=post`)).status).toBe(409)
    expect((await s.post(`/app/learning/lessons/${lessonId}/done`)).status).toBe(303)
    expect(await (await s.get(`/app/learning/courses/${courseId}`)).text()).toContain(
      `/app/competences/rate?course=${courseId}&amp;phase=post`,
    )
    const post = await s.post('/app/competences/rate', {
      phase: 'post',
      courseId,
      'ratings.0.code': 'digcomp-2.2:1.1',
      'ratings.0.level': '5',
      'ratings.1.code': own.code,
      'ratings.1.level': '3',
    })
    expect(post.status).toBe(303)

    // The certificate's Open Badge aligns to both: the framework's page and the school's own.
    const [enrolment] = await t.deps.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.userId, staff.user.id), eq(enrolments.courseId, courseId)))
    const credential = await credentialBySource(t.deps.db, 'course', enrolment!.id)
    const alignments = credential!.achievement.alignments
    expect(alignments.map((a) => a.targetCode)).toEqual(['1.1', own.code])
    const ownUrl = alignments[1]!.targetUrl
    expect(ownUrl).toBe(`${t.deps.env.baseUrl}/en/competences/${own.code}`)
    const publicPage = await t.anonymous().get(`/sq/competences/${own.code}`)
    expect(publicPage.status).toBe(200)
    expect(await textOf(publicPage)).toContain('Pritja e grupeve')
    expect((await t.anonymous().get('/sq/competences/org:no-such-thing')).status).toBe(404)

    const profile = await textOf(await s.get('/app/competences/me'))
    const sq = getT('sq')
    expect(profile).toContain(
      sq('competences:profile.beforeAfter', {
        before: sq('competences:level.digcomp8.3'),
        after: sq('competences:level.digcomp8.5'),
      }),
    )
    expect(profile).toContain('Pritja e grupeve')
    expect(profile).toContain('Vuorikari, R., Kluzer, S. and Punie, Y.')
    expect(profile).toContain('CC BY 4.0')
  })

  it('[COMPETENCES][RATE]: on one’s own, per framework; nothing chosen is 422 with a translated error', async () => {
    const learner = await t.make.member('learner')
    const l = await t.signedIn(learner.login)
    const page = await textOf(await l.get('/app/competences/rate?phase=self&framework=digcompedu'))
    expect(page).toContain('Organisational communication')
    expect(page).toContain('A1 Newcomer')
    const none = await l.post('/app/competences/rate', {
      phase: 'self',
      framework: 'digcompedu',
      'ratings.0.code': 'digcompedu:1.1',
      'ratings.0.level': '',
    })
    expect(none.status).toBe(422)
    expect(await textOf(none)).toContain('Choose a level for at least one competence.')
    const ok = await l.post('/app/competences/rate', {
      phase: 'self',
      framework: 'digcompedu',
      'ratings.0.code': 'digcompedu:1.1',
      'ratings.0.level': 'B1',
      'ratings.1.code': 'digcompedu:1.2',
      'ratings.1.level': '',
    })
    expect(ok.status).toBe(303)
    expect(await textOf(await l.get('/app/competences/me'))).toContain('B1 Integrator')
    // The page opens on what was saved.
    expect(
      await (await l.get('/app/competences/rate?phase=self&framework=digcompedu')).text(),
    ).toMatch(/name="ratings\.0\.level" value="B1" checked/)
    expect((await l.get('/app/competences/rate?phase=self&framework=nonsense')).status).toBe(404)
  })
})

describe('/app/competences: own list', () => {
  it('[COMPETENCES][OWN]: managers only; an empty name is 422; another school’s is 404, and not a tag', async () => {
    const coordinator = await t.make.member('coordinator')
    const c = await t.signedIn(coordinator.login)
    const empty = await c.post('/app/competences/own/new', { 'description.en': 'Keep me' })
    expect(empty.status).toBe(422)
    const html = await textOf(empty)
    expect(html).toContain('Keep me')
    const own = await addOwn(c, 'Mentoring placements', 'Mentorimi i praktikave')
    const list = await textOf(await c.get('/app/competences'))
    expect(list).toContain('Mentoring placements')
    expect(list).toContain('DigComp 2.2')
    expect(list).toContain('Highly specialised 8')
    // Renamed, the code stays.
    expect(
      (await c.post(`/app/competences/own/${own.id}/edit`, { 'name.en': 'Mentoring abroad' }))
        .status,
    ).toBe(303)
    const [renamed] = await t.deps.db
      .select()
      .from(ownCompetences)
      .where(eq(ownCompetences.id, own.id))
    expect(renamed).toMatchObject({ code: own.code, name: { en: 'Mentoring abroad' } })

    const staff = await t.make.member('staff', { tenantId: coordinator.tenantId })
    const s = await t.signedIn(staff.login)
    expect((await s.get('/app/competences/own/new')).status).toBe(403)
    expect((await s.post('/app/competences/own/new', { 'name.en': 'X' })).status).toBe(403)

    const other = await t.make.member('coordinator')
    const o = await t.signedIn(other.login)
    expect((await o.get(`/app/competences/own/${own.id}/edit`)).status).toBe(404)
    // Another school's own competence is no tag for this school's course.
    const tagged = await o.post('/app/learning/courses/new', {
      'title.en': 'Borrowed',
      visibility: 'private',
      passMark: '70',
      competences: own.code,
      intent: 'draft',
    })
    expect(tagged.status).toBe(422)
  })
})

describe('/app/competences: profiles and gap views', () => {
  it('[COMPETENCES][PROFILE]: the office sees its own people; another school’s person is 404; a learner 403', async () => {
    const coordinator = await t.make.member('coordinator')
    const c = await t.signedIn(coordinator.login)
    const staff = await t.make.member('staff', {
      tenantId: coordinator.tenantId,
      displayName: 'Blerta Krasniqi',
    })
    await selfRatings(coordinator.tenantId, [staff.user.id], 'greencomp:1.1', 3)
    const profile = await textOf(await c.get(`/app/competences/people/${staff.user.id}`))
    expect(profile).toContain('Blerta Krasniqi')
    expect(profile).toContain('Valuing sustainability')
    expect(profile).toContain('Advanced')

    const stranger = await t.make.member('staff')
    expect((await c.get(`/app/competences/people/${stranger.user.id}`)).status).toBe(404)
    expect((await c.get('/app/competences/people/not-a-uuid')).status).toBe(404)

    const learner = await t.make.member('learner', { tenantId: coordinator.tenantId })
    const l = await t.signedIn(learner.login)
    expect((await l.get(`/app/competences/people/${staff.user.id}`)).status).toBe(403)
    expect((await l.get('/app/competences/organisation')).status).toBe(403)
    const s = await t.signedIn(staff.login)
    expect((await s.get('/app/competences/organisation')).status).toBe(403)
    // A guardian does not rate at all.
    const guardian = await t.make.member('guardian', { tenantId: coordinator.tenantId })
    const g = await t.signedIn(guardian.login)
    expect((await g.get('/app/competences/me')).status).toBe(403)
  })

  it('[COMPETENCES][PRIVACY]: a cell of 3 people says "fewer than 5", never "3"; at 5 the number shows', async () => {
    const coordinator = await t.make.member('coordinator')
    const c = await t.signedIn(coordinator.login)
    const people = await Promise.all(
      [0, 1, 2, 3, 4].map(() => t.make.member('staff', { tenantId: coordinator.tenantId })),
    )
    const ids = people.map((p) => p.user.id)
    await selfRatings(coordinator.tenantId, ids.slice(0, 3), 'digcomp-2.2:4.2', 1)

    const rowOf = (html: string, code: string) => {
      const m = new RegExp(`<tr data-code="${code.replace(/\./g, '\\.')}">([\\s\\S]*?)</tr>`).exec(
        html,
      )
      if (!m) throw new Error(`no row for ${code}`)
      return m[1]!
    }
    const cells = (row: string) =>
      [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim())

    const three = await c.get('/app/competences/organisation')
    expect(three.status).toBe(200)
    const threeCells = cells(rowOf(await three.text(), 'digcomp-2.2:4.2'))
    // People who rated, four bands, took a course, completed, before → after, gap.
    expect(threeCells[0]).toBe('fewer than 5')
    expect(threeCells).not.toContain('3')
    expect(threeCells.slice(1, 5)).toEqual(Array(4).fill('fewer than 5'))
    expect(threeCells[5]).toBe('0')

    await selfRatings(coordinator.tenantId, ids.slice(3), 'digcomp-2.2:4.2', 1)
    const fiveHtml = await (await c.get('/app/competences/organisation')).text()
    const five = cells(rowOf(fiveHtml, 'digcomp-2.2:4.2'))
    expect(five[0]).toBe('5')
    expect(five[1]).toBe('5')
    expect(five.at(-1)).toContain('Most rate themselves low')
    expect(five.at(-1)).toContain('Nobody has taken a course')
    // The chart draws only counts of 5 or more; its table is under it.
    expect(fiveHtml).toContain('<figure class="chart"><svg')
  })

  it('[COMPETENCES][CONSORTIUM]: partners see counts across the consortium; an outsider gets 404', async () => {
    const { projectPartners, projects } = await import('../projects/schema.ts')
    const lead = await t.make.member('coordinator')
    const partner = await t.make.member('coordinator')
    const [project] = await t.deps.db
      .insert(projects)
      .values({
        tenantId: lead.tenantId,
        slug: `p-${lead.tenantId.slice(0, 8)}`,
        acronym: 'SKILLS',
        title: { en: 'Skills' },
        programme: 'Erasmus+',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
      })
      .returning()
    await t.deps.db.insert(projectPartners).values([
      {
        tenantId: lead.tenantId,
        projectId: project!.id,
        organisationId: lead.tenantId,
        role: 'coordinator',
      },
      {
        tenantId: lead.tenantId,
        projectId: project!.id,
        organisationId: partner.tenantId,
        role: 'partner',
      },
    ])
    const leadStaff = await Promise.all(
      [0, 1, 2].map(() => t.make.member('staff', { tenantId: lead.tenantId })),
    )
    const partnerStaff = await Promise.all(
      [0, 1].map(() =>
        t.make.member('staff', { tenantId: partner.tenantId, displayName: 'Hidden Name' }),
      ),
    )
    await selfRatings(
      lead.tenantId,
      leadStaff.map((p) => p.user.id),
      'entrecomp:2.4',
      2,
    )
    await selfRatings(
      partner.tenantId,
      partnerStaff.map((p) => p.user.id),
      'entrecomp:2.4',
      1,
    )

    const p = await t.signedIn(partner.login)
    const res = await p.get(`/app/competences/projects/${project!.id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('SKILLS')
    // 3 + 2 = 5 across the consortium: the number shows; per school, fewer than 5.
    expect(html).toMatch(/<tr data-code="entrecomp:2\.4"><th scope="row">.*?<\/th><td>5<\/td>/)
    expect(html).not.toContain('Hidden Name')
    expect(await textOf(await p.get('/app/competences/organisation'))).toContain('SKILLS')

    const outsider = await t.make.member('coordinator')
    const o = await t.signedIn(outsider.login)
    expect((await o.get(`/app/competences/projects/${project!.id}`)).status).toBe(404)
  })
})

describe('/api/v1/competences', () => {
  async function bearer(userId: string, tenantId: string) {
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId })
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  }

  it('[COMPETENCES][API]: frameworks, a self-rating round trip, 422 on a foreign level, gaps for the office only', async () => {
    const coordinator = await t.make.member('coordinator')
    const staff = await t.make.member('staff', { tenantId: coordinator.tenantId })
    const call = async (
      who: Record<string, string>,
      method: string,
      path: string,
      body?: unknown,
    ) => {
      const res = await t.app.request(`/api/v1${path}`, {
        method,
        headers: who,
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      // biome-ignore lint/suspicious/noExplicitAny: a JSON body, read field by field
      return { status: res.status, body: (await res.json()) as any }
    }
    const h = await bearer(staff.user.id, coordinator.tenantId)
    const frameworks = await call(h, 'GET', '/competences/frameworks')
    expect(frameworks.status).toBe(200)
    const ids = frameworks.body.data.map((f: { id: string }) => f.id)
    expect(ids).toEqual(['digcomp-2.2', 'digcompedu', 'greencomp', 'entrecomp', 'org'])
    expect(frameworks.body.data[0].scale.levels).toHaveLength(8)
    expect(frameworks.body.data[0].licence).toBe('CC BY 4.0')

    const rated = await call(h, 'POST', '/competences/ratings', {
      phase: 'self',
      ratings: [
        { code: 'greencomp:4.3', level: 'advanced' },
        { code: 'digcomp-2.2:5.3', level: '6' },
      ],
    })
    expect(rated).toEqual({ status: 200, body: { saved: 2 } })
    const bad = await call(h, 'POST', '/competences/ratings', {
      phase: 'self',
      ratings: [{ code: 'greencomp:4.3', level: 'B1' }],
    })
    expect(bad.status).toBe(422)
    expect(bad.body.error.fields['ratings.0.level']).toBeTruthy()
    expect((await call(h, 'POST', '/competences/ratings', { phase: 'later' })).status).toBe(400)

    const me = await call(h, 'GET', '/competences/me')
    expect(me.status).toBe(200)
    const green = me.body.competences.find((x: { code: string }) => x.code === 'greencomp:4.3')
    expect(green.latest).toMatchObject({ level: 'advanced', phase: 'self' })

    expect((await call(h, 'GET', '/competences/organisation')).status).toBe(403)
    const ch = await bearer(coordinator.user.id, coordinator.tenantId)
    const gaps = await call(ch, 'GET', '/competences/organisation')
    expect(gaps.status).toBe(200)
    const row = gaps.body.competences.find((x: { code: string }) => x.code === 'greencomp:4.3')
    expect(row).toMatchObject({ raters: null, noCourse: true })
  })
})
