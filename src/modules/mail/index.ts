export { linkify } from './linkify.tsx'
export { mailLocale, withLang } from './locale.ts'
export * from './schema.ts'
export {
  getOutboxMessage,
  listOutbox,
  OUTBOX_LIMIT,
  type OutboxMessage,
  type QueueMailInput,
  queueMail,
} from './service.ts'
