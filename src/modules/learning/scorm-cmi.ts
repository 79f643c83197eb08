import { z } from 'zod'
import type { ScormVersion } from './schema.ts'

/**
 * The largest commit accepted. SCORM 2004 allows 64,000 characters of suspend data alone, and
 * interactions come on top; 1.2 packages stay far below.
 */
export const MAX_COMMIT_BYTES = 256 * 1024

/** A commit as scorm-again sends it with `dataCommitFormat: 'json'`: `{ cmi: { … } }`. */
export const ZScormCommit = z.object({ cmi: z.record(z.string(), z.unknown()) })
export type ScormCommit = z.infer<typeof ZScormCommit>

type Json = Record<string, unknown>

const obj = (v: unknown): Json =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {}
const str = (v: unknown, max = 64): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : null
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
  return Number.isFinite(n) ? n : null
}
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))

/** Scaled from raw over its range, for a package that reports no scaled score of its own. */
function scaledOf(raw: number | null, min: number, max: number) {
  return raw !== null && max > min ? clamp((raw - min) / (max - min), 0, 1) : null
}

function scaled2004(score: Json) {
  const scaled = num(score.scaled)
  if (scaled !== null) return clamp(scaled, -1, 1)
  const max = num(score.max)
  return max === null ? null : scaledOf(num(score.raw), num(score.min) ?? 0, max)
}

/** What Ura keeps from a commit besides the data itself, and whether the lesson is done. */
export type CmiFacts = {
  lessonStatus: string | null
  successStatus: string | null
  scoreRaw: number | null
  scoreScaled: number | null
  totalTime: string | null
  isDone: boolean
}

/**
 * Reads a commit's statuses and score. Done is SCORM 1.2's `lesson_status` completed or passed;
 * 2004's `completion_status` completed with a `success_status` other than failed. A 1.2 score
 * is scaled over its range (0–100 unless the package says otherwise).
 */
export function cmiFacts(version: ScormVersion, cmi: Json): CmiFacts {
  if (version === '1.2') {
    const core = obj(cmi.core)
    const score = obj(core.score)
    const status = str(core.lesson_status)
    const raw = num(score.raw)
    const min = num(score.min) ?? 0
    const max = num(score.max) ?? 100
    return {
      lessonStatus: status,
      successStatus: status === 'passed' || status === 'failed' ? status : null,
      scoreRaw: raw,
      scoreScaled: scaledOf(raw, min, max),
      totalTime: str(core.total_time),
      isDone: status === 'completed' || status === 'passed',
    }
  }
  const score = obj(cmi.score)
  const completion = str(cmi.completion_status)
  const success = str(cmi.success_status)
  return {
    lessonStatus: completion,
    successStatus: success,
    scoreRaw: num(score.raw),
    scoreScaled: scaled2004(score),
    totalTime: str(cmi.total_time),
    isDone: completion === 'completed' && success !== 'failed',
  }
}

/**
 * The data a package starts with (for scorm-again's `loadFromJSON`): what it committed last,
 * without the write-only session fields, the learner as Ura knows them, and `entry` saying
 * whether this is the first launch or a return to a suspended one.
 */
export function resumeData(
  version: ScormVersion,
  saved: Json | null,
  learner: { id: string; name: string },
): Json {
  const data = structuredClone(saved ?? {})
  if (version === '1.2') {
    const core = obj(data.core)
    const entry = !saved ? 'ab-initio' : core.exit === 'suspend' ? 'resume' : ''
    delete core.session_time
    delete core.exit
    data.core = { ...core, student_id: learner.id, student_name: learner.name, entry }
    return data
  }
  const entry = !saved ? 'ab-initio' : data.exit === 'suspend' ? 'resume' : ''
  delete data.session_time
  delete data.exit
  return { ...data, learner_id: learner.id, learner_name: learner.name, entry }
}

/** The score to show, in percent (null when the package reported none). */
export function scorePercent(a: { scoreScaled: number | null }): number | null {
  return a.scoreScaled === null ? null : Math.round(a.scoreScaled * 100)
}
