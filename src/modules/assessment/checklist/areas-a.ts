import type { Section } from '../content.ts'
import { L, MGMT, STAFF, scale } from './build.ts'

/**
 * International Office capacity checklist, areas A: strategy, staffing, procedures, partnerships,
 * mobility management and the Erasmus quality standards. Each item is rated 1–5 (or N/A); every
 * level is described for that item. Keys are stable: a later version may reword, never re-key.
 */

const strategy: Section = {
  key: 'strategy',
  title: L(
    'Strategy and leadership',
    'Strategjia dhe udhëheqja',
    'Strategija i rukovođenje',
    'Стратегија и раководење',
  ),
  description: L(
    'How internationalisation is planned, led and resourced at school level.',
    'Si planifikohet, udhëhiqet dhe mbështetet me burime ndërkombëtarizimi në nivel shkolle.',
    'Kako se internacionalizacija planira, vodi i obezbeđuje resursima na nivou škole.',
    'Како интернационализацијата се планира, води и обезбедува со ресурси на ниво на училиштето.',
  ),
  questions: [
    scale({
      key: 'strategy-written',
      groups: STAFF,
      text: L(
        'Our school has a written internationalisation strategy, adopted by the school board or management.',
        'Shkolla jonë ka një strategji të shkruar ndërkombëtarizimi, të miratuar nga bordi ose drejtuesit e shkollës.',
        'Naša škola ima pisanu strategiju internacionalizacije koju je usvojio školski odbor ili rukovodstvo.',
        'Нашето училиште има пишана стратегија за интернационализација, усвоена од училишниот одбор или раководството.',
      ),
      help: L(
        'A short document is enough if it states aims, target groups and responsibilities.',
        'Mjafton një dokument i shkurtër, nëse përcakton qëllimet, grupet e synuara dhe përgjegjësitë.',
        'Dovoljan je i kratak dokument ako navodi ciljeve, ciljne grupe i odgovornosti.',
        'Доволен е и краток документ ако ги наведува целите, целните групи и одговорностите.',
      ),
      levels: [
        L(
          'No written strategy; international activities happen case by case.',
          'Nuk ka strategji të shkruar; aktivitetet ndërkombëtare ndodhin rast pas rasti.',
          'Nema pisane strategije; međunarodne aktivnosti odvijaju se od slučaja do slučaja.',
          'Нема пишана стратегија; меѓународните активности се случуваат од случај до случај.',
        ),
        L(
          'Aims are discussed or drafted, but nothing has been written down or adopted.',
          'Qëllimet diskutohen ose janë në draft, por asgjë nuk është shkruar përfundimisht apo miratuar.',
          'O ciljevima se razgovara ili postoji nacrt, ali ništa nije konačno zapisano ni usvojeno.',
          'За целите се разговара или постои нацрт, но ништо не е конечно запишано ниту усвоено.',
        ),
        L(
          'A written strategy exists but is not formally adopted or is little known among staff.',
          'Ekziston një strategji e shkruar, por nuk është miratuar zyrtarisht ose stafi e njeh pak.',
          'Pisana strategija postoji, ali nije formalno usvojena ili je osoblje slabo poznaje.',
          'Постои пишана стратегија, но не е формално усвоена или персоналот малку ја познава.',
        ),
        L(
          'The strategy is adopted, shared with staff and used to plan projects.',
          'Strategjia është miratuar, i është bërë e njohur stafit dhe përdoret për planifikimin e projekteve.',
          'Strategija je usvojena, predstavljena osoblju i koristi se za planiranje projekata.',
          'Стратегијата е усвоена, претставена на персоналот и се користи за планирање проекти.',
        ),
        L(
          "The adopted strategy guides all international work and is updated as the school's needs change.",
          'Strategjia e miratuar udhëheq gjithë punën ndërkombëtare dhe përditësohet sipas nevojave të shkollës.',
          'Usvojena strategija usmerava sav međunarodni rad i ažurira se kako se menjaju potrebe škole.',
          'Усвоената стратегија ја насочува целата меѓународна работа и се ажурира како што се менуваат потребите на училиштето.',
        ),
      ],
    }),
    scale({
      key: 'strategy-leadership',
      groups: STAFF,
      text: L(
        'The school leadership visibly supports international work and takes part in key decisions.',
        'Drejtuesit e shkollës e mbështesin dukshëm punën ndërkombëtare dhe marrin pjesë në vendimet kryesore.',
        'Rukovodstvo škole vidljivo podržava međunarodni rad i učestvuje u ključnim odlukama.',
        'Раководството на училиштето видливо ја поддржува меѓународната работа и учествува во клучните одлуки.',
      ),
      levels: [
        L(
          'International work depends on individual teachers; leadership is not involved.',
          'Puna ndërkombëtare varet nga mësues të veçantë; drejtuesit nuk përfshihen.',
          'Međunarodni rad zavisi od pojedinih nastavnika; rukovodstvo nije uključeno.',
          'Меѓународната работа зависи од поединечни наставници; раководството не е вклучено.',
        ),
        L(
          'Leadership approves applications when asked but takes no further part.',
          'Drejtuesit miratojnë aplikimet kur u kërkohet, por nuk përfshihen më tej.',
          'Rukovodstvo odobrava prijave kada se to od njega traži, ali se dalje ne uključuje.',
          'Раководството ги одобрува апликациите кога ќе се побара, но понатаму не се вклучува.',
        ),
        L(
          'Leadership supports projects and sometimes attends meetings or events.',
          'Drejtuesit mbështesin projektet dhe herë pas here marrin pjesë në takime ose aktivitete.',
          'Rukovodstvo podržava projekte i povremeno prisustvuje sastancima ili događajima.',
          'Раководството ги поддржува проектите и повремено присуствува на состаноци или настани.',
        ),
        L(
          'A member of the leadership team follows international work regularly and removes obstacles.',
          'Një anëtar i drejtimit ndjek rregullisht punën ndërkombëtare dhe ndihmon në zgjidhjen e pengesave.',
          'Član rukovodstva redovno prati međunarodni rad i pomaže u otklanjanju prepreka.',
          'Член на раководството редовно ја следи меѓународната работа и помага во отстранување на пречките.',
        ),
        L(
          'Leadership champions internationalisation, reports on it to the board and staff, and acts on results.',
          'Drejtuesit e promovojnë ndërkombëtarizimin, raportojnë për të te bordi e stafi dhe veprojnë sipas rezultateve.',
          'Rukovodstvo promoviše internacionalizaciju, izveštava o njoj odbor i osoblje i postupa prema rezultatima.',
          'Раководството ја промовира интернационализацијата, известува за неа пред одборот и персоналот и постапува според резултатите.',
        ),
      ],
    }),
    scale({
      key: 'strategy-objectives',
      groups: STAFF,
      text: L(
        'Our international objectives (e.g. in the Erasmus Plan) are concrete and built into the school development plan.',
        'Objektivat tona ndërkombëtare (p.sh. në Planin Erasmus) janë konkrete dhe të përfshira në planin e zhvillimit të shkollës.',
        'Naši međunarodni ciljevi (npr. u Erasmus planu) konkretni su i ugrađeni u razvojni plan škole.',
        'Нашите меѓународни цели (на пр. во Еразмус планот) се конкретни и вградени во развојниот план на училиштето.',
      ),
      help: L(
        'For accredited schools the Erasmus Plan sets the objectives; other schools can use their project objectives.',
        'Për shkollat e akredituara objektivat përcaktohen në Planin Erasmus; shkollat e tjera mund të përdorin objektivat e projekteve të tyre.',
        'Kod akreditovanih škola ciljeve određuje Erasmus plan; ostale škole mogu koristiti ciljeve svojih projekata.',
        'Кај акредитираните училишта целите ги утврдува Еразмус планот; другите училишта можат да ги користат целите на своите проекти.',
      ),
      levels: [
        L(
          'No international objectives are defined.',
          'Nuk ka objektiva ndërkombëtare të përcaktuara.',
          'Nisu definisani nikakvi međunarodni ciljevi.',
          'Не се дефинирани никакви меѓународни цели.',
        ),
        L(
          'Only general aims exist (e.g. ‘more mobility’), not linked to the school development plan.',
          'Ka vetëm qëllime të përgjithshme (p.sh. „më shumë lëvizshmëri“), pa lidhje me planin e zhvillimit të shkollës.',
          'Postoje samo opšti ciljevi (npr. „više mobilnosti“), bez veze sa razvojnim planom škole.',
          'Постојат само општи цели (на пр. „повеќе мобилност“), без врска со развојниот план на училиштето.',
        ),
        L(
          'Concrete objectives are written down, but only loosely connected to the school development plan.',
          'Objektivat konkrete janë të shkruara, por lidhen dobët me planin e zhvillimit të shkollës.',
          'Konkretni ciljevi su zapisani, ali su tek labavo povezani sa razvojnim planom škole.',
          'Конкретните цели се запишани, но се само лабаво поврзани со развојниот план на училиштето.',
        ),
        L(
          'Objectives are measurable, appear in the school development plan and guide project choices.',
          'Objektivat janë të matshme, gjenden në planin e zhvillimit të shkollës dhe orientojnë zgjedhjen e projekteve.',
          'Ciljevi su merljivi, nalaze se u razvojnom planu škole i usmeravaju izbor projekata.',
          'Целите се мерливи, се наоѓаат во развојниот план на училиштето и го насочуваат изборот на проекти.',
        ),
        L(
          'Progress on the objectives is measured each year and both plans are updated together.',
          'Përparimi drejt objektivave matet çdo vit dhe të dy planet përditësohen së bashku.',
          'Napredak ka ciljevima meri se svake godine i oba plana se zajedno ažuriraju.',
          'Напредокот кон целите се мери секоја година и двата плана заедно се ажурираат.',
        ),
      ],
    }),
    scale({
      key: 'strategy-review',
      groups: MGMT,
      text: L(
        'We review our internationalisation strategy regularly, using results and feedback.',
        'E rishikojmë rregullisht strategjinë tonë të ndërkombëtarizimit, duke u mbështetur në rezultatet dhe reagimet.',
        'Redovno preispitujemo svoju strategiju internacionalizacije na osnovu rezultata i povratnih informacija.',
        'Редовно ја преиспитуваме нашата стратегија за интернационализација врз основа на резултатите и повратните информации.',
      ),
      levels: [
        L(
          'The strategy (if any) has never been reviewed.',
          'Strategjia (nëse ka) nuk është rishikuar kurrë.',
          'Strategija (ako postoji) nikada nije preispitana.',
          'Стратегијата (ако постои) никогаш не е преиспитана.',
        ),
        L(
          'Changes are made occasionally, without a set time or evidence.',
          'Ndryshime bëhen herë pas here, pa një afat të caktuar dhe pa të dhëna.',
          'Izmene se prave povremeno, bez utvrđenog roka i bez podataka.',
          'Измени се прават повремено, без утврден рок и без податоци.',
        ),
        L(
          'A review date is set, but the review is mostly a formality.',
          'Është caktuar një datë rishikimi, por rishikimi është kryesisht formal.',
          'Datum preispitivanja je određen, ali je preispitivanje uglavnom formalnost.',
          'Утврден е датум за преиспитување, но преиспитувањето е главно формалност.',
        ),
        L(
          'The strategy is reviewed at least yearly, using project results and participant feedback.',
          'Strategjia rishikohet të paktën një herë në vit, mbi bazën e rezultateve të projekteve dhe reagimeve të pjesëmarrësve.',
          'Strategija se preispituje najmanje jednom godišnje na osnovu rezultata projekata i povratnih informacija učesnika.',
          'Стратегијата се преиспитува најмалку еднаш годишно врз основа на резултатите од проектите и повратните информации од учесниците.',
        ),
        L(
          'Reviews involve staff, learners and partners, and lead to documented improvements.',
          'Rishikimet përfshijnë stafin, nxënësit dhe partnerët, dhe çojnë në përmirësime të dokumentuara.',
          'U preispitivanje su uključeni osoblje, učenici i partneri, a ono vodi do dokumentovanih poboljšanja.',
          'Во преиспитувањето се вклучени персоналот, учениците и партнерите, и тоа води до документирани подобрувања.',
        ),
      ],
    }),
    scale({
      key: 'strategy-resources',
      groups: MGMT,
      text: L(
        "Staff time and budget for international work are set aside in the school's annual plan and budget.",
        'Koha e stafit dhe buxheti për punën ndërkombëtare janë parashikuar në planin vjetor dhe në buxhetin e shkollës.',
        'Radno vreme osoblja i budžet za međunarodni rad predviđeni su u godišnjem planu i budžetu škole.',
        'Работното време на персоналот и буџетот за меѓународна работа се предвидени во годишниот план и буџетот на училиштето.',
      ),
      levels: [
        L(
          'No time or money is set aside; the work is done on top of normal duties.',
          'Nuk parashikohet as kohë as para; puna bëhet përtej detyrave të zakonshme.',
          'Nije predviđeno ni vreme ni novac; posao se radi pored redovnih obaveza.',
          'Не е предвидено ниту време ниту пари; работата се врши покрај редовните обврски.',
        ),
        L(
          'Resources are found ad hoc when a project needs them.',
          'Burimet gjenden rast pas rasti, kur një projekt ka nevojë.',
          'Resursi se pronalaze po potrebi, kada ih neki projekat zahteva.',
          'Ресурсите се наоѓаат по потреба, кога некој проект ги бара.',
        ),
        L(
          'Some hours or a small budget line exist, but not enough for the planned activities.',
          'Ka disa orë ose një zë të vogël buxhetor, por jo mjaftueshëm për aktivitetet e planifikuara.',
          'Postoji nešto sati ili mala budžetska stavka, ali nedovoljno za planirane aktivnosti.',
          'Постојат некои часови или мала буџетска ставка, но недоволно за планираните активности.',
        ),
        L(
          'Time and budget match the annual plan, including co-financing where needed.',
          'Koha dhe buxheti përputhen me planin vjetor, përfshirë bashkëfinancimin kur nevojitet.',
          'Vreme i budžet odgovaraju godišnjem planu, uključujući sufinansiranje kada je potrebno.',
          'Времето и буџетот одговараат на годишниот план, вклучително и кофинансирање кога е потребно.',
        ),
        L(
          'Resources are planned over several years and adjusted based on results.',
          'Burimet planifikohen për disa vite dhe rregullohen sipas rezultateve.',
          'Resursi se planiraju za više godina unapred i prilagođavaju prema rezultatima.',
          'Ресурсите се планираат за повеќе години однапред и се прилагодуваат според резултатите.',
        ),
      ],
    }),
  ],
}

