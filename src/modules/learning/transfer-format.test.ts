import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { AppError } from '#src/lib/errors.ts'
import { type CourseFileInput, E, parseCourseFile } from './transfer-format.ts'
import { isSafeEntryName, readCoursePackage, writeCoursePackage } from './transfer-zip.ts'
import { problemPlace } from './views/transfer-pages.tsx'

type Lesson = CourseFileInput['modules'][number]['lessons'][number]
type Question = Lesson['questions'][number]

const lesson = (over: Partial<Lesson> = {}): Lesson => ({
  ref: 'l1',
  kind: 'text',
  title: { en: 'Safety abroad', sq: 'Siguria jashtë vendit' },
  body: { en: 'Keep your card with you.' },
  videoUrl: null,
  transcript: {},
  minutes: 10,
  releaseOn: null,
  passMark: null,
  maxAttempts: null,
  drawCount: null,
  questions: [],
  rubric: null,
  ...over,
})

const single = (over: Partial<Question> = {}): Question => ({
  type: 'single',
  prompt: { en: 'Who signs the learning agreement?' },
  options: [
    { key: 'a', text: { en: 'The learner' }, correct: false },
    { key: 'b', text: { en: 'All three parties' }, correct: true },
  ],
  accepted: [],
  feedbackCorrect: {},
  feedbackWrong: {},
  points: 1,
  ...over,
})

const quiz = (question: Question) =>
  lesson({ ref: 'l2', kind: 'quiz', body: {}, questions: [question], passMark: 70 })

function courseFile(lessons: Lesson[] = [lesson()]): CourseFileInput {
  return {
    format: 'ura-course',
    version: 1,
    exportedAt: '2026-12-01T10:00:00.000Z',
    source: { url: 'https://ura.example', organisation: { en: 'KESK Thessaloniki' } },
    course: {
      slug: 'before-you-leave',
      title: { en: 'Before you leave', sq: 'Para se të niseni' },
      summary: {},
      status: 'published',
      passMark: 70,
      competences: ['digcomp-2.2:1.1'],
      prerequisites: [],
    },
    modules: [{ ref: 'm1', title: { en: 'Getting ready' }, lessons }],
    skipped: [],
  }
}

/** The translation key and the course.json path of the refusal. */
function refusal(run: () => unknown): { key: string; path: string } {
  try {
    run()
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    const [path, key] = Object.entries(err.fields ?? {})[0]!
    expect(err.code).toBe('INVALID_INPUT')
    expect(err.messageKey).toBe(key)
    return { key, path }
  }
  throw new Error('accepted')
}

const q0 = 'modules.0.lessons.0.questions.0'

