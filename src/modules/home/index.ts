export { getHomeSummary, type HomeSummary } from './service.ts'
