import type { LocalizedText } from '#src/lib/localized-text.ts'
import type {
  CourseVisibility,
  PassUnit,
  QuestionOption,
  QuestionType,
  RubricCriterion,
} from './schema.ts'

/*
 * The ALLIANCE staff curriculum as demo courses: short, real content for the International
 * Offices of the five Albanian and Kosovar schools. The first course is in all four languages;
 * the others in English and Albanian, as ALLIANCE's own materials are.
 */

export type DemoQuestion = {
  type: QuestionType
  prompt: LocalizedText
  options?: QuestionOption[]
  accepted?: string[]
  feedbackCorrect?: LocalizedText
  feedbackWrong?: LocalizedText
  points?: number
}

export type DemoLesson = {
  title: LocalizedText
  minutes: number
  body?: LocalizedText
  videoUrl?: string
  transcript?: LocalizedText
  quiz?: { passMark?: number; maxAttempts?: number; drawCount?: number; questions: DemoQuestion[] }
  /** An assignment: its task is `body`, graded with this rubric. */
  assignment?: { criteria: RubricCriterion[]; passThreshold: number; passUnit: PassUnit }
}

export type DemoCourse = {
  key: string
  title: LocalizedText
  summary: LocalizedText
  visibility: CourseVisibility
  competences: string[]
  modules: { title: LocalizedText; lessons: DemoLesson[] }[]
}

const yes = (text: LocalizedText, feedback?: LocalizedText): Omit<QuestionOption, 'key'> => ({
  text,
  correct: true,
  ...(feedback ? { feedback } : {}),
})
const no = (text: LocalizedText, feedback?: LocalizedText): Omit<QuestionOption, 'key'> => ({
  text,
  correct: false,
  ...(feedback ? { feedback } : {}),
})
const keyed = (options: Omit<QuestionOption, 'key'>[]): QuestionOption[] =>
  options.map((o, i) => ({ ...o, key: 'abcdef'[i]! }))

/** Levels of a demo criterion, lowest first, keyed `l1`, `l2` … as the rubric editor keys them. */
const levels = (...list: [LocalizedText, number][]) =>
  list.map(([label, points], i) => ({ key: `l${i + 1}`, label, points }))

