/** Learning paths with a programme certificate, and the guidebook library (ADR 017). */

export { loadCurriculaDemo } from './demo.ts'
export { afterCourseCompleted } from './service/following.ts'
