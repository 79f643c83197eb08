import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Where uploaded files live: `${dataDir}/files/<tenantId>/<uuid>`. The database keeps the key,
 * the name, the type and the size; this keeps the bytes. Another store (S3) can replace it by
 * offering the same three calls.
 */
export type FileStore = {
  /** Stores bytes under a new key for the organisation and returns the key. */
  put(tenantId: string, data: Uint8Array): Promise<string>
  /** The bytes under a key, or null if there are none. */
  get(key: string): Promise<Buffer | null>
  /** Removes the bytes under a key; removing a missing key is not an error. */
  delete(key: string): Promise<void>
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/

/** A key is `<tenant uuid>/<file uuid>`: anything else (`..`, slashes) never reaches the disk. */
function resolve(root: string, key: string): string {
  if (!KEY.test(key)) throw new RangeError(`Not a file key: ${key}`)
  return path.join(root, key)
}

/** Files on the local disk under `${dataDir}/files`. */
export function localFileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files')
  return {
    async put(tenantId, data) {
      const key = `${tenantId}/${randomUUID()}`
      const file = resolve(root, key)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, data, { flag: 'wx' })
      return key
    },
    async get(key) {
      try {
        return await readFile(resolve(root, key))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
    },
    async delete(key) {
      await rm(resolve(root, key), { force: true })
    },
  }
}