/** The first course's assignment: a one-page procedure, graded with three criteria. */
const OFFICE_PROCEDURE: DemoLesson = {
  title: {
    en: 'Assignment: your office’s one-page procedure',
    sq: 'Detyrë: procedura njëfaqëshe e zyrës suaj',
    'sr-Latn': 'Zadatak: procedura vaše kancelarije na jednoj strani',
    mk: 'Задача: постапката на вашата канцеларија на една страница',
  },
  minutes: 45,
  body: {
    en: 'Write your International Office’s procedure on one page, as you would give it to a new colleague:\n\n- who owns each of the five tasks (strategy, partnerships, projects, mobility, dissemination);\n- the key dates of the school year, Erasmus+ deadlines included;\n- whom to call first when something goes wrong abroad.\n\nWrite it in the answer box, or attach it as a PDF or Word file.',
    sq: 'Shkruani procedurën e Zyrës suaj Ndërkombëtare në një faqe, ashtu siç do t’ia jepnit një kolegu të ri:\n\n- kush është përgjegjës për secilën nga pesë detyrat (strategjia, partneritetet, projektet, mobiliteti, shpërndarja);\n- datat kryesore të vitit shkollor, përfshirë afatet e Erasmus+;\n- kë telefononi së pari kur diçka shkon keq jashtë vendit.\n\nShkruajeni në kutinë e përgjigjes ose bashkëngjiteni si skedar PDF ose Word.',
    'sr-Latn':
      'Napišite proceduru svoje Međunarodne kancelarije na jednoj strani, kao da je dajete novom kolegi:\n\n- ko je nosilac svakog od pet zadataka (strategija, partnerstva, projekti, mobilnost, diseminacija);\n- ključne datume školske godine, uključujući Erasmus+ rokove;\n- koga prvo zovete kada nešto pođe naopako u inostranstvu.\n\nNapišite je u polje za odgovor ili je priložite kao PDF ili Word datoteku.',
    mk: 'Напишете ја постапката на вашата Канцеларија за меѓународна соработка на една страница, како да ја давате на нов колега:\n\n- кој е носител на секоја од петте задачи (стратегија, партнерства, проекти, мобилност, дисеминација);\n- клучните датуми од учебната година, вклучувајќи ги роковите на Еразмус+;\n- кого прво го повикувате кога нешто ќе тргне наопаку во странство.\n\nНапишете ја во полето за одговор или приложете ја како PDF или Word датотека.',
  },
  assignment: {
    passThreshold: 4,
    passUnit: 'points',
    criteria: [
      {
        key: 'c1',
        name: {
          en: 'Clear roles',
          sq: 'Role të qarta',
          'sr-Latn': 'Jasne uloge',
          mk: 'Јасни улоги',
        },
        description: {
          en: 'Each of the five tasks has a named owner.',
          sq: 'Secila nga pesë detyrat ka një përgjegjës me emër.',
          'sr-Latn': 'Svaki od pet zadataka ima imenovanog nosioca.',
          mk: 'Секоја од петте задачи има именуван носител.',
        },
        levels: levels(
          [
            {
              en: 'No owners named',
              sq: 'Nuk ka përgjegjës',
              'sr-Latn': 'Nosioci nisu navedeni',
              mk: 'Нема наведени носители',
            },
            0,
          ],
          [
            {
              en: 'Some tasks have an owner',
              sq: 'Disa detyra kanë përgjegjës',
              'sr-Latn': 'Neki zadaci imaju nosioca',
              mk: 'Некои задачи имаат носител',
            },
            1,
          ],
          [
            {
              en: 'Every task has a named owner',
              sq: 'Çdo detyrë ka përgjegjës me emër',
              'sr-Latn': 'Svaki zadatak ima imenovanog nosioca',
              mk: 'Секоја задача има именуван носител',
            },
            2,
          ],
        ),
      },
      {
        key: 'c2',
        name: {
          en: 'The school year’s calendar',
          sq: 'Kalendari i vitit shkollor',
          'sr-Latn': 'Kalendar školske godine',
          mk: 'Календар на учебната година',
        },
        description: {
          en: 'The key dates and the Erasmus+ deadlines are there.',
          sq: 'Janë datat kryesore dhe afatet e Erasmus+.',
          'sr-Latn': 'Navedeni su ključni datumi i Erasmus+ rokovi.',
          mk: 'Наведени се клучните датуми и роковите на Еразмус+.',
        },
        levels: levels(
          [{ en: 'Missing', sq: 'Mungon', 'sr-Latn': 'Nedostaje', mk: 'Недостасува' }, 0],
          [{ en: 'Some dates', sq: 'Disa data', 'sr-Latn': 'Neki datumi', mk: 'Некои датуми' }, 1],
          [
            {
              en: 'All key dates and deadlines',
              sq: 'Të gjitha datat dhe afatet kryesore',
              'sr-Latn': 'Svi ključni datumi i rokovi',
              mk: 'Сите клучни датуми и рокови',
            },
            2,
          ],
        ),
      },
      {
        key: 'c3',
        name: {
          en: 'Ready for a new colleague',
          sq: 'Gati për një koleg të ri',
          'sr-Latn': 'Spremno za novog kolegu',
          mk: 'Подготвено за нов колега',
        },
        description: {
          en: 'One page, plain words, and whom to call in an emergency.',
          sq: 'Një faqe, fjalë të thjeshta dhe kë të telefononi në rast emergjence.',
          'sr-Latn': 'Jedna strana, jednostavne reči i koga zvati u hitnom slučaju.',
          mk: 'Една страница, едноставни зборови и кого да се повика во итен случај.',
        },
        levels: levels(
          [
            {
              en: 'Hard to follow',
              sq: 'E vështirë për t’u ndjekur',
              'sr-Latn': 'Teško za praćenje',
              mk: 'Тешко за следење',
            },
            0,
          ],
          [
            {
              en: 'Usable with help',
              sq: 'E përdorshme me ndihmë',
              'sr-Latn': 'Upotrebljivo uz pomoć',
              mk: 'Употребливо со помош',
            },
            1,
          ],
          [
            {
              en: 'Clear on its own',
              sq: 'E qartë më vete',
              'sr-Latn': 'Jasno samo po sebi',
              mk: 'Јасно само по себе',
            },
            2,
          ],
        ),
      },
    ],
  },
}