const staffing: Section = {
  key: 'staffing',
  title: L('Staffing and roles', 'Stafi dhe rolet', 'Osoblje i uloge', 'Персонал и улоги'),
  description: L(
    'Who does the international work, with what time, skills and recognition.',
    'Kush e kryen punën ndërkombëtare, me sa kohë, me çfarë aftësish dhe me çfarë njohjeje.',
    'Ko obavlja međunarodni rad, sa koliko vremena, kojim veštinama i kakvim priznanjem.',
    'Кој ја врши меѓународната работа, со колку време, со кои вештини и какво признание.',
  ),
  questions: [
    scale({
      key: 'staffing-coordinator',
      groups: STAFF,
      text: L(
        'Our school has a named International Office coordinator with working hours allocated to the role.',
        'Shkolla jonë ka një koordinator të caktuar të Zyrës së Marrëdhënieve Ndërkombëtare, me orë pune të dedikuara për këtë rol.',
        'Naša škola ima imenovanog koordinatora Međunarodne kancelarije sa radnim satima predviđenim za tu ulogu.',
        'Нашето училиште има именуван координатор на Канцеларијата за меѓународна соработка со работни часови предвидени за таа улога.',
      ),
      levels: [
        L(
          'Nobody is responsible for international work.',
          'Askush nuk është përgjegjës për punën ndërkombëtare.',
          'Niko nije zadužen za međunarodni rad.',
          'Никој не е задолжен за меѓународната работа.',
        ),
        L(
          'A teacher coordinates informally, in their own free time.',
          'Një mësues koordinon në mënyrë joformale, në kohën e vet të lirë.',
          'Jedan nastavnik neformalno koordinira, u svoje slobodno vreme.',
          'Еден наставник неформално координира, во своето слободно време.',
        ),
        L(
          'A coordinator is formally named, but has no or too few hours for the role.',
          'Koordinatori është caktuar zyrtarisht, por nuk ka orë ose ka shumë pak orë për këtë rol.',
          'Koordinator je formalno imenovan, ali za tu ulogu nema sati ili ih ima premalo.',
          'Координаторот е формално именуван, но за таа улога нема часови или има премалку.',
        ),
        L(
          'The named coordinator has enough allocated hours and is known to staff, learners and partners.',
          'Koordinatori i caktuar ka mjaftueshëm orë të dedikuara dhe njihet nga stafi, nxënësit dhe partnerët.',
          'Imenovani koordinator ima dovoljno predviđenih sati i poznat je osoblju, učenicima i partnerima.',
          'Именуваниот координатор има доволно предвидени часови и го познаваат персоналот, учениците и партнерите.',
        ),
        L(
          "The coordinator's hours are reviewed yearly against the workload and raised when projects grow.",
          'Orët e koordinatorit rishikohen çdo vit sipas ngarkesës dhe shtohen kur projektet zgjerohen.',
          'Sati koordinatora preispituju se svake godine u odnosu na obim posla i povećavaju se kada projekti rastu.',
          'Часовите на координаторот се преиспитуваат секоја година во однос на обемот на работа и се зголемуваат кога проектите растат.',
        ),
      ],
    }),
    scale({
      key: 'staffing-roles',
      groups: STAFF,
      text: L(
        'Tasks in international work are written down and shared, so work continues if someone is absent or leaves.',
        'Detyrat në punën ndërkombëtare janë të shkruara dhe të ndara ndërmjet disa personave, që puna të vazhdojë nëse dikush mungon ose largohet.',
        'Zadaci u međunarodnom radu su zapisani i raspodeljeni, tako da se posao nastavlja ako neko odsustvuje ili ode.',
        'Задачите во меѓународната работа се запишани и распределени, така што работата продолжува ако некој отсуствува или замине.',
      ),
      help: L(
        'For example: job descriptions, a named deputy, handover notes and shared project files.',
        'Për shembull: përshkrime pune, një zëvendës i caktuar, shënime për dorëzimin e detyrave dhe dosje të përbashkëta të projekteve.',
        'Na primer: opisi poslova, imenovani zamenik, beleške za primopredaju i zajednička dokumentacija projekata.',
        'На пример: описи на работни места, именуван заменик, белешки за примопредавање и заедничка проектна документација.',
      ),
      levels: [
        L(
          'Everything depends on one person; nothing is written down.',
          'Gjithçka varet nga një person; asgjë nuk është e shkruar.',
          'Sve zavisi od jedne osobe; ništa nije zapisano.',
          'Сè зависи од една личност; ништо не е запишано.',
        ),
        L(
          'Others help informally, but tasks and files are not documented.',
          'Të tjerët ndihmojnë në mënyrë joformale, por detyrat dhe dosjet nuk janë të dokumentuara.',
          'Drugi pomažu neformalno, ali zadaci i dokumentacija nisu uređeni.',
          'Другите помагаат неформално, но задачите и документацијата не се уредени.',
        ),
        L(
          'The main roles are described, but there is no deputy or handover routine.',
          'Rolet kryesore janë përshkruar, por nuk ka zëvendës apo procedurë për dorëzimin e detyrave.',
          'Glavne uloge su opisane, ali nema zamenika ni postupka primopredaje.',
          'Главните улоги се опишани, но нема заменик ниту постапка за примопредавање.',
        ),
        L(
          'Written roles for the whole team, a named deputy and shared project files are in use.',
          'Përdoren role të shkruara për gjithë ekipin, një zëvendës i caktuar dhe dosje të përbashkëta projektesh.',
          'Postoje pisane uloge za ceo tim, imenovani zamenik i zajednička dokumentacija projekata.',
          'Постојат пишани улоги за целиот тим, именуван заменик и заедничка проектна документација.',
        ),
        L(
          'Roles are reviewed yearly, the deputy is trained, and a handover has already worked in practice.',
          'Rolet rishikohen çdo vit, zëvendësi është i trajnuar dhe dorëzimi i detyrave ka funksionuar tashmë në praktikë.',
          'Uloge se preispituju svake godine, zamenik je obučen, a primopredaja je već uspešno sprovedena u praksi.',
          'Улогите се преиспитуваат секоја година, заменикот е обучен, а примопредавањето веќе успешно се спроведе во пракса.',
        ),
      ],
    }),
    scale({
      key: 'staffing-languages',
      groups: [...STAFF, 'partners'],
      text: L(
        'Staff involved in international work have the foreign-language skills needed to work with partners.',
        'Stafi i përfshirë në punën ndërkombëtare ka aftësitë në gjuhë të huaja që nevojiten për të punuar me partnerët.',
        'Osoblje uključeno u međunarodni rad ima znanje stranih jezika potrebno za saradnju sa partnerima.',
        'Персоналот вклучен во меѓународната работа има познавање на странски јазици потребно за соработка со партнерите.',
      ),
      levels: [
        L(
          'Hardly anyone can communicate with partners in a foreign language.',
          'Pothuajse askush nuk mund të komunikojë me partnerët në një gjuhë të huaj.',
          'Gotovo niko ne može da komunicira sa partnerima na stranom jeziku.',
          'Речиси никој не може да комуницира со партнерите на странски јазик.',
        ),
        L(
          'One or two people handle all communication; the others rely on them.',
          'Një ose dy persona kryejnë gjithë komunikimin; të tjerët mbështeten tek ata.',
          'Jedna ili dve osobe vode svu komunikaciju; ostali se oslanjaju na njih.',
          'Едно или две лица ја водат целата комуникација; другите се потпираат на нив.',
        ),
        L(
          'Several staff manage correspondence and meetings, but accompanying teachers often struggle.',
          'Disa anëtarë të stafit e përballojnë korrespondencën dhe takimet, por mësuesit shoqërues shpesh hasin vështirësi.',
          'Više zaposlenih može da vodi prepisku i sastanke, ali nastavnici u pratnji često imaju poteškoća.',
          'Неколку вработени можат да водат преписка и состаноци, но наставниците придружници често имаат потешкотии.',
        ),
        L(
          'Most involved staff work confidently in a foreign language; language needs are checked.',
          'Shumica e stafit të përfshirë punojnë me siguri në një gjuhë të huaj; nevojat gjuhësore verifikohen.',
          'Većina uključenog osoblja sigurno radi na stranom jeziku; jezičke potrebe se proveravaju.',
          'Повеќето вклучени вработени сигурно работат на странски јазик; јазичните потреби се проверуваат.',
        ),
        L(
          'Language skills are built through a plan (courses, online learning, job shadowing) and progress is followed.',
          'Aftësitë gjuhësore zhvillohen sipas një plani (kurse, mësim në internet, vëzhgim pune jashtë vendit) dhe përparimi ndiqet.',
          'Jezičke veštine razvijaju se po planu (kursevi, onlajn učenje, praćenje rada u inostranstvu) i napredak se prati.',
          'Јазичните вештини се развиваат според план (курсеви, онлајн учење, следење на работа во странство) и напредокот се следи.',
        ),
      ],
    }),
    scale({
      key: 'staffing-training',
      groups: STAFF,
      text: L(
        'Staff involved have been trained in project management and the Erasmus+ rules.',
        'Stafi i përfshirë është trajnuar për menaxhimin e projekteve dhe rregullat e Erasmus+.',
        'Uključeno osoblje je obučeno za upravljanje projektima i pravila programa Erasmus+.',
        'Вклучениот персонал е обучен за управување со проекти и правилата на Еразмус+.',
      ),
      levels: [
        L(
          'No one has had training; the rules are learned by trial and error.',
          'Askush nuk ka marrë trajnim; rregullat mësohen duke provuar e gabuar.',
          'Niko nije prošao obuku; pravila se uče metodom pokušaja i pogreške.',
          'Никој не поминал обука; правилата се учат со обиди и грешки.',
        ),
        L(
          'The coordinator has attended an information day or a webinar.',
          'Koordinatori ka marrë pjesë në një ditë informimi ose në një webinar.',
          'Koordinator je prisustvovao informativnom danu ili vebinaru.',
          'Координаторот присуствувал на информативен ден или вебинар.',
        ),
        L(
          'The coordinator is trained; other team members are not.',
          'Koordinatori është i trajnuar; anëtarët e tjerë të ekipit jo.',
          'Koordinator je obučen, ostali članovi tima nisu.',
          'Координаторот е обучен, другите членови на тимот не се.',
        ),
        L(
          'The whole team has had training on planning, budgets, reporting and the programme rules.',
          'I gjithë ekipi është trajnuar për planifikimin, buxhetin, raportimin dhe rregullat e programit.',
          'Ceo tim je prošao obuku o planiranju, budžetu, izveštavanju i pravilima programa.',
          'Целиот тим поминал обука за планирање, буџет, известување и правилата на програмата.',
        ),
        L(
          'Training needs are reviewed yearly and new staff are trained before they take on tasks.',
          'Nevojat për trajnim rishikohen çdo vit dhe stafi i ri trajnohet para se të marrë detyra.',
          'Potrebe za obukom preispituju se svake godine, a novo osoblje se obučava pre nego što preuzme zadatke.',
          'Потребите за обука се преиспитуваат секоја година, а новиот персонал се обучува пред да преземе задачи.',
        ),
      ],
    }),
    scale({
      key: 'staffing-recognition',
      groups: STAFF,
      text: L(
        'International work is recognised in staff workload, evaluation or career progression.',
        'Puna ndërkombëtare njihet në ngarkesën e punës, në vlerësimin ose në ecurinë në karrierë të stafit.',
        'Međunarodni rad se priznaje u radnom opterećenju, ocenjivanju ili napredovanju osoblja.',
        'Меѓународната работа се признава во работното оптоварување, оценувањето или напредувањето на персоналот.',
      ),
      levels: [
        L(
          'International work is unpaid extra work and is not acknowledged.',
          'Puna ndërkombëtare është punë shtesë e papaguar dhe nuk njihet.',
          'Međunarodni rad je neplaćeni dodatni posao i ne priznaje se.',
          'Меѓународната работа е неплатена дополнителна работа и не се признава.',
        ),
        L(
          'Efforts are thanked informally, but nothing changes in the workload.',
          'Përpjekjet falënderohen në mënyrë joformale, por ngarkesa e punës nuk ndryshon.',
          'Za trud se neformalno zahvaljuje, ali se radno opterećenje ne menja.',
          'За трудот неформално се изразува благодарност, но оптоварувањето не се менува.',
        ),
        L(
          'Some staff get fewer teaching hours or an allowance, but not in a consistent way.',
          'Disa anëtarë të stafit marrin ulje orësh mësimore ose shpërblim, por jo në mënyrë të njëtrajtshme.',
          'Neki zaposleni dobijaju manje časova nastave ili dodatak, ali ne na dosledan način.',
          'Некои вработени добиваат помалку часови настава или додаток, но не на доследен начин.',
        ),
        L(
          'Clear rules count international tasks in the workload and in staff evaluation.',
          'Rregulla të qarta i llogaritin detyrat ndërkombëtare në ngarkesën e punës dhe në vlerësimin e stafit.',
          'Jasna pravila uračunavaju međunarodne zadatke u radno opterećenje i u ocenjivanje osoblja.',
          'Јасни правила ги вбројуваат меѓународните задачи во оптоварувањето и во оценувањето на персоналот.',
        ),
        L(
          'Recognition also supports career progression and is reviewed together with staff.',
          'Njohja mbështet edhe ecurinë në karrierë dhe rishikohet bashkë me stafin.',
          'Priznanje podržava i napredovanje u karijeri i preispituje se zajedno sa osobljem.',
          'Признавањето го поддржува и напредувањето во кариерата и се преиспитува заедно со персоналот.',
        ),
      ],
    }),
  ],
}

