import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { AppError } from '#src/lib/errors.ts'
import { cmiFacts, resumeData, scorePercent } from './scorm-cmi.ts'
import { checkScormPackage, eachPackageFile, SCORM_LIMITS } from './scorm-package.ts'

const MANIFEST = `<manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <organizations default="o"><organization identifier="o"><title>Tiny</title>
  <item identifier="i" identifierref="r"/></organization></organizations>
  <resources><resource identifier="r" adlcp:scormtype="sco" href="index.html"/></resources>
</manifest>`

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))

const VALID = { 'imsmanifest.xml': MANIFEST, 'index.html': '<p>Hi</p>', 'js/app.js': '1' }

function problem(run: () => unknown): string | undefined {
  try {
    run()
  } catch (err) {
    if (err instanceof AppError) return err.fields?.package
    throw err
  }
  return undefined
}

/** Rewrites the unpacked size the central directory declares for every entry. */
function declareSize(bytes: Uint8Array, size: number) {
  const buf = Buffer.from(bytes)
  for (let at = buf.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; ) {
    buf.writeUInt32LE(size, at + 24)
    at = buf.indexOf('PK\x01\x02', at + 4, 'latin1')
  }
  return new Uint8Array(buf)
}

describe('checkScormPackage', () => {
  it('[LEARNING][SCORM]: a valid package: version, launch, title, its files and their sizes', () => {
    const checked = checkScormPackage(zip({ ...VALID, 'folder/': '' }))
    expect(checked).toMatchObject({ version: '1.2', launchPath: 'index.html', title: 'Tiny' })
    expect(checked.entries.map((e) => e.path).sort()).toEqual([
      'imsmanifest.xml',
      'index.html',
      'js/app.js',
    ])
    expect(checked.totalBytes).toBe(MANIFEST.length + 9 + 1)
  })

  it('[LEARNING][SCORM]: a package zipped with its folder around it is read from inside the folder', () => {
    const wrapped = Object.fromEntries(Object.entries(VALID).map(([k, v]) => [`course/${k}`, v]))
    const checked = checkScormPackage(zip(wrapped))
    expect(checked.launchPath).toBe('index.html')
    expect(checked.entries.find((e) => e.path === 'index.html')?.name).toBe('course/index.html')
  })

  it('[LEARNING][SCORM]: refuses an empty upload, a broken zip, no manifest, a missing launch file', () => {
    expect(problem(() => checkScormPackage(new Uint8Array()))).toBe('scorm:errors.missing')
    expect(problem(() => checkScormPackage(strToU8('PK\x03\x04 not a zip')))).toBe(
      'scorm:errors.notZip',
    )
    const truncated = zip(VALID).slice(0, 60)
    expect(problem(() => checkScormPackage(truncated))).toBe('scorm:errors.notZip')
    expect(problem(() => checkScormPackage(zip({ 'index.html': 'x' })))).toBe(
      'scorm:errors.noManifest',
    )
    expect(problem(() => checkScormPackage(zip({ 'imsmanifest.xml': MANIFEST })))).toBe(
      'scorm:errors.launchMissing',
    )
  })

  it('[LEARNING][SCORM]: refuses entries that climb out, absolute paths and backslash tricks', () => {
    for (const name of ['../evil.js', 'a/../../evil.js', '/etc/cron.d/x', '..\\evil.js']) {
      expect(
        problem(() => checkScormPackage(zip({ ...VALID, [name]: 'x' }))),
        name,
      ).toBe('scorm:errors.unsafePath')
    }
    // Two names for one file (`a\\b` and `a/b`) are refused too: which one would be served?
    expect(problem(() => checkScormPackage(zip({ ...VALID, 'a\\b': '1', 'a/b': '2' })))).toBe(
      'scorm:errors.unsafePath',
    )
  })

  it('[LEARNING][SCORM]: the limits: zip size, number of entries, declared unpacked size (a zip bomb, unread)', () => {
    const bytes = zip(VALID)
    const limits = { ...SCORM_LIMITS }
    expect(problem(() => checkScormPackage(bytes, { ...limits, zipBytes: 100 }))).toBe(
      'scorm:errors.tooLarge',
    )
    expect(problem(() => checkScormPackage(bytes, { ...limits, entries: 2 }))).toBe(
      'scorm:errors.tooManyFiles',
    )
    // Each entry claims 200 MB unpacked: refused from the central directory, nothing inflated.
    const bomb = declareSize(bytes, 200 * 1024 * 1024)
    expect(problem(() => checkScormPackage(bomb))).toBe('scorm:errors.tooBig')
    expect(SCORM_LIMITS).toEqual({
      zipBytes: 100 * 1024 * 1024,
      entries: 2000,
      totalBytes: 300 * 1024 * 1024,
    })
  })

  it('[LEARNING][SCORM]: files are inflated in batches, every one of them once', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`f${i}.txt`, 'x'.repeat(10)]),
    )
    const bytes = zip({ ...VALID, ...files })
    const checked = checkScormPackage(bytes)
    const seen: string[] = []
    await eachPackageFile(
      bytes,
      checked.entries,
      async (entry, data) => {
        expect(data.length).toBe(entry.size)
        seen.push(entry.path)
      },
      25,
    )
    expect(seen.sort()).toEqual(checked.entries.map((e) => e.path).sort())
  })
})