const RUNNING_AN_OFFICE: DemoCourse = {
  key: 'international-office',
  title: {
    en: 'Running an International Office',
    sq: 'Drejtimi i një Zyre Ndërkombëtare',
    'sr-Latn': 'Vođenje Međunarodne kancelarije',
    mk: 'Водење на Канцеларија за меѓународна соработка',
  },
  summary: {
    en: 'What a VET school’s International Office does, who does it, and how it keeps partners, projects and mobility in order.',
    sq: 'Çfarë bën Zyra Ndërkombëtare e një shkolle profesionale, kush e bën dhe si i mban në rregull partnerët, projektet dhe mobilitetin.',
    'sr-Latn':
      'Šta radi Međunarodna kancelarija stručne škole, ko to radi i kako vodi partnere, projekte i mobilnost.',
    mk: 'Што работи Канцеларијата за меѓународна соработка на едно стручно училиште, кој ја води и како ги следи партнерите, проектите и мобилноста.',
  },
  visibility: 'public',
  competences: ['entrecomp:2.4', 'entrecomp:3.3', 'digcomp-2.2:2.4'],
  modules: [
    {
      title: {
        en: 'What the office does',
        sq: 'Çfarë bën zyra',
        'sr-Latn': 'Šta kancelarija radi',
        mk: 'Што работи канцеларијата',
      },
      lessons: [
        {
          title: {
            en: 'The office’s five tasks',
            sq: 'Pesë detyrat e zyrës',
            'sr-Latn': 'Pet zadataka kancelarije',
            mk: 'Петте задачи на канцеларијата',
          },
          minutes: 12,
          body: {
            en: 'An International Office turns a school’s international plans into work that gets done. Its five tasks:\n\n1. **Strategy**: keep the internationalisation plan and the Erasmus Plan up to date with the school’s leadership.\n2. **Partnerships**: find, agree with and look after partner schools and companies (MoUs, visits).\n3. **Projects**: prepare applications, follow the budget and the deliverables, report to the funder.\n4. **Mobility**: select learners and staff, prepare them, send and welcome them, recognise what they learnt.\n5. **Dissemination**: tell learners, families, companies and the town what the school does abroad.\n\nA small office does all five with two or three people: the point is not size but a clear owner for each task.',
            sq: 'Zyra Ndërkombëtare i kthen planet ndërkombëtare të shkollës në punë të kryer. Pesë detyrat e saj:\n\n1. **Strategjia**: mban të përditësuar planin e ndërkombëtarizimit dhe Planin Erasmus me drejtimin e shkollës.\n2. **Partneritetet**: gjen, lidh marrëveshje dhe kujdeset për shkollat dhe kompanitë partnere (memorandume, vizita).\n3. **Projektet**: përgatit aplikimet, ndjek buxhetin dhe produktet, raporton te financuesi.\n4. **Mobiliteti**: përzgjedh nxënësit dhe stafin, i përgatit, i dërgon dhe i pret, njeh atë që mësuan.\n5. **Shpërndarja**: u tregon nxënësve, familjeve, kompanive dhe qytetit çfarë bën shkolla jashtë vendit.\n\nNjë zyrë e vogël i bën të pesta me dy ose tre persona: rëndësi nuk ka madhësia, por që çdo detyrë të ketë një përgjegjës të qartë.',
            'sr-Latn':
              'Međunarodna kancelarija pretvara međunarodne planove škole u obavljen posao. Njenih pet zadataka:\n\n1. **Strategija**: sa rukovodstvom škole ažurira plan internacionalizacije i Erasmus plan.\n2. **Partnerstva**: pronalazi partnerske škole i kompanije, dogovara saradnju i brine o njoj (memorandumi, posete).\n3. **Projekti**: priprema prijave, prati budžet i rezultate, izveštava finansijera.\n4. **Mobilnost**: bira učenike i osoblje, priprema ih, šalje i dočekuje, priznaje ono što su naučili.\n5. **Diseminacija**: govori učenicima, porodicama, kompanijama i gradu šta škola radi u inostranstvu.\n\nMala kancelarija obavlja svih pet zadataka sa dvoje ili troje ljudi: nije bitna veličina, već jasan nosilac svakog zadatka.',
            mk: 'Канцеларијата за меѓународна соработка ги претвора меѓународните планови на училиштето во завршена работа. Нејзините пет задачи:\n\n1. **Стратегија**: заедно со раководството го ажурира планот за интернационализација и Еразмус-планот.\n2. **Партнерства**: наоѓа партнерски училишта и компании, договара соработка и се грижи за неа (меморандуми, посети).\n3. **Проекти**: подготвува апликации, ги следи буџетот и резултатите, известува до финансиерот.\n4. **Мобилност**: избира ученици и кадар, ги подготвува, ги испраќа и пречекува, го признава наученото.\n5. **Дисеминација**: им кажува на учениците, семејствата, компаниите и градот што прави училиштето во странство.\n\nМала канцеларија ги извршува сите пет задачи со двајца или тројца луѓе: не е важна големината, туку секоја задача да има јасен носител.',
          },
        },
        {
          title: {
            en: 'Roles in a small team',
            sq: 'Rolet në një ekip të vogël',
            'sr-Latn': 'Uloge u malom timu',
            mk: 'Улоги во мал тим',
          },
          minutes: 10,
          body: {
            en: '## Who does what\n\n- The **coordinator** owns the plan, the calendar and the contact with the National Agency.\n- A **mobility officer** (often a teacher with hours set aside) prepares and follows each group.\n- The **school leader** signs agreements and makes sure the office has time and a budget.\n\nWrite the roles down in a one-page procedure and review it every school year.',
            sq: '## Kush bën çfarë\n\n- **Koordinatori** ka në dorë planin, kalendarin dhe kontaktin me Agjencinë Kombëtare.\n- Një **zyrtar mobiliteti** (shpesh një mësues me orë të dedikuara) përgatit dhe ndjek çdo grup.\n- **Drejtuesi i shkollës** nënshkruan marrëveshjet dhe siguron që zyra të ketë kohë dhe buxhet.\n\nShkruajini rolet në një procedurë njëfaqëshe dhe rishikojeni çdo vit shkollor.',
            'sr-Latn':
              '## Ko šta radi\n\n- **Koordinator** vodi plan, kalendar i kontakt sa Nacionalnom agencijom.\n- **Službenik za mobilnost** (često nastavnik sa posebno određenim časovima) priprema i prati svaku grupu.\n- **Direktor škole** potpisuje sporazume i obezbeđuje kancelariji vreme i budžet.\n\nZapišite uloge u proceduru od jedne strane i preispitajte je svake školske godine.',
            mk: '## Кој што работи\n\n- **Координаторот** ги води планот, календарот и контактот со Националната агенција.\n- **Службеник за мобилност** (често наставник со посебно одредени часови) ја подготвува и следи секоја група.\n- **Директорот** ги потпишува договорите и обезбедува канцеларијата да има време и буџет.\n\nЗапишете ги улогите во постапка од една страница и прегледувајте ја секоја учебна година.',
          },
        },
      ],
    },
    {
      title: { en: 'Check', sq: 'Kontroll', 'sr-Latn': 'Provera', mk: 'Проверка' },
      lessons: [
        {
          title: {
            en: 'Quiz: the International Office',
            sq: 'Kuiz: Zyra Ndërkombëtare',
            'sr-Latn': 'Kviz: Međunarodna kancelarija',
            mk: 'Квиз: Канцеларијата за меѓународна соработка',
          },
          minutes: 8,
          quiz: {
            passMark: 70,
            maxAttempts: 3,
            questions: [
              {
                type: 'single',
                prompt: {
                  en: 'Who keeps the contact with the National Agency?',
                  sq: 'Kush e mban kontaktin me Agjencinë Kombëtare?',
                  'sr-Latn': 'Ko održava kontakt sa Nacionalnom agencijom?',
                  mk: 'Кој го одржува контактот со Националната агенција?',
                },
                options: keyed([
                  yes({
                    en: 'The coordinator',
                    sq: 'Koordinatori',
                    'sr-Latn': 'Koordinator',
                    mk: 'Координаторот',
                  }),
                  no(
                    {
                      en: 'Each teacher',
                      sq: 'Çdo mësues',
                      'sr-Latn': 'Svaki nastavnik',
                      mk: 'Секој наставник',
                    },
                    {
                      en: 'One named owner avoids mixed messages to the Agency.',
                      sq: 'Një përgjegjës i vetëm shmang mesazhet e përziera drejt Agjencisë.',
                      'sr-Latn': 'Jedan jasan nosilac sprečava zbunjujuće poruke Agenciji.',
                      mk: 'Еден јасен носител спречува збунувачки пораки до Агенцијата.',
                    },
                  ),
                  no({ en: 'The learners', sq: 'Nxënësit', 'sr-Latn': 'Učenici', mk: 'Учениците' }),
                ]),
              },
              {
                type: 'multiple',
                prompt: {
                  en: 'Which of these are tasks of the office?',
                  sq: 'Cilat nga këto janë detyra të zyrës?',
                  'sr-Latn': 'Koji od ovih su zadaci kancelarije?',
                  mk: 'Кои од овие се задачи на канцеларијата?',
                },
                options: keyed([
                  yes({
                    en: 'Mobility',
                    sq: 'Mobiliteti',
                    'sr-Latn': 'Mobilnost',
                    mk: 'Мобилност',
                  }),
                  yes({
                    en: 'Partnerships',
                    sq: 'Partneritetet',
                    'sr-Latn': 'Partnerstva',
                    mk: 'Партнерства',
                  }),
                  no({
                    en: 'Grading exams',
                    sq: 'Vlerësimi i provimeve',
                    'sr-Latn': 'Ocenjivanje ispita',
                    mk: 'Оценување испити',
                  }),
                ]),
                points: 2,
              },
              {
                type: 'true_false',
                prompt: {
                  en: 'An International Office needs at least ten people to work.',
                  sq: 'Një Zyrë Ndërkombëtare ka nevojë për të paktën dhjetë persona që të funksionojë.',
                  'sr-Latn': 'Međunarodnoj kancelariji treba najmanje deset ljudi da bi radila.',
                  mk: 'На Канцеларијата за меѓународна соработка ѝ требаат најмалку десет луѓе за да работи.',
                },
                options: [
                  { key: 'true', text: {}, correct: false },
                  { key: 'false', text: {}, correct: true },
                ],
                feedbackWrong: {
                  en: 'Two or three people are enough when each task has a clear owner.',
                  sq: 'Mjaftojnë dy ose tre persona kur çdo detyrë ka një përgjegjës të qartë.',
                  'sr-Latn':
                    'Dovoljno je dvoje ili troje ljudi kada svaki zadatak ima jasnog nosioca.',
                  mk: 'Доволни се двајца или тројца кога секоја задача има јасен носител.',
                },
              },
              {
                type: 'matching',
                prompt: {
                  en: 'Match each role with its main task.',
                  sq: 'Lidhni çdo rol me detyrën e tij kryesore.',
                  'sr-Latn': 'Povežite svaku ulogu sa njenim glavnim zadatkom.',
                  mk: 'Поврзете ја секоја улога со нејзината главна задача.',
                },
                options: [
                  {
                    key: 'a',
                    text: {
                      en: 'Coordinator',
                      sq: 'Koordinatori',
                      'sr-Latn': 'Koordinator',
                      mk: 'Координатор',
                    },
                    match: {
                      en: 'The plan and the calendar',
                      sq: 'Plani dhe kalendari',
                      'sr-Latn': 'Plan i kalendar',
                      mk: 'Планот и календарот',
                    },
                  },
                  {
                    key: 'b',
                    text: {
                      en: 'Mobility officer',
                      sq: 'Zyrtari i mobilitetit',
                      'sr-Latn': 'Službenik za mobilnost',
                      mk: 'Службеник за мобилност',
                    },
                    match: {
                      en: 'Preparing each group',
                      sq: 'Përgatitja e çdo grupi',
                      'sr-Latn': 'Priprema svake grupe',
                      mk: 'Подготовка на секоја група',
                    },
                  },
                  {
                    key: 'c',
                    text: {
                      en: 'School leader',
                      sq: 'Drejtuesi i shkollës',
                      'sr-Latn': 'Direktor škole',
                      mk: 'Директор',
                    },
                    match: {
                      en: 'Signing agreements',
                      sq: 'Nënshkrimi i marrëveshjeve',
                      'sr-Latn': 'Potpisivanje sporazuma',
                      mk: 'Потпишување договори',
                    },
                  },
                ],
                points: 3,
              },
              {
                type: 'short_answer',
                prompt: {
                  en: 'Which EU programme funds most VET mobility? (one word)',
                  sq: 'Cili program i BE-së financon pjesën më të madhe të mobilitetit në AFP? (një fjalë)',
                  'sr-Latn':
                    'Koji program EU finansira najveći deo mobilnosti u stručnom obrazovanju? (jedna reč)',
                  mk: 'Која програма на ЕУ го финансира најголемиот дел од мобилноста во стручното образование? (еден збор)',
                },
                accepted: ['Erasmus+', 'Erasmus', 'Еразмус+', 'Еразмус'],
              },
            ],
          },
        },
        OFFICE_PROCEDURE,
      ],
    },
  ],
}

