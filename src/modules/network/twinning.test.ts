import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { twinningGoals, twinningPairs } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

/** An EU school coaching a Western Balkans school, created through the form by the coach. */
async function pair() {
  const coachOrg = await t.make.organisation({ name: { it: 'Apro Formazione' }, country: 'IT' })
  const coachedOrg = await t.make.organisation({
    name: { cnr: 'Srednja stručna škola „Onogošt“' },
    country: 'ME',
  })
  const coach = await t.make.member('coordinator', { tenantId: coachOrg.id })
  const coached = await t.make.member('coordinator', { tenantId: coachedOrg.id })
  const client = await t.signedIn(coach.login)
  const res = await client.post('/app/network/twinning/new', {
    partnerId: coachedOrg.id,
    ourRole: 'coach',
    programme: 'V2V',
    startsOn: '2020-11-01',
    endsOn: '2023-10-31',
  })
  expect(res.status).toBe(303)
  const id = res.headers.get('location')!.match(/twinning\/([0-9a-f-]{36})/)![1]!
  return { id, coachOrg, coachedOrg, coach, coached, client }
}

describe('/app/network/twinning', () => {
  it('[NETWORK][TWINNING]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/network/twinning')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Fnetwork%2Ftwinning')
  })

  it('[NETWORK][TWINNING]: the coach creates the pair; both schools see it and its plan', async () => {
    const { id, coachOrg, coachedOrg, coached, client } = await pair()
    const [row] = await t.deps.db.select().from(twinningPairs).where(eq(twinningPairs.id, id))
    expect(row).toMatchObject({
      coachId: coachOrg.id,
      coachedId: coachedOrg.id,
      tenantId: coachOrg.id,
    })
    const goal = await client.post(`/app/network/twinning/${id}/goals`, {
      'title.en': 'Write an internationalisation strategy',
      targetDate: '2021-06-30',
    })
    expect(goal.status).toBe(303)

    const other = await t.signedIn(coached.login)
    expect(await textOf(await other.get('/app/network/twinning'))).toContain('Apro Formazione')
    const plan = await other.get(`/app/network/twinning/${id}`)
    expect(plan.status).toBe(200)
    const text = await textOf(plan)
    expect(text).toContain('Write an internationalisation strategy')
    expect(text).toContain('Planned')

    const [g] = await t.deps.db.select().from(twinningGoals).where(eq(twinningGoals.pairId, id))
    const note = await other.post(`/app/network/twinning/${id}/goals/${g!.id}/notes`, {
      body: 'Školski odbor je usvojio strategiju.',
      status: 'achieved',
    })
    expect(note.status).toBe(303)
    const after = await textOf(await client.get(`/app/network/twinning/${id}`))
    expect(after).toContain('Školski odbor je usvojio strategiju.')
    expect(after).toContain('Achieved')
    const [updated] = await t.deps.db
      .select()
      .from(twinningGoals)
      .where(eq(twinningGoals.id, g!.id))
    expect(updated?.status).toBe('achieved')
  })

  it('[NETWORK][TWINNING]: a school outside the pair gets 404 for the plan and its forms', async () => {
    const { id } = await pair()
    const [g] = await t.deps.db
      .insert(twinningGoals)
      .values({
        tenantId: (await t.deps.db.select().from(twinningPairs).where(eq(twinningPairs.id, id)))[0]!
          .tenantId,
        pairId: id,
        title: { en: 'Goal' },
      })
      .returning()
    const outsider = await t.make.member('coordinator')
    const client = await t.signedIn(outsider.login)
    expect((await client.get(`/app/network/twinning/${id}`)).status).toBe(404)
    expect(
      (await client.post(`/app/network/twinning/${id}/goals`, { 'title.en': 'x' })).status,
    ).toBe(404)
    expect(
      (
        await client.post(`/app/network/twinning/${id}/goals/${g!.id}/notes`, {
          body: 'x',
          status: 'planned',
        })
      ).status,
    ).toBe(404)
    expect(await textOf(await client.get('/app/network/twinning'))).toContain(
      'Our organisation is in no twinning pair.',
    )
  })

  it('[NETWORK][TWINNING]: staff read the plan but may not change it (403)', async () => {
    const { id, coachOrg, coachedOrg } = await pair()
    const staff = await t.make.member('staff', { tenantId: coachOrg.id })
    const client = await t.signedIn(staff.login)
    expect((await client.get(`/app/network/twinning/${id}`)).status).toBe(200)
    expect((await client.get('/app/network/twinning/new')).status).toBe(403)
    expect(
      (
        await client.post('/app/network/twinning/new', {
          partnerId: coachedOrg.id,
          ourRole: 'coach',
        })
      ).status,
    ).toBe(403)
    expect(
      (await client.post(`/app/network/twinning/${id}/goals`, { 'title.en': 'x' })).status,
    ).toBe(403)
  })

  it('[NETWORK][TWINNING]: bad input is 422 with the typed values kept', async () => {
    const { id, client, coachedOrg } = await pair()
    const res = await client.post('/app/network/twinning/new', {
      partnerId: coachedOrg.id,
      ourRole: 'coached',
      programme: 'Connected through Mobility',
      startsOn: '2024-01-31',
      endsOn: '2021-02-01',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Connected through Mobility"')
    expect(html).toContain('This date cannot be before the start.')

    const goal = await client.post(`/app/network/twinning/${id}/goals`, {
      'title.en': '',
      targetDate: '31.06.2021',
    })
    expect(goal.status).toBe(422)
    expect(await goal.text()).toContain('value="31.06.2021"')

    const [g] = await t.deps.db
      .insert(twinningGoals)
      .values({ tenantId: coachedOrg.id, pairId: id, title: { en: 'Goal' } })
      .returning()
    const note = await client.post(`/app/network/twinning/${id}/goals/${g!.id}/notes`, {
      body: '   ',
      status: 'in_progress',
    })
    expect(note.status).toBe(422)
    expect(await note.text()).toMatch(/<option value="in_progress" selected/)

    const again = await client.post('/app/network/twinning/new', {
      partnerId: coachedOrg.id,
      ourRole: 'coach',
      programme: 'V2V',
    })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('This pair already exists for this programme.')
  })
})
