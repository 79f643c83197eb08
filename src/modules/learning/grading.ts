import type {
  Answer,
  CriterionGrade,
  GradedAnswer,
  PassUnit,
  QuestionOption,
  QuestionType,
  RubricCriterion,
} from './schema.ts'

/** What grading needs of a question: no text, so it is the same in every language. */
export type GradableQuestion = {
  id: string
  type: QuestionType
  options: QuestionOption[]
  accepted: string[]
  points: number
}

/** Case, accents, punctuation and repeated spaces do not matter in a short answer. */
export function normaliseShortAnswer(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((x) => right.has(x))
}

/**
 * Grades one answer on the server. Single choice and true/false score all or nothing; multiple
 * choice scores all or nothing too (every correct choice and no wrong one), so guessing every box
 * earns nothing; a short answer matches one of the accepted answers after normalising; matching
 * earns its points in proportion to the pairs right, rounded down.
 */
export function gradeAnswer(question: GradableQuestion, answer: Answer | undefined): GradedAnswer {
  const maxPoints = question.points
  const result = (points: number): GradedAnswer => ({
    questionId: question.id,
    points,
    maxPoints,
    correct: points === maxPoints,
  })
  if (!answer) return result(0)
  switch (question.type) {
    case 'single':
    case 'true_false':
    case 'multiple': {
      const correct = question.options.filter((o) => o.correct).map((o) => o.key)
      const picked = (answer.choices ?? []).filter((k) => question.options.some((o) => o.key === k))
      if (question.type !== 'multiple' && picked.length !== 1) return result(0)
      return result(correct.length > 0 && sameSet(picked, correct) ? maxPoints : 0)
    }
    case 'short_answer': {
      const given = normaliseShortAnswer(answer.text ?? '')
      if (given === '') return result(0)
      const ok = question.accepted.some((a) => normaliseShortAnswer(a) === given)
      return result(ok ? maxPoints : 0)
    }
    case 'matching': {
      const pairs = answer.pairs ?? {}
      const items = question.options
      if (items.length === 0) return result(0)
      const right = items.filter((o) => pairs[o.key] === o.key).length
      return result(Math.floor((right * maxPoints) / items.length))
    }
  }
}

export type QuizGrade = {
  graded: GradedAnswer[]
  score: number
  maxScore: number
  percent: number
  passed: boolean
}

/** Grades a whole attempt against the questions it drew; the pass mark is a percentage. */
export function gradeAttempt(
  questions: readonly GradableQuestion[],
  answers: Record<string, Answer>,
  passMark: number,
): QuizGrade {
  const graded = questions.map((q) => gradeAnswer(q, answers[q.id]))
  const score = graded.reduce((sum, g) => sum + g.points, 0)
  const maxScore = graded.reduce((sum, g) => sum + g.maxPoints, 0)
  const percent = maxScore === 0 ? 0 : Math.floor((score * 100) / maxScore)
  return { graded, score, maxScore, percent, passed: maxScore > 0 && percent >= passMark }
}

/**
 * The questions an attempt draws: all of them in order, or `count` of them chosen at random
 * (Fisher–Yates on the given random source) and then kept in the author's order.
 */
export function drawQuestions<T extends { id: string }>(
  pool: readonly T[],
  count: number | null,
  random: () => number = Math.random,
): T[] {
  if (count === null || count >= pool.length) return [...pool]
  const indexes = pool.map((_, i) => i)
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!]
  }
  const chosen = new Set(indexes.slice(0, Math.max(0, count)))
  return pool.filter((_, i) => chosen.has(i))
}

/** What a course asks of a person before it counts as completed. */
export type CompletionState = {
  lessonIds: readonly string[]
  doneLessonIds: ReadonlySet<string>
}

/** `done` of `total` as a whole percentage, rounded down (nothing to do is 0 %). */
export function percentDone(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((Math.min(done, total) * 100) / total)
}

/** Done lessons over all lessons, as a whole percentage (a course without lessons is at 0). */
export function progressPercent(state: CompletionState): number {
  const done = state.lessonIds.filter((id) => state.doneLessonIds.has(id)).length
  return percentDone(done, state.lessonIds.length)
}

/**
 * A course is completed when it has lessons and every one is done (a quiz counts as done only
 * once an attempt passed it, an assignment only once a teacher accepted a submission, so "every
 * quiz passed, every assignment accepted" is part of this rule).
 */
export function isCourseComplete(state: CompletionState): boolean {
  return state.lessonIds.length > 0 && state.lessonIds.every((id) => state.doneLessonIds.has(id))
}

/** The highest score a rubric gives: the best level of every criterion. */
export function rubricMaxScore(criteria: readonly Pick<RubricCriterion, 'levels'>[]): number {
  return criteria.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0)
}

export type RubricGrade = {
  grades: CriterionGrade[]
  score: number
  maxScore: number
  /** Criteria without a (known) level chosen: the grade is incomplete. */
  missing: string[]
}

/**
 * Scores the levels a teacher chose (criterion key → level key): the score is the sum of the
 * chosen levels' points, the maximum the sum of every criterion's best level. A criterion left
 * out, or given a level it does not have, is listed in `missing`.
 */
export function scoreRubric(
  criteria: readonly RubricCriterion[],
  chosen: Readonly<Record<string, string>>,
): RubricGrade {
  const grades: CriterionGrade[] = []
  const missing: string[] = []
  for (const c of criteria) {
    const level = c.levels.find((l) => l.key === chosen[c.key])
    if (!level) {
      missing.push(c.key)
      continue
    }
    grades.push({
      criterionKey: c.key,
      name: c.name,
      levelKey: level.key,
      label: level.label,
      points: level.points,
      maxPoints: Math.max(0, ...c.levels.map((l) => l.points)),
    })
  }
  const score = grades.reduce((sum, g) => sum + g.points, 0)
  return { grades, score, maxScore: rubricMaxScore(criteria), missing }
}

/**
 * Whether a score reaches an assignment's threshold: in points, or in whole percent of the
 * highest score (rounded down, as a quiz's percentage is).
 */
export function meetsThreshold(
  score: number,
  maxScore: number,
  threshold: number,
  unit: PassUnit,
): boolean {
  if (unit === 'points') return score >= threshold
  return percentDone(score, maxScore) >= threshold
}
