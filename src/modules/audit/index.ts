export * from './schema.ts'
export {
  type AuditEntry,
  CHANGED,
  diffForAudit,
  isSensitiveField,
  recordAudit,
  tenantOrPlatformScope,
} from './service.ts'
