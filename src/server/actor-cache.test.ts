import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../tests/setup/app.ts'
import { memberships } from '../modules/users/schema.ts'
import { ActorCache } from './actor-cache.ts'

const actor = (userId: string) =>
  ({ userId, memberships: [], tenantId: null, role: null }) as never as Parameters<
    ActorCache['set']
  >[1]

describe('ActorCache', () => {
  it('keeps an actor for its time, then forgets it; 0 seconds keeps nothing', () => {
    const cache = new ActorCache(5000)
    cache.set('a', actor('u1'), 1000)
    expect(cache.get('a', 5999)).toMatchObject({ userId: 'u1' })
    expect(cache.get('a', 6000)).toBeUndefined()
    const off = new ActorCache(0)
    off.set('a', actor('u1'), 1000)
    expect(off.get('a', 1001)).toBeUndefined()
  })

  it('holds at most maxEntries, dropping the oldest', () => {
    const cache = new ActorCache(5000, 2)
    cache.set('a', actor('u1'), 0)
    cache.set('b', actor('u2'), 0)
    cache.set('c', actor('u3'), 0)
    expect(cache.size).toBe(2)
    expect(cache.get('a', 1)).toBeUndefined()
    expect(cache.get('c', 1)).toMatchObject({ userId: 'u3' })
  })
})

describe('the session cache in the app (on, as in production)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await setupTestApp({ env: { URA_SESSION_CACHE_SECONDS: '30' } })
  })

  it('reuses the actor between page reads, and a form post in this process ends that at once', async () => {
    const m = await t.make.member('coordinator')
    const client = await t.signedIn(m.login)
    expect((await client.get('/app/mobility')).status).toBe(200)
    // Changed behind the app's back (another process): the cached actor is still a coordinator.
    await t.deps.db
      .update(memberships)
      .set({ role: 'learner' })
      .where(eq(memberships.id, m.membership.id))
    expect((await client.get('/app/mobility')).status).toBe(200)
    // Any write request empties the cache: the next read sees the learner.
    await client.post('/app/nothing-here', {})
    expect((await client.get('/app/mobility')).status).toBe(403)
  })

  it('signing out is seen by the very next request', async () => {
    const m = await t.make.member('coordinator')
    const client = await t.signedIn(m.login)
    expect((await client.get('/app')).status).toBe(200)
    const cookie = client.cookies.get('ura_session')!
    expect((await client.post('/signout')).status).toBe(303)
    const replay = t.anonymous()
    replay.cookies.set('ura_session', cookie)
    const res = await replay.get('/app')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^\/signin/)
  })

  it('a change of language (a GET that writes) is seen on the next page', async () => {
    const m = await t.make.member('coordinator', { locale: 'en' })
    const client = await t.signedIn(m.login)
    expect(await (await client.get('/app')).text()).toContain('lang="en"')
    await client.get('/locale/sq?next=/app')
    expect(await (await client.get('/app')).text()).toContain('lang="sq"')
  })
})