describe('SCORM run-time data', () => {
  it('[LEARNING][SCORM]: 1.2: completed or passed is done; the score is scaled over its range', () => {
    const facts = (core: Record<string, unknown>) => cmiFacts('1.2', { core })
    expect(facts({ lesson_status: 'completed' }).isDone).toBe(true)
    expect(facts({ lesson_status: 'passed' })).toMatchObject({
      isDone: true,
      successStatus: 'passed',
    })
    expect(facts({ lesson_status: 'failed' })).toMatchObject({
      isDone: false,
      successStatus: 'failed',
    })
    expect(facts({ lesson_status: 'incomplete' }).isDone).toBe(false)
    expect(facts({ score: { raw: '8', min: '0', max: '10' } })).toMatchObject({
      scoreRaw: 8,
      scoreScaled: 0.8,
    })
    expect(facts({ score: { raw: '85', min: '', max: '' } }).scoreScaled).toBe(0.85)
    expect(facts({ score: { raw: '' }, total_time: '00:10:00' })).toMatchObject({
      scoreRaw: null,
      scoreScaled: null,
      totalTime: '00:10:00',
    })
  })

  it('[LEARNING][SCORM]: 2004: completed and not failed is done', () => {
    const facts = (cmi: Record<string, unknown>) => cmiFacts('2004', cmi)
    expect(facts({ completion_status: 'completed', success_status: 'unknown' }).isDone).toBe(true)
    expect(facts({ completion_status: 'completed', success_status: 'passed' }).isDone).toBe(true)
    expect(facts({ completion_status: 'completed', success_status: 'failed' }).isDone).toBe(false)
    expect(facts({ completion_status: 'incomplete', success_status: 'passed' }).isDone).toBe(false)
    expect(facts({ score: { scaled: '0.9', raw: '9' } })).toMatchObject({
      scoreScaled: 0.9,
      scoreRaw: 9,
    })
    expect(facts({ score: { raw: '3', max: '4' } }).scoreScaled).toBe(0.75)
    expect(scorePercent({ scoreScaled: 0.876 })).toBe(88)
    expect(scorePercent({ scoreScaled: null })).toBeNull()
  })

  it('[LEARNING][SCORM]: what a package starts with: the learner, the saved data, `entry`, no session fields', () => {
    const learner = { id: 'u1', name: 'Arben Nxënësi' }
    expect(resumeData('1.2', null, learner)).toEqual({
      core: { student_id: 'u1', student_name: 'Arben Nxënësi', entry: 'ab-initio' },
    })
    const saved = {
      suspend_data: 'page=3',
      core: {
        lesson_status: 'incomplete',
        exit: 'suspend',
        session_time: '00:01:00',
        student_id: 'x',
      },
    }
    expect(resumeData('1.2', saved, learner)).toEqual({
      suspend_data: 'page=3',
      core: {
        lesson_status: 'incomplete',
        student_id: 'u1',
        student_name: 'Arben Nxënësi',
        entry: 'resume',
      },
    })
    expect(saved.core.exit).toBe('suspend') // the stored data is not changed
    expect(
      resumeData(
        '2004',
        { completion_status: 'completed', exit: 'normal', session_time: 'PT1M' },
        learner,
      ),
    ).toEqual({
      completion_status: 'completed',
      learner_id: 'u1',
      learner_name: 'Arben Nxënësi',
      entry: '',
    })
  })
})
