export {
  type Competence,
  competenceByCode,
  competenceFrameworks,
  type Framework,
  frameworkById,
  isCompetenceCode,
  OWN_CODE,
} from './frameworks.ts'
export {
  formToOwnCompetence,
  OWN_LANGUAGES,
  type OwnCompetenceInput,
  ZOwnCompetence,
} from './inputs.ts'
export {
  allScales,
  type Band,
  bandOf,
  frameworkOfCode,
  isLow,
  type Level,
  levelAt,
  levelOrdinal,
  OWN_FRAMEWORK,
  type Scale,
  scaleOfFramework,
} from './levels.ts'
export {
  type CompetenceInfo,
  createOwnCompetence,
  describeCompetences,
  foreignOwnCodes,
  frameworkCompetence,
  frameworkCompetences,
  getOwnCompetence,
  listOwnCompetences,
  type OwnCompetence,
  ownCompetenceChoices,
  ownCompetenceInfos,
  ownCompetenceNames,
  seedOwnCompetences,
  updateOwnCompetence,
} from './own-list.ts'
