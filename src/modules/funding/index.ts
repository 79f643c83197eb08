/** The funding register (shared and per school), eligibility as data, watch lists and reminders, the application pipeline (ADR 019). */

export { loadFundingDemo } from './demo.ts'
export { type Applicant, checkEligibility, type RoleAnswer } from './eligibility.ts'
export { seedFundingOpportunities } from './seed.ts'
export {
  type FundingReminderRun,
  REMINDER_DAYS,
  sendFundingReminders,
} from './service/reminders.ts'
