/**
 * The competence vocabulary (the four European frameworks, their levels, each school's own list)
 * lives in the competence-frameworks module (ADR 016); learning tags courses with it.
 */
export {
  type Competence,
  competenceByCode,
  competenceFrameworks,
  type Framework,
  isCompetenceCode,
} from '../competence-frameworks/index.ts'
