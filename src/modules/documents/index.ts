export { attachmentHeader, checkFile, MAX_FILE_BYTES } from './files.ts'
export { documentRoutes } from './routes.tsx'
export * from './schema.ts'
export { listDeliverableDocuments, uploadDocument } from './service.ts'
