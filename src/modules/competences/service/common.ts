import {
  type CompetenceInfo,
  competenceFrameworks,
  OWN_FRAMEWORK,
} from '../../competence-frameworks/index.ts'

/** Frameworks in their fixed order, then own lists; within one, the framework's own order. */
export function orderCompetences(infos: Iterable<CompetenceInfo>): CompetenceInfo[] {
  const rank = new Map<string, number>()
  let n = 0
  for (const f of competenceFrameworks()) {
    for (const a of f.areas) for (const c of a.competences) rank.set(c.code, n++)
  }
  return [...infos].sort(
    (a, b) =>
      (rank.get(a.code) ?? Number.MAX_SAFE_INTEGER) -
        (rank.get(b.code) ?? Number.MAX_SAFE_INTEGER) || a.code.localeCompare(b.code),
  )
}

/** Groups competences by framework (own lists by their school), keeping the order above. */
export function byFramework(infos: readonly CompetenceInfo[]) {
  const groups = new Map<string, CompetenceInfo[]>()
  for (const info of orderCompetences(infos)) {
    const key = info.frameworkId === OWN_FRAMEWORK ? `org:${info.ownerId}` : info.frameworkId
    const list = groups.get(key)
    if (list) list.push(info)
    else groups.set(key, [info])
  }
  return [...groups.values()]
}
