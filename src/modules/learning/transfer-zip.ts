import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { AppError } from '#src/lib/errors.ts'
import {
  type CourseFile,
  type CourseFileInput,
  E,
  packageProblem,
  parseCourseFile,
} from './transfer-format.ts'

/*
 * A course package is a zip: `course.json` and, from a later version on, the files it names
 * under `files/` (docs/course-export.md). Lesson images are links today, so version 1 has none.
 */

/** The largest package accepted, as uploaded. */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024
/** Zip-bomb guards: entries, their declared unpacked size, and course.json alone. */
export const MAX_ENTRIES = 2000
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
export const MAX_COURSE_JSON_BYTES = 20 * 1024 * 1024

export const COURSE_JSON = 'course.json'

/** Writes the package: `course.json`, indented for people who open it. */
export function writeCoursePackage(file: CourseFileInput): Uint8Array {
  const mtime = new Date(file.exportedAt)
  return zipSync({ [COURSE_JSON]: [strToU8(`${JSON.stringify(file, null, 2)}\n`), { mtime }] })
}

/** A name that stays inside the package: no absolute path, drive, backslash or `..` step. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.length > 500 || /[\\\0]/.test(name)) return false
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false
  return !name.split('/').some((part) => part === '..' || part === '.')
}

function isZip(bytes: Uint8Array): boolean {
  // A local file header, or the end record of an empty archive.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)
}

/**
 * Reads and checks a package. Only `course.json` is unpacked; every entry's name and declared
 * size is checked first, and fflate never writes past a declared size, so a lying archive
 * cannot grow in memory. Every refusal is an INVALID_INPUT with a `course-transfer:` key.
 */
export function readCoursePackage(bytes: Uint8Array): CourseFile {
  if (bytes.length > MAX_PACKAGE_BYTES) throw packageProblem(E.tooLarge)
  if (!isZip(bytes)) throw packageProblem(E.notZip)
  let entries = 0
  let unpacked = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (++entries > MAX_ENTRIES) throw packageProblem(E.tooManyEntries)
        if (!isSafeEntryName(entry.name)) throw packageProblem(E.unsafePath)
        unpacked += entry.originalSize
        if (unpacked > MAX_UNPACKED_BYTES) throw packageProblem(E.tooBig)
        if (entry.name !== COURSE_JSON) return false
        if (entry.originalSize > MAX_COURSE_JSON_BYTES) throw packageProblem(E.tooBig)
        return true
      },
    })
  } catch (err) {
    if (err instanceof AppError) throw err
    throw packageProblem(E.brokenZip)
  }
  const json = files[COURSE_JSON]
  if (!json) throw packageProblem(E.noCourseJson)
  let data: unknown
  try {
    data = JSON.parse(strFromU8(json))
  } catch {
    throw packageProblem(E.notJson)
  }
  return parseCourseFile(data)
}
