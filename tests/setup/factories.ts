import { randomBytes } from 'node:crypto'
import type { Deps } from '../../src/lib/context.ts'
import { hashPassword } from '../../src/lib/crypto.ts'
import type { LocalizedText } from '../../src/lib/localized-text.ts'
import { type OrganisationType, organisations } from '../../src/modules/organisations/schema.ts'
import { guardianships, memberships, type Role, users } from '../../src/modules/users/schema.ts'

const unique = () => randomBytes(4).toString('hex')

let cachedHash: Promise<string> | undefined

/** Builds rows with sensible defaults, creating missing parents (outline's `buildPin` idea). */
export class Factories {
  static readonly PASSWORD = 'correct horse battery'
  private readonly deps: Deps

  constructor(deps: Deps) {
    this.deps = deps
  }

  async organisation(
    over: Partial<{
      slug: string
      name: LocalizedText
      type: OrganisationType
      country: string
      city: string
      defaultLocale: string
      isExternal: boolean
    }> = {},
  ) {
    const u = unique()
    const [row] = await this.deps.db
      .insert(organisations)
      .values({
        slug: over.slug ?? `org-${u}`,
        name: over.name ?? { en: `School ${u}`, sq: `Shkolla ${u}` },
        type: over.type ?? 'vet_school',
        country: over.country ?? 'AL',
        city: over.city ?? 'Tiranë',
        defaultLocale: over.defaultLocale ?? 'en',
        isExternal: over.isExternal ?? false,
        workingLanguages: ['sq', 'en'],
      })
      .returning()
    return row!
  }

  async user(
    over: Partial<{
      email: string | null
      username: string | null
      displayName: string
      password: string | null
      locale: string | null
      isPlatformAdmin: boolean
    }> = {},
  ) {
    const u = unique()
    cachedHash ??= hashPassword(Factories.PASSWORD)
    const passwordHash =
      over.password === null
        ? null
        : over.password
          ? await hashPassword(over.password)
          : await cachedHash
    const [row] = await this.deps.db
      .insert(users)
      .values({
        email: over.email === undefined ? `person-${u}@school.test` : over.email,
        username: over.username ?? null,
        displayName: over.displayName ?? `Person ${u}`,
        passwordHash,
        locale: over.locale ?? null,
        isPlatformAdmin: over.isPlatformAdmin ?? false,
      })
      .returning()
    return row!
  }

  /** A person with a role in an organisation (made if not given). */
  async member(
    role: Role,
    over: { tenantId?: string; email?: string; displayName?: string; locale?: string } = {},
  ) {
    const tenantId = over.tenantId ?? (await this.organisation()).id
    const user = await this.user({
      ...(over.email ? { email: over.email } : {}),
      ...(over.displayName ? { displayName: over.displayName } : {}),
      ...(over.locale ? { locale: over.locale } : {}),
    })
    const [membership] = await this.deps.db
      .insert(memberships)
      .values({ tenantId, userId: user.id, role })
      .returning()
    return { user, membership: membership!, tenantId, login: user.email! }
  }

  async guardianship(tenantId: string, guardianUserId: string, learnerUserId: string) {
    const [row] = await this.deps.db
      .insert(guardianships)
      .values({ tenantId, guardianUserId, learnerUserId })
      .returning()
    return row!
  }
}
