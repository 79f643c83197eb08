import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { mobilities, mobilityStatusLog } from './schema.ts'
import { makeMobility, makeWorld, type World } from './test-helpers.ts'

let t: TestApp
let w: World
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeWorld(t)
})

const FORM = (w: World) => ({
  participantUserId: w.learner.user.id,
  participantType: 'learner',
  activityType: 'LM-SHORT-VET',
  startDate: '2026-05-04',
  endDate: '2026-05-24',
  receivingOrganisationId: w.receiving.id,
  receivingOrganisationName: '',
  receivingCountry: '',
  mentorName: 'Anna Weber',
  travelMode: 'bus',
  isGreenTravel: 'on',
  distanceKm: '1650',
  distanceSource: 'ec_calculator',
})

describe('list and new', () => {
  it('[MOBILITY][ACCESS]: anonymous → sign in; learners, guardians and staff → 403', async () => {
    for (const path of ['/app/mobility', '/app/mobility/new', '/app/mobility/incoming']) {
      const anon = await t.anonymous().get(path)
      expect(anon.status).toBe(302)
      expect(anon.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(path)}`)
    }
    for (const who of [w.learner, w.guardian, w.staff]) {
      const client = await t.signedIn(who.login)
      expect((await client.get('/app/mobility')).status).toBe(403)
      expect((await client.get('/app/mobility/new')).status).toBe(403)
      expect((await client.post('/app/mobility/new', FORM(w))).status).toBe(403)
    }
    const partner = await t.signedIn(w.receivingStaff.login)
    expect((await partner.get('/app/mobility/incoming')).status).toBe(403)
  })

  it('[MOBILITY][CREATE]: a coordinator records a mobility from the form', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const form = await client.get('/app/mobility/new')
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain('Short-term learning mobility of VET learners (10–89 days)')
    expect(html).toContain('Arta Leka')
    const res = await client.post('/app/mobility/new', FORM(w))
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/app\/mobility\/[0-9a-f-]{36}\?notice=mobility:notices.created$/)
    const page = await textOf(await client.get(location))
    expect(page).toContain('The mobility has been recorded.')
    expect(page).toContain('Arta Leka: Short-term learning mobility of VET learners')
    expect(page).toContain('1,650 km (European Commission distance calculator)')
    expect(page).toContain('(21 days of activity)')
    const list = await textOf(await client.get('/app/mobility'))
    expect(list).toContain('Arta Leka')
  })

  it('[MOBILITY][CREATE]: bad input re-renders with 422, the values kept and the limits named', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.post('/app/mobility/new', {
      ...FORM(w),
      endDate: '2026-05-06',
      mentorName: 'Kept Mentor',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Kept Mentor"')
    expect(html).toContain('value="2026-05-06"')
    expect(html).toContain('must last between 10 and 89 days; these dates give 3')
    const bad = await client.post('/app/mobility/new', {
      ...FORM(w),
      startDate: 'soon',
      distanceKm: 'far',
    })
    expect(bad.status).toBe(422)
    const text = await textOf(bad)
    expect(text).toContain('Enter a date, for example 2026-03-21.')
    expect(text).toContain('Enter the distance in kilometres')
  })

  it('[MOBILITY][LIST]: filters and pages, in Albanian too', async () => {
    const client = await t.signedIn(w.coordinator.login)
    await makeMobility(t, w, { participantUserId: w.otherLearner.user.id }, 'approved')
    const approved = await textOf(await client.get('/app/mobility?status=approved'))
    expect(approved).toContain('Besa Dema')
    expect(approved).not.toContain('Arta Leka')
    const none = await textOf(await client.get('/app/mobility?q=nobody-at-all'))
    expect(none).toContain('No mobility matches')
    expect((await client.get('/app/mobility?status=nonsense&page=-3')).status).toBe(200)
    // Another coordinator, as switching the language is remembered for the person.
    const other = await t.make.member('coordinator', { tenantId: w.sending.id })
    const albanian = await t.signedIn(other.login)
    await albanian.get('/locale/sq?next=/app/mobility')
    const sq = await textOf(await albanian.get('/app/mobility'))
    expect(sq).toContain('Lëvizshmëritë')
  })
})

describe('one mobility', () => {
  it('[MOBILITY][DETAIL]: another organisation gets 404; staff 403; learner and guardian see only their own', async () => {
    const m = await makeMobility(t, w)
    const other = await makeMobility(t, w, { participantUserId: w.otherLearner.user.id })
    const path = `/app/mobility/${m.id}`
    expect((await t.anonymous().get(path)).status).toBe(302)
    const stranger = await t.signedIn(w.strangerCoordinator.login)
    expect((await stranger.get(path)).status).toBe(404)
    expect((await stranger.post(`${path}/status`, { to: 'approved' })).status).toBe(404)
    const staff = await t.signedIn(w.staff.login)
    expect((await staff.get(path)).status).toBe(403)
    const learner = await t.signedIn(w.learner.login)
    expect((await learner.get(path)).status).toBe(200)
    expect((await learner.get(`/app/mobility/${other.id}`)).status).toBe(404)
    expect((await learner.post(`${path}/status`, { to: 'approved' })).status).toBe(403)
    const guardian = await t.signedIn(w.guardian.login)
    const seen = await textOf(await guardian.get(path))
    expect(seen).toContain('Arta Leka')
    expect(seen).not.toContain('Change the status')
    expect((await guardian.get(`/app/mobility/${other.id}`)).status).toBe(404)
    const otherGuardian = await t.signedIn(w.otherGuardian.login)
    expect((await otherGuardian.get(path)).status).toBe(404)
    expect(
      (await t.signedIn(w.coordinator.login).then((c) => c.get('/app/mobility/not-a-uuid'))).status,
    ).toBe(404)
  })

  it('[MOBILITY][MINE]: the participant and the guardian see their own list only', async () => {
    const learner = await t.signedIn(w.learner.login)
    const mine = await textOf(await learner.get('/app/my-mobility'))
    // She reads Ura in Albanian (her own setting).
    expect(mine).toContain('Lëvizshmëria ime')
    expect(mine).toContain('Arta Leka')
    expect(mine).not.toContain('Besa Dema')
    const guardian = await t.signedIn(w.guardian.login)
    const child = await textOf(await guardian.get('/app/my-mobility'))
    expect(child).toContain("My child's mobility")
    expect(child).toContain('Arta Leka')
    expect(child).not.toContain('Besa Dema')
    const coordinator = await t.signedIn(w.coordinator.login)
    expect((await coordinator.get('/app/my-mobility')).status).toBe(403)
    expect((await t.anonymous().get('/app/my-mobility')).status).toBe(302)
  })

  it('[MOBILITY][STATUS]: the coordinator moves the status; a wrong move is 422; the log shows it', async () => {
    const m = await makeMobility(t, w)
    const client = await t.signedIn(w.coordinator.login)
    const path = `/app/mobility/${m.id}`
    const ok = await client.post(`${path}/status`, { to: 'approved', note: 'Panel decision' })
    expect(ok.status).toBe(303)
    const wrong = await client.post(`${path}/status`, { to: 'completed', note: 'typed note' })
    expect(wrong.status).toBe(422)
    const html = await wrong.text()
    expect(html).toContain('cannot move to that status')
    expect(html).toContain('typed note')
    const page = await textOf(await client.get(path))
    expect(page).toContain('From Draft to Approved')
    expect(page).toContain('Panel decision')
    const log = await t.deps.db
      .select()
      .from(mobilityStatusLog)
      .where(eq(mobilityStatusLog.mobilityId, m.id))
    expect(log).toHaveLength(2)
  })

  it('[MOBILITY][STATUS]: force majeure needs its reason (422, typed values kept)', async () => {
    const m = await makeMobility(t, w, {}, 'ongoing')
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.post(`/app/mobility/${m.id}/status`, {
      to: 'interrupted',
      forceMajeure: 'on',
    })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Describe the force majeure.')
    const ok = await client.post(`/app/mobility/${m.id}/status`, {
      to: 'interrupted',
      forceMajeure: 'on',
      forceMajeureReason: 'Earthquake',
    })
    expect(ok.status).toBe(303)
    const [row] = await t.deps.db.select().from(mobilities).where(eq(mobilities.id, m.id))
    expect(row!.status).toBe('interrupted')
    expect(row!.forceMajeure).toBe(true)
  })

  it('[MOBILITY][EDIT]: the coordinator changes dates; 422 keeps values; others cannot', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    const client = await t.signedIn(w.coordinator.login)
    const path = `/app/mobility/${m.id}/edit`
    const form = await client.get(path)
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('value="2026-03-02"')
    const bad = await client.post(path, { ...FORM(w), endDate: '2026-01-01' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('value="2026-01-01"')
    expect((await client.post(path, FORM(w))).status).toBe(303)
    const [row] = await t.deps.db.select().from(mobilities).where(eq(mobilities.id, m.id))
    expect(row!.startDate).toBe('2026-05-04')
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    expect((await receiving.get(path)).status).toBe(403)
    const stranger = await t.signedIn(w.strangerCoordinator.login)
    expect((await stranger.post(path, FORM(w))).status).toBe(404)
  })

  it('[MOBILITY][GROUP]: the overview warns when a group has no accompanying person', async () => {
    const m = await makeMobility(t, w, {
      activityType: 'LM-GROUP-VET',
      startDate: '2026-04-06',
      endDate: '2026-04-17',
    })
    const client = await t.signedIn(w.coordinator.login)
    const page = await textOf(await client.get(`/app/mobility/${m.id}`))
    expect(page).toContain('This group has no accompanying person')
    expect(page).toContain('Accompanying persons and staff: 0; learners: 1.')
    const add = await client.get(`/app/mobility/new?group=${m.id}`)
    expect(await add.text()).toContain(`name="groupOf" value="${m.id}"`)
    const res = await client.post('/app/mobility/new', {
      ...FORM(w),
      participantUserId: w.staff.user.id,
      participantType: 'accompanying',
      activityType: 'LM-GROUP-VET',
      startDate: '2026-04-06',
      endDate: '2026-04-17',
      groupOf: m.id,
    })
    expect(res.status).toBe(303)
    const after = await textOf(await client.get(`/app/mobility/${m.id}`))
    expect(after).toContain('Accompanying persons and staff: 1; learners: 1.')
    expect(after).not.toContain('This group has no accompanying person')
  })
})

describe('incoming', () => {
  it('[MOBILITY][INCOMING]: the receiving school lists what it receives, nothing else, and no drafts', async () => {
    const lena = await t.make.member('learner', {
      tenantId: w.sending.id,
      displayName: 'Lena Incoming',
    })
    const drita = await t.make.member('learner', {
      tenantId: w.sending.id,
      displayName: 'Drita Draft',
    })
    const sent = await makeMobility(t, w, { participantUserId: lena.user.id }, 'approved')
    const draft = await makeMobility(t, w, { participantUserId: drita.user.id })
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    const list = await textOf(await receiving.get('/app/mobility/incoming'))
    expect(list).toContain('Lena Incoming')
    expect(list).not.toContain('Drita Draft')
    // Its own list of outgoing mobilities holds none of the partner's.
    expect(await textOf(await receiving.get('/app/mobility'))).not.toContain('Lena Incoming')
    const page = await textOf(await receiving.get(`/app/mobility/${sent.id}`))
    expect(page).toContain('Lena Incoming')
    expect(page).not.toContain('fewer opportunities')
    expect(page).not.toContain('Change the status')
    expect(
      (await receiving.post(`/app/mobility/${sent.id}/status`, { to: 'preparing' })).status,
    ).toBe(403)
    expect((await receiving.get(`/app/mobility/${draft.id}`)).status).toBe(404)
    const stranger = await t.signedIn(w.strangerCoordinator.login)
    expect(await textOf(await stranger.get('/app/mobility/incoming'))).toContain(
      'No incoming participants',
    )
    expect((await stranger.get(`/app/mobility/${sent.id}`)).status).toBe(404)
  })
})
