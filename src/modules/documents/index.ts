export { addDemoDocument } from './demo.ts'
export { attachmentHeader, checkFile, MAX_FILE_BYTES } from './files.ts'
export * from './schema.ts'
export { listDeliverableDocuments, uploadDocument } from './service.ts'
