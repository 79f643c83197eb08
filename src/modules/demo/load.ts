import { count } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import type { Deps } from '#src/lib/context.ts'
import { hashPassword } from '#src/lib/crypto.ts'
import { organisations } from '../organisations/schema.ts'
import { memberships, users } from '../users/schema.ts'

export type DemoAccount = { role: string; login: string; password: string; organisation: string }

export const DEMO_PASSWORD = 'ura-demo-2026'

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations)
  return (row?.n ?? 0) === 0
}

/** Loads the demo organisations and people from the seeds (ALLIANCE and V2V). */
export async function loadDemoData(deps: Deps): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  return deps.db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({
        slug: 'beqir-cela-durres',
        name: {
          sq: 'Shkolla Profesionale “Beqir Çela”',
          en: '“Beqir Çela” Vocational School',
        },
        type: 'vet_school',
        country: 'AL',
        city: 'Durrës',
        defaultLocale: 'sq',
        workingLanguages: ['sq', 'en'],
      })
      .returning()
    const [user] = await tx
      .insert(users)
      .values({ email: 'coordinator@beqircela.edu.al', displayName: 'Elira Hoxha', passwordHash })
      .returning()
    await tx
      .insert(memberships)
      .values({ tenantId: org!.id, userId: user!.id, role: 'coordinator' })
    return [
      {
        role: 'coordinator',
        login: 'coordinator@beqircela.edu.al',
        password: DEMO_PASSWORD,
        organisation: org!.slug,
      },
    ]
  })
}
