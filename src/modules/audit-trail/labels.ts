/** Actions the audit page names and filters by; any other action still shows, with a generic label. */
export const AUDIT_ACTIONS = [
  'organisation.created',
  'organisation.updated',
  'membership.created',
  'membership.role_changed',
  'membership.removed',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'guardianship.created',
  'guardianship.removed',
  'user.created',
  'user.updated',
  'user.email_change_requested',
  'user.password_changed',
  'user.password_reset',
  'user.activated',
  'user.locked',
  'token.created',
  'token.revoked',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export function isKnownAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value)
}

/** Record types with a translated name (`audit:entity.<type>`). */
export const ENTITY_TYPES = new Set([
  'user',
  'membership',
  'invitation',
  'organisation',
  'guardianship',
  'api_token',
])

/** Changed fields with a translated name (`audit:field.<name>`); others show as stored. */
export const FIELD_NAMES = new Set([
  'name',
  'displayName',
  'email',
  'username',
  'role',
  'locale',
  'phone',
  'dateOfBirth',
  'password',
  'slug',
  'type',
  'country',
  'city',
  'website',
  'erasmusOid',
  'erasmusPic',
  'workingLanguages',
  'defaultLocale',
  'timeZone',
  'title',
  'prefix',
  'expiresAt',
  'revokedAt',
  'isDisabled',
  'isPlatformAdmin',
])
