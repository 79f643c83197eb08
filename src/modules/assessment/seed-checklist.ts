// TEMPORARY stub until the real checklist lands (replaced by the full file).
import type { SeedInstrument } from './content.ts'

const lv = [1, 2, 3, 4, 5].map((n) => ({
  en: `Level ${n}`,
  sq: `Niveli ${n}`,
  'sr-Latn': `Nivo ${n}`,
  mk: `Ниво ${n}`,
}))
const t = (en: string) => ({ en, sq: en, 'sr-Latn': en, mk: en })

export const IO_CAPACITY_CHECKLIST: SeedInstrument = {
  key: 'io-capacity',
  kind: 'checklist',
  title: t('International Office capacity checklist'),
  description: t('Stub'),
  content: {
    sections: ['strategy', 'safeguarding', 'finance'].map((s) => ({
      key: s,
      title: t(s),
      questions: [
        {
          key: `${s}-a`,
          type: 'scale' as const,
          text: t(`${s} a`),
          levels: lv,
          allowNa: true,
          required: false,
          groups: ['leaders' as const, 'teachers' as const, 'admin_staff' as const],
        },
        {
          key: `${s}-b`,
          type: 'scale' as const,
          text: t(`${s} b`),
          levels: lv,
          allowNa: true,
          required: false,
        },
      ],
    })),
  },
}
