export { linkify } from './linkify.tsx'
export * from './schema.ts'
export {
  getOutboxMessage,
  listOutbox,
  OUTBOX_LIMIT,
  type OutboxMessage,
  type QueueMailInput,
  queueMail,
} from './service.ts'
