export { issueCertificates } from './certificates.ts'
export { checkIn, checkInBatch } from './check-in.ts'
export { cancelByParticipant, confirmAsGuardian } from './decisions.ts'
export { loadEventsDemo } from './demo.ts'
export { feedbackResults, submitFeedback } from './feedback.ts'
export { renderIcs } from './ical.ts'
export {
  type EventStats,
  getEventStats,
  listEventsOfProject,
  listUpcomingPublicEvents,
  type PublicEventSummary,
} from './public.ts'
export { registerByStaff, registerForEvent } from './registration.ts'
export { REMINDER_AHEAD_MS, sendEventReminders } from './reminders.ts'
export * from './schema.ts'
export {
  cancelEvent,
  createEvent,
  type Event,
  getEvent,
  listEvents,
  publishEvent,
  updateEvent,
} from './service.ts'
export { eventTimes } from './time.ts'
