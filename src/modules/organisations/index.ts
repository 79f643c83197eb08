export { presentOrganisation } from './api.ts'
export { type OrganisationInput, WORKING_LANGUAGES, ZOrganisation } from './inputs.ts'
export { type OrganisationFacts, organisationFacts, organisationNames } from './names.ts'
export {
  addProfileSection,
  type ProfileSection,
  type ProfileSectionContent,
} from './profile-sections.ts'
export * from './schema.ts'
export {
  createOrganisation,
  getCurrentOrganisation,
  getEditableOrganisation,
  getOrganisation,
  getPublicProfile,
  listOrganisations,
  type Organisation,
  updateOrganisation,
} from './service.ts'
export { slugify } from './slug.ts'
