export {
  asksGroup,
  type InstrumentContent,
  type Question,
  questionsOf,
  RESPONDENT_GROUPS,
  type RespondentGroup,
} from './content.ts'
export { loadAssessmentDemo } from './demo.ts'
export { ensureShippedInstruments } from './service/instruments.ts'
export {
  type ItemResult,
  type Priority,
  type RoundResults,
  roundResults,
  type SectionResult,
} from './service/results.ts'
export { listRounds, type RoundRow } from './service/rounds.ts'
