export { linkify } from './linkify.tsx'
export { mailLocale, withLang } from './locale.ts'
export * from './schema.ts'
export {
  FINISHED_STATUSES,
  getOutboxMessage,
  listOutbox,
  OUTBOX_LIMIT,
  type OutboxMessage,
  purgeOldOutbox,
  type QueueMailInput,
  queueMail,
} from './service.ts'
