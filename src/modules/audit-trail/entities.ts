import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { tokenNames } from '../api-tokens/index.ts'
import { invitationLabels } from '../invitations/index.ts'
import { organisationNames } from '../organisations/index.ts'
import { membershipNames, userNames } from '../users/index.ts'

/** A readable name for an audited record: plain text, or an organisation's name in languages. */
export type EntityName = string | LocalizedText

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Ref = { entityType: string; entityId: string }

export const entityKey = (type: string, id: string) => `${type}:${id}`

/** Who names each audited record type: the module that owns the record, through its index.ts. */
const NAMERS: Record<string, (ctx: Ctx, ids: string[]) => Promise<Map<string, EntityName>>> = {
  user: userNames,
  membership: membershipNames,
  invitation: invitationLabels,
  organisation: organisationNames,
  api_token: tokenNames,
}

/**
 * Names for the records a page of audit entries points at, in one query per record type. Records
 * that no longer exist (a removed membership) get no name; the view shows their type instead.
 */
export async function describeEntities(ctx: Ctx, refs: Ref[]): Promise<Map<string, EntityName>> {
  const byType = new Map<string, string[]>()
  for (const ref of refs) {
    if (!UUID.test(ref.entityId) || !(ref.entityType in NAMERS)) continue
    const ids = byType.get(ref.entityType) ?? []
    if (!ids.includes(ref.entityId)) ids.push(ref.entityId)
    byType.set(ref.entityType, ids)
  }
  const out = new Map<string, EntityName>()
  for (const [type, ids] of byType) {
    for (const [id, name] of await NAMERS[type]!(ctx, ids)) {
      if (name) out.set(entityKey(type, id), name)
    }
  }
  return out
}
