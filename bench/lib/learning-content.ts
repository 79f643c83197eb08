/**
 * What bench/learning.ts writes into the learning tables: lesson texts in four languages (Markdown
 * rendered once with Ura's own renderMarkdown), course titles, and one quiz of six questions (one
 * of each type, two single-choice) with the answers a person would send to get it right or wrong.
 */
import { renderMarkdown } from '#src/lib/markdown.ts'

type Lang = 'en' | 'sq' | 'mk' | 'sr-Latn'
type Texts = Record<Lang, string>

/** The four topics of the staff academy, as course and lesson titles and a lesson's opening. */
const TOPICS: { title: Texts; summary: Texts; intro: Texts }[] = [
  {
    title: {
      en: 'Preparing a learner mobility',
      sq: 'Përgatitja e një mobiliteti për nxënësit',
      mk: 'Подготовка на мобилност за ученици',
      'sr-Latn': 'Priprema mobilnosti za učenike',
    },
    summary: {
      en: 'From the call for participants to the day of departure: what the International Office does, and when.',
      sq: 'Nga thirrja për pjesëmarrës deri në ditën e nisjes: çfarë bën Zyra e Marrëdhënieve me Jashtë dhe kur.',
      mk: 'Од повикот за учесници до денот на заминување: што прави Канцеларијата за меѓународна соработка и кога.',
      'sr-Latn':
        'Od poziva za učesnike do dana polaska: šta radi Kancelarija za međunarodnu saradnju i kada.',
    },
    intro: {
      en: 'A work placement abroad starts months before the flight. The **selection** of learners, the agreement with the host company and the preparation of the group all have their deadlines.',
      sq: 'Një praktikë pune jashtë vendit fillon muaj para fluturimit. **Përzgjedhja** e nxënësve, marrëveshja me kompaninë pritëse dhe përgatitja e grupit kanë afatet e tyre.',
      mk: 'Практиката во странство започнува неколку месеци пред летот. **Изборот** на учениците, договорот со компанијата домаќин и подготовката на групата имаат свои рокови.',
      'sr-Latn':
        'Praksa u inostranstvu počinje mesecima pre leta. **Izbor** učenika, sporazum sa preduzećem domaćinom i priprema grupe imaju svoje rokove.',
    },
  },
  {
    title: {
      en: 'Learning agreements and recognition',
      sq: 'Marrëveshjet e të nxënit dhe njohja',
      mk: 'Договори за учење и признавање',
      'sr-Latn': 'Ugovori o učenju i priznavanje',
    },
    summary: {
      en: 'Writing learning outcomes the host company can assess and the school can recognise.',
      sq: 'Si shkruhen rezultatet e të nxënit që kompania pritëse mund t’i vlerësojë dhe shkolla t’i njohë.',
      mk: 'Како се пишуваат исходи од учењето што компанијата може да ги оцени, а училиштето да ги признае.',
      'sr-Latn':
        'Kako se pišu ishodi učenja koje preduzeće može da oceni, a škola da prizna po povratku.',
    },
    intro: {
      en: 'The learning agreement says what the learner will **learn**, who checks it and how the school counts it afterwards. Write it with the host company, not for it.',
      sq: 'Marrëveshja e të nxënit thotë çfarë do të **mësojë** nxënësi, kush e kontrollon dhe si e njeh shkolla më pas. Shkruajeni bashkë me kompaninë pritëse.',
      mk: 'Договорот за учење кажува што ученикот ќе **научи**, кој тоа го проверува и како училиштето го признава потоа. Пишувајте го заедно со компанијата.',
      'sr-Latn':
        'Ugovor o učenju kaže šta će učenik **naučiti**, ko to proverava i kako škola to posle priznaje. Pišite ga zajedno sa preduzećem domaćinom.',
    },
  },
  {
    title: {
      en: 'Health and safety at the host company',
      sq: 'Shëndeti dhe siguria në kompaninë pritëse',
      mk: 'Здравје и безбедност кај домаќинот',
      'sr-Latn': 'Zdravlje i bezbednost kod domaćina',
    },
    summary: {
      en: 'Insurance, risk assessment and what to do when something goes wrong far from home.',
      sq: 'Sigurimi, vlerësimi i rrezikut dhe çfarë të bëni kur diçka shkon keq larg shtëpisë.',
      mk: 'Осигурување, проценка на ризик и што да направите кога нешто ќе тргне наопаку далеку од дома.',
      'sr-Latn': 'Osiguranje, procena rizika i šta raditi kada nešto pođe naopako daleko od kuće.',
    },
    intro: {
      en: 'Every host company must show the **risk assessment** of the workplace before the placement starts. Minors need the written consent of their parents or guardians.',
      sq: 'Çdo kompani pritëse duhet të tregojë **vlerësimin e rrezikut** të vendit të punës para fillimit të praktikës. Për të miturit nevojitet pëlqimi me shkrim i prindërve.',
      mk: 'Секоја компанија домаќин мора да ја покаже **проценката на ризик** на работното место пред почетокот на праксата. За малолетниците е потребна писмена согласност од родителите.',
      'sr-Latn':
        'Svako preduzeće domaćin mora da pokaže **procenu rizika** radnog mesta pre početka prakse. Za maloletnike je potrebna pismena saglasnost roditelja ili staratelja.',
    },
  },
  {
    title: {
      en: 'Sharing the results of a project',
      sq: 'Shpërndarja e rezultateve të projektit',
      mk: 'Споделување на резултатите од проектот',
      'sr-Latn': 'Deljenje rezultata projekta',
    },
    summary: {
      en: 'Dissemination that reaches teachers, companies and families, not only the final report.',
      sq: 'Shpërndarje që arrin te mësuesit, kompanitë dhe familjet, jo vetëm te raporti përfundimtar.',
      mk: 'Дисеминација што допира до наставниците, компаниите и семејствата, не само до завршниот извештај.',
      'sr-Latn':
        'Diseminacija koja stiže do nastavnika, preduzeća i porodica, a ne samo do završnog izveštaja.',
    },
    intro: {
      en: 'Results that nobody reads are not results. Plan **who** needs to know, in which language, and through which channel, from the first month of the project.',
      sq: 'Rezultatet që nuk i lexon askush nuk janë rezultate. Planifikoni **kush** duhet të dijë, në cilën gjuhë dhe përmes cilit kanal, që nga muaji i parë i projektit.',
      mk: 'Резултати што никој не ги чита не се резултати. Планирајте **кој** треба да знае, на кој јазик и преку кој канал, уште од првиот месец на проектот.',
      'sr-Latn':
        'Rezultati koje niko ne čita nisu rezultati. Planirajte **ko** treba da zna, na kom jeziku i kroz koji kanal, od prvog meseca projekta.',
    },
  },
]

