export { homeRoutes } from './routes.tsx'
export { getHomeSummary, type HomeSummary } from './service.ts'