function twoLanguageCourse(
  key: string,
  title: [string, string],
  summary: [string, string],
  competences: string[],
  lessons: { title: [string, string]; body: [string, string]; minutes: number }[],
  questions: DemoQuestion[],
  visibility: CourseVisibility = 'consortium',
): DemoCourse {
  const lt = ([en, sq]: [string, string]) => ({ en, sq })
  return {
    key,
    title: lt(title),
    summary: lt(summary),
    visibility,
    competences,
    modules: [
      {
        title: lt(title),
        lessons: [
          ...lessons.map((l) => ({ title: lt(l.title), body: lt(l.body), minutes: l.minutes })),
          {
            title: { en: 'Check what you learnt', sq: 'Kontrolloni çfarë mësuat' },
            minutes: 5,
            quiz: { passMark: 60, questions },
          },
        ],
      },
    ],
  }
}

const single = (
  prompt: [string, string],
  right: [string, string],
  wrong: [string, string][],
): DemoQuestion => ({
  type: 'single',
  prompt: { en: prompt[0], sq: prompt[1] },
  options: keyed([yes({ en: right[0], sq: right[1] }), ...wrong.map(([en, sq]) => no({ en, sq }))]),
})

const PROJECT_MANAGEMENT = twoLanguageCourse(
  'eu-project-management',
  [
    'EU project management for VET schools',
    'Menaxhimi i projekteve të BE-së për shkollat profesionale',
  ],
  [
    'Work packages, deliverables, budgets and reporting in an Erasmus+ capacity-building project.',
    'Paketat e punës, produktet, buxhetet dhe raportimi në një projekt Erasmus+ për ngritjen e kapaciteteve.',
  ],
  ['entrecomp:3.2', 'entrecomp:2.3'],
  [
    {
      title: ['Work packages and deliverables', 'Paketat e punës dhe produktet'],
      minutes: 15,
      body: [
        'A project is split into **work packages** (WP1 management, WP2 state of play …), each led by one partner. A **deliverable** is what a work package hands in, with a due month and a dissemination level (public or sensitive).\n\nKeep one list of deliverables with their owner and due month, and look at it in every partner meeting.',
        'Një projekt ndahet në **paketa pune** (WP1 menaxhimi, WP2 gjendja aktuale …), secila e drejtuar nga një partner. **Produkti** është ajo që dorëzon një paketë pune, me muajin e afatit dhe nivelin e shpërndarjes (publik ose i ndjeshëm).\n\nMbani një listë të vetme produktesh me përgjegjësin dhe muajin e afatit, dhe shikojeni në çdo takim partnerësh.',
      ],
    },
    {
      title: ['Budget and timesheets', 'Buxheti dhe fletët e kohës'],
      minutes: 12,
      body: [
        'Lump-sum projects are paid for work done, not for receipts, but the consortium still needs to know who spent what. Record staff time monthly and compare actuals with the plan every quarter.',
        'Projektet me shumë fikse paguhen për punën e kryer, jo për fatura, por konsorciumi duhet të dijë gjithsesi kush shpenzoi çfarë. Regjistroni kohën e stafit çdo muaj dhe krahasoni shpenzimet reale me planin çdo tremujor.',
      ],
    },
  ],
  [
    single(
      ['Who leads a work package?', 'Kush e drejton një paketë pune?'],
      ['One partner', 'Një partner'],
      [
        ['The European Commission', 'Komisioni Evropian'],
        ['Every partner together', 'Të gjithë partnerët bashkë'],
      ],
    ),
    single(
      [
        'How often should actuals be compared with the plan?',
        'Sa shpesh duhet krahasuar shpenzimi real me planin?',
      ],
      ['Every quarter', 'Çdo tremujor'],
      [
        ['Only at the end', 'Vetëm në fund'],
        ['Never', 'Asnjëherë'],
      ],
    ),
  ],
)

