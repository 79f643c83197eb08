import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { getOutboxMessage, listOutbox, OUTBOX_LIMIT } from './service.ts'
import { OutboxMessagePage, OutboxPage } from './views.tsx'

export const outboxRoutes = new Hono<AppEnv>()
  .get('/app/outbox', async (c) => {
    const messages = await listOutbox(c.var.ctx)
    return c.render(
      <OutboxPage
        messages={messages}
        isConfigured={c.var.deps.mailer.isConfigured}
        limit={OUTBOX_LIMIT}
      />,
      { title: c.var.t('mail:title') },
    )
  })
  .get('/app/outbox/:id', async (c) => {
    const message = await getOutboxMessage(c.var.ctx, c.req.param('id'))
    return c.render(
      <OutboxMessagePage message={message} isConfigured={c.var.deps.mailer.isConfigured} />,
      { title: message.subject },
    )
  })