/** The parts every lesson shares: headings, a checklist, a closing paragraph and a link. */
const FRAME: Record<
  Lang,
  {
    steps: string
    list: [string, string, string, string]
    practice: string
    text: string
    quote: string
    link: string
    quiz: string
    quizIntro: string
  }
> = {
  en: {
    steps: 'Steps for the International Office',
    list: [
      '**Check** the dates against the school calendar and the exam period.',
      'Agree the tasks with the tutor at the host company and write them down.',
      'Keep every signed document in the mobility file in Ura.',
      'Tell the families what happens, when, and whom to call.',
    ],
    practice: 'In practice',
    text: 'Schools that prepare the group together — a meeting with the learners, a short language course and a visit of the tutor — report fewer problems during the placement and better reports afterwards. Use the checklist of the mobility module so that nothing is forgotten when staff change.',
    quote:
      'A good placement is prepared three times: with the learner, with the company and with the family.',
    link: 'The Erasmus+ programme guide',
    quiz: 'Check what you know',
    quizIntro:
      'Six questions on this module. You need **70 %** to pass; you may try again as often as you like.',
  },
  sq: {
    steps: 'Hapat për Zyrën e Marrëdhënieve me Jashtë',
    list: [
      '**Kontrolloni** datat me kalendarin e shkollës dhe periudhën e provimeve.',
      'Bini dakord për detyrat me tutorin në kompaninë pritëse dhe shkruajini ato.',
      'Ruani çdo dokument të nënshkruar në dosjen e mobilitetit në Ura.',
      'Tregojuni familjeve çfarë ndodh, kur dhe kë të telefonojnë.',
    ],
    practice: 'Në praktikë',
    text: 'Shkollat që e përgatitin grupin së bashku — një takim me nxënësit, një kurs i shkurtër gjuhe dhe një vizitë e tutorit — raportojnë më pak probleme gjatë praktikës dhe raporte më të mira më pas. Përdorni listën e kontrollit të modulit të mobilitetit që të mos harrohet asgjë kur ndryshon stafi.',
    quote: 'Një praktikë e mirë përgatitet tri herë: me nxënësin, me kompaninë dhe me familjen.',
    link: 'Udhëzuesi i programit Erasmus+',
    quiz: 'Kontrolloni njohuritë',
    quizIntro:
      'Gjashtë pyetje për këtë modul. Ju duhen **70 %** për ta kaluar; mund të provoni sa herë të doni.',
  },
  mk: {
    steps: 'Чекори за Канцеларијата за меѓународна соработка',
    list: [
      '**Проверете** ги датумите со училишниот календар и периодот на испити.',
      'Договорете ги задачите со менторот во компанијата и запишете ги.',
      'Чувајте го секој потпишан документ во досието за мобилност во Ura.',
      'Кажете им на семејствата што се случува, кога и кого да повикаат.',
    ],
    practice: 'Во пракса',
    text: 'Училиштата што ја подготвуваат групата заедно — средба со учениците, краток курс по јазик и посета на менторот — пријавуваат помалку проблеми за време на праксата и подобри извештаи потоа. Користете ја листата за проверка на модулот за мобилност за ништо да не се заборави кога ќе се смени персоналот.',
    quote: 'Добрата пракса се подготвува три пати: со ученикот, со компанијата и со семејството.',
    link: 'Водичот на програмата Еразмус+',
    quiz: 'Проверете што знаете',
    quizIntro:
      'Шест прашања за овој модул. Потребни ви се **70 %** за да поминете; може да пробате колку сакате пати.',
  },
  'sr-Latn': {
    steps: 'Koraci za Kancelariju za međunarodnu saradnju',
    list: [
      '**Proverite** datume prema školskom kalendaru i periodu ispita.',
      'Dogovorite zadatke sa mentorom u preduzeću domaćinu i zapišite ih.',
      'Čuvajte svaki potpisani dokument u dosijeu mobilnosti u Ura.',
      'Recite porodicama šta se dešava, kada i koga da pozovu.',
    ],
    practice: 'U praksi',
    text: 'Škole koje grupu pripremaju zajedno — sastanak sa učenicima, kratak kurs jezika i poseta mentora — prijavljuju manje problema tokom prakse i bolje izveštaje posle nje. Koristite kontrolnu listu modula mobilnosti da se ništa ne zaboravi kada se osoblje promeni.',
    quote: 'Dobra praksa se priprema tri puta: sa učenikom, sa preduzećem i sa porodicom.',
    link: 'Vodič programa Erazmus+',
    quiz: 'Proverite šta znate',
    quizIntro:
      'Šest pitanja o ovom modulu. Potrebno vam je **70 %** da prođete; možete pokušati koliko god puta želite.',
  },
}