const procedures: Section = {
  key: 'procedures',
  title: L(
    'Procedures and protocols',
    'Procedurat dhe protokollet',
    'Procedure i protokoli',
    'Процедури и протоколи',
  ),
  description: L(
    'Written rules that make mobility fair, safe, well documented and financially sound.',
    'Rregulla të shkruara që e bëjnë lëvizshmërinë të drejtë, të sigurt, të dokumentuar mirë dhe të shëndoshë financiarisht.',
    'Pisana pravila koja mobilnost čine pravednom, bezbednom, dobro dokumentovanom i finansijski ispravnom.',
    'Пишани правила што ја прават мобилноста праведна, безбедна, добро документирана и финансиски исправна.',
  ),
  questions: [
    scale({
      key: 'procedures-written',
      groups: STAFF,
      text: L(
        'We have written procedures covering each step of a mobility, from selection to recognition.',
        'Kemi procedura të shkruara që mbulojnë çdo hap të lëvizshmërisë, nga përzgjedhja deri te njohja.',
        'Imamo pisane procedure koje obuhvataju svaki korak mobilnosti, od odabira do priznavanja.',
        'Имаме пишани процедури што го опфаќаат секој чекор од мобилноста, од изборот до признавањето.',
      ),
      levels: [
        L(
          'No written procedures; each mobility is organised differently.',
          'Nuk ka procedura të shkruara; çdo lëvizshmëri organizohet ndryshe.',
          'Nema pisanih procedura; svaka mobilnost se organizuje drugačije.',
          'Нема пишани процедури; секоја мобилност се организира поинаку.',
        ),
        L(
          'Checklists or templates exist for some steps, kept by individual staff.',
          'Ka lista kontrolli ose shabllone për disa hapa, të mbajtura nga persona të veçantë.',
          'Za neke korake postoje kontrolne liste ili obrasci, koje čuvaju pojedinci.',
          'За некои чекори постојат контролни листи или обрасци, што ги чуваат поединци.',
        ),
        L(
          'A written procedure exists but leaves out steps (e.g. recognition or follow-up).',
          'Ekziston një procedurë e shkruar, por mungojnë disa hapa (p.sh. njohja ose ndjekja pas kthimit).',
          'Pisana procedura postoji, ali izostavlja neke korake (npr. priznavanje ili aktivnosti nakon povratka).',
          'Постои пишана процедура, но изоставува некои чекори (на пр. признавање или активности по враќањето).',
        ),
        L(
          'A complete procedure with responsibilities and deadlines is followed for every mobility.',
          'Për çdo lëvizshmëri ndiqet një procedurë e plotë me përgjegjësi dhe afate.',
          'Za svaku mobilnost primenjuje se potpuna procedura sa odgovornostima i rokovima.',
          'За секоја мобилност се применува целосна процедура со одговорности и рокови.',
        ),
        L(
          'The procedure is updated after each project, based on what went well and what did not.',
          'Procedura përditësohet pas çdo projekti, bazuar në atë që funksionoi dhe atë që nuk funksionoi.',
          'Procedura se ažurira posle svakog projekta na osnovu onoga što je bilo dobro i što nije.',
          'Процедурата се ажурира по секој проект врз основа на тоа што функционираше, а што не.',
        ),
      ],
    }),
    scale({
      key: 'procedures-selection',
      groups: [...STAFF, 'learners'],
      text: L(
        'Participants are selected in a fair and transparent way, with criteria published in advance.',
        'Pjesëmarrësit përzgjidhen në mënyrë të drejtë dhe transparente, me kritere të shpallura paraprakisht.',
        'Učesnici se biraju na pravedan i transparentan način, prema unapred objavljenim kriterijumima.',
        'Учесниците се избираат на праведен и транспарентен начин, според однапред објавени критериуми.',
      ),
      levels: [
        L(
          'Participants are chosen without any stated criteria.',
          'Pjesëmarrësit zgjidhen pa asnjë kriter të deklaruar.',
          'Učesnici se biraju bez ikakvih navedenih kriterijuma.',
          'Учесниците се избираат без никакви наведени критериуми.',
        ),
        L(
          'Some criteria are used, but they are not published and the call is not open to all.',
          'Përdoren disa kritere, por ato nuk shpallen dhe thirrja nuk është e hapur për të gjithë.',
          'Koriste se neki kriterijumi, ali nisu objavljeni i poziv nije otvoren za sve.',
          'Се користат некои критериуми, но не се објавени и повикот не е отворен за сите.',
        ),
        L(
          'Criteria and an open call are published, but results are not explained to applicants.',
          'Kriteret dhe thirrja e hapur shpallen, por rezultatet nuk u shpjegohen aplikantëve.',
          'Kriterijumi i otvoreni poziv se objavljuju, ali se rezultati ne obrazlažu kandidatima.',
          'Критериумите и отворениот повик се објавуваат, но резултатите не им се образложуваат на кандидатите.',
        ),
        L(
          'A selection panel scores applicants against the published criteria; applicants can ask why.',
          'Një komision përzgjedhjeje i vlerëson aplikantët sipas kritereve të shpallura; ata mund të kërkojnë shpjegim.',
          'Komisija boduje kandidate prema objavljenim kriterijumima; kandidati mogu da traže obrazloženje.',
          'Комисија ги бодува кандидатите според објавените критериуми; кандидатите можат да побараат образложение.',
        ),
        L(
          'Selection is documented, has an appeal route and is checked for equal access for all groups.',
          'Përzgjedhja dokumentohet, ka mundësi ankimi dhe kontrollohet që të gjitha grupet të kenë qasje të barabartë.',
          'Odabir je dokumentovan, predviđa mogućnost žalbe i proverava se da li sve grupe imaju jednak pristup.',
          'Изборот е документиран, предвидува можност за жалба и се проверува дали сите групи имаат еднаков пристап.',
        ),
      ],
    }),
    scale({
      key: 'procedures-agreements',
      groups: [...STAFF, 'company_trainers', 'partners'],
      text: L(
        'Before each mobility, a learning agreement is signed by the school, the participant and the host organisation.',
        'Para çdo lëvizshmërie, marrëveshja e të nxënit nënshkruhet nga shkolla, pjesëmarrësi dhe organizata pritëse.',
        'Pre svake mobilnosti škola, učesnik i organizacija domaćin potpisuju ugovor o učenju.',
        'Пред секоја мобилност, училиштето, учесникот и организацијата-домаќин потпишуваат договор за учење.',
      ),
      help: L(
        'The learning agreement states the tasks, learning outcomes, mentors and how results will be recognised.',
        'Marrëveshja e të nxënit përcakton detyrat, rezultatet e të nxënit, mentorët dhe mënyrën e njohjes së rezultateve.',
        'Ugovor o učenju navodi zadatke, ishode učenja, mentore i način priznavanja rezultata.',
        'Договорот за учење ги наведува задачите, исходите од учењето, менторите и начинот на признавање на резултатите.',
      ),
      levels: [
        L(
          'No written agreements are made before departure.',
          'Nuk bëhen marrëveshje të shkruara para nisjes.',
          'Pre polaska se ne sklapaju pisani ugovori.',
          'Пред заминувањето не се склучуваат пишани договори.',
        ),
        L(
          'Agreements exist for some mobilities only, or are signed after arrival.',
          'Marrëveshjet ekzistojnë vetëm për disa lëvizshmëri ose nënshkruhen pas mbërritjes.',
          'Ugovori postoje samo za neke mobilnosti ili se potpisuju tek po dolasku.',
          'Договори постојат само за некои мобилности или се потпишуваат дури по пристигнувањето.',
        ),
        L(
          'Agreements are signed before departure, but tasks and outcomes are described only in general terms.',
          'Marrëveshjet nënshkruhen para nisjes, por detyrat dhe rezultatet përshkruhen vetëm në terma të përgjithshëm.',
          'Ugovori se potpisuju pre polaska, ali su zadaci i ishodi opisani samo uopšteno.',
          'Договорите се потпишуваат пред заминувањето, но задачите и исходите се опишани само општо.',
        ),
        L(
          'Every mobility has a signed agreement with concrete tasks, mentors and learning outcomes.',
          'Çdo lëvizshmëri ka një marrëveshje të nënshkruar me detyra konkrete, mentorë dhe rezultate të të nxënit.',
          'Svaka mobilnost ima potpisan ugovor sa konkretnim zadacima, mentorima i ishodima učenja.',
          'Секоја мобилност има потпишан договор со конкретни задачи, ментори и исходи од учењето.',
        ),
        L(
          'Agreements are prepared jointly with hosts, adjusted if plans change and used in the final assessment.',
          'Marrëveshjet përgatiten së bashku me pritësit, përshtaten nëse planet ndryshojnë dhe përdoren në vlerësimin përfundimtar.',
          'Ugovori se pripremaju zajedno sa domaćinima, menjaju se ako se planovi promene i koriste se u završnom ocenjivanju.',
          'Договорите се подготвуваат заедно со домаќините, се менуваат ако се променат плановите и се користат во завршното оценување.',
        ),
      ],
    }),
    scale({
      key: 'procedures-records',
      groups: MGMT,
      text: L(
        'Mobility documents are filed in an orderly way and personal data are protected (GDPR or national law).',
        'Dokumentet e lëvizshmërisë arkivohen me rregull dhe të dhënat personale mbrohen (GDPR ose ligji kombëtar).',
        'Dokumenti o mobilnosti uredno se arhiviraju, a lični podaci su zaštićeni (GDPR ili nacionalni zakon).',
        'Документите за мобилноста уредно се архивираат, а личните податоци се заштитени (GDPR или националниот закон).',
      ),
      levels: [
        L(
          'Documents are scattered across personal mailboxes and desks; data protection is not considered.',
          'Dokumentet janë të shpërndara në postën elektronike personale dhe nëpër tavolina; mbrojtja e të dhënave nuk merret parasysh.',
          'Dokumenti su rasuti po ličnoj elektronskoj pošti i stolovima; o zaštiti podataka se ne vodi računa.',
          'Документите се расфрлани по лични е-пошти и маси; за заштитата на податоците не се води сметка.',
        ),
        L(
          'Files are kept per project, but access and storage are not controlled.',
          'Dosjet mbahen për çdo projekt, por qasja dhe ruajtja nuk kontrollohen.',
          'Dokumentacija se vodi po projektima, ali pristup i čuvanje nisu kontrolisani.',
          'Документацијата се води по проекти, но пристапот и чувањето не се контролирани.',
        ),
        L(
          'A shared filing system exists; consent forms are collected, but rules on access are unclear.',
          'Ekziston një sistem i përbashkët arkivimi; formularët e pëlqimit mblidhen, por rregullat për qasjen janë të paqarta.',
          'Postoji zajednički sistem arhiviranja; saglasnosti se prikupljaju, ali pravila o pristupu nisu jasna.',
          'Постои заеднички систем за архивирање; согласностите се собираат, но правилата за пристап не се јасни.',
        ),
        L(
          'Files follow a set structure, access is limited, consent is recorded and retention periods are known.',
          'Dosjet ndjekin një strukturë të caktuar, qasja është e kufizuar, pëlqimi regjistrohet dhe afatet e ruajtjes njihen.',
          'Dokumentacija ima utvrđenu strukturu, pristup je ograničen, saglasnosti su evidentirane, a rokovi čuvanja poznati.',
          'Документацијата има утврдена структура, пристапот е ограничен, согласностите се евидентирани, а роковите за чување се познати.',
        ),
        L(
          'Records are ready for an audit at any time and data protection is checked regularly.',
          'Dokumentet janë gati për auditim në çdo kohë dhe mbrojtja e të dhënave kontrollohet rregullisht.',
          'Dokumentacija je u svakom trenutku spremna za reviziju, a zaštita podataka se redovno proverava.',
          'Документацијата е во секое време подготвена за ревизија, а заштитата на податоците редовно се проверува.',
        ),
      ],
    }),
    scale({
      key: 'procedures-emergency',
      groups: [...STAFF, 'partners'],
      text: L(
        'We have written risk and emergency procedures for mobilities, known to accompanying staff and partners.',
        'Kemi procedura të shkruara për rreziqet dhe emergjencat gjatë lëvizshmërisë, të njohura nga stafi shoqërues dhe partnerët.',
        'Imamo pisane procedure za rizike i hitne slučajeve tokom mobilnosti, poznate pratećem osoblju i partnerima.',
        'Имаме пишани процедури за ризици и итни случаи за време на мобилноста, познати на придружниот персонал и на партнерите.',
      ),
      levels: [
        L(
          'No risk assessment or emergency plan; problems are handled as they come.',
          'Nuk ka vlerësim rreziku apo plan emergjence; problemet trajtohen kur dalin.',
          'Nema procene rizika ni plana za hitne slučajeve; problemi se rešavaju kako nastanu.',
          'Нема проценка на ризик ниту план за итни случаи; проблемите се решаваат како што ќе настанат.',
        ),
        L(
          'Emergency contacts are collected, but there is no written procedure.',
          'Mblidhen kontaktet e emergjencës, por nuk ka procedurë të shkruar.',
          'Prikupljaju se kontakti za hitne slučajeve, ali nema pisane procedure.',
          'Се собираат контакти за итни случаи, но нема пишана процедура.',
        ),
        L(
          'A written procedure exists, but it is not shared with partners or tested.',
          'Ekziston një procedurë e shkruar, por nuk u është dhënë partnerëve dhe nuk është provuar.',
          'Pisana procedura postoji, ali nije podeljena sa partnerima niti je proverena.',
          'Постои пишана процедура, но не е споделена со партнерите ниту е проверена.',
        ),
        L(
          'Each mobility has a risk assessment, a 24/7 contact and a procedure known to staff, partners and participants.',
          'Çdo lëvizshmëri ka vlerësim rreziku, një kontakt 24/7 dhe një procedurë të njohur nga stafi, partnerët dhe pjesëmarrësit.',
          'Svaka mobilnost ima procenu rizika, kontakt dostupan 24/7 i proceduru poznatu osoblju, partnerima i učesnicima.',
          'Секоја мобилност има проценка на ризик, контакт достапен 24/7 и процедура позната на персоналот, партнерите и учесниците.',
        ),
        L(
          'Procedures are rehearsed, incidents are reviewed and the lessons are built into the next mobility.',
          'Procedurat ushtrohen, incidentet analizohen dhe mësimet e nxjerra përfshihen në lëvizshmërinë e radhës.',
          'Procedure se uvežbavaju, incidenti se analiziraju, a pouke se primenjuju u narednoj mobilnosti.',
          'Процедурите се увежбуваат, инцидентите се анализираат, а поуките се применуваат во следната мобилност.',
        ),
      ],
    }),
    scale({
      key: 'procedures-finance',
      groups: MGMT,
      text: L(
        'We have clear financial procedures for grant money: approvals, payments to participants, receipts and records.',
        'Kemi procedura të qarta financiare për fondet e grantit: miratimet, pagesat për pjesëmarrësit, faturat dhe regjistrimet.',
        'Imamo jasne finansijske procedure za sredstva granta: odobrenja, isplate učesnicima, račune i evidenciju.',
        'Имаме јасни финансиски процедури за средствата од грантот: одобрувања, исплати на учесниците, сметки и евиденција.',
      ),
      levels: [
        L(
          'Grant money is handled without specific rules.',
          'Fondet e grantit menaxhohen pa rregulla të posaçme.',
          'Sredstvima granta upravlja se bez posebnih pravila.',
          'Со средствата од грантот се управува без посебни правила.',
        ),
        L(
          'The accountant follows general school rules; grant conditions are checked only at reporting time.',
          'Llogaritari ndjek rregullat e përgjithshme të shkollës; kushtet e grantit kontrollohen vetëm në kohën e raportimit.',
          'Računovođa primenjuje opšta pravila škole; uslovi granta proveravaju se tek u vreme izveštavanja.',
          'Сметководителот ги применува општите правила на училиштето; условите на грантот се проверуваат дури при известувањето.',
        ),
        L(
          'Written rules cover the main costs, but payments to participants or evidence are sometimes late or missing.',
          'Ka rregulla të shkruara për kostot kryesore, por pagesat për pjesëmarrësit ose dëshmitë ndonjëherë vonohen ose mungojnë.',
          'Postoje pisana pravila za glavne troškove, ali isplate učesnicima ili dokazi ponekad kasne ili nedostaju.',
          'Постојат пишани правила за главните трошоци, но исплатите на учесниците или доказите понекогаш доцнат или недостигаат.',
        ),
        L(
          'Budget, payments and supporting documents follow a written procedure agreed with the accountant.',
          'Buxheti, pagesat dhe dokumentet mbështetëse ndjekin një procedurë të shkruar, të rënë dakord me llogaritarin.',
          'Budžet, isplate i prateća dokumentacija prate pisanu proceduru dogovorenu sa računovođom.',
          'Буџетот, исплатите и придружната документација следат пишана процедура договорена со сметководителот.',
        ),
        L(
          'Spending is tracked monthly against the budget and the procedure is checked after each report or audit.',
          'Shpenzimet ndiqen çdo muaj kundrejt buxhetit dhe procedura kontrollohet pas çdo raporti ose auditimi.',
          'Potrošnja se mesečno prati u odnosu na budžet, a procedura se proverava posle svakog izveštaja ili revizije.',
          'Трошењето се следи месечно во однос на буџетот, а процедурата се проверува по секој извештај или ревизија.',
        ),
      ],
    }),
  ],
}

