import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/*
 * A tiny file store for signed agreements: `${dataDir}/files/<relative path>`. There is no shared
 * storage helper yet (src/lib/storage.ts); when one lands, this file is the only one to change.
 * Paths are made by the service from ids, never from what a person typed.
 */

function resolve(dataDir: string, relative: string): string {
  const root = path.resolve(dataDir, 'files')
  const full = path.resolve(root, relative)
  if (!full.startsWith(`${root}${path.sep}`))
    throw new Error(`path escapes the file store: ${relative}`)
  return full
}

/** Writes a file atomically (temporary name, then rename). */
export async function saveFile(dataDir: string, relative: string, bytes: Uint8Array) {
  const full = resolve(dataDir, relative)
  await mkdir(path.dirname(full), { recursive: true })
  const temporary = `${full}.${process.pid}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, full)
}

export async function loadFile(dataDir: string, relative: string): Promise<Buffer> {
  return readFile(resolve(dataDir, relative))
}

export async function removeFile(dataDir: string, relative: string) {
  await rm(resolve(dataDir, relative), { force: true })
}

/** True when the bytes start like a PDF file (`%PDF-`). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return (
    bytes.length > 5 &&
    bytes[0] === 0x25 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x44 &&
    bytes[3] === 0x46 &&
    bytes[4] === 0x2d
  )
}