function lessonMarkdown(lang: Lang, topic: number): string {
  const f = FRAME[lang]
  const t = TOPICS[topic]!
  return [
    t.intro[lang],
    `## ${f.steps}`,
    f.list.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    `### ${f.practice}`,
    f.text,
    `> ${f.quote}`,
    `- ${t.title[lang]}\n- ${t.summary[lang]}`,
    `[${f.link}](https://erasmus-plus.ec.europa.eu/programme-guide)`,
  ].join('\n\n')
}

/** The languages a lesson is written in: two, three or four (English and Albanian always). */
const LANGUAGE_SETS: Lang[][] = [
  ['en', 'sq'],
  ['en', 'sq', 'mk'],
  ['en', 'sq', 'mk', 'sr-Latn'],
]

const pick = (texts: Texts, langs: Lang[]) =>
  Object.fromEntries(langs.map((l) => [l, texts[l]])) as Partial<Texts>

export type LessonVariant = {
  title: Partial<Texts>
  body: Partial<Texts>
  html: Partial<Texts>
  quizTitle: Partial<Texts>
  quizBody: Partial<Texts>
  quizHtml: Partial<Texts>
}

/**
 * Twelve variants (four topics × three language sets), lesson `n` takes variant `n % 12`. Every
 * body is rendered by renderMarkdown, as saving a lesson in Ura does.
 */
