/** What `npm run ura -- help` prints; each command's own lines come from here too. */
export const COMMAND_USAGE: Record<string, string> = {
  migrate: `migrate
      Applies every database migration not applied yet. Every command does this first too.`,
  'create-org': `create-org --name "…" --slug … --country AL --type vet_school [--locale sq] [--time-zone Europe/Tirane]
      Adds an organisation. --type: vet_school, company, public_body, ngo, university, other.
      --locale is its default language (en, sq, sr-Latn, mk) and the language of --name.`,
  'create-user': `create-user --email … --name "…" [--password …] [--org slug --role coordinator] [--platform-admin]
      Adds a person who signs in with e-mail and password. Without --password one is made up and
      printed once. --role: org_admin, coordinator, staff, learner, guardian, partner_contact.`,
  'create-token': `create-token --email … --org slug [--name cli] [--days 90|never]
      Makes a personal API token for a member of the organisation and prints only the token, so a
      script can capture it: TOKEN=$(npm run --silent ura -- create-token …)`,
  'send-event-reminders': `send-event-reminders
      E-mails everyone with a confirmed place at an event that starts within 24 hours, once.
      Run it every few minutes from cron or a systemd timer.`,
  'demo-data': `demo-data
      Loads the demo organisations and people, only into an empty database.`,
  'send-reminders': `send-reminders
      E-mails the coordinators of each organisation about partner agreements that end within 90
      days, and again within 30 days; each reminder goes out once. Run it daily (cron, a timer).`,
  'send-course-reminders': `send-course-reminders
      E-mails the members of course cohorts who have not completed: a week before the cohort's
      end, and once after it (for a month); each reminder goes out once. Run it daily.`,
  'send-funding-reminders': `send-funding-reminders
      E-mails everyone watching a funding opportunity 90, 60, 30 and 7 days before each of its
      deadlines, in their language; each reminder goes out once. Run it daily.`,
  'seed-funding': `seed-funding
      Adds the seeded Erasmus+, Interreg IPA and donor opportunities to the shared funding
      register. Rows already there (by seed key) are left as an administrator corrected them.`,
  'purge-sensitive': `purge-sensitive
      Deletes mobility medical and emergency data whose retention has ended (the return date plus
      URA_MEDICAL_RETENTION_DAYS, 30 by default). Run it daily, e.g. from cron.`,
  'purge-outbox': `purge-outbox
      Deletes e-mails from the outbox that were sent, failed or kept more than
      URA_OUTBOX_RETENTION_DAYS days ago (180 by default); a message still waiting for delivery
      stays. Prints how many were deleted. Run it daily, e.g. from cron.`,
  help: `help
      Prints this text.`,
}

export function usage(): string {
  const commands = Object.values(COMMAND_USAGE)
    .map((text) => `  ${text}`)
    .join('\n\n')
  return `Ura's operator commands.

Usage: npm run ura -- <command> [options]

Commands:
${commands}

Configuration is read from the environment, exactly as the server reads it (DATABASE_URL,
URA_DATA_DIR, SMTP_URL, ...). Without DATABASE_URL the embedded database in URA_DATA_DIR is used;
stop the server first, as only one process can open it.
`
}

export function commandUsage(command: string): string {
  return `Usage: npm run ura -- ${COMMAND_USAGE[command] ?? command}\n`
}
