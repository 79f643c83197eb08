export {
  type Competence,
  competenceByCode,
  competenceFrameworks,
  type Framework,
} from './competences.ts'
export { loadLearningDemo } from './demo.ts'
export { type Course, listCatalogue, loadCourse } from './service/courses.ts'
export { enrolSelf, listMyCourses } from './service/enrolment.ts'
export { courseReport } from './service/reports.ts'
