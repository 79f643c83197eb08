import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import { organisations } from '../organisations/schema.ts'
import { deliverables, projects } from '../projects/schema.ts'
import { users } from '../users/schema.ts'

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })
const userRef = () => uuid().references(() => users.id, { onDelete: 'set null' })

/** A document in a project's library. tenantId is the partner organisation that owns it. */
export const documents = pgTable(
  'documents',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    /** The number of the newest version; versions count from 1. */
    currentVersion: integer().notNull().default(1),
    createdBy: userRef(),
    ...timestamps,
  },
  (t) => [index('documents_project_idx').on(t.projectId, t.updatedAt)],
)

/**
 * One uploaded file of a document. The bytes live in the file store under storageKey
 * (`<tenantId>/<uuid>`); tenantId is the organisation that uploaded this version.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    note: text().notNull().default(''),
    uploadedBy: userRef(),
    ...timestamps,
  },
  (t) => [uniqueIndex('document_versions_key').on(t.documentId, t.version)],
)

/**
 * A document that is a draft of a deliverable (the projects module owns deliverables; this
 * link lives here so its schema stays untouched). tenantId is the document's owner.
 */
export const documentLinks = pgTable(
  'document_links',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    deliverableId: uuid()
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('document_links_key').on(t.deliverableId, t.documentId),
    index('document_links_document_idx').on(t.documentId),
  ],
)
