import type { LocalizedText } from '#src/lib/localized-text.ts'
import type { OrganisationType } from '#src/modules/organisations/index.ts'
import type { Role } from '#src/modules/users/index.ts'

/** An organisation of the demo network, as the loader inserts it. */
export type DemoOrganisation = {
  slug: string
  /** In the organisation's own language(s) and script, plus English. */
  name: LocalizedText
  type: OrganisationType
  country: string
  /** As the organisation writes it for its main audience. */
  city: string
  latitude: string
  longitude: string
  website: string | null
  erasmusOid: string | null
  erasmusPic: string | null
  workingLanguages: string[]
  /** A UI locale (en, sq, sr-Latn, mk): schools whose language Ura does not speak yet use en. */
  defaultLocale: string
  timeZone: string
  isExternal?: boolean
}

export type DemoMembership = { org: string; role: Role; title?: string }

/** A person of the demo; `key` links guardianships, invitations and messages to them. */
export type DemoPerson = {
  key: string
  displayName: string
  email?: string
  /** Learners sign in with a username and have no e-mail. */
  username?: string
  locale?: string
  dateOfBirth?: string
  phone?: string
  isPlatformAdmin?: boolean
  memberships: DemoMembership[]
}

export type DemoGuardianship = {
  org: string
  guardian: string
  learner: string
  relation: string
}

export type DemoInvitation = {
  org: string
  email: string
  displayName: string
  role: Role
  invitedBy: string
  /** Days until the invitation expires, counted from the moment of loading. */
  expiresInDays: number
}

export type DemoMessage = {
  org: string
  to: string
  subject: string
  text: string
  /** Minutes before the moment of loading. */
  minutesAgo: number
}