describe('course.json (the format, docs/course-export.md)', () => {
  it('[LEARNING][TRANSFER][FORMAT]: accepts a course in two languages, trimming and dropping blank texts', () => {
    const file = courseFile([
      lesson({ title: { en: ' Safety ', sq: 'Siguria', mk: '  ' } }),
      quiz(single()),
    ])
    const parsed = parseCourseFile(file)
    expect(parsed.modules[0]!.lessons[0]!.title).toEqual({ en: 'Safety', sq: 'Siguria' })
    expect(parsed.modules[0]!.lessons[1]!.questions[0]!.options).toHaveLength(2)
  })

  it('[LEARNING][TRANSFER][FORMAT]: refuses another format and a version it does not know', () => {
    expect(refusal(() => parseCourseFile({ ...courseFile(), format: 'moodle' })).key).toBe(
      E.notCourseFile,
    )
    expect(refusal(() => parseCourseFile([1, 2]))).toEqual({ key: E.notCourseFile, path: 'file' })
    expect(refusal(() => parseCourseFile({ ...courseFile(), version: 2 }))).toEqual({
      key: E.version,
      path: 'version',
    })
  })

  it('[LEARNING][TRANSFER][FORMAT]: a text missing in every language, or in a language courses are not written in', () => {
    const untitled = courseFile()
    untitled.course.title = { en: '   ' }
    expect(refusal(() => parseCourseFile(untitled))).toEqual({
      key: E.textMissing,
      path: 'course.title',
    })
    expect(
      refusal(() => parseCourseFile(courseFile([lesson({ title: { de: 'Sicherheit' } })]))),
    ).toEqual({ key: E.language, path: 'modules.0.lessons.0.title' })
  })

  it('[LEARNING][TRANSFER][FORMAT]: each question type keeps the editor’s rules', () => {
    const cases: [Question, string, string][] = [
      [
        single({
          options: [
            { key: 'a', text: { en: 'One' }, correct: false },
            { key: 'b', text: { en: 'Two' }, correct: false },
          ],
        }),
        E.oneRight,
        `${q0}.options`,
      ],
      [
        single({
          options: [
            { key: 'a', text: { en: 'One' }, correct: true },
            { key: 'b', text: { en: 'Two' }, correct: true },
          ],
        }),
        E.oneRight,
        `${q0}.options`,
      ],
      [
        single({ type: 'multiple', options: [{ key: 'a', text: { en: 'Only' }, correct: true }] }),
        E.twoChoices,
        `${q0}.options`,
      ],
      [
        single({
          type: 'multiple',
          options: [
            { key: 'a', text: { en: 'One' } },
            { key: 'b', text: { en: 'Two' } },
          ],
        }),
        E.someRight,
        `${q0}.options`,
      ],
      [
        single({
          type: 'true_false',
          options: [
            { key: 'true', text: {}, correct: true },
            { key: 'false', text: {}, correct: true },
          ],
        }),
        E.truth,
        `${q0}.options`,
      ],
      [
        single({
          type: 'matching',
          options: [
            { key: 'a', text: { en: 'Erasmus+' }, match: { en: 'EU programme' } },
            { key: 'b', text: { en: 'ECVET' } },
          ],
        }),
        E.pairs,
        `${q0}.options`,
      ],
      [single({ type: 'short_answer', options: [] }), E.accepted, `${q0}.accepted`],
      [
        single({
          options: [
            { key: 'a', text: { en: 'One' }, correct: true },
            { key: 'a', text: { en: 'Two' } },
          ],
        }),
        E.duplicateKey,
        `${q0}.options`,
      ],
      [single({ points: 11 }), E.number, `${q0}.points`],
      [single({ prompt: {} }), E.textMissing, `${q0}.prompt`],
    ]
    for (const [question, key, path] of cases) {
      const file = courseFile([quiz(question)])
      expect(
        refusal(() => parseCourseFile(file)),
        `${question.type} ${key}`,
      ).toEqual({ key, path })
    }
    expect(() =>
      parseCourseFile(courseFile([quiz(single({ type: 'short_answer', accepted: ['Tirana'] }))])),
    ).not.toThrow()
  })

  it('[LEARNING][TRANSFER][FORMAT]: lessons: kinds, their parts, dates, video links and refs', () => {
    const cases: [Lesson[], string, string][] = [
      [[lesson({ body: {} })], E.lessonEmpty, 'modules.0.lessons.0.body'],
      [[lesson({ kind: 'assignment', body: {} })], E.taskEmpty, 'modules.0.lessons.0.body'],
      [[lesson({ questions: [single()] })], E.questionsNotQuiz, 'modules.0.lessons.0.questions'],
      [[lesson({ kind: 'scorm' as 'text' })], E.invalid, 'modules.0.lessons.0.kind'],
      [[lesson({ releaseOn: '2027-02-30' })], E.date, 'modules.0.lessons.0.releaseOn'],
      [[lesson({ videoUrl: 'javascript:alert(1)' })], E.videoUrl, 'modules.0.lessons.0.videoUrl'],
      [[lesson(), lesson()], E.duplicateRef, 'modules'],
      [
        [
          lesson({
            kind: 'assignment',
            rubric: {
              criteria: [
                {
                  key: 'c1',
                  name: { en: 'Dates' },
                  description: {},
                  levels: [
                    { key: 'l1', label: { en: 'Missing' }, points: 0 },
                    { key: 'l2', label: { en: 'All there' }, points: 2 },
                  ],
                },
              ],
              passThreshold: 3,
              passUnit: 'points',
            },
          }),
        ],
        E.threshold,
        'modules.0.lessons.0.rubric.passThreshold',
      ],
    ]
    for (const [lessons, key, path] of cases) {
      expect(
        refusal(() => parseCourseFile(courseFile(lessons))),
        key,
      ).toEqual({ key, path })
    }
  })

  it('[LEARNING][TRANSFER][FORMAT]: names the place of a problem for the import page', () => {
    expect(problemPlace(`${q0}.options`)).toEqual({
      key: 'course-transfer:where.question',
      params: { module: 1, lesson: 1, question: 1 },
    })
    expect(problemPlace('modules.2.lessons.4.rubric.criteria')).toEqual({
      key: 'course-transfer:where.rubric',
      params: { module: 3, lesson: 5 },
    })
    expect(problemPlace('modules.1.title.en')?.params).toEqual({ module: 2 })
    expect(problemPlace('course.title')?.key).toBe('course-transfer:where.course')
    expect(problemPlace('version')?.key).toBe('course-transfer:where.file')
    expect(problemPlace('file')).toBeNull()
  })
})

/** Sets every central-directory entry's declared unpacked size, as a lying archive would. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true)
  }
  return out
}

describe('the course package (zip)', () => {
  const json = strToU8(JSON.stringify(courseFile()))

  it('[LEARNING][TRANSFER][ZIP]: what export writes, import reads back', () => {
    const file = courseFile([lesson(), quiz(single())])
    expect(readCoursePackage(writeCoursePackage(file))).toEqual(parseCourseFile(file))
  })

  it('[LEARNING][TRANSFER][ZIP]: refuses what is not a zip, a damaged one, and one without course.json', () => {
    expect(refusal(() => readCoursePackage(strToU8('{"format":"ura-course"}'))).key).toBe(E.notZip)
    const zip = zipSync({ 'course.json': json })
    expect(refusal(() => readCoursePackage(zip.slice(0, zip.length - 30))).key).toBe(E.brokenZip)
    expect(refusal(() => readCoursePackage(zipSync({ 'other.json': json }))).key).toBe(
      E.noCourseJson,
    )
    expect(
      refusal(() => readCoursePackage(zipSync({ 'course.json': strToU8('{ not json') }))).key,
    ).toBe(E.notJson)
  })

  it('[LEARNING][TRANSFER][ZIP]: guards against paths out of the package and zip bombs', () => {
    for (const name of ['../evil.sh', 'files/../../etc/passwd', '/etc/passwd', 'C:/x', 'a\\b']) {
      expect(isSafeEntryName(name), name).toBe(false)
      const zip = zipSync({ 'course.json': json, [name]: strToU8('x') })
      expect(refusal(() => readCoursePackage(zip)).key, name).toBe(E.unsafePath)
    }
    expect(isSafeEntryName('files/images/map.png')).toBe(true)
    const many = Object.fromEntries(
      Array.from({ length: 2001 }, (_, i) => [`files/${i}.txt`, strToU8('')]),
    )
    expect(refusal(() => readCoursePackage(zipSync(many))).key).toBe(E.tooManyEntries)
    const lying = declareSize(zipSync({ 'course.json': json }), 0x7fff_0000)
    expect(refusal(() => readCoursePackage(lying)).key).toBe(E.tooBig)
  })
})