const partnerships: Section = {
  key: 'partnerships',
  title: L('Partnerships', 'Partneritetet', 'Partnerstva', 'Партнерства'),
  description: L(
    'How the school finds, keeps and reviews partners abroad, in the region and in the world of work.',
    'Si i gjen, i mban dhe i vlerëson shkolla partnerët jashtë vendit, në rajon dhe në botën e punës.',
    'Kako škola pronalazi, zadržava i procenjuje partnere u inostranstvu, u regionu i u svetu rada.',
    'Како училиштето пронаоѓа, задржува и оценува партнери во странство, во регионот и во светот на работата.',
  ),
  questions: [
    scale({
      key: 'partnerships-criteria',
      groups: STAFF,
      text: L(
        'We choose partners against clear quality criteria and review each partnership after mobilities.',
        'I zgjedhim partnerët sipas kritereve të qarta të cilësisë dhe e vlerësojmë çdo partneritet pas lëvizshmërive.',
        'Partnere biramo prema jasnim kriterijumima kvaliteta i procenjujemo svako partnerstvo nakon mobilnosti.',
        'Партнерите ги избираме според јасни критериуми за квалитет и го оценуваме секое партнерство по мобилностите.',
      ),
      help: L(
        'Criteria can include: a match with our vocational profiles, quality of placements, safety and mentoring.',
        'Kriteret mund të përfshijnë: përputhjen me profilet tona profesionale, cilësinë e praktikave, sigurinë dhe mentorimin.',
        'Kriterijumi mogu da obuhvate: usklađenost sa našim obrazovnim profilima, kvalitet prakse, bezbednost i mentorstvo.',
        'Критериумите можат да опфатат: усогласеност со нашите образовни профили, квалитет на праксата, безбедност и менторство.',
      ),
      levels: [
        L(
          'Partners are found by chance and never reviewed.',
          'Partnerët gjenden rastësisht dhe nuk vlerësohen kurrë.',
          'Partneri se pronalaze slučajno i nikada se ne procenjuju.',
          'Партнерите се наоѓаат случајно и никогаш не се оценуваат.',
        ),
        L(
          'Some informal criteria are used (e.g. personal contacts); problems are discussed only when they arise.',
          'Përdoren disa kritere joformale (p.sh. njohje personale); problemet diskutohen vetëm kur lindin.',
          'Koriste se neki neformalni kriterijumi (npr. lična poznanstva); o problemima se razgovara tek kad nastanu.',
          'Се користат некои неформални критериуми (на пр. лични познанства); за проблемите се разговара дури кога ќе настанат.',
        ),
        L(
          'Written criteria are used when choosing partners, but cooperation is not reviewed systematically.',
          'Kriteret e shkruara përdoren gjatë zgjedhjes së partnerëve, por bashkëpunimi nuk vlerësohet sistematikisht.',
          'Pisani kriterijumi koriste se pri izboru partnera, ali se saradnja ne procenjuje sistematski.',
          'Пишаните критериуми се користат при изборот на партнери, но соработката не се оценува систематски.',
        ),
        L(
          'Criteria guide every choice and each partner is reviewed after mobilities, using participant feedback.',
          'Kriteret udhëheqin çdo zgjedhje dhe çdo partner vlerësohet pas lëvizshmërive, me anë të reagimeve të pjesëmarrësve.',
          'Kriterijumi usmeravaju svaki izbor, a svaki partner se procenjuje nakon mobilnosti na osnovu povratnih informacija učesnika.',
          'Критериумите го насочуваат секој избор, а секој партнер се оценува по мобилностите врз основа на повратните информации од учесниците.',
        ),
        L(
          'Reviews are discussed with partners and lead to agreed improvements or, if needed, a change of partner.',
          'Vlerësimet diskutohen me partnerët dhe çojnë në përmirësime të dakordësuara ose, nëse duhet, në ndërrimin e partnerit.',
          'Procene se razmatraju sa partnerima i vode do dogovorenih poboljšanja ili, ako je potrebno, do promene partnera.',
          'Оценките се разгледуваат со партнерите и водат до договорени подобрувања или, ако е потребно, до промена на партнерот.',
        ),
      ],
    }),
    scale({
      key: 'partnerships-long-term',
      groups: [...MGMT, 'partners'],
      text: L(
        'We have long-term partners abroad, with signed agreements (e.g. memoranda of understanding).',
        'Kemi partnerë afatgjatë jashtë vendit, me marrëveshje të nënshkruara (p.sh. memorandume mirëkuptimi).',
        'Imamo dugoročne partnere u inostranstvu, sa potpisanim sporazumima (npr. memorandumima o razumevanju).',
        'Имаме долгорочни партнери во странство, со потпишани договори (на пр. меморандуми за разбирање).',
      ),
      levels: [
        L(
          'No stable partners; each project starts from zero.',
          'Nuk ka partnerë të qëndrueshëm; çdo projekt nis nga zero.',
          'Nema stalnih partnera; svaki projekat počinje od nule.',
          'Нема постојани партнери; секој проект почнува од нула.',
        ),
        L(
          'We have worked with some partners more than once, without a written agreement.',
          'Kemi punuar me disa partnerë më shumë se një herë, pa marrëveshje të shkruar.',
          'Sa nekim partnerima smo radili više puta, bez pisanog sporazuma.',
          'Со некои партнери сме работеле повеќе пати, без пишан договор.',
        ),
        L(
          'Agreements exist with one or two partners but say little about roles and quality.',
          'Ka marrëveshje me një ose dy partnerë, por ato thonë pak për rolet dhe cilësinë.',
          'Postoje sporazumi sa jednim ili dva partnera, ali malo govore o ulogama i kvalitetu.',
          'Постојат договори со еден или два партнера, но малку кажуваат за улогите и квалитетот.',
        ),
        L(
          'Several long-term partners have agreements that define roles, contacts and quality commitments.',
          'Me disa partnerë afatgjatë ka marrëveshje që përcaktojnë rolet, kontaktet dhe angazhimet për cilësinë.',
          'Sa više dugoročnih partnera postoje sporazumi koji određuju uloge, kontakte i obaveze u pogledu kvaliteta.',
          'Со неколку долгорочни партнери постојат договори што ги утврдуваат улогите, контактите и обврските за квалитет.',
        ),
        L(
          'Agreements are renewed on time and partners cooperate beyond mobility (joint projects, staff visits).',
          'Marrëveshjet rinovohen në kohë dhe partnerët bashkëpunojnë përtej lëvizshmërisë (projekte të përbashkëta, vizita stafi).',
          'Sporazumi se obnavljaju na vreme, a partneri sarađuju i izvan mobilnosti (zajednički projekti, posete osoblja).',
          'Договорите навремено се обновуваат, а партнерите соработуваат и надвор од мобилноста (заеднички проекти, посети на персоналот).',
        ),
      ],
    }),
    scale({
      key: 'partnerships-companies',
      groups: [...STAFF, 'company_trainers'],
      text: L(
        'We work with companies and employers on international activities, e.g. on placements, hosting or learning outcomes.',
        'Bashkëpunojmë me kompanitë dhe punëdhënësit në aktivitetet ndërkombëtare, p.sh. për praktikat, pritjen e pjesëmarrësve ose rezultatet e të nxënit.',
        'Sarađujemo sa preduzećima i poslodavcima u međunarodnim aktivnostima, npr. oko prakse, prijema učesnika ili ishoda učenja.',
        'Соработуваме со компании и работодавачи во меѓународните активности, на пр. за пракса, прием на учесници или исходи од учењето.',
      ),
      levels: [
        L(
          'Companies are not involved in international activities.',
          'Kompanitë nuk përfshihen në aktivitetet ndërkombëtare.',
          'Preduzeća nisu uključena u međunarodne aktivnosti.',
          'Компаниите не се вклучени во меѓународните активности.',
        ),
        L(
          'Companies are informed about mobilities but take no active part.',
          'Kompanitë informohen për lëvizshmëritë, por nuk marrin pjesë aktive.',
          'Preduzeća se obaveštavaju o mobilnostima, ali ne učestvuju aktivno.',
          'Компаниите се информираат за мобилностите, но не учествуваат активно.',
        ),
        L(
          'A few companies help occasionally, e.g. by hosting visitors or advising on placements.',
          'Disa kompani ndihmojnë herë pas here, p.sh. duke pritur vizitorë ose duke dhënë këshilla për praktikat.',
          'Nekoliko preduzeća povremeno pomaže, npr. primanjem gostiju ili savetima o praksi.',
          'Неколку компании повремено помагаат, на пр. со прием на гости или совети за праксата.',
        ),
        L(
          'Company trainers help define learning outcomes, mentor learners and host incoming participants.',
          'Instruktorët e kompanive ndihmojnë në përcaktimin e rezultateve të të nxënit, mentorojnë nxënësit dhe presin pjesëmarrës nga jashtë.',
          'Instruktori iz preduzeća pomažu u definisanju ishoda učenja, mentorišu učenike i primaju učesnike iz inostranstva.',
          'Инструкторите од компаниите помагаат во дефинирањето на исходите од учењето, менторираат ученици и примаат учесници од странство.',
        ),
        L(
          'Companies are regular partners in planning and evaluation, and value the skills learners bring back.',
          'Kompanitë janë partnerë të rregullt në planifikim dhe vlerësim, dhe i çmojnë aftësitë që nxënësit sjellin pas kthimit.',
          'Preduzeća su redovni partneri u planiranju i evaluaciji i cene veštine koje učenici donose iz inostranstva.',
          'Компаниите се редовни партнери во планирањето и евалуацијата и ги ценат вештините што учениците ги донесуваат од странство.',
        ),
      ],
    }),
    scale({
      key: 'partnerships-regional',
      groups: [...STAFF, 'partners'],
      text: L(
        'We cooperate with VET schools and organisations elsewhere in the Western Balkans.',
        'Bashkëpunojmë me shkolla dhe organizata të arsimit dhe formimit profesional në vende të tjera të Ballkanit Perëndimor.',
        'Sarađujemo sa stručnim školama i organizacijama u drugim delovima Zapadnog Balkana.',
        'Соработуваме со стручни училишта и организации од други делови на Западен Балкан.',
      ),
      levels: [
        L(
          'No contacts with schools elsewhere in the region.',
          'Nuk ka kontakte me shkolla të tjera në rajon.',
          'Nema kontakata sa školama u drugim delovima regiona.',
          'Нема контакти со училишта од други делови на регионот.',
        ),
        L(
          'Occasional contacts at conferences or fairs, without follow-up.',
          'Kontakte të rastësishme në konferenca ose panaire, pa vazhdimësi.',
          'Povremeni kontakti na konferencijama ili sajmovima, bez nastavka.',
          'Повремени контакти на конференции или саеми, без продолжение.',
        ),
        L(
          'One regional partner, with joint activities from time to time.',
          'Një partner rajonal, me aktivitete të përbashkëta herë pas here.',
          'Jedan regionalni partner, sa povremenim zajedničkim aktivnostima.',
          'Еден регионален партнер, со повремени заеднички активности.',
        ),
        L(
          'Regular joint activities with several regional partners (exchanges, study visits, shared projects).',
          'Aktivitete të rregullta të përbashkëta me disa partnerë rajonalë (shkëmbime, vizita studimore, projekte të përbashkëta).',
          'Redovne zajedničke aktivnosti sa više regionalnih partnera (razmene, studijske posete, zajednički projekti).',
          'Редовни заеднички активности со неколку регионални партнери (размени, студиски посети, заеднички проекти).',
        ),
        L(
          'Regional cooperation is part of our strategy and we share tools and practice across borders.',
          'Bashkëpunimi rajonal është pjesë e strategjisë sonë dhe ndajmë mjete e praktika përtej kufijve.',
          'Regionalna saradnja je deo naše strategije i razmenjujemo alate i iskustva preko granica.',
          'Регионалната соработка е дел од нашата стратегија и разменуваме алатки и искуства преку границите.',
        ),
      ],
    }),
    scale({
      key: 'partnerships-networks',
      groups: STAFF,
      text: L(
        'We take an active part in the network of Erasmus organisations (events, peer exchange, hosting visitors).',
        'Marrim pjesë aktive në rrjetin e organizatave Erasmus (aktivitete, shkëmbim përvojash, pritje vizitorësh).',
        'Aktivno učestvujemo u mreži Erasmus organizacija (događaji, razmena iskustava, prijem posetilaca).',
        'Активно учествуваме во мрежата на Еразмус организации (настани, размена на искуства, прием на посетители).',
      ),
      help: L(
        'Based on Erasmus quality standard 1.4.',
        'Bazuar në standardin 1.4 të cilësisë Erasmus.',
        'Na osnovu Erasmus standarda kvaliteta 1.4.',
        'Врз основа на Еразмус стандардот за квалитет 1.4.',
      ),
      levels: [
        L(
          'We have no contact with other Erasmus organisations.',
          'Nuk kemi kontakt me organizata të tjera Erasmus.',
          'Nemamo kontakt sa drugim Erasmus organizacijama.',
          'Немаме контакт со други Еразмус организации.',
        ),
        L(
          'We attend events now and then, mainly to get information.',
          "Marrim pjesë herë pas here në aktivitete, kryesisht për t'u informuar.",
          'Povremeno prisustvujemo događajima, uglavnom radi informisanja.',
          'Повремено присуствуваме на настани, главно за да се информираме.',
        ),
        L(
          'We attend regularly and sometimes share our own experience.',
          'Marrim pjesë rregullisht dhe ndonjëherë ndajmë përvojën tonë.',
          'Redovno učestvujemo i ponekad podelimo sopstveno iskustvo.',
          'Редовно учествуваме и понекогаш го споделуваме сопственото искуство.',
        ),
        L(
          'We host visitors, present our work and support schools that are just starting.',
          'Presim vizitorë, prezantojmë punën tonë dhe mbështesim shkollat që sapo fillojnë.',
          'Primamo posetioce, predstavljamo svoj rad i podržavamo škole koje tek počinju.',
          'Примаме посетители, ја претставуваме нашата работа и ги поддржуваме училиштата што дури почнуваат.',
        ),
        L(
          'We help shape networks (e.g. coordinate groups, mentor schools) and bring what we learn back to school.',
          'Ndihmojmë në formësimin e rrjeteve (p.sh. koordinojmë grupe, mentorojmë shkolla) dhe e sjellim në shkollë atë që mësojmë.',
          'Pomažemo u oblikovanju mreža (npr. koordiniramo grupe, mentorišemo škole) i ono što naučimo prenosimo u školu.',
          'Помагаме во обликувањето на мрежите (на пр. координираме групи, менторираме училишта) и наученото го пренесуваме во училиштето.',
        ),
      ],
    }),
  ],
}

