import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localFileStore } from './storage.ts'

describe('local file store', () => {
  it('puts, gets and deletes bytes under <tenant>/<uuid>', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ura-files-'))
    const store = localFileStore(dir)
    const tenant = randomUUID()
    const key = await store.put(tenant, new TextEncoder().encode('%PDF-1.7'))
    expect(key.startsWith(`${tenant}/`)).toBe(true)
    expect(await readdir(path.join(dir, 'files', tenant))).toHaveLength(1)
    expect((await store.get(key))?.toString()).toBe('%PDF-1.7')
    await store.delete(key)
    expect(await store.get(key)).toBeNull()
    await store.delete(key) // twice is fine
  })
  it('refuses keys that could leave its folder', async () => {
    const store = localFileStore(await mkdtemp(path.join(tmpdir(), 'ura-files-')))
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a file key/)
    await expect(store.delete(`${randomUUID()}/../x`)).rejects.toThrow(/Not a file key/)
  })
})
