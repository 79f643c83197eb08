export { auditRoutes } from './routes.tsx'
export * from './schema.ts'
export {
  AUDIT_PAGE_SIZE,
  type AuditEntry,
  type AuditItem,
  CHANGED,
  diffForAudit,
  isSensitiveField,
  listAudit,
  recordAudit,
  tenantOrPlatformScope,
} from './service.ts'