const mobility: Section = {
  key: 'mobility',
  title: L(
    'Mobility management',
    'Menaxhimi i lëvizshmërisë',
    'Upravljanje mobilnošću',
    'Управување со мобилноста',
  ),
  description: L(
    'How participants are prepared, supported, assessed and followed up, and how projects are reported.',
    'Si përgatiten, mbështeten, vlerësohen dhe ndiqen pjesëmarrësit, dhe si raportohen projektet.',
    'Kako se učesnici pripremaju, podržavaju, ocenjuju i prate nakon povratka i kako se izveštava o projektima.',
    'Како учесниците се подготвуваат, поддржуваат, оценуваат и следат по враќањето и како се известува за проектите.',
  ),
  questions: [
    scale({
      key: 'mobility-preparation',
      groups: [...STAFF, 'learners'],
      text: L(
        'Participants are prepared before departure: language, culture, practical information and the tasks they will do.',
        'Pjesëmarrësit përgatiten para nisjes: gjuha, kultura, informacioni praktik dhe detyrat që do të kryejnë.',
        'Učesnici se pripremaju pre polaska: jezik, kultura, praktične informacije i zadaci koje će obavljati.',
        'Учесниците се подготвуваат пред заминувањето: јазик, култура, практични информации и задачите што ќе ги вршат.',
      ),
      levels: [
        L(
          'Participants get no preparation beyond travel details.',
          'Pjesëmarrësit nuk marrin asnjë përgatitje përveç detajeve të udhëtimit.',
          'Učesnici ne dobijaju nikakvu pripremu osim podataka o putovanju.',
          'Учесниците не добиваат никаква подготовка освен податоци за патувањето.',
        ),
        L(
          'One short meeting before departure covers the practical points.',
          'Një takim i shkurtër para nisjes trajton çështjet praktike.',
          'Jedan kratak sastanak pre polaska obuhvata praktična pitanja.',
          'Еден краток состанок пред заминувањето ги опфаќа практичните прашања.',
        ),
        L(
          'Preparation includes some language or cultural sessions, but not for all participants.',
          'Përgatitja përfshin disa seanca gjuhe ose kulture, por jo për të gjithë pjesëmarrësit.',
          'Priprema obuhvata nekoliko časova jezika ili kulture, ali ne za sve učesnike.',
          'Подготовката опфаќа неколку часови јазик или култура, но не за сите учесници.',
        ),
        L(
          'All participants follow a planned programme: language, culture, safety, tasks and expectations.',
          'Të gjithë pjesëmarrësit ndjekin një program të planifikuar: gjuhë, kulturë, siguri, detyra dhe pritshmëri.',
          'Svi učesnici prolaze planirani program: jezik, kultura, bezbednost, zadaci i očekivanja.',
          'Сите учесници поминуваат планирана програма: јазик, култура, безбедност, задачи и очекувања.',
        ),
        L(
          "Preparation is adapted to each participant's needs, involves past participants and improves from feedback.",
          'Përgatitja përshtatet sipas nevojave të secilit pjesëmarrës, përfshin ish-pjesëmarrës dhe përmirësohet nga reagimet.',
          'Priprema se prilagođava potrebama svakog učesnika, uključuje bivše učesnike i unapređuje se na osnovu povratnih informacija.',
          'Подготовката се прилагодува на потребите на секој учесник, вклучува поранешни учесници и се подобрува врз основа на повратните информации.',
        ),
      ],
    }),
    scale({
      key: 'mobility-outcomes',
      text: L(
        'Learning outcomes are agreed before each mobility, assessed during it and recognised by the school afterwards.',
        'Rezultatet e të nxënit dakordësohen para çdo lëvizshmërie, vlerësohen gjatë saj dhe njihen nga shkolla pas kthimit.',
        'Ishodi učenja dogovaraju se pre svake mobilnosti, ocenjuju se tokom nje, a škola ih nakon toga priznaje.',
        'Исходите од учењето се договараат пред секоја мобилност, се оценуваат во текот на неа, а училиштето потоа ги признава.',
      ),
      help: L(
        "In the spirit of ECVET and Europass: e.g. a Europass Mobility document and credit in the learner's programme.",
        'Në frymën e ECVET dhe Europass: p.sh. dokumenti Europass i lëvizshmërisë dhe njohja e tij në programin mësimor të nxënësit.',
        'U duhu ECVET-a i Europassa: npr. dokument Europass mobilnost i njegovo priznavanje u programu učenika.',
        'Во духот на ECVET и Европас: на пр. документ Европас мобилност и неговото признавање во програмата на ученикот.',
      ),
      levels: [
        L(
          'Learning outcomes are not defined; the mobility is not recognised at school.',
          'Rezultatet e të nxënit nuk përcaktohen; lëvizshmëria nuk njihet në shkollë.',
          'Ishodi učenja nisu definisani; mobilnost se u školi ne priznaje.',
          'Исходите од учењето не се дефинирани; мобилноста не се признава во училиштето.',
        ),
        L(
          'General aims are stated; participants receive only a certificate of attendance.',
          'Jepen qëllime të përgjithshme; pjesëmarrësit marrin vetëm një vërtetim pjesëmarrjeje.',
          'Navode se opšti ciljevi; učesnici dobijaju samo potvrdu o učešću.',
          'Се наведуваат општи цели; учесниците добиваат само потврда за учество.',
        ),
        L(
          "Outcomes are defined and assessed by the host, but the school does not count them in the learner's programme.",
          'Rezultatet përcaktohen dhe vlerësohen nga pritësi, por shkolla nuk i llogarit në programin e nxënësit.',
          'Ishodi su definisani i domaćin ih ocenjuje, ali ih škola ne uračunava u program učenika.',
          'Исходите се дефинирани и домаќинот ги оценува, но училиштето не ги вбројува во програмата на ученикот.',
        ),
        L(
          'Agreed outcomes are assessed with the host, documented (e.g. Europass Mobility) and recognised by the school.',
          'Rezultatet e dakordësuara vlerësohen bashkë me pritësin, dokumentohen (p.sh. me Europass) dhe njihen nga shkolla.',
          'Dogovoreni ishodi ocenjuju se zajedno sa domaćinom, dokumentuju se (npr. Europass mobilnost) i škola ih priznaje.',
          'Договорените исходи се оценуваат заедно со домаќинот, се документираат (на пр. Европас мобилност) и училиштето ги признава.',
        ),
        L(
          'Recognition is routine, counts towards the qualification and is checked with learners and hosts.',
          'Njohja është praktikë e rregullt, llogaritet për kualifikimin dhe verifikohet me nxënësit dhe pritësit.',
          'Priznavanje je redovna praksa, uračunava se u kvalifikaciju i proverava se sa učenicima i domaćinima.',
          'Признавањето е редовна пракса, се вбројува во квалификацијата и се проверува со учениците и домаќините.',
        ),
      ],
    }),
    scale({
      key: 'mobility-monitoring',
      text: L(
        'Participants are monitored and mentored during the mobility, with regular contact between school, host and participant.',
        'Pjesëmarrësit monitorohen dhe mentorohen gjatë lëvizshmërisë, me kontakt të rregullt ndërmjet shkollës, pritësit dhe pjesëmarrësit.',
        'Učesnici se prate i imaju mentorsku podršku tokom mobilnosti, uz redovan kontakt između škole, domaćina i učesnika.',
        'Учесниците се следат и имаат менторска поддршка за време на мобилноста, со редовен контакт меѓу училиштето, домаќинот и учесникот.',
      ),
      levels: [
        L(
          'There is no contact during the mobility unless something goes wrong.',
          'Nuk ka kontakt gjatë lëvizshmërisë, përveç kur diçka shkon keq.',
          'Tokom mobilnosti nema kontakta, osim kada nešto krene naopako.',
          'За време на мобилноста нема контакт, освен кога нешто ќе тргне наопаку.',
        ),
        L(
          'Participants can call the school, but no one checks in on them.',
          'Pjesëmarrësit mund ta telefonojnë shkollën, por askush nuk i kontakton vetë.',
          'Učesnici mogu da pozovu školu, ali ih niko sam ne kontaktira.',
          'Учесниците можат да се јават во училиштето, но никој сам не ги контактира.',
        ),
        L(
          'A mentor is named at the host; the school checks in irregularly.',
          'Te pritësi caktohet një mentor; shkolla i kontakton në mënyrë të parregullt.',
          'Kod domaćina je imenovan mentor; škola se javlja neredovno.',
          'Кај домаќинот е именуван ментор; училиштето се јавува нередовно.',
        ),
        L(
          'The host mentor and the school contact follow a set schedule of check-ins and record progress.',
          'Mentori te pritësi dhe personi kontaktues i shkollës ndjekin një kalendar të caktuar kontaktesh dhe regjistrojnë përparimin.',
          'Mentor kod domaćina i kontakt osoba škole prate utvrđeni raspored kontakata i beleže napredak.',
          'Менторот кај домаќинот и лицето за контакт од училиштето следат утврден распоред на контакти и го бележат напредокот.',
        ),
        L(
          'Monitoring is planned with hosts, problems are solved early and lessons feed into the next mobility.',
          'Monitorimi planifikohet me pritësit, problemet zgjidhen herët dhe mësimet e nxjerra përdoren për lëvizshmërinë e radhës.',
          'Praćenje se planira sa domaćinima, problemi se rešavaju na vreme, a pouke se koriste za narednu mobilnost.',
          'Следењето се планира со домаќините, проблемите навреме се решаваат, а поуките се користат за следната мобилност.',
        ),
      ],
    }),
    scale({
      key: 'mobility-logistics',
      groups: [...MGMT, 'learners'],
      text: L(
        'Travel, insurance, accommodation and local transport are arranged reliably and checked before departure.',
        'Udhëtimi, sigurimi, akomodimi dhe transporti vendas organizohen me besueshmëri dhe kontrollohen para nisjes.',
        'Putovanje, osiguranje, smeštaj i lokalni prevoz pouzdano se organizuju i proveravaju pre polaska.',
        'Патувањето, осигурувањето, сместувањето и локалниот превоз сигурно се организираат и се проверуваат пред заминувањето.',
      ),
      levels: [
        L(
          'Participants arrange things themselves; the school does not check.',
          'Pjesëmarrësit i rregullojnë gjërat vetë; shkolla nuk kontrollon.',
          'Učesnici sve sami organizuju; škola ništa ne proverava.',
          'Учесниците сè сами организираат; училиштето ништо не проверува.',
        ),
        L(
          'The school books travel, but insurance or accommodation are sometimes unclear.',
          'Shkolla rezervon udhëtimin, por sigurimi ose akomodimi ndonjëherë janë të paqarta.',
          'Škola rezerviše putovanje, ali osiguranje ili smeštaj ponekad nisu jasni.',
          'Училиштето го резервира патувањето, но осигурувањето или сместувањето понекогаш не се јасни.',
        ),
        L(
          'All main arrangements are made, but without a checklist; last-minute problems are common.',
          'Bëhen të gjitha rregullimet kryesore, por pa listë kontrolli; problemet e minutës së fundit janë të shpeshta.',
          'Sve glavne stvari se organizuju, ali bez kontrolne liste; problemi u poslednjem trenutku su česti.',
          'Сите главни работи се организираат, но без контролна листа; проблемите во последен момент се чести.',
        ),
        L(
          'A checklist covers travel, insurance, accommodation and visas, and participants receive it in writing.',
          'Një listë kontrolli mbulon udhëtimin, sigurimin, akomodimin dhe vizat, dhe pjesëmarrësit e marrin me shkrim.',
          'Kontrolna lista obuhvata putovanje, osiguranje, smeštaj i vize, a učesnici je dobijaju u pisanom obliku.',
          'Контролна листа опфаќа патување, осигурување, сместување и визи, а учесниците ја добиваат во писмена форма.',
        ),
        L(
          'Housing is checked with hosts, participants rate the arrangements and problems are fixed for the next group.',
          'Akomodimi verifikohet me pritësit, pjesëmarrësit vlerësojnë organizimin dhe problemet rregullohen për grupin e ardhshëm.',
          'Smeštaj se proverava sa domaćinima, učesnici ocenjuju organizaciju, a problemi se otklanjaju za sledeću grupu.',
          'Сместувањето се проверува со домаќините, учесниците ја оценуваат организацијата, а проблемите се отстрануваат за следната група.',
        ),
      ],
    }),
    scale({
      key: 'mobility-followup',
      groups: [...STAFF, 'learners'],
      text: L(
        'After return, participants are debriefed, helped to catch up and supported to use and share what they learned.',
        'Pas kthimit, me pjesëmarrësit bëhet një bisedë përmbyllëse, ata ndihmohen të rikuperojnë mësimet dhe mbështeten të përdorin e të ndajnë atë që mësuan.',
        'Po povratku se sa učesnicima obavlja završni razgovor, dobijaju pomoć da nadoknade propušteno i podršku da primene i podele ono što su naučili.',
        'По враќањето, со учесниците се води завршен разговор, добиваат помош да го надоместат пропуштеното и поддршка да го применат и споделат наученото.',
      ),
      levels: [
        L(
          'Nothing happens after return.',
          'Asgjë nuk ndodh pas kthimit.',
          'Posle povratka se ništa ne dešava.',
          'По враќањето ништо не се случува.',
        ),
        L(
          'Participants fill in the final report; there is no further follow-up.',
          'Pjesëmarrësit plotësojnë raportin përfundimtar; nuk ka ndjekje të mëtejshme.',
          'Učesnici popunjavaju završni izveštaj; daljeg praćenja nema.',
          'Учесниците го пополнуваат завршниот извештај; понатамошно следење нема.',
        ),
        L(
          'A debriefing takes place, but catching up on missed lessons is left to the learner.',
          'Bëhet një bisedë përmbyllëse, por rikuperimi i mësimeve të humbura i lihet nxënësit.',
          'Završni razgovor se održava, ali je nadoknađivanje propuštene nastave prepušteno učeniku.',
          'Се одржува завршен разговор, но надоместувањето на пропуштената настава е препуштено на ученикот.',
        ),
        L(
          'A debriefing, a catch-up plan and a chance to present the experience are standard for every participant.',
          'Biseda përmbyllëse, një plan rikuperimi dhe mundësia për të prezantuar përvojën janë standarde për çdo pjesëmarrës.',
          'Završni razgovor, plan nadoknade i prilika da se iskustvo predstavi standard su za svakog učesnika.',
          'Завршниот разговор, планот за надоместување и можноста за претставување на искуството се стандард за секој учесник.',
        ),
        L(
          'Returning participants become ambassadors, and their experience is used in teaching and in future selection.',
          'Pjesëmarrësit e kthyer bëhen ambasadorë dhe përvoja e tyre përdoret në mësimdhënie dhe në përzgjedhjet e ardhshme.',
          'Učesnici po povratku postaju ambasadori, a njihovo iskustvo koristi se u nastavi i u budućim odabirima.',
          'Учесниците по враќањето стануваат амбасадори, а нивното искуство се користи во наставата и во идните избори.',
        ),
      ],
    }),
    scale({
      key: 'mobility-reporting',
      groups: MGMT,
      text: L(
        'Project data are kept up to date in the Beneficiary Module and reports are submitted on time.',
        'Të dhënat e projektit mbahen të përditësuara në platformën Beneficiary Module dhe raportet dorëzohen në kohë.',
        'Podaci o projektu redovno se ažuriraju u platformi Beneficiary Module, a izveštaji se predaju na vreme.',
        'Податоците за проектот редовно се ажурираат во платформата Beneficiary Module, а извештаите се доставуваат навреме.',
      ),
      help: L(
        'If your school is a partner rather than the grant holder, rate how well you provide the data the coordinator needs.',
        'Nëse shkolla juaj është partnere dhe jo mbajtëse e grantit, vlerësoni sa mirë i jepni koordinatorit të dhënat që i nevojiten.',
        'Ako je vaša škola partner, a ne nosilac granta, ocenite koliko dobro dostavljate podatke koji su potrebni koordinatoru.',
        'Ако вашето училиште е партнер, а не носител на грантот, оценете колку добро ги доставувате податоците што му се потребни на координаторот.',
      ),
      levels: [
        L(
          'Data are entered only at the end, if at all; deadlines are missed.',
          'Të dhënat futen vetëm në fund, nëse futen fare; afatet nuk respektohen.',
          'Podaci se unose tek na kraju, ako se uopšte unose; rokovi se ne poštuju.',
          'Податоците се внесуваат дури на крајот, ако воопшто се внесуваат; роковите не се почитуваат.',
        ),
        L(
          'Data are entered now and then in large batches; reports are often late.',
          'Të dhënat futen herë pas here, në sasi të mëdha; raportet shpesh dorëzohen me vonesë.',
          'Podaci se unose povremeno, u većim paketima; izveštaji često kasne.',
          'Податоците се внесуваат повремено, во поголеми пакети; извештаите често доцнат.',
        ),
        L(
          'Data are mostly up to date, but meeting deadlines depends on one person remembering them.',
          'Të dhënat janë kryesisht të përditësuara, por respektimi i afateve varet nga kujtesa e një personi.',
          'Podaci su uglavnom ažurni, ali poštovanje rokova zavisi od toga da li će ih se jedna osoba setiti.',
          'Податоците се главно ажурни, но почитувањето на роковите зависи од тоа дали едно лице ќе се сети.',
        ),
        L(
          'Each mobility is entered soon after it ends and deadlines are kept in a shared calendar.',
          'Çdo lëvizshmëri futet menjëherë pasi përfundon dhe afatet mbahen në një kalendar të përbashkët.',
          'Svaka mobilnost se unosi ubrzo po završetku, a rokovi se vode u zajedničkom kalendaru.',
          'Секоја мобилност се внесува набргу по завршувањето, а роковите се водат во заеднички календар.',
        ),
        L(
          'Data are checked regularly against the documents and reports go in on time without corrections.',
          'Të dhënat krahasohen rregullisht me dokumentet dhe raportet dorëzohen në kohë, pa pasur nevojë për korrigjime.',
          'Podaci se redovno upoređuju sa dokumentacijom, a izveštaji se predaju na vreme i bez ispravki.',
          'Податоците редовно се споредуваат со документацијата, а извештаите се доставуваат навреме и без корекции.',
        ),
      ],
    }),
  ],
}

