export * from './schema.ts'
export { getOutboxMessage, listOutbox, type QueueMailInput, queueMail } from './service.ts'
