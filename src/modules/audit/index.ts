export * from './schema.ts'
export {
  AUDIT_PAGE_SIZE,
  type AuditEntry,
  diffForAudit,
  listAudit,
  recordAudit,
} from './service.ts'