const MINORS = twoLanguageCourse(
  'mobility-with-minors',
  ['Erasmus+ mobility with minors', 'Mobiliteti Erasmus+ me të mitur'],
  [
    'Consent, accompanying persons, safeguarding and what to do when something goes wrong abroad.',
    'Pëlqimi, shoqëruesit, mbrojtja dhe çfarë të bëni kur diçka shkon keq jashtë vendit.',
  ],
  ['greencomp:2.3'],
  [
    {
      title: ['Consent and accompanying persons', 'Pëlqimi dhe shoqëruesit'],
      minutes: 12,
      body: [
        'A learner under 18 travels only with the **written consent of a parent or guardian**. Plan at least one accompanying person for every group of minors, and agree with the host how you will be reached day and night.',
        'Një nxënës nën 18 vjeç udhëton vetëm me **pëlqimin me shkrim të prindit ose kujdestarit**. Planifikoni të paktën një shoqërues për çdo grup të miturish dhe bini dakord me pritësin si do t’ju gjejnë ditë e natë.',
      ],
    },
    {
      title: ['When something goes wrong', 'Kur diçka shkon keq'],
      minutes: 10,
      body: [
        'Write down every incident the same day: what happened, who was told, what was done. Call the family first, then the school; keep medical details only as long as they are needed.',
        'Shkruani çdo incident po atë ditë: çfarë ndodhi, kush u njoftua, çfarë u bë. Telefononi fillimisht familjen, pastaj shkollën; mbani të dhënat mjekësore vetëm sa kohë që nevojiten.',
      ],
    },
  ],
  [
    single(
      [
        'What does a minor need before travelling?',
        'Çfarë i duhet një të mituri para se të udhëtojë?',
      ],
      ['Written consent of a parent or guardian', 'Pëlqimi me shkrim i prindit ose kujdestarit'],
      [
        ['Only a passport', 'Vetëm një pasaportë'],
        ['The host’s permission', 'Leja e pritësit'],
      ],
    ),
    {
      type: 'true_false',
      prompt: {
        en: 'An incident should be written down the same day.',
        sq: 'Një incident duhet shkruar po atë ditë.',
      },
      options: [
        { key: 'true', text: {}, correct: true },
        { key: 'false', text: {}, correct: false },
      ],
    },
  ],
)

