export {
  type Competence,
  competenceByCode,
  competenceFrameworks,
  type Framework,
} from './competences.ts'
export { loadLearningDemo } from './demo.ts'
export { loadCohortsDemo } from './demo-cohorts.ts'
export {
  hasCompletedCourse,
  type PublicCourseLink,
  publicCourseLinks,
} from './service/catalogue-queries.ts'
export { sendCourseReminders } from './service/cohorts.ts'
export {
  type CompetenceEnrolment,
  type CourseForRating,
  competenceCourses,
  competenceEnrolments,
  courseForRating,
} from './service/competence-queries.ts'
export {
  type CompletedBy,
  type CourseCompletedStep,
  onCourseCompleted,
} from './service/completion-hook.ts'
export {
  type CourseCard,
  type CourseChoice,
  type CourseState,
  courseCards,
  courseStates,
  coursesBySlug,
  type LinkingLesson,
  lessonsLinkingTo,
  pathCourseChoices,
} from './service/course-facts.ts'
export { type Course, listCatalogue, loadCourse } from './service/courses.ts'
export { enrolSelf, listMyCourses } from './service/enrolment.ts'
export { listPublicCourses, type PublicCourseCard } from './service/public.ts'
export { courseReport } from './service/reports.ts'
export { courseChoices, enrolByRule, isCourseChoice, type RuleEnrolment } from './service/rules.ts'
