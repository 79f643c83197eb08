import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { type TestClient, textOf } from '../../../tests/setup/client.ts'
import { outbox } from '../mail/schema.ts'
import {
  assessmentAnswers,
  assessmentInstruments,
  assessmentInvitations,
  assessmentLinks,
  assessmentResponses,
  assessmentRounds,
  assessmentRoundTallies,
} from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const LEVELS = {
  'lines.en': 'None\nIdeas\nPartly\nMostly\nFully',
}

/** A published survey with two scale items, a choice and a text, built through the pages. */
async function buildSurvey(c: TestClient) {
  const made = await c.post('/app/assessment/instruments/new', {
    kind: 'survey',
    'title.en': 'Office check',
    'title.sq': 'Kontrolli i zyrës',
  })
  expect(made.status).toBe(303)
  const id = made.headers.get('location')!.split('/').at(-1)!.split('?')[0]!
  expect(
    (await c.post(`/app/assessment/instruments/${id}/sections`, { 'title.en': 'Basics' })).status,
  ).toBe(303)
  const page = await (await c.get(`/app/assessment/instruments/${id}`)).text()
  const section = /name="section"[\s\S]*?<option value="([^"]+)"/.exec(page)![1]!
  const add = (form: Record<string, string | string[]>) =>
    c.post(`/app/assessment/instruments/${id}/questions`, { section, ...form })
  expect(
    (await add({ type: 'scale', 'text.en': 'We have a written strategy', ...LEVELS })).status,
  ).toBe(303)
  expect(
    (
      await add({
        type: 'scale',
        'text.en': 'Learners know whom to call abroad',
        groups: ['learners'],
      })
    ).status,
  ).toBe(303)
  expect(
    (await add({ type: 'single', 'text.en': 'Best format', 'lines.en': 'Online\nWorkshop' }))
      .status,
  ).toBe(303)
  expect((await add({ type: 'text', 'text.en': 'Anything else?' })).status).toBe(303)
  expect((await c.post(`/app/assessment/instruments/${id}/publish`)).status).toBe(303)
  const keys = (
    await t.deps.db.select().from(assessmentInstruments).where(eq(assessmentInstruments.id, id))
  )[0]
  expect(keys).toBeTruthy()
  return id
}

async function newRound(
  c: TestClient,
  instrumentId: string,
  over: Record<string, string | string[]> = {},
) {
  const res = await c.post('/app/assessment/rounds/new', {
    instrumentId,
    title: 'Baseline',
    groups: ['leaders', 'teachers', 'learners'],
    anonymous: 'on',
    ...over,
  })
  expect(res.status).toBe(303)
  const id = res.headers.get('location')!.split('/').at(-1)!.split('?')[0]!
  expect((await c.post(`/app/assessment/rounds/${id}/open`)).status).toBe(303)
  return id
}

async function linkOf(roundId: string, group: string) {
  const [row] = await t.deps.db
    .select()
    .from(assessmentLinks)
    .where(and(eq(assessmentLinks.roundId, roundId), eq(assessmentLinks.group, group as 'leaders')))
  return row!.token
}

