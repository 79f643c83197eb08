import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { describeEntities } from './entities.ts'
import { isKnownAction } from './labels.ts'
import { listAudit } from './service.ts'
import { AuditPage } from './views.tsx'

export const auditRoutes = new Hono<AppEnv>().get('/app/audit', async (c) => {
  // A cursor or filter that makes no sense is ignored: the page starts from the newest entry.
  const before = ZUuid.safeParse(c.req.query('before')).data
  const rawAction = c.req.query('action')
  const action = isKnownAction(rawAction) ? rawAction : undefined
  const page = await listAudit(c.var.ctx, { before, action })
  const names = await describeEntities(c.var.ctx, page.items)
  return c.render(
    <AuditPage
      items={page.items}
      names={names}
      nextBefore={page.nextBefore}
      action={action}
      isFirstPage={!before}
    />,
    { title: c.var.t('audit:title') },
  )
})
