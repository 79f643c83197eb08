import type { LocalizedText } from '#src/lib/localized-text.ts'
import type { Confidence, EligibilityRule, Programme } from './schema.ts'

/*
 * The platform register's first rows (ADR 019). Written without internet access: only the country
 * groups and "who may apply to KA121/KA122-VET" come from src/reference/erasmus-vet-2026.json
 * (the Programme Guide 2026); every deadline, budget, rate and other rule below is what the
 * Programme Guide said in earlier years, stored as `unconfirmed` with a note to verify it. The
 * deadlines of the 2027 calls are expected dates, by analogy with 2026, until the Programme
 * Guide 2027 is read. A platform administrator corrects them on the opportunity's edit page.
 */

export type SeedDeadline = { local: string; timeZone: string }

export type SeedOpportunity = {
  key: string
  programme: Programme
  actionCode: string
  title: LocalizedText
  summary: LocalizedText
  deadlines: SeedDeadline[]
  budgetMinEur: string | null
  budgetMaxEur: string | null
  budgetNote: LocalizedText
  organisationTypes: string[]
  roles: ('applicant' | 'partner')[]
  coFinancingRate: number | null
  url: string
  applicationLanguages: string[]
  eligibility: EligibilityRule[]
  confidence: Confidence
  sourceNote: LocalizedText
}

const BRUSSELS = 'Europe/Brussels'

const VERIFY_GUIDE: LocalizedText = {
  en: 'Not confirmed: dates, amounts and rules are those of earlier calls. Check the Erasmus+ Programme Guide (2026, and 2027 once published) before relying on them.',
  sq: 'E pakonfirmuar: datat, shumat dhe rregullat janë ato të thirrjeve të mëparshme. Kontrolloni Udhëzuesin e Programit Erasmus+ (2026, dhe 2027 kur të publikohet) para se t’i përdorni.',
  'sr-Latn':
    'Nije potvrđeno: datumi, iznosi i pravila su iz ranijih poziva. Proverite Vodič kroz program Erasmus+ (2026, a 2027. kada bude objavljen) pre nego što se na njih oslonite.',
  mk: 'Непотврдено: датумите, износите и правилата се од претходните повици. Проверете го Водичот за програмата Еразмус+ (2026, и 2027 кога ќе биде објавен) пред да се потпрете на нив.',
}

const KA1_WHO: LocalizedText = {
  en: 'Programme Guide 2026: organisations established in an EU Member State or an associated third country apply to their National Agency. Albania, Bosnia and Herzegovina, Kosovo and Montenegro take part as hosting organisations.',
  sq: 'Udhëzuesi i Programit 2026: organizatat e vendosura në një shtet anëtar të BE-së ose në një vend të tretë të asociuar aplikojnë pranë Agjencisë së tyre Kombëtare. Shqipëria, Bosnja e Hercegovina, Kosova dhe Mali i Zi marrin pjesë si organizata pritëse.',
  'sr-Latn':
    'Vodič kroz program 2026: organizacije sa sedištem u državi članici EU ili u pridruženoj trećoj zemlji prijavljuju se svojoj Nacionalnoj agenciji. Albanija, Bosna i Hercegovina, Kosovo i Crna Gora učestvuju kao organizacije domaćini.',
  mk: 'Водич за програмата 2026: организациите основани во земја-членка на ЕУ или во придружена трета земја аплицираат до својата Национална агенција. Албанија, Босна и Херцеговина, Косово и Црна Гора учествуваат како организации-домаќини.',
}

const HOSTING: LocalizedText = {
  en: 'Hosting (receiving) organisation of learners or staff.',
  sq: 'Organizatë pritëse e nxënësve ose e stafit.',
  'sr-Latn': 'Organizacija domaćin učenika ili osoblja.',
  mk: 'Организација-домаќин на ученици или персонал.',
}

const ACTIVE_IN_VET: LocalizedText = {
  en: 'Any organisation active in vocational education and training. Not confirmed: check the Programme Guide.',
  sq: 'Çdo organizatë aktive në arsimin dhe formimin profesional. E pakonfirmuar: kontrolloni Udhëzuesin e Programit.',
  'sr-Latn':
    'Svaka organizacija aktivna u stručnom obrazovanju i osposobljavanju. Nije potvrđeno: proverite Vodič kroz program.',
  mk: 'Секоја организација активна во стручното образование и обука. Непотврдено: проверете го Водичот за програмата.',
}

