/** Action plans from self-assessment results: objectives, actions, realism checks (ADR 020). */

export { loadPlansDemo } from './demo.ts'
export { type Flag, realismFlags } from './realism.ts'