export function lessonVariants(): LessonVariant[] {
  const out: LessonVariant[] = []
  for (const langs of LANGUAGE_SETS) {
    for (let topic = 0; topic < TOPICS.length; topic++) {
      const body: Partial<Texts> = {}
      const html: Partial<Texts> = {}
      const quizBody: Partial<Texts> = {}
      const quizHtml: Partial<Texts> = {}
      const quizTitle: Partial<Texts> = {}
      for (const l of langs) {
        body[l] = lessonMarkdown(l, topic)
        html[l] = renderMarkdown(body[l]).html
        quizBody[l] = FRAME[l].quizIntro
        quizHtml[l] = renderMarkdown(FRAME[l].quizIntro).html
        quizTitle[l] = `${FRAME[l].quiz}: ${TOPICS[topic]!.title[l]}`
      }
      out.push({
        title: pick(TOPICS[topic]!.title, langs),
        body,
        html,
        quizTitle,
        quizBody,
        quizHtml,
      })
    }
  }
  // Lesson n takes out[n % 12]: interleave so that neighbouring lessons change topic and languages.
  return out.map((_, i) => out[(i % 3) * 4 + Math.floor(i / 3)]!)
}

/** The course titles and summaries (course `c` takes topic `c % 4`), in all four languages. */
export function courseTopics() {
  return TOPICS.map((t) => ({ title: t.title, summary: t.summary }))
}

const all = (en: string, sq: string, mk: string, sr: string): Texts => ({
  en,
  sq,
  mk,
  'sr-Latn': sr,
})

export type QuestionTemplate = {
  type: 'single' | 'multiple' | 'true_false' | 'short_answer' | 'matching'
  prompt: Texts
  options: { key: string; text: Partial<Texts>; correct?: boolean; match?: Texts }[]
  accepted: string[]
}

