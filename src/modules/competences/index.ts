export { loadCompetencesDemo } from './demo.ts'
export { myCompetenceProfile, staffCompetenceProfile } from './service/profile.ts'