const DIGCOMP = twoLanguageCourse(
  'digcomp-for-vet-teachers',
  ['DigComp for VET teachers', 'DigComp për mësuesit e arsimit profesional'],
  [
    'The European digital competence framework, and how to use it to plan your own training.',
    'Korniza evropiane e kompetencave digjitale dhe si ta përdorni për të planifikuar trajnimin tuaj.',
  ],
  ['digcomp-2.2:1.1', 'digcomp-2.2:3.1', 'digcompedu:2.1'],
  [
    {
      title: ['Five areas, 21 competences', 'Pesë fusha, 21 kompetenca'],
      minutes: 10,
      body: [
        'DigComp 2.2 groups digital competence in five areas: information and data literacy, communication and collaboration, digital content creation, safety, and problem solving. Each of the 21 competences has eight proficiency levels.',
        'DigComp 2.2 i grupon kompetencat digjitale në pesë fusha: aftësitë për informacionin dhe të dhënat, komunikimi dhe bashkëpunimi, krijimi i përmbajtjes digjitale, siguria dhe zgjidhja e problemeve. Secila nga 21 kompetencat ka tetë nivele zotërimi.',
      ],
    },
  ],
  [
    single(
      ['How many areas does DigComp 2.2 have?', 'Sa fusha ka DigComp 2.2?'],
      ['Five', 'Pesë'],
      [
        ['Three', 'Tre'],
        ['Eight', 'Tetë'],
      ],
    ),
  ],
)