/** The six questions of every quiz, in position order. */
export const QUESTIONS: QuestionTemplate[] = [
  {
    type: 'single',
    prompt: all(
      'Which programme funds work placements abroad for VET learners?',
      'Cili program financon praktikat jashtë vendit për nxënësit e AAP?',
      'Која програма ги финансира праксите во странство за учениците од СОО?',
      'Koji program finansira prakse u inostranstvu za učenike stručnih škola?',
    ),
    options: [
      { key: 'a', text: all('Erasmus+', 'Erasmus+', 'Еразмус+', 'Erazmus+'), correct: true },
      {
        key: 'b',
        text: all('Horizon Europe', 'Horizon Europe', 'Хоризонт Европа', 'Horizont Evropa'),
        correct: false,
      },
      { key: 'c', text: all('Interreg', 'Interreg', 'Интеррег', 'Interreg'), correct: false },
    ],
    accepted: [],
  },
  {
    type: 'multiple',
    prompt: all(
      'Which documents must be signed before departure?',
      'Cilat dokumente duhet të nënshkruhen para nisjes?',
      'Кои документи мора да се потпишат пред заминувањето?',
      'Koji dokumenti moraju da se potpišu pre polaska?',
    ),
    options: [
      {
        key: 'a',
        text: all(
          'The learning agreement',
          'Marrëveshja e të nxënit',
          'Договорот за учење',
          'Ugovor o učenju',
        ),
        correct: true,
      },
      {
        key: 'b',
        text: all(
          'The grant agreement with the learner',
          'Marrëveshja e grantit me nxënësin',
          'Договорот за грант со ученикот',
          'Ugovor o grantu sa učenikom',
        ),
        correct: true,
      },
      {
        key: 'c',
        text: all(
          'The boarding pass',
          'Karta e imbarkimit',
          'Картата за качување',
          'Karta za ukrcavanje',
        ),
        correct: false,
      },
    ],
    accepted: [],
  },
  {
    type: 'true_false',
    prompt: all(
      'A minor needs the written consent of a parent or guardian.',
      'Një i mitur ka nevojë për pëlqimin me shkrim të prindit ose kujdestarit.',
      'На малолетникот му е потребна писмена согласност од родител или старател.',
      'Maloletniku je potrebna pismena saglasnost roditelja ili staratelja.',
    ),
    options: [
      { key: 'true', text: {}, correct: true },
      { key: 'false', text: {}, correct: false },
    ],
    accepted: [],
  },
  {
    type: 'short_answer',
    prompt: all(
      'Name the EU programme for education, training, youth and sport.',
      'Emërtoni programin e BE-së për arsimin, formimin, rininë dhe sportin.',
      'Наведете ја програмата на ЕУ за образование, обука, млади и спорт.',
      'Navedite program EU za obrazovanje, obuku, mlade i sport.',
    ),
    options: [],
    accepted: ['Erasmus+', 'Erasmus plus', 'Еразмус+'],
  },
  {
    type: 'matching',
    prompt: all(
      'Match each document to who signs it.',
      'Lidhni çdo dokument me atë që e nënshkruan.',
      'Поврзете го секој документ со тој што го потпишува.',
      'Povežite svaki dokument sa onim ko ga potpisuje.',
    ),
    options: [
      {
        key: 'a',
        text: all(
          'Learning agreement',
          'Marrëveshja e të nxënit',
          'Договор за учење',
          'Ugovor o učenju',
        ),
        match: all(
          'School, company and learner',
          'Shkolla, kompania dhe nxënësi',
          'Училиштето, компанијата и ученикот',
          'Škola, preduzeće i učenik',
        ),
      },
      {
        key: 'b',
        text: all(
          'Parental consent',
          'Pëlqimi i prindit',
          'Согласност од родител',
          'Saglasnost roditelja',
        ),
        match: all(
          'Parent or guardian',
          'Prindi ose kujdestari',
          'Родител или старател',
          'Roditelj ili staratelj',
        ),
      },
      {
        key: 'c',
        text: all(
          'Certificate of attendance',
          'Vërtetimi i pjesëmarrjes',
          'Потврда за присуство',
          'Potvrda o prisustvu',
        ),
        match: all('Host company', 'Kompania pritëse', 'Компанијата домаќин', 'Preduzeće domaćin'),
      },
    ],
    accepted: [],
  },
  {
    type: 'single',
    prompt: all(
      'Who assesses the learning outcomes during the placement?',
      'Kush i vlerëson rezultatet e të nxënit gjatë praktikës?',
      'Кој ги оценува исходите од учењето за време на праксата?',
      'Ko ocenjuje ishode učenja tokom prakse?',
    ),
    options: [
      {
        key: 'a',
        text: all(
          'The tutor at the host company',
          'Tutori në kompaninë pritëse',
          'Менторот во компанијата',
          'Mentor u preduzeću domaćinu',
        ),
        correct: true,
      },
      {
        key: 'b',
        text: all(
          'The travel agency',
          'Agjencia e udhëtimit',
          'Туристичката агенција',
          'Turistička agencija',
        ),
        correct: false,
      },
    ],
    accepted: [],
  },
]

/**
 * The form fields a person sends for one question (`q.<id>` as the attempt page names them),
 * right or wrong. A wrong attempt scores 0 of 6 and fails; a right one 6 of 6 and passes.
 */
export function answerFields(
  questionId: string,
  type: QuestionTemplate['type'],
  right: boolean,
): [string, string][] {
  const name = `q.${questionId}`
  switch (type) {
    case 'single':
      return [[name, right ? 'a' : 'b']]
    case 'multiple':
      return right
        ? [
            [name, 'a'],
            [name, 'b'],
          ]
        : [
            [name, 'a'],
            [name, 'c'],
          ]
    case 'true_false':
      return [[name, right ? 'true' : 'false']]
    case 'short_answer':
      return [[name, right ? 'erasmus plus' : 'Horizon']]
    case 'matching':
      return right
        ? [
            [`${name}.a`, 'a'],
            [`${name}.b`, 'b'],
            [`${name}.c`, 'c'],
          ]
        : [
            [`${name}.a`, 'b'],
            [`${name}.b`, 'a'],
            [`${name}.c`, 'a'],
          ]
  }
}
