/** The course database: training offers, moderation, reviews, Erasmus+ fees per day (ADR 021). */

export { type CatalogueDemoIds, loadCatalogueDemo } from './demo.ts'
export { feePerDay } from './fees.ts'
export { type ErasmusCourseFee, erasmusCourseFee } from './reference.ts'