const quality: Section = {
  key: 'quality',
  title: L(
    'Erasmus quality standards',
    'Standardet e cilësisë Erasmus',
    'Erasmus standardi kvaliteta',
    'Еразмус стандарди за квалитет',
  ),
  description: L(
    'A self-check based on the headings of the Erasmus quality standards for mobility projects. It helps the school prepare; it is not an official assessment.',
    'Vetëkontroll i bazuar në titujt e standardeve të cilësisë Erasmus për projektet e lëvizshmërisë. Ndihmon shkollën të përgatitet; nuk është vlerësim zyrtar.',
    'Samoprovera zasnovana na naslovima Erasmus standarda kvaliteta za projekte mobilnosti. Pomaže školi da se pripremi; nije zvanična procena.',
    'Самопроверка заснована на насловите на Еразмус стандардите за квалитет за проекти за мобилност. Му помага на училиштето да се подготви; не е официјална проценка.',
  ),
  source: 'Erasmus quality standards for mobility projects (VET, adults, schools), 2021–2027',
  questions: [
    scale({
      key: 'quality-inclusion',
      groups: STAFF,
      text: L(
        'Mobility is open to all learners, and those with fewer opportunities get the extra support they need to take part.',
        'Lëvizshmëria është e hapur për të gjithë nxënësit, dhe ata me më pak mundësi marrin mbështetjen shtesë që u nevojitet për të marrë pjesë.',
        'Mobilnost je otvorena za sve učenike, a oni sa manje mogućnosti dobijaju dodatnu podršku koja im je potrebna da bi učestvovali.',
        'Мобилноста е отворена за сите ученици, а оние со помалку можности добиваат дополнителна поддршка што им е потребна за да учествуваат.',
      ),
      help: L(
        'Standard 1.1 – inclusion and diversity.',
        'Standardi 1.1 – përfshirja dhe diversiteti.',
        'Standard 1.1 – inkluzija i raznolikost.',
        'Стандард 1.1 – инклузија и различност.',
      ),
      levels: [
        L(
          'Mostly the best or best-connected learners take part; no extra support is offered.',
          'Kryesisht marrin pjesë nxënësit më të mirë ose ata me më shumë lidhje; nuk ofrohet mbështetje shtesë.',
          'Učestvuju uglavnom najbolji učenici ili oni sa najboljim vezama; dodatna podrška se ne nudi.',
          'Учествуваат главно најдобрите ученици или оние со најдобри врски; дополнителна поддршка не се нуди.',
        ),
        L(
          'Everyone may apply, but barriers (cost, language, disability, family) are not addressed.',
          'Të gjithë mund të aplikojnë, por pengesat (kostoja, gjuha, aftësia e kufizuar, familja) nuk trajtohen.',
          'Svi mogu da se prijave, ali se prepreke (troškovi, jezik, invaliditet, porodica) ne otklanjaju.',
          'Сите можат да се пријават, но пречките (трошоци, јазик, попреченост, семејство) не се отстрануваат.',
        ),
        L(
          'Some support is offered (e.g. extra funding) when learners ask for it.',
          'Ofrohet njëfarë mbështetjeje (p.sh. fonde shtesë) kur nxënësit e kërkojnë.',
          'Određena podrška (npr. dodatna sredstva) nudi se kada je učenici zatraže.',
          'Одредена поддршка (на пр. дополнителни средства) се нуди кога учениците ќе ја побараат.',
        ),
        L(
          'The school actively reaches out to learners with fewer opportunities and plans support for them.',
          'Shkolla u drejtohet në mënyrë aktive nxënësve me më pak mundësi dhe planifikon mbështetje për ta.',
          'Škola se aktivno obraća učenicima sa manje mogućnosti i planira podršku za njih.',
          'Училиштето активно им се обраќа на учениците со помалку можности и планира поддршка за нив.',
        ),
        L(
          'Participation of different groups is monitored and the share of learners with fewer opportunities grows.',
          'Pjesëmarrja e grupeve të ndryshme monitorohet dhe pjesa e nxënësve me më pak mundësi rritet.',
          'Učešće različitih grupa se prati, a udeo učenika sa manje mogućnosti raste.',
          'Учеството на различните групи се следи, а уделот на учениците со помалку можности расте.',
        ),
      ],
    }),
    scale({
      key: 'quality-green',
      groups: STAFF,
      text: L(
        'We promote environmentally friendly practice in mobility, such as green travel and low-waste activities.',
        'Nxisim praktika miqësore me mjedisin në lëvizshmëri, si udhëtimi i gjelbër dhe aktivitetet me pak mbetje.',
        'Podstičemo ekološki prihvatljive prakse u mobilnosti, kao što su zeleno putovanje i aktivnosti sa malo otpada.',
        'Поттикнуваме еколошки прифатливи практики во мобилноста, како што се зелено патување и активности со малку отпад.',
      ),
      help: L(
        'Standard 1.2 – environmental sustainability and responsibility.',
        'Standardi 1.2 – qëndrueshmëria dhe përgjegjësia mjedisore.',
        'Standard 1.2 – ekološka održivost i odgovornost.',
        'Стандард 1.2 – еколошка одржливост и одговорност.',
      ),
      levels: [
        L(
          'The environment is not considered when planning mobilities.',
          'Mjedisi nuk merret parasysh gjatë planifikimit të lëvizshmërive.',
          'Životna sredina se ne uzima u obzir pri planiranju mobilnosti.',
          'Животната средина не се зема предвид при планирањето на мобилностите.',
        ),
        L(
          'Green options are mentioned, but the cheapest or fastest option is always chosen.',
          'Përmenden opsionet e gjelbra, por zgjidhet gjithmonë opsioni më i lirë ose më i shpejtë.',
          'Zelene opcije se pominju, ali se uvek bira najjeftinija ili najbrža opcija.',
          'Зелените опции се споменуваат, но секогаш се избира најевтината или најбрзата опција.',
        ),
        L(
          'Green travel is used where easy (e.g. bus or train in the region) and participants get some tips.',
          'Udhëtimi i gjelbër përdoret kur është i lehtë (p.sh. autobus ose tren në rajon) dhe pjesëmarrësit marrin disa këshilla.',
          'Zeleno putovanje koristi se kada je lako izvodljivo (npr. autobus ili voz u regionu), a učesnici dobijaju neke savete.',
          'Зеленото патување се користи кога е лесно изводливо (на пр. автобус или воз во регионот), а учесниците добиваат некои совети.',
        ),
        L(
          'Green travel is the default where possible, and preparation covers sustainable behaviour.',
          'Udhëtimi i gjelbër është zgjedhja e parë kur është e mundur dhe përgatitja përfshin sjelljen e qëndrueshme.',
          'Zeleno putovanje je prvi izbor kad god je moguće, a priprema obuhvata održivo ponašanje.',
          'Зеленото патување е прв избор секогаш кога е можно, а подготовката опфаќа одржливо однесување.',
        ),
        L(
          'The footprint of our mobilities is tracked and reduced, and participants bring green practice back to school.',
          'Ndikimi mjedisor i lëvizshmërive tona matet dhe ulet, dhe pjesëmarrësit sjellin praktika të gjelbra në shkollë.',
          'Ekološki otisak naših mobilnosti se prati i smanjuje, a učesnici donose zelene prakse u školu.',
          'Еколошкиот отпечаток на нашите мобилности се следи и намалува, а учесниците носат зелени практики во училиштето.',
        ),
      ],
    }),
    scale({
      key: 'quality-digital',
      groups: STAFF,
      text: L(
        'We use digital tools to prepare, support and follow up mobility, including virtual or blended activities.',
        'Përdorim mjete dixhitale për të përgatitur, mbështetur dhe ndjekur lëvizshmërinë, përfshirë aktivitete virtuale ose të kombinuara.',
        'Koristimo digitalne alate za pripremu, podršku i praćenje mobilnosti, uključujući virtuelne ili kombinovane aktivnosti.',
        'Користиме дигитални алатки за подготовка, поддршка и следење на мобилноста, вклучително и виртуелни или комбинирани активности.',
      ),
      help: L(
        'Standard 1.3 – digital education, including virtual and blended mobility.',
        'Standardi 1.3 – arsimi dixhital, përfshirë lëvizshmërinë virtuale dhe të kombinuar.',
        'Standard 1.3 – digitalno obrazovanje, uključujući virtuelnu i kombinovanu mobilnost.',
        'Стандард 1.3 – дигитално образование, вклучително и виртуелна и комбинирана мобилност.',
      ),
      levels: [
        L(
          'Digital tools are not used beyond email.',
          'Mjetet dixhitale nuk përdoren përtej postës elektronike.',
          'Osim elektronske pošte, digitalni alati se ne koriste.',
          'Освен е-пошта, дигитални алатки не се користат.',
        ),
        L(
          'Some staff use video calls or messaging groups on their own initiative.',
          'Disa anëtarë të stafit përdorin video-thirrje ose grupe mesazhesh me iniciativën e tyre.',
          'Neki zaposleni na sopstvenu inicijativu koriste video-pozive ili grupe za poruke.',
          'Некои вработени на сопствена иницијатива користат видеоповици или групи за пораки.',
        ),
        L(
          'Online meetings with partners and participants are common, but are not planned as learning.',
          'Takimet në distancë me partnerët dhe pjesëmarrësit janë të zakonshme, por nuk planifikohen si pjesë e të nxënit.',
          'Onlajn sastanci sa partnerima i učesnicima su uobičajeni, ali se ne planiraju kao deo učenja.',
          'Онлајн средбите со партнерите и учесниците се вообичаени, но не се планираат како дел од учењето.',
        ),
        L(
          'Digital tools are built into preparation and follow-up, and some activities are virtual or blended.',
          'Mjetet dixhitale janë pjesë e përgatitjes dhe e ndjekjes pas kthimit, dhe disa aktivitete janë virtuale ose të kombinuara.',
          'Digitalni alati su deo pripreme i aktivnosti nakon povratka, a neke aktivnosti su virtuelne ili kombinovane.',
          'Дигиталните алатки се дел од подготовката и активностите по враќањето, а некои активности се виртуелни или комбинирани.',
        ),
        L(
          "Virtual cooperation with partners runs all year and participants' digital skills are developed on purpose.",
          'Bashkëpunimi virtual me partnerët zhvillohet gjatë gjithë vitit dhe aftësitë dixhitale të pjesëmarrësve zhvillohen në mënyrë të qëllimshme.',
          'Virtuelna saradnja sa partnerima traje tokom cele godine, a digitalne veštine učesnika razvijaju se ciljano.',
          'Виртуелната соработка со партнерите трае во текот на целата година, а дигиталните вештини на учесниците се развиваат наменски.',
        ),
      ],
    }),
    scale({
      key: 'quality-ownership',
      groups: [...MGMT, 'partners'],
      text: L(
        'Our school keeps ownership of the core tasks of its mobility projects, even when it uses service providers.',
        'Shkolla jonë i mban në dorë detyrat thelbësore të projekteve të saj të lëvizshmërisë, edhe kur përdor ofrues shërbimesh.',
        'Naša škola zadržava odgovornost za ključne zadatke svojih projekata mobilnosti, čak i kada koristi pružaoce usluga.',
        'Нашето училиште ја задржува одговорноста за клучните задачи на своите проекти за мобилност, дури и кога користи даватели на услуги.',
      ),
      help: L(
        'Standard 2.1. Core tasks include choosing partners and participants, setting learning outcomes and assessing results.',
        'Standardi 2.1. Detyrat thelbësore përfshijnë zgjedhjen e partnerëve dhe të pjesëmarrësve, përcaktimin e rezultateve të të nxënit dhe vlerësimin e rezultateve.',
        'Standard 2.1. Ključni zadaci obuhvataju izbor partnera i učesnika, određivanje ishoda učenja i ocenjivanje rezultata.',
        'Стандард 2.1. Клучните задачи опфаќаат избор на партнери и учесници, утврдување на исходите од учењето и оценување на резултатите.',
      ),
      levels: [
        L(
          'An intermediary or partner decides almost everything; we mainly send participants.',
          'Një ndërmjetës ose partner vendos pothuajse për gjithçka; ne kryesisht dërgojmë pjesëmarrës.',
          'Posrednik ili partner odlučuje o gotovo svemu; mi uglavnom samo šaljemo učesnike.',
          'Посредник или партнер одлучува речиси за сè; ние главно само испраќаме учесници.',
        ),
        L(
          'We take part in decisions, but key tasks are left to others without clear agreements.',
          'Marrim pjesë në vendime, por detyrat kryesore u lihen të tjerëve pa marrëveshje të qarta.',
          'Učestvujemo u odlukama, ali su ključni zadaci prepušteni drugima bez jasnih dogovora.',
          'Учествуваме во одлуките, но клучните задачи се препуштени на други без јасни договори.',
        ),
        L(
          'We decide on the core tasks, but depend on others for much of the content and contacts.',
          'Ne vendosim për detyrat thelbësore, por varemi nga të tjerët për pjesën më të madhe të përmbajtjes dhe kontakteve.',
          'O ključnim zadacima odlučujemo mi, ali u velikoj meri zavisimo od drugih kada je reč o sadržaju i kontaktima.',
          'За клучните задачи одлучуваме ние, но во голема мера зависиме од други за содржината и контактите.',
        ),
        L(
          'We carry out all core tasks; providers do only clearly agreed practical tasks under written contracts.',
          'Ne i kryejmë të gjitha detyrat thelbësore; ofruesit bëjnë vetëm detyra praktike të dakordësuara qartë, me kontrata të shkruara.',
          'Sve ključne zadatke obavljamo sami; pružaoci usluga obavljaju samo jasno dogovorene praktične zadatke na osnovu pisanih ugovora.',
          'Сите клучни задачи ги вршиме сами; давателите на услуги вршат само јасно договорени практични задачи врз основа на пишани договори.',
        ),
        L(
          'We check the work of providers, could replace them, and build our own contacts and skills over time.',
          "Kontrollojmë punën e ofruesve, mund t'i zëvendësojmë dhe me kalimin e kohës ndërtojmë kontaktet dhe aftësitë tona.",
          'Proveravamo rad pružalaca usluga, možemo da ih zamenimo i vremenom gradimo sopstvene kontakte i veštine.',
          'Ја проверуваме работата на давателите на услуги, можеме да ги замениме и со текот на времето градиме сопствени контакти и вештини.',
        ),
      ],
    }),
    scale({
      key: 'quality-integration',
      groups: STAFF,
      text: L(
        'Results of mobility are used to improve teaching and the school as a whole, not only the individual participants.',
        'Rezultatet e lëvizshmërisë përdoren për të përmirësuar mësimdhënien dhe shkollën në tërësi, jo vetëm pjesëmarrësit individualë.',
        'Rezultati mobilnosti koriste se za unapređenje nastave i škole u celini, a ne samo pojedinačnih učesnika.',
        'Резултатите од мобилноста се користат за подобрување на наставата и на училиштето во целина, а не само на поединечните учесници.',
      ),
      help: L(
        'Standard 2.2 – integrating the results of mobility activities in the organisation.',
        'Standardi 2.2 – integrimi i rezultateve të aktiviteteve të lëvizshmërisë në organizatë.',
        'Standard 2.2 – uključivanje rezultata aktivnosti mobilnosti u rad organizacije.',
        'Стандард 2.2 – вклучување на резултатите од активностите за мобилност во работата на организацијата.',
      ),
      levels: [
        L(
          'Benefits stay with the people who travelled.',
          'Përfitimet mbeten te personat që udhëtuan.',
          'Koristi ostaju samo kod onih koji su putovali.',
          'Придобивките остануваат само кај оние што патувале.',
        ),
        L(
          'Participants tell colleagues informally what they saw.',
          'Pjesëmarrësit u tregojnë kolegëve në mënyrë joformale se çfarë panë.',
          'Učesnici neformalno prepričavaju kolegama šta su videli.',
          'Учесниците неформално им раскажуваат на колегите што виделе.',
        ),
        L(
          'Results are presented at staff meetings, but rarely lead to changes.',
          'Rezultatet prezantohen në mbledhjet e stafit, por rrallë çojnë në ndryshime.',
          'Rezultati se predstavljaju na sednicama nastavničkog veća, ali retko dovode do promena.',
          'Резултатите се претставуваат на седниците на наставничкиот совет, но ретко водат до промени.',
        ),
        L(
          'New methods, materials or contacts from mobility are taken up in lessons and curricula.',
          'Metoda, materiale ose kontakte të reja nga lëvizshmëria përdoren në mësime dhe në kurrikula.',
          'Nove metode, materijali ili kontakti iz mobilnosti primenjuju se u nastavi i nastavnim planovima.',
          'Новите методи, материјали или контакти од мобилноста се применуваат во наставата и наставните програми.',
        ),
        L(
          'The school plans which changes each mobility should bring and checks whether they happened.',
          'Shkolla planifikon se çfarë ndryshimesh duhet të sjellë çdo lëvizshmëri dhe kontrollon nëse ato ndodhën.',
          'Škola planira koje promene svaka mobilnost treba da donese i proverava da li su se one ostvarile.',
          'Училиштето планира какви промени треба да донесе секоја мобилност и проверува дали тие се оствариле.',
        ),
      ],
    }),
    scale({
      key: 'quality-feedback',
      text: L(
        'We collect feedback from participants, hosts and partners after each mobility and use it to improve.',
        'Mbledhim reagime nga pjesëmarrësit, pritësit dhe partnerët pas çdo lëvizshmërie dhe i përdorim për përmirësim.',
        'Posle svake mobilnosti prikupljamo povratne informacije od učesnika, domaćina i partnera i koristimo ih za unapređenje.',
        'По секоја мобилност собираме повратни информации од учесниците, домаќините и партнерите и ги користиме за подобрување.',
      ),
      help: L(
        "Standard 2.5 – gathering and using participants' feedback.",
        'Standardi 2.5 – mbledhja dhe përdorimi i reagimeve të pjesëmarrësve.',
        'Standard 2.5 – prikupljanje i korišćenje povratnih informacija učesnika.',
        'Стандард 2.5 – собирање и користење на повратните информации од учесниците.',
      ),
      levels: [
        L(
          'No feedback is collected.',
          'Nuk mblidhen reagime.',
          'Povratne informacije se ne prikupljaju.',
          'Не се собираат повратни информации.',
        ),
        L(
          'Only the mandatory participant report is collected; no one reads it systematically.',
          'Mblidhet vetëm raporti i detyrueshëm i pjesëmarrësit; askush nuk e lexon në mënyrë sistematike.',
          'Prikuplja se samo obavezni izveštaj učesnika; niko ga sistematski ne čita.',
          'Се собира само задолжителниот извештај на учесникот; никој не го чита систематски.',
        ),
        L(
          'We also ask for feedback ourselves, but the results are not discussed or acted on.',
          'Kërkojmë edhe vetë reagime, por rezultatet as diskutohen, as përdoren për të ndërmarrë diçka.',
          'I sami tražimo povratne informacije, ali se rezultati ne razmatraju niti se po njima postupa.',
          'И самите бараме повратни информации, но резултатите не се разгледуваат ниту се постапува според нив.',
        ),
        L(
          'Feedback from participants, hosts and partners is analysed after each mobility and changes are agreed.',
          'Reagimet e pjesëmarrësve, pritësve dhe partnerëve analizohen pas çdo lëvizshmërie dhe bihet dakord për ndryshime.',
          'Povratne informacije učesnika, domaćina i partnera analiziraju se posle svake mobilnosti i dogovaraju se promene.',
          'Повратните информации од учесниците, домаќините и партнерите се анализираат по секоја мобилност и се договараат промени.',
        ),
        L(
          'Respondents are told what changed because of their feedback, and trends are followed over the years.',
          'Të anketuarve u tregohet se çfarë ndryshoi falë reagimeve të tyre, dhe tendencat ndiqen ndër vite.',
          'Ispitanici se obaveštavaju šta se promenilo zahvaljujući njihovim povratnim informacijama, a trendovi se prate iz godine u godinu.',
          'Испитаниците се известуваат што се промени благодарение на нивните повратни информации, а трендовите се следат од година во година.',
        ),
      ],
    }),
  ],
}

export const AREAS_A: Section[] = [strategy, staffing, procedures, partnerships, mobility, quality]