const GREENCOMP = twoLanguageCourse(
  'greencomp-basics',
  ['GreenComp basics', 'Bazat e GreenComp'],
  [
    'The European sustainability competence framework in one hour, with examples from workshops and mobility.',
    'Korniza evropiane e kompetencave për qëndrueshmërinë në një orë, me shembuj nga punishtet dhe mobiliteti.',
  ],
  ['greencomp:1.1', 'greencomp:4.3'],
  [
    {
      title: ['Four areas of sustainability', 'Katër fushat e qëndrueshmërisë'],
      minutes: 10,
      body: [
        'GreenComp has four areas: embodying sustainability values, embracing complexity, envisioning sustainable futures, and acting for sustainability. Green travel in Erasmus+ mobility is one way to act on it.',
        'GreenComp ka katër fusha: përvetësimi i vlerave të qëndrueshmërisë, pranimi i kompleksitetit, parashikimi i së ardhmes së qëndrueshme dhe veprimi për qëndrueshmërinë. Udhëtimi i gjelbër në mobilitetin Erasmus+ është një mënyrë për të vepruar.',
      ],
    },
  ],
  [
    single(
      ['How many areas does GreenComp have?', 'Sa fusha ka GreenComp?'],
      ['Four', 'Katër'],
      [
        ['Two', 'Dy'],
        ['Twelve', 'Dymbëdhjetë'],
      ],
    ),
  ],
  'public',
)

export const DEMO_COURSES: DemoCourse[] = [
  RUNNING_AN_OFFICE,
  PROJECT_MANAGEMENT,
  MINORS,
  DIGCOMP,
  GREENCOMP,
]
