/**
 * The roles a person holds in an organisation (one per membership). Kept below every module so the
 * permission matrix (`policy.ts`) and the request context can name them; the users module stores them.
 */
export const ROLES = [
  'org_admin',
  'coordinator',
  'staff',
  'learner',
  'guardian',
  'partner_contact',
] as const
export type Role = (typeof ROLES)[number]
