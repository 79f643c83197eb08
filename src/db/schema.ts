/** Every module's tables, for Drizzle's relational queries and for drizzle-kit. */
export * from '../modules/api-tokens/schema.ts'
export * from '../modules/audit/schema.ts'
export * from '../modules/auth/schema.ts'
export * from '../modules/invitations/schema.ts'
export * from '../modules/mail/schema.ts'
export * from '../modules/organisations/schema.ts'
export * from '../modules/projects/schema.ts'
export * from '../modules/users/schema.ts'
