import type { DbOrTx } from '#src/db/client.ts'
import type { IssueCredentialInput } from './service.ts'
import { issueCredential } from './service.ts'

/** A course credential of the organisation, in Macedonian unless told otherwise. */
export function issueTestCredential(
  db: DbOrTx,
  tenantId: string,
  over: Partial<IssueCredentialInput> = {},
) {
  return issueCredential(db, {
    tenantId,
    kind: 'course',
    sourceId: crypto.randomUUID(),
    recipientUserId: null,
    recipientName: 'Ана Петровска',
    recipientEmail: 'ana@school.test',
    locale: 'mk',
    achievement: {
      name: { en: 'Welding basics', mk: 'Основи на заварување', sq: 'Bazat e saldimit' },
      description: {
        en: 'Safe MIG welding of thin sheet.',
        mk: 'Безбедно MIG заварување на тенок лим.',
      },
      criteria: { en: 'Passed the practical test and the safety quiz.' },
      alignments: [
        {
          targetName: 'weld metal pieces',
          targetUrl: 'http://data.europa.eu/esco/skill/8a4ceae4-ebd0-4bd3-9a6b-37a1b8ba1fa2',
          targetFramework: 'ESCO',
          targetCode: '8a4ceae4-ebd0-4bd3-9a6b-37a1b8ba1fa2',
        },
      ],
    },
    issuedAt: new Date('2026-11-20T10:15:30.456Z'),
    ...over,
  })
}
