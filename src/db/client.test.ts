import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { openDb } from './client.ts'

describe('openDb on PGlite', () => {
  it('starts with the small buffer cache, or the one asked for', async () => {
    const small = await openDb({ dataDir: 'memory://' })
    const shown = await small.db.execute(sql`show shared_buffers`)
    await small.close()
    const bigger = await openDb({ dataDir: 'memory://', pgliteSharedBuffers: '48MB' })
    const asked = await bigger.db.execute(sql`show shared_buffers`)
    await bigger.close()
    const value = (r: unknown) => JSON.stringify(r)
    expect(value(shown)).toContain('16MB')
    expect(value(asked)).toContain('48MB')
  })
})
