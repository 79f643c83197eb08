import { type UnzipFileInfo, unzipSync } from 'fflate'
import { type Manifest, packageError, parseManifest, safeEntryPath } from './scorm-manifest.ts'

const MB = 1024 * 1024

/**
 * What a package may be (ADR 014, SCORM): the zip as uploaded, its number of entries, and the
 * sum of its files' unpacked sizes as the zip declares them (a zip bomb is refused unread).
 */
export const SCORM_LIMITS = { zipBytes: 100 * MB, entries: 2000, totalBytes: 300 * MB }
export type ScormLimits = typeof SCORM_LIMITS

/** One file of the package: its name in the zip and its safe path in the package. */
export type ScormEntry = { name: string; path: string; size: number }

export type CheckedPackage = Manifest & { entries: ScormEntry[]; totalBytes: number }

function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = []
  try {
    // Reads the central directory only: the filter refuses every entry, so nothing is inflated.
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info)
        return false
      },
    })
  } catch {
    throw packageError('scorm:errors.notZip')
  }
  return entries
}

/**
 * The one folder every file is in, when the manifest is there: a package zipped with its folder
 * around it (a common mistake) is read from inside that folder.
 */
function commonFolder(paths: string[]): string {
  const [first] = paths
  const folder = first?.includes('/') ? `${first.split('/')[0]}/` : ''
  if (!folder || !paths.every((p) => p.startsWith(folder))) return ''
  return paths.some((p) => p.toLowerCase() === `${folder}imsmanifest.xml`) ? folder : ''
}

function inflateOne(bytes: Uint8Array, name: string): Uint8Array {
  try {
    const out = unzipSync(bytes, { filter: (info) => info.name === name })[name]
    if (!out) throw new Error('entry not inflated')
    return out
  } catch {
    throw packageError('scorm:errors.notZip')
  }
}

/**
 * Checks an uploaded package without unpacking it: a zip within the limits, every path inside
 * the package, an `imsmanifest.xml` at its root that launches a file the package has. Only the
 * manifest is inflated. Throws a package error (the form's message) on the first problem.
 */
export function checkScormPackage(
  bytes: Uint8Array,
  limits: ScormLimits = SCORM_LIMITS,
): CheckedPackage {
  if (bytes.length === 0) throw packageError('scorm:errors.missing')
  if (bytes.length > limits.zipBytes) throw packageError('scorm:errors.tooLarge')
  const infos = listEntries(bytes)
  if (infos.length === 0) throw packageError('scorm:errors.notZip')
  if (infos.length > limits.entries) throw packageError('scorm:errors.tooManyFiles')
  const files: ScormEntry[] = []
  let totalBytes = 0
  for (const info of infos) {
    const path = safeEntryPath(info.name)
    if (!path) throw packageError('scorm:errors.unsafePath')
    if (info.name.endsWith('/') || info.name.endsWith('\\')) continue // a folder
    totalBytes += info.originalSize
    files.push({ name: info.name, path, size: info.originalSize })
  }
  if (totalBytes > limits.totalBytes) throw packageError('scorm:errors.tooBig')
  const folder = commonFolder(files.map((f) => f.path))
  const entries = files.map((f) => ({ ...f, path: f.path.slice(folder.length) }))
  if (new Set(entries.map((e) => e.path)).size !== entries.length) {
    throw packageError('scorm:errors.unsafePath')
  }
  const manifest = entries.find((e) => e.path.toLowerCase() === 'imsmanifest.xml')
  if (!manifest) throw packageError('scorm:errors.noManifest')
  const xml = new TextDecoder().decode(inflateOne(bytes, manifest.name))
  const { launchFile, ...parsed } = parseManifest(xml)
  if (!entries.some((e) => e.path === launchFile)) throw packageError('scorm:errors.launchMissing')
  return { ...parsed, entries, totalBytes }
}

/**
 * Inflates the package's files a batch at a time (about `batchBytes` unpacked), so memory holds
 * the zip and one batch, never the whole unpacked package; `each` stores one file.
 */
export async function eachPackageFile(
  bytes: Uint8Array,
  entries: ScormEntry[],
  each: (entry: ScormEntry, data: Uint8Array) => Promise<void>,
  batchBytes = 32 * MB,
) {
  for (let start = 0; start < entries.length; ) {
    let end = start
    let size = 0
    while (end < entries.length && (end === start || size + entries[end]!.size <= batchBytes)) {
      size += entries[end]!.size
      end++
    }
    const batch = entries.slice(start, end)
    const names = new Set(batch.map((e) => e.name))
    let inflated: Record<string, Uint8Array>
    try {
      inflated = unzipSync(bytes, { filter: (info) => names.has(info.name) })
    } catch {
      throw packageError('scorm:errors.notZip')
    }
    for (const entry of batch) await each(entry, inflated[entry.name] ?? new Uint8Array())
    start = end
  }
}