/** The first scale question's field name on a survey page. */
function fieldNames(html: string): string[] {
  return [...new Set([...html.matchAll(/name="(q\.[^"]+)"/g)].map((m) => m[1]!))]
}

async function answer(
  token: string,
  values: (names: string[]) => Record<string, string>,
  locale = 'sq',
) {
  const c = t.anonymous()
  const page = await c.get(`/${locale}/survey/${token}`)
  expect(page.status).toBe(200)
  const names = fieldNames(await page.text())
  return c.post(`/${locale}/survey/${token}`, values(names))
}

describe('/app/assessment', () => {
  it('[ASSESSMENT][JOURNEY]: build a survey, run a round, answer anonymously, read results with the small-group rule', async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const instrument = await buildSurvey(c)
    const round = await newRound(c, instrument)
    const roundPage = await c.get(`/app/assessment/rounds/${round}`)
    const roundHtml = await roundPage.text()
    expect(roundHtml).toContain('/survey/')
    expect(roundHtml).toContain('<svg role="img"')

    // Six learners and two teachers answer through their group's link, without an account.
    const learners = await linkOf(round, 'learners')
    const teachers = await linkOf(round, 'teachers')
    for (let i = 0; i < 6; i++) {
      const res = await answer(learners, (names) =>
        Object.fromEntries(names.map((n) => [n, n.includes('format') ? '' : String(1 + (i % 3))])),
      )
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/sq/survey/thanks')
    }
    for (let i = 0; i < 2; i++) {
      const res = await answer(teachers, (names) => ({
        [names[0]!]: '5',
        [names.at(-1)!]: 'A private remark',
      }))
      expect(res.status).toBe(303)
    }
    // The learners' form had the learners' item; the teachers' form did not.
    const learnerForm = await (await t.anonymous().get(`/en/survey/${learners}`)).text()
    const teacherForm = await (await t.anonymous().get(`/en/survey/${teachers}`)).text()
    expect(learnerForm).toContain('Learners know whom to call abroad')
    expect(teacherForm).not.toContain('Learners know whom to call abroad')

    // Nothing links an anonymous answer to a person or a moment.
    const responses = await t.deps.db
      .select()
      .from(assessmentResponses)
      .where(eq(assessmentResponses.roundId, round))
    expect(responses).toHaveLength(8)
    expect(responses.every((r) => r.invitationId === null)).toBe(true)
    expect(Object.keys(responses[0]!).sort()).toEqual([
      'group',
      'id',
      'invitationId',
      'roundId',
      'submittedOn',
    ])

    const results = await c.get(`/app/assessment/rounds/${round}/results`)
    expect(results.status).toBe(200)
    const text = await textOf(results)
    // Teachers (2) are hidden and left out of "everyone"; their text is not shown either.
    expect(text).toContain('Teachers (2 answers) are not shown on their own')
    expect(text).toContain('2 answers are also left out')
    expect(text).not.toContain('A private remark')
    expect(text).toContain('Top three priorities')
    expect(text).toContain('We have a written strategy')
    const html = await (await c.get(`/app/assessment/rounds/${round}/results`)).text()
    expect(html).toContain('role="img"')

    const pdf = await c.get(`/app/assessment/rounds/${round}/results.pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    const xlsx = await c.get(`/app/assessment/rounds/${round}/results.xlsx`)
    expect(xlsx.status).toBe(200)
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    )

    // Closing stops the links, with a page that says why.
    expect((await c.post(`/app/assessment/rounds/${round}/close`)).status).toBe(303)
    const closed = await t.anonymous().get(`/sq/survey/${learners}`)
    expect(closed.status).toBe(409)
    const before = (
      await t.deps.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.roundId, round))
    ).length
    const late = await t.anonymous().post(`/en/survey/${learners}`, { 'q.x': '3' })
    expect(late.status).toBe(409)
    expect(await textOf(late)).toContain('This survey is closed')
    const after = (
      await t.deps.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.roundId, round))
    ).length
    expect(after).toBe(before)

    // A closed round's counts are kept once; the results read from them say what they said live.
    const closedText = await textOf(await c.get(`/app/assessment/rounds/${round}/results`))
    const [kept] = await t.deps.db
      .select()
      .from(assessmentRoundTallies)
      .where(eq(assessmentRoundTallies.roundId, round))
    expect(kept!.sizes).toEqual({ learners: 6, teachers: 2 })
    expect(closedText).toContain('Teachers (2 answers) are not shown on their own')
    const pick = (s: string) => s.slice(s.indexOf('Top three priorities'))
    expect(pick(closedText)).toBe(pick(text))
  })

  it('[ASSESSMENT][INVITATION]: an e-mail invitation answers once; a second answer is refused and saves nothing', async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const round = await newRound(c, await buildSurvey(c), { anonymous: '' })
    const res = await c.post(`/app/assessment/rounds/${round}/invite`, {
      group: 'teachers',
      locale: 'sq',
      emails: 'ana@school.test, ben@school.test\nana@school.test',
    })
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('2 invitations sent')
    const [mail] = await t.deps.db.select().from(outbox).where(eq(outbox.to, 'ana@school.test'))
    const url = /http:\/\/ura\.test(\/sq\/survey\/[A-Za-z0-9_-]+)/.exec(mail!.text)![1]!
    const first = await t.anonymous().post(url, { 'q.own-we-have-a-written-strategy': '3' })
    expect(first.status).toBe(303)
    const second = await t.anonymous().post(url, { 'q.own-we-have-a-written-strategy': '1' })
    expect(second.status).toBe(409)
    const responses = await t.deps.db
      .select()
      .from(assessmentResponses)
      .where(eq(assessmentResponses.roundId, round))
    expect(responses).toHaveLength(1)
    // A named round keeps which invitation answered; the invitation keeps only the day.
    expect(responses[0]!.invitationId).not.toBeNull()
    const [inv] = await t.deps.db
      .select()
      .from(assessmentInvitations)
      .where(eq(assessmentInvitations.email, 'ana@school.test'))
    expect(inv!.respondedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('[ASSESSMENT][REMINDERS]: reminders go after three days to those who have not answered, with a new link', async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const round = await newRound(c, await buildSurvey(c))
    const start = new Date('2026-12-01T09:00:00Z')
    t.setNow(start)
    try {
      await c.post(`/app/assessment/rounds/${round}/invite`, {
        group: 'leaders',
        locale: 'en',
        emails: 'dita@school.test\nerion@school.test',
      })
      const [dita] = await t.deps.db.select().from(outbox).where(eq(outbox.to, 'dita@school.test'))
      const oldUrl = /http:\/\/ura\.test(\/en\/survey\/[A-Za-z0-9_-]+)/.exec(dita!.text)![1]!
      expect(
        (await t.anonymous().post(oldUrl, { 'q.own-we-have-a-written-strategy': '4' })).status,
      ).toBe(303)
      const soon = await c.post(`/app/assessment/rounds/${round}/remind`)
      expect(await textOf(soon)).toContain('0 reminders sent')
      t.setNow(new Date(start.getTime() + 4 * 86_400_000))
      const later = await c.post(`/app/assessment/rounds/${round}/remind`)
      expect(await textOf(later)).toContain('1 reminder sent')
      const erion = await t.deps.db.select().from(outbox).where(eq(outbox.to, 'erion@school.test'))
      expect(erion).toHaveLength(2)
      expect(erion[1]!.subject).toMatch(/^Reminder/)
      const first = /http:\/\/ura\.test(\/en\/survey\/[A-Za-z0-9_-]+)/.exec(erion[0]!.text)![1]!
      const fresh = /http:\/\/ura\.test(\/en\/survey\/[A-Za-z0-9_-]+)/.exec(erion[1]!.text)![1]!
      expect((await t.anonymous().get(first)).status).toBe(404)
      expect((await t.anonymous().get(fresh)).status).toBe(200)
      // A second run the same day sends nothing again.
      expect(await textOf(await c.post(`/app/assessment/rounds/${round}/remind`))).toContain(
        '0 reminders sent',
      )
    } finally {
      t.setNow(null as unknown as Date)
    }
  })

  it('[ASSESSMENT][VERSIONS]: a round keeps the version it started with when the instrument changes', async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const instrument = await buildSurvey(c)
    const round = await newRound(c, instrument)
    expect((await c.post(`/app/assessment/instruments/${instrument}/edit`)).status).toBe(303)
    const page = await (await c.get(`/app/assessment/instruments/${instrument}`)).text()
    const section = /name="section"[\s\S]*?<option value="([^"]+)"/.exec(page)![1]!
    await c.post(`/app/assessment/instruments/${instrument}/questions`, {
      section,
      type: 'scale',
      'text.en': 'A question added in version two',
    })
    expect((await c.post(`/app/assessment/instruments/${instrument}/publish`)).status).toBe(303)
    const token = await linkOf(round, 'leaders')
    expect(await textOf(await t.anonymous().get(`/en/survey/${token}`))).not.toContain(
      'added in version two',
    )
    const next = await newRound(c, instrument)
    const nextToken = await linkOf(next, 'leaders')
    expect(await textOf(await t.anonymous().get(`/en/survey/${nextToken}`))).toContain(
      'added in version two',
    )
    expect(await textOf(await c.get(`/app/assessment/rounds/${round}`))).toContain(
      'version 2 is newer',
    )
  })

  it('[ASSESSMENT][INPUT]: bad answers and bad rounds re-render with what was typed; nothing is saved', async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const instrument = await buildSurvey(c)
    const past = await c.post('/app/assessment/rounds/new', {
      instrumentId: instrument,
      title: 'Too late',
      groups: ['leaders'],
      closesOn: '2020-01-01',
    })
    expect(past.status).toBe(422)
    const pastText = await textOf(past)
    expect(pastText).toContain('The last day to answer cannot be in the past')
    expect(
      await (
        await c.post('/app/assessment/rounds/new', { instrumentId: instrument, title: 'No groups' })
      ).text(),
    ).toContain('value="No groups"')

    const round = await newRound(c, instrument)
    const token = await linkOf(round, 'leaders')
    const bad = await t.anonymous().post(`/sq/survey/${token}`, {
      'q.own-we-have-a-written-strategy': '9',
      'q.own-anything-else': 'Keep this text',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('Keep this text')
    expect(html).toContain('error-summary')
    const saved = await t.deps.db
      .select()
      .from(assessmentResponses)
      .where(eq(assessmentResponses.roundId, round))
    expect(saved).toHaveLength(0)
  })

  it("[ASSESSMENT][TENANCY]: another school's rounds and instruments are not found, on pages and in the API", async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const instrument = await buildSurvey(c)
    const round = await newRound(c, instrument)
    const other = await t.make.member('coordinator')
    const o = await t.signedIn(other.login)
    expect((await o.get(`/app/assessment/rounds/${round}`)).status).toBe(404)
    expect((await o.get(`/app/assessment/rounds/${round}/results`)).status).toBe(404)
    expect((await o.get(`/app/assessment/instruments/${instrument}`)).status).toBe(404)
    expect((await o.post(`/app/assessment/rounds/${round}/close`)).status).toBe(404)
    const staff = await t.make.member('staff', { tenantId: office.tenantId })
    const s = await t.signedIn(staff.login)
    expect((await s.get(`/app/assessment/rounds/${round}/results`)).status).toBe(200)
    expect((await s.post(`/app/assessment/rounds/${round}/close`)).status).toBe(403)
    const learner = await t.make.member('learner', { tenantId: office.tenantId })
    expect((await (await t.signedIn(learner.login)).get('/app/assessment')).status).toBe(403)
  })

  it("[ASSESSMENT]: Ura's checklist is listed, asks each group its own items, and can be copied", async () => {
    const office = await t.make.member('coordinator')
    const c = await t.signedIn(office.login)
    const list = await (await c.get('/app/assessment/instruments')).text()
    const id = /href="\/app\/assessment\/instruments\/([0-9a-f-]{36})"/.exec(list)![1]!
    const copy = await c.post(`/app/assessment/instruments/${id}/copy`)
    expect(copy.status).toBe(303)
    const copied = copy.headers.get('location')!.split('/').at(-1)!.split('?')[0]!
    const round = await newRound(c, copied, { groups: ['leaders', 'learners'] })
    const leaders = (
      await (await t.anonymous().get(`/mk/survey/${await linkOf(round, 'leaders')}`)).text()
    ).match(/type="radio"/g)!.length
    const learners = (
      await (await t.anonymous().get(`/mk/survey/${await linkOf(round, 'learners')}`)).text()
    ).match(/type="radio"/g)!.length
    expect(learners).toBeGreaterThan(0)
    expect(learners).toBeLessThan(leaders)
  })
})

describe('/api/v1/assessment', () => {
  async function bearer(userId: string, tenantId: string) {
    const { createApiTokenForUser } = await import('../api-tokens/index.ts')
    const ctx = { ...t.deps, actor: null, requestId: 'test' }
    const { token } = await createApiTokenForUser(ctx, { name: 'api', userId, tenantId })
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  }

  it('[ASSESSMENT][API]: instruments, rounds and results with the pages’ permissions', async () => {
    const office = await t.make.member('coordinator')
    const h = await bearer(office.user.id, office.tenantId)
    const list = await t.app.request('/api/v1/assessment/instruments', { headers: h })
    expect(list.status).toBe(200)
    const instruments = (await list.json()).data as { id: string; own: boolean }[]
    const shipped = instruments.find((i) => !i.own)!
    const made = await t.app.request('/api/v1/assessment/rounds', {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ instrumentId: shipped.id, title: 'API round', groups: ['leaders'] }),
    })
    expect(made.status).toBe(201)
    const round = await made.json()
    expect(round.status).toBe('draft')
    const results = await t.app.request(`/api/v1/assessment/rounds/${round.id}/results`, {
      headers: h,
    })
    expect(results.status).toBe(200)
    expect((await results.json()).tooFew).toBe(true)
    const past = await t.app.request('/api/v1/assessment/rounds', {
      method: 'POST',
      headers: h,
      body: JSON.stringify({
        instrumentId: shipped.id,
        title: 'x',
        groups: ['leaders'],
        closesOn: '2001-01-01',
      }),
    })
    expect(past.status).toBe(422)
    const learner = await t.make.member('learner', { tenantId: office.tenantId })
    const lh = await bearer(learner.user.id, office.tenantId)
    expect((await t.app.request('/api/v1/assessment/rounds', { headers: lh })).status).toBe(403)
    const other = await t.make.member('coordinator')
    const oh = await bearer(other.user.id, other.tenantId)
    expect(
      (await t.app.request(`/api/v1/assessment/rounds/${round.id}`, { headers: oh })).status,
    ).toBe(404)
    expect((await t.app.request('/api/v1/assessment/rounds')).status).toBe(401)
    const rounds = await t.deps.db
      .select()
      .from(assessmentRounds)
      .where(eq(assessmentRounds.id, round.id))
    expect(rounds).toHaveLength(1)
  })
})