const NA_ONLY: LocalizedText = {
  en: 'Managed by the National Agencies: EU Member States and associated third countries only, as in earlier calls. Not confirmed: check the Programme Guide.',
  sq: 'Menaxhohet nga Agjencitë Kombëtare: vetëm shtetet anëtare të BE-së dhe vendet e treta të asociuara, si në thirrjet e mëparshme. E pakonfirmuar: kontrolloni Udhëzuesin e Programit.',
  'sr-Latn':
    'Vode ga nacionalne agencije: samo države članice EU i pridružene treće zemlje, kao u ranijim pozivima. Nije potvrđeno: proverite Vodič kroz program.',
  mk: 'Со него управуваат националните агенции: само земји-членки на ЕУ и придружени трети земји, како во претходните повици. Непотврдено: проверете го Водичот за програмата.',
}

const THIRD_COUNTRY_PARTNER: LocalizedText = {
  en: 'Organisations of third countries not associated to the Programme may be partners (never coordinators) if they bring essential added value, as in earlier calls. Not confirmed.',
  sq: 'Organizatat e vendeve të treta jo të asociuara në Program mund të jenë partnere (kurrë koordinatore) nëse sjellin vlerë të shtuar thelbësore, si në thirrjet e mëparshme. E pakonfirmuar.',
  'sr-Latn':
    'Organizacije iz trećih zemalja koje nisu pridružene Programu mogu biti partneri (nikada koordinatori) ako donose suštinsku dodatnu vrednost, kao u ranijim pozivima. Nije potvrđeno.',
  mk: 'Организации од трети земји што не се придружени на Програмата можат да бидат партнери (никогаш координатори) ако донесуваат суштинска додадена вредност, како во претходните повици. Непотврдено.',
}

const rule = (
  role: 'applicant' | 'partner',
  countries: string[],
  confidence: Confidence,
  note: LocalizedText,
  organisationTypes: string[] = [],
): EligibilityRule => ({ role, countries, organisationTypes, confidence, note })

const EU_ASSOCIATED = ['eu_member_states', 'associated_third_countries']
const WITH_WB = [...EU_ASSOCIATED, 'western_balkans_not_associated']

export const SEED_OPPORTUNITIES: SeedOpportunity[] = [
  {
    key: 'erasmus-ka121-vet',
    programme: 'erasmus_plus',
    actionCode: 'KA121-VET',
    title: {
      en: 'Accredited projects for mobility of VET learners and staff',
      sq: 'Projekte të akredituara për mobilitetin e nxënësve dhe stafit të AAP',
      'sr-Latn': 'Akreditovani projekti mobilnosti učenika i osoblja u stručnom obrazovanju',
      mk: 'Акредитирани проекти за мобилност на ученици и персонал во стручното образование',
    },
    summary: {
      en: 'Yearly mobility budget for organisations holding an Erasmus accreditation in VET: learners and staff abroad for training, job shadowing and work placements.',
      sq: 'Buxhet vjetor mobiliteti për organizatat me akreditim Erasmus në AAP: nxënës dhe staf jashtë vendit për trajnim, vëzhgim pune dhe praktika.',
      'sr-Latn':
        'Godišnji budžet za mobilnost organizacija koje imaju Erasmus akreditaciju u stručnom obrazovanju: učenici i osoblje u inostranstvu na obuci, praćenju posla i praksi.',
      mk: 'Годишен буџет за мобилност за организации со Еразмус акредитација во стручното образование: ученици и персонал во странство на обука, следење на работа и пракса.',
    },
    deadlines: [
      { local: '2026-02-19T12:00', timeZone: BRUSSELS },
      { local: '2027-02-18T12:00', timeZone: BRUSSELS },
    ],
    budgetMinEur: null,
    budgetMaxEur: null,
    budgetNote: {
      en: 'Unit costs; the National Agency allocates the budget from the accreditation plan.',
      sq: 'Kosto njësi; Agjencia Kombëtare e ndan buxhetin sipas planit të akreditimit.',
      'sr-Latn':
        'Jedinični troškovi; Nacionalna agencija dodeljuje budžet prema planu akreditacije.',
      mk: 'Единечни трошоци; Националната агенција го доделува буџетот според планот за акредитација.',
    },
    organisationTypes: [],
    roles: ['applicant', 'partner'],
    coFinancingRate: null,
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-1/mobility-vet',
    applicationLanguages: ['en'],
    eligibility: [
      rule('applicant', EU_ASSOCIATED, 'confirmed', KA1_WHO),
      rule('partner', WITH_WB, 'confirmed', HOSTING),
    ],
    confidence: 'unconfirmed',
    sourceNote: VERIFY_GUIDE,
  },
  {
    key: 'erasmus-ka122-vet',
    programme: 'erasmus_plus',
    actionCode: 'KA122-VET',
    title: {
      en: 'Short-term projects for mobility of VET learners and staff',
      sq: 'Projekte afatshkurtra për mobilitetin e nxënësve dhe stafit të AAP',
      'sr-Latn': 'Kratkoročni projekti mobilnosti učenika i osoblja u stručnom obrazovanju',
      mk: 'Краткорочни проекти за мобилност на ученици и персонал во стручното образование',
    },
    summary: {
      en: 'A first mobility project without accreditation: a few dozen learners and staff abroad over 6 to 18 months.',
      sq: 'Një projekt i parë mobiliteti pa akreditim: disa dhjetëra nxënës dhe staf jashtë vendit gjatë 6 deri në 18 muaj.',
      'sr-Latn':
        'Prvi projekat mobilnosti bez akreditacije: nekoliko desetina učenika i nastavnika u inostranstvu tokom 6 do 18 meseci.',
      mk: 'Прв проект за мобилност без акредитација: неколку десетици ученици и персонал во странство во текот на 6 до 18 месеци.',
    },
    deadlines: [
      { local: '2026-02-19T12:00', timeZone: BRUSSELS },
      { local: '2026-10-01T12:00', timeZone: BRUSSELS },
      { local: '2027-02-18T12:00', timeZone: BRUSSELS },
    ],
    budgetMinEur: null,
    budgetMaxEur: null,
    budgetNote: {
      en: 'Unit costs for travel, individual and organisational support; at most 30 participants, as in earlier calls.',
      sq: 'Kosto njësi për udhëtimin, mbështetjen individuale dhe organizative; jo më shumë se 30 pjesëmarrës, si në thirrjet e mëparshme.',
      'sr-Latn':
        'Jedinični troškovi za putovanje, individualnu i organizacionu podršku; najviše 30 učesnika, kao u ranijim pozivima.',
      mk: 'Единечни трошоци за патување, индивидуална и организациска поддршка; најмногу 30 учесници, како во претходните повици.',
    },
    organisationTypes: [],
    roles: ['applicant', 'partner'],
    coFinancingRate: null,
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-1/mobility-vet',
    applicationLanguages: ['en'],
    eligibility: [
      rule('applicant', EU_ASSOCIATED, 'confirmed', KA1_WHO),
      rule('partner', WITH_WB, 'confirmed', HOSTING),
    ],
    confidence: 'unconfirmed',
    sourceNote: VERIFY_GUIDE,
  },
  {
    key: 'erasmus-ka210-vet',
    programme: 'erasmus_plus',
    actionCode: 'KA210-VET',
    title: {
      en: 'Small-scale partnerships in vocational education and training',
      sq: 'Partneritete të shkallës së vogël në arsimin dhe formimin profesional',
      'sr-Latn': 'Partnerstva manjeg obima u stručnom obrazovanju i osposobljavanju',
      mk: 'Партнерства од мал обем во стручното образование и обука',
    },
    summary: {
      en: 'Two or more organisations from two countries try out new practices together; suited to newcomers.',
      sq: 'Dy ose më shumë organizata nga dy vende provojnë së bashku praktika të reja; e përshtatshme për të rinjtë në program.',
      'sr-Latn':
        'Dve ili više organizacija iz dve zemlje zajedno isprobavaju nove prakse; pogodno za one koji su novi u programu.',
      mk: 'Две или повеќе организации од две земји заедно испробуваат нови практики; погодно за новодојденци.',
    },
    deadlines: [
      { local: '2026-03-05T12:00', timeZone: BRUSSELS },
      { local: '2026-10-01T12:00', timeZone: BRUSSELS },
      { local: '2027-03-04T12:00', timeZone: BRUSSELS },
    ],
    budgetMinEur: '30000.00',
    budgetMaxEur: '60000.00',
    budgetNote: {
      en: 'A lump sum of EUR 30 000 or 60 000, as in earlier calls.',
      sq: 'Një shumë e përgjithshme prej 30 000 ose 60 000 euro, si në thirrjet e mëparshme.',
      'sr-Latn': 'Paušalni iznos od 30 000 ili 60 000 evra, kao u ranijim pozivima.',
      mk: 'Паушален износ од 30 000 или 60 000 евра, како во претходните повици.',
    },
    organisationTypes: [],
    roles: ['applicant', 'partner'],
    coFinancingRate: null,
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/small-scale-partnerships',
    applicationLanguages: ['en'],
    eligibility: [
      rule('applicant', EU_ASSOCIATED, 'unconfirmed', NA_ONLY),
      rule('partner', EU_ASSOCIATED, 'unconfirmed', NA_ONLY),
    ],
    confidence: 'unconfirmed',
    sourceNote: VERIFY_GUIDE,
  },
  {
    key: 'erasmus-ka220-vet',
    programme: 'erasmus_plus',
    actionCode: 'KA220-VET',
    title: {
      en: 'Cooperation partnerships in vocational education and training',
      sq: 'Partneritete bashkëpunimi në arsimin dhe formimin profesional',
      'sr-Latn': 'Partnerstva za saradnju u stručnom obrazovanju i osposobljavanju',
      mk: 'Партнерства за соработка во стручното образование и обука',
    },
    summary: {
      en: 'At least three organisations from three countries develop and share innovative VET practices over 12 to 36 months.',
      sq: 'Të paktën tri organizata nga tri vende zhvillojnë dhe ndajnë praktika novatore në AAP gjatë 12 deri në 36 muaj.',
      'sr-Latn':
        'Najmanje tri organizacije iz tri zemlje razvijaju i dele inovativne prakse u stručnom obrazovanju tokom 12 do 36 meseci.',
      mk: 'Најмалку три организации од три земји развиваат и споделуваат иновативни практики во стручното образование во текот на 12 до 36 месеци.',
    },
    deadlines: [
      { local: '2026-03-05T12:00', timeZone: BRUSSELS },
      { local: '2027-03-04T12:00', timeZone: BRUSSELS },
    ],
    budgetMinEur: '120000.00',
    budgetMaxEur: '400000.00',
    budgetNote: {
      en: 'A lump sum of EUR 120 000, 250 000 or 400 000, as in earlier calls.',
      sq: 'Një shumë e përgjithshme prej 120 000, 250 000 ose 400 000 euro, si në thirrjet e mëparshme.',
      'sr-Latn': 'Paušalni iznos od 120 000, 250 000 ili 400 000 evra, kao u ranijim pozivima.',
      mk: 'Паушален износ од 120 000, 250 000 или 400 000 евра, како во претходните повици.',
    },
    organisationTypes: [],
    roles: ['applicant', 'partner'],
    coFinancingRate: null,
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/cooperation-partnerships',
    applicationLanguages: ['en'],
    eligibility: [
      rule('applicant', EU_ASSOCIATED, 'unconfirmed', NA_ONLY),
      rule('partner', EU_ASSOCIATED, 'unconfirmed', NA_ONLY),
      rule('partner', ['western_balkans_not_associated'], 'unconfirmed', THIRD_COUNTRY_PARTNER),
    ],
    confidence: 'unconfirmed',
    sourceNote: VERIFY_GUIDE,
  },
  {
    key: 'erasmus-cb-vet',
    programme: 'erasmus_plus',
    actionCode: 'CB-VET',
    title: {
      en: 'Capacity building in the field of vocational education and training',
      sq: 'Ngritja e kapaciteteve në fushën e arsimit dhe formimit profesional',
      'sr-Latn': 'Izgradnja kapaciteta u oblasti stručnog obrazovanja i osposobljavanja',
      mk: 'Градење капацитети во областа на стручното образование и обука',
    },
    summary: {
      en: 'Projects that strengthen VET systems and providers in third countries not associated to the Programme, including the Western Balkans; managed centrally by the European Education and Culture Executive Agency.',
      sq: 'Projekte që forcojnë sistemet dhe ofruesit e AAP në vendet e treta jo të asociuara në Program, përfshirë Ballkanin Perëndimor; menaxhohen nga Agjencia Ekzekutive Evropiane për Arsimin dhe Kulturën.',
      'sr-Latn':
        'Projekti koji jačaju sisteme i pružaoce stručnog obrazovanja u trećim zemljama koje nisu pridružene Programu, uključujući Zapadni Balkan; njima upravlja Izvršna agencija za obrazovanje i kulturu.',
      mk: 'Проекти што ги зајакнуваат системите и давателите на стручно образование во трети земји што не се придружени на Програмата, вклучително и Западен Балкан; со нив управува Извршната агенција за образование и култура.',
    },
    deadlines: [{ local: '2027-02-25T17:00', timeZone: BRUSSELS }],
    budgetMinEur: '100000.00',
    budgetMaxEur: '500000.00',
    budgetNote: {
      en: 'A lump sum between EUR 100 000 and 500 000, as in earlier calls.',
      sq: 'Një shumë e përgjithshme midis 100 000 dhe 500 000 euro, si në thirrjet e mëparshme.',
      'sr-Latn': 'Paušalni iznos između 100 000 i 500 000 evra, kao u ranijim pozivima.',
      mk: 'Паушален износ меѓу 100 000 и 500 000 евра, како во претходните повици.',
    },
    organisationTypes: [],
    roles: ['applicant', 'partner'],
    coFinancingRate: 80,
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/capacity-building-vet',
    applicationLanguages: ['en'],
    eligibility: [
      rule('applicant', WITH_WB, 'unconfirmed', ACTIVE_IN_VET),
      rule('partner', WITH_WB, 'unconfirmed', ACTIVE_IN_VET),
    ],
    confidence: 'unconfirmed',
    sourceNote: VERIFY_GUIDE,
  },
  {
    key: 'erasmus-cove',
    programme: 'erasmus_plus',
    actionCode: 'ERASMUS-EDU-PEX-COVE',
    title: {
      en: 'Centres of Vocational Excellence',
      sq: 'Qendrat e Ekselencës Profesionale',
      'sr-Latn': 'Centri izuzetnosti u stručnom obrazovanju',
      mk: 'Центри за стручна извонредност',
    },
    summary: {
      en: 'International networks of VET providers, companies and public bodies that build skills ecosystems around a sector or a regional strategy, over four years.',
      sq: 'Rrjete ndërkombëtare ofruesish të AAP, kompanish dhe organesh publike që ndërtojnë ekosisteme aftësish rreth një sektori ose strategjie rajonale, për katër vjet.',
      'sr-Latn':
        'Međunarodne mreže pružalaca stručnog obrazovanja, preduzeća i javnih tela koje grade ekosisteme veština oko jednog sektora ili regionalne strategije, tokom četiri godine.',
      mk: 'Меѓународни мрежи на даватели на стручно образование, компании и јавни тела што градат екосистеми на вештини околу еден сектор или регионална стратегија, во текот на четири години.',
    },
    deadlines: [{ local: '2027-09-02T17:00', timeZone: BRUSSELS }],
    budgetMinEur: null,
    budgetMaxEur: '4000000.00',
    budgetNote: {
      en: 'An EU grant of up to EUR 4 million per project, as in earlier calls.',
      sq: 'Një grant i BE-së deri në 4 milionë euro për projekt, si në thirrjet e mëparshme.',
      'sr-Latn': 'Grant EU do 4 miliona evra po projektu, kao u ranijim pozivima.',
      mk: 'Грант од ЕУ до 4 милиони евра по проект, како во претходните повици.',
    },
    organisationTypes: [],
    roles: ['applicant', 'partner'],
    coFinancingRate: 80,
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/centres-vocational-excellence',
    applicationLanguages: ['en'],
    eligibility: [
      rule('applicant', EU_ASSOCIATED, 'unconfirmed', ACTIVE_IN_VET),
      rule('partner', EU_ASSOCIATED, 'unconfirmed', ACTIVE_IN_VET),
      rule('partner', ['western_balkans_not_associated'], 'unconfirmed', THIRD_COUNTRY_PARTNER),
    ],
    confidence: 'unconfirmed',
    sourceNote: VERIFY_GUIDE,
  },
  {
    key: 'interreg-ipa-south-adriatic',
    programme: 'interreg_ipa',
    actionCode: 'Interreg IPA South Adriatic',
    title: {
      en: 'Interreg IPA South Adriatic (Italy – Albania – Montenegro)',
      sq: 'Interreg IPA Adriatiku Jugor (Itali – Shqipëri – Mali i Zi)',
      'sr-Latn': 'Interreg IPA Južni Jadran (Italija – Albanija – Crna Gora)',
      mk: 'Интеррег ИПА Јужен Јадран (Италија – Албанија – Црна Гора)',
    },
    summary: {
      en: 'Cross-border cooperation projects between Italy, Albania and Montenegro; skills, education and employment are among the themes of earlier calls.',
      sq: 'Projekte bashkëpunimi ndërkufitar midis Italisë, Shqipërisë dhe Malit të Zi; aftësitë, arsimi dhe punësimi janë ndër temat e thirrjeve të mëparshme.',
      'sr-Latn':
        'Projekti prekogranične saradnje Italije, Albanije i Crne Gore; veštine, obrazovanje i zapošljavanje su među temama ranijih poziva.',
      mk: 'Проекти за прекугранична соработка меѓу Италија, Албанија и Црна Гора; вештините, образованието и вработувањето се меѓу темите на претходните повици.',
    },
    deadlines: [],
    budgetMinEur: null,
    budgetMaxEur: null,
    budgetNote: {
      en: 'Set by each call; the programme co-finances up to 85% of eligible costs, as in the 2021–2027 programme documents. Not confirmed.',
      sq: 'Përcaktohet nga çdo thirrje; programi bashkëfinancon deri në 85% të kostove të pranueshme, sipas dokumenteve të programit 2021–2027. E pakonfirmuar.',
      'sr-Latn':
        'Određuje ga svaki poziv; program sufinansira do 85% prihvatljivih troškova, prema programskim dokumentima 2021–2027. Nije potvrđeno.',
      mk: 'Се утврдува со секој повик; програмата кофинансира до 85% од прифатливите трошоци, според програмските документи 2021–2027. Непотврдено.',
    },
    organisationTypes: ['vet_school', 'school', 'public_body', 'ngo', 'university', 'chamber'],
    roles: ['applicant', 'partner'],
    coFinancingRate: 85,
    url: 'https://www.interreg-ipa-southadriatic.eu/',
    applicationLanguages: ['en'],
    eligibility: [
      rule(
        'applicant',
        ['IT', 'AL', 'ME'],
        'unconfirmed',
        {
          en: 'Lead partners from the programme area (parts of Italy, Albania and Montenegro). Not confirmed: read the call.',
          sq: 'Partnerë drejtues nga zona e programit (pjesë të Italisë, Shqipërisë dhe Malit të Zi). E pakonfirmuar: lexoni thirrjen.',
          'sr-Latn':
            'Vodeći partneri iz programske oblasti (delovi Italije, Albanije i Crne Gore). Nije potvrđeno: pročitajte poziv.',
          mk: 'Водечки партнери од програмската област (делови од Италија, Албанија и Црна Гора). Непотврдено: прочитајте го повикот.',
        },
        ['vet_school', 'school', 'public_body', 'ngo', 'university', 'chamber'],
      ),
      rule(
        'partner',
        ['IT', 'AL', 'ME'],
        'unconfirmed',
        {
          en: 'Partners from the programme area. Not confirmed: read the call.',
          sq: 'Partnerë nga zona e programit. E pakonfirmuar: lexoni thirrjen.',
          'sr-Latn': 'Partneri iz programske oblasti. Nije potvrđeno: pročitajte poziv.',
          mk: 'Партнери од програмската област. Непотврдено: прочитајте го повикот.',
        },
        ['vet_school', 'school', 'public_body', 'ngo', 'university', 'chamber'],
      ),
    ],
    confidence: 'unconfirmed',
    sourceNote: {
      en: 'Not confirmed: no open call is known to Ura. Check the programme’s website for the next call, its deadline and its rules.',
      sq: 'E pakonfirmuar: Ura nuk njeh asnjë thirrje të hapur. Kontrolloni faqen e programit për thirrjen e ardhshme, afatin dhe rregullat e saj.',
      'sr-Latn':
        'Nije potvrđeno: Ura ne zna ni za jedan otvoren poziv. Proverite veb-sajt programa za sledeći poziv, njegov rok i pravila.',
      mk: 'Непотврдено: Ура не знае за отворен повик. Проверете ја веб-страницата на програмата за следниот повик, неговиот рок и правила.',
    },
  },
  {
    key: 'western-balkans-fund',
    programme: 'donor',
    actionCode: 'WBF regular call',
    title: {
      en: 'Western Balkans Fund – regular call for regional projects',
      sq: 'Fondi i Ballkanit Perëndimor – thirrje e rregullt për projekte rajonale',
      'sr-Latn': 'Fond za Zapadni Balkan – redovni poziv za regionalne projekte',
      mk: 'Фонд за Западен Балкан – редовен повик за регионални проекти',
    },
    summary: {
      en: 'Grants for regional cooperation projects of civil society organisations from at least three of the six Western Balkan economies, including education and youth.',
      sq: 'Grante për projekte bashkëpunimi rajonal të organizatave të shoqërisë civile nga të paktën tri nga gjashtë ekonomitë e Ballkanit Perëndimor, përfshirë arsimin dhe rininë.',
      'sr-Latn':
        'Grantovi za projekte regionalne saradnje organizacija civilnog društva iz najmanje tri od šest ekonomija Zapadnog Balkana, uključujući obrazovanje i mlade.',
      mk: 'Грантови за проекти за регионална соработка на граѓански организации од најмалку три од шесте економии на Западен Балкан, вклучително и образование и млади.',
    },
    deadlines: [{ local: '2027-03-31T23:59', timeZone: 'Europe/Tirane' }],
    budgetMinEur: '10000.00',
    budgetMaxEur: '40000.00',
    budgetNote: {
      en: 'Amounts of earlier calls. Not confirmed.',
      sq: 'Shumat e thirrjeve të mëparshme. E pakonfirmuar.',
      'sr-Latn': 'Iznosi iz ranijih poziva. Nije potvrđeno.',
      mk: 'Износи од претходните повици. Непотврдено.',
    },
    organisationTypes: ['ngo'],
    roles: ['applicant', 'partner'],
    coFinancingRate: null,
    url: 'https://westernbalkansfund.org/',
    applicationLanguages: ['en'],
    eligibility: [
      rule(
        'applicant',
        ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'],
        'unconfirmed',
        {
          en: 'Civil society organisations registered in a Western Balkan economy. Not confirmed: read the call.',
          sq: 'Organizata të shoqërisë civile të regjistruara në një ekonomi të Ballkanit Perëndimor. E pakonfirmuar: lexoni thirrjen.',
          'sr-Latn':
            'Organizacije civilnog društva registrovane u jednoj od ekonomija Zapadnog Balkana. Nije potvrđeno: pročitajte poziv.',
          mk: 'Граѓански организации регистрирани во економија од Западен Балкан. Непотврдено: прочитајте го повикот.',
        },
        ['ngo'],
      ),
      rule('partner', ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'], 'unconfirmed', {
        en: 'Partners from the Western Balkans; schools and public bodies as partners were allowed in some earlier calls. Not confirmed.',
        sq: 'Partnerë nga Ballkani Perëndimor; shkollat dhe organet publike si partnere lejoheshin në disa thirrje të mëparshme. E pakonfirmuar.',
        'sr-Latn':
          'Partneri sa Zapadnog Balkana; škole i javna tela kao partneri bili su dozvoljeni u nekim ranijim pozivima. Nije potvrđeno.',
        mk: 'Партнери од Западен Балкан; училиштата и јавните тела како партнери беа дозволени во некои претходни повици. Непотврдено.',
      }),
    ],
    confidence: 'unconfirmed',
    sourceNote: {
      en: 'Not confirmed: dates and amounts are examples from earlier calls. Check the Fund’s website.',
      sq: 'E pakonfirmuar: datat dhe shumat janë shembuj nga thirrjet e mëparshme. Kontrolloni faqen e Fondit.',
      'sr-Latn':
        'Nije potvrđeno: datumi i iznosi su primeri iz ranijih poziva. Proverite veb-sajt Fonda.',
      mk: 'Непотврдено: датумите и износите се примери од претходните повици. Проверете ја веб-страницата на Фондот.',
    },
  },
]
