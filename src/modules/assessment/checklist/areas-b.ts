import type { Section } from '../content.ts'
import { L, MGMT, STAFF, scale } from './build.ts'

/**
 * International Office capacity checklist, areas B: inclusion, safeguarding of minors, digital
 * readiness, dissemination and finance. Each item is rated 1–5 (or N/A); every level is described
 * for that item. Keys are stable: a later version may reword, never re-key.
 */

const inclusion: Section = {
  key: 'inclusion',
  title: L(
    'Inclusion and participants with fewer opportunities',
    'Përfshirja dhe pjesëmarrësit me më pak mundësi',
    'Inkluzija i učesnici sa manje mogućnosti',
    'Инклузија и учесници со помалку можности',
  ),
  description: L(
    'How the school opens international activities to every learner, including those facing economic, social, geographic or health barriers.',
    'Si i hap shkolla aktivitetet ndërkombëtare për çdo nxënës, përfshirë ata që përballen me pengesa ekonomike, sociale, gjeografike ose shëndetësore.',
    'Kako škola čini međunarodne aktivnosti dostupnim svakom učeniku, uključujući one koji se suočavaju sa ekonomskim, socijalnim, geografskim ili zdravstvenim preprekama.',
    'Како училиштето ги прави меѓународните активности достапни за секој ученик, вклучително и за оние што се соочуваат со економски, социјални, географски или здравствени пречки.',
  ),
  questions: [
    scale({
      key: 'inclusion-outreach',
      groups: STAFF,
      text: L(
        'We actively reach out to learners with fewer opportunities and encourage them to apply for mobility.',
        'Ne u drejtohemi në mënyrë aktive nxënësve me më pak mundësi dhe i nxisim të aplikojnë për lëvizshmëri.',
        'Aktivno se obraćamo učenicima sa manje mogućnosti i podstičemo ih da se prijave za mobilnost.',
        'Активно им пристапуваме на учениците со помалку можности и ги охрабруваме да се пријават за мобилност.',
      ),
      help: L(
        'For example learners from rural areas, low-income families or minority communities (e.g. Roma), or learners with a disability.',
        'Për shembull nxënës nga zonat rurale, nga familje me të ardhura të ulëta ose nga komunitetet pakicë (p.sh. romët), ose nxënës me aftësi të kufizuara.',
        'Na primer učenici iz ruralnih sredina, iz porodica sa niskim primanjima ili iz manjinskih zajednica (npr. romske), ili učenici sa invaliditetom.',
        'На пример, ученици од рурални средини, од семејства со ниски приходи или од малцинските заедници (на пр. ромската), или ученици со попреченост.',
      ),
      levels: [
        L(
          'Mobility is announced only in general; no one checks whether learners with fewer opportunities apply.',
          'Lëvizshmëria njoftohet vetëm në mënyrë të përgjithshme; askush nuk verifikon nëse aplikojnë nxënësit me më pak mundësi.',
          'Mobilnost se najavljuje samo uopšteno; niko ne proverava da li se prijavljuju učenici sa manje mogućnosti.',
          'Мобилноста се објавува само општо; никој не проверува дали се пријавуваат ученици со помалку можности.',
        ),
        L(
          'Some teachers personally encourage individual learners, but there is no agreed approach.',
          'Disa mësues i inkurajojnë personalisht nxënës të veçantë, por nuk ka një qasje të përbashkët.',
          'Pojedini nastavnici lično podstiču neke učenike, ali ne postoji dogovoren pristup.',
          'Некои наставници лично охрабруваат поединечни ученици, но нема договорен пристап.',
        ),
        L(
          'Outreach is planned (class visits, talks with parents), but does not yet reach all target groups.',
          'Informimi i synuar është i planifikuar (vizita në klasa, biseda me prindërit), por ende nuk i arrin të gjitha grupet e synuara.',
          'Informisanje je planirano (posete odeljenjima, razgovori sa roditeljima), ali još ne dopire do svih ciljnih grupa.',
          'Информирањето е планирано (посети на паралелките, разговори со родителите), но сè уште не ги опфаќа сите целни групи.',
        ),
        L(
          'Outreach is part of every call; selection criteria give fair chances to learners with fewer opportunities.',
          'Informimi i synuar është pjesë e çdo thirrjeje; kriteret e përzgjedhjes u japin shanse të drejta nxënësve me më pak mundësi.',
          'Informisanje je deo svakog konkursa; kriterijumi izbora daju pravične šanse učenicima sa manje mogućnosti.',
          'Информирањето е дел од секој повик; критериумите за избор им даваат праведни шанси на учениците со помалку можности.',
        ),
        L(
          'Outreach is reviewed each year against participation data and improved with learners, parents and NGOs.',
          'Informimi i synuar rishikohet çdo vit sipas të dhënave të pjesëmarrjes dhe përmirësohet me nxënësit, prindërit dhe OJQ-të.',
          'Informisanje se svake godine preispituje prema podacima o učešću i unapređuje sa učenicima, roditeljima i NVO.',
          'Информирањето секоја година се преиспитува според податоците за учество и се подобрува со учениците, родителите и граѓанските организации.',
        ),
      ],
    }),
    scale({
      key: 'inclusion-support-budget',
      groups: MGMT,
      text: L(
        'When participants need it, we request Erasmus+ inclusion support (or similar funding) and use it for their real needs.',
        'Kur pjesëmarrësit kanë nevojë, ne kërkojmë mbështetjen për përfshirje të Erasmus+ (ose financim të ngjashëm) dhe e përdorim për nevojat e tyre reale.',
        'Kada je učesnicima potrebna, tražimo Erasmus+ podršku za inkluziju (ili slično finansiranje) i koristimo je za njihove stvarne potrebe.',
        'Кога на учесниците им е потребна, бараме поддршка за инклузија од Еразмус+ (или слично финансирање) и ја користиме за нивните вистински потреби.',
      ),
      help: L(
        'Inclusion support can cover e.g. an accompanying person, adapted travel or accommodation, extra preparation or a preparatory visit.',
        'Mbështetja për përfshirje mund të mbulojë p.sh. një person shoqërues, udhëtim ose akomodim të përshtatur, përgatitje shtesë ose një vizitë përgatitore.',
        'Podrška za inkluziju može da pokrije npr. prateću osobu, prilagođen put ili smeštaj, dodatnu pripremu ili pripremnu posetu.',
        'Поддршката за инклузија може да покрие, на пример, придружно лице, прилагодено патување или сместување, дополнителна подготовка или подготвителна посета.',
      ),
      levels: [
        L(
          'We do not know about inclusion support or have never requested it.',
          'Nuk e njohim mbështetjen për përfshirje ose nuk e kemi kërkuar kurrë.',
          'Nismo upoznati sa podrškom za inkluziju ili je nikada nismo tražili.',
          'Не сме запознаени со поддршката за инклузија или никогаш не сме ја побарале.',
        ),
        L(
          'We know it exists and have asked for it once or twice, without a clear way to identify needs.',
          'E dimë që ekziston dhe e kemi kërkuar një ose dy herë, pa një mënyrë të qartë për të identifikuar nevojat.',
          'Znamo da postoji i tražili smo je jednom ili dvaput, bez jasnog načina da utvrdimo potrebe.',
          'Знаеме дека постои и сме ја побарале еднаш или двапати, без јасен начин за утврдување на потребите.',
        ),
        L(
          'Needs are identified at selection and support is requested, but costs are often misjudged.',
          'Nevojat identifikohen gjatë përzgjedhjes dhe mbështetja kërkohet, por kostot shpesh vlerësohen gabim.',
          'Potrebe se utvrđuju pri izboru i podrška se traži, ali se troškovi često pogrešno procene.',
          'Потребите се утврдуваат при изборот и поддршката се бара, но трошоците често погрешно се проценуваат.',
        ),
        L(
          'Every application budgets inclusion support from identified needs; its use is documented per participant.',
          'Çdo aplikim parashikon në buxhet mbështetjen për përfshirje sipas nevojave të identifikuara; përdorimi dokumentohet për çdo pjesëmarrës.',
          'Svaka prijava planira podršku za inkluziju u budžetu prema utvrđenim potrebama; korišćenje se dokumentuje za svakog učesnika.',
          'Секоја апликација предвидува буџет за поддршка за инклузија според утврдените потреби; користењето се документира за секој учесник.',
        ),
        L(
          'Each year we review how well the support met needs and adjust our estimates and procedures.',
          'Çdo vit shqyrtojmë sa mirë i plotësoi mbështetja nevojat dhe përshtatim vlerësimet dhe procedurat tona.',
          'Svake godine preispitujemo koliko je podrška odgovorila na potrebe i prilagođavamo procene i procedure.',
          'Секоја година преиспитуваме колку поддршката одговорила на потребите и ги прилагодуваме проценките и постапките.',
        ),
      ],
    }),
    scale({
      key: 'inclusion-information',
      groups: [...STAFF, 'learners'],
      text: L(
        'Information about mobility opportunities is easy to understand and accessible to every learner and their family.',
        'Informacioni për mundësitë e lëvizshmërisë është i lehtë për t’u kuptuar dhe i arritshëm për çdo nxënës dhe familjen e tij.',
        'Informacije o mogućnostima mobilnosti su lako razumljive i dostupne svakom učeniku i njegovoj porodici.',
        'Информациите за можностите за мобилност се лесно разбирливи и достапни за секој ученик и неговото семејство.',
      ),
      help: L(
        'Plain language, the languages families speak, formats for learners with visual, hearing or learning difficulties, and which costs are covered.',
        'Gjuhë e thjeshtë, gjuhët që flasin familjet, formate për nxënës me vështirësi në të parë, në të dëgjuar ose në të nxënë, si dhe cilat kosto mbulohen.',
        'Jednostavan jezik, jezici kojima porodice govore, formati za učenike sa oštećenjem vida ili sluha ili teškoćama u učenju, kao i koji su troškovi pokriveni.',
        'Едноставен јазик, јазиците што ги зборуваат семејствата, формати за ученици со оштетен вид или слух или со тешкотии во учењето, како и кои трошоци се покриени.',
      ),
      levels: [
        L(
          'Information is only in official documents or in English; many learners do not understand it.',
          'Informacioni gjendet vetëm në dokumente zyrtare ose në anglisht; shumë nxënës nuk e kuptojnë.',
          'Informacije postoje samo u zvaničnim dokumentima ili na engleskom; mnogi učenici ih ne razumeju.',
          'Информациите постојат само во службени документи или на англиски; многу ученици не ги разбираат.',
        ),
        L(
          'A short notice in the local language exists, but it does not say who can apply or that costs are covered.',
          'Ekziston një njoftim i shkurtër në gjuhën vendase, por nuk thotë kush mund të aplikojë apo që kostot mbulohen.',
          'Postoji kratko obaveštenje na lokalnom jeziku, ali ne kaže ko može da se prijavi niti da su troškovi pokriveni.',
          'Постои кратко известување на локалниот јазик, но не кажува кој може да се пријави ниту дека трошоците се покриени.',
        ),
        L(
          'Clear information in plain language is available, but not in accessible formats or for parents.',
          'Ka informacion të qartë në gjuhë të thjeshtë, por jo në formate të arritshme apo për prindërit.',
          'Postoje jasne informacije na jednostavnom jeziku, ali ne u pristupačnim formatima niti za roditelje.',
          'Постојат јасни информации на едноставен јазик, но не во пристапни формати ниту за родителите.',
        ),
        L(
          'Information comes in plain language, the relevant languages and accessible formats, and is explained in person.',
          'Informacioni jepet në gjuhë të thjeshtë, në gjuhët përkatëse dhe në formate të arritshme, dhe shpjegohet edhe drejtpërdrejt.',
          'Informacije se daju na jednostavnom jeziku, na potrebnim jezicima i u pristupačnim formatima, i objašnjavaju se lično.',
          'Информациите се даваат на едноставен јазик, на потребните јазици и во пристапни формати и се објаснуваат лично.',
        ),
        L(
          'Learners and parents help test and improve the information; their feedback is used every year.',
          'Nxënësit dhe prindërit ndihmojnë në testimin dhe përmirësimin e informacionit; mendimi i tyre përdoret çdo vit.',
          'Učenici i roditelji pomažu da se informacije isprobaju i poboljšaju; njihove povratne informacije koriste se svake godine.',
          'Учениците и родителите помагаат информациите да се проверат и подобрат; нивните повратни информации се користат секоја година.',
        ),
      ],
    }),
    scale({
      key: 'inclusion-adjustments',
      text: L(
        'Participants with special needs receive reasonable adjustments and, where needed, an accompanying person, agreed in advance with the host organisation.',
        'Pjesëmarrësit me nevoja të veçanta marrin përshtatje të arsyeshme dhe, kur duhet, një person shoqërues, të dakordësuara paraprakisht me organizatën pritëse.',
        'Učesnici sa posebnim potrebama dobijaju razumna prilagođavanja i, kada je potrebno, prateću osobu, unapred dogovoreno sa organizacijom domaćinom.',
        'Учесниците со посебни потреби добиваат разумни прилагодувања и, кога е потребно, придружно лице, однапред договорено со организацијата домаќин.',
      ),
      help: L(
        'Adjustments can concern tasks and working hours at the placement, accessible travel and accommodation, extra preparation or language support.',
        'Përshtatjet mund të kenë të bëjnë me detyrat dhe orarin në praktikë, udhëtimin dhe akomodimin e arritshëm, përgatitjen shtesë ose mbështetjen gjuhësore.',
        'Prilagođavanja se mogu odnositi na zadatke i radno vreme na praksi, pristupačan put i smeštaj, dodatnu pripremu ili jezičku podršku.',
        'Прилагодувањата може да се однесуваат на задачите и работното време на праксата, пристапно патување и сместување, дополнителна подготовка или јазична поддршка.',
      ),
      levels: [
        L(
          'No one asks about special needs; participants manage on their own.',
          'Askush nuk pyet për nevojat e veçanta; pjesëmarrësit ia dalin vetë.',
          'Niko ne pita za posebne potrebe; učesnici se snalaze sami.',
          'Никој не прашува за посебните потреби; учесниците се снаоѓаат сами.',
        ),
        L(
          'Needs are handled informally when someone raises them, often too late to arrange much.',
          'Nevojat trajtohen në mënyrë joformale kur dikush i ngre, shpesh shumë vonë për të rregulluar diçka.',
          'Potrebe se rešavaju neformalno kada ih neko pomene, često prekasno da bi se mnogo organizovalo.',
          'Потребите се решаваат неформално кога некој ќе ги спомне, често предоцна за да се организира многу.',
        ),
        L(
          'Needs are asked about before departure and some adjustments are made, but not always agreed with the host.',
          'Për nevojat pyetet para nisjes dhe bëhen disa përshtatje, por jo gjithmonë të dakordësuara me pritësin.',
          'O potrebama se pita pre polaska i neka prilagođavanja se sprovode, ali nisu uvek dogovorena sa domaćinom.',
          'За потребите се прашува пред заминувањето и се прават некои прилагодувања, но не секогаш договорени со домаќинот.',
        ),
        L(
          'Adjustments and accompanying persons are agreed in writing with the host and checked during the mobility.',
          'Përshtatjet dhe personat shoqërues dakordësohen me shkrim me pritësin dhe kontrollohen gjatë lëvizshmërisë.',
          'Prilagođavanja i prateće osobe pismeno se dogovaraju sa domaćinom i proveravaju tokom mobilnosti.',
          'Прилагодувањата и придружните лица писмено се договараат со домаќинот и се проверуваат за време на мобилноста.',
        ),
        L(
          'After each mobility we ask participants and hosts what worked and improve our arrangements.',
          'Pas çdo lëvizshmërie pyesim pjesëmarrësit dhe pritësit çfarë funksionoi dhe përmirësojmë masat tona.',
          'Posle svake mobilnosti pitamo učesnike i domaćine šta je funkcionisalo i unapređujemo svoja rešenja.',
          'По секоја мобилност ги прашуваме учесниците и домаќините што функционирало и ги подобруваме нашите решенија.',
        ),
      ],
    }),
    scale({
      key: 'inclusion-monitoring',
      groups: MGMT,
      text: L(
        'We monitor who takes part in international activities (by gender, rural or urban background, disability and other factors) and act on the gaps we find.',
        'Ne monitorojmë kush merr pjesë në aktivitetet ndërkombëtare (sipas gjinisë, prejardhjes rurale ose urbane, aftësisë së kufizuar dhe faktorëve të tjerë) dhe veprojmë për boshllëqet që gjejmë.',
        'Pratimo ko učestvuje u međunarodnim aktivnostima (prema polu, ruralnom ili urbanom poreklu, invaliditetu i drugim činiocima) i reagujemo na razlike koje uočimo.',
        'Следиме кој учествува во меѓународните активности (според пол, рурално или урбано потекло, попреченост и други фактори) и постапуваме за разликите што ќе ги утврдиме.',
      ),
      help: L(
        'Data are collected anonymously or with consent and are kept only as long as needed.',
        'Të dhënat mblidhen në mënyrë anonime ose me pëlqim dhe ruhen vetëm për aq kohë sa nevojitet.',
        'Podaci se prikupljaju anonimno ili uz saglasnost i čuvaju se samo onoliko dugo koliko je potrebno.',
        'Податоците се собираат анонимно или со согласност и се чуваат само онолку долго колку што е потребно.',
      ),
      levels: [
        L(
          'We do not know how participants compare with all the learners of the school.',
          'Nuk e dimë si krahasohen pjesëmarrësit me të gjithë nxënësit e shkollës.',
          'Ne znamo kakav je sastav učesnika u poređenju sa svim učenicima škole.',
          'Не знаеме каков е составот на учесниците во споредба со сите ученици во училиштето.',
        ),
        L(
          'We count participants by gender only, or have a rough impression without data.',
          'I numërojmë pjesëmarrësit vetëm sipas gjinisë, ose kemi një përshtypje të përafërt pa të dhëna.',
          'Učesnike brojimo samo po polu ili imamo grubu predstavu bez podataka.',
          'Учесниците ги броиме само по пол или имаме груба претстава без податоци.',
        ),
        L(
          'We collect data on several factors, but do not compare them with the whole school or act on them.',
          'Mbledhim të dhëna për disa faktorë, por nuk i krahasojmë me gjithë shkollën dhe nuk veprojmë mbi to.',
          'Prikupljamo podatke o više činilaca, ali ih ne poredimo sa celom školom niti na osnovu njih delujemo.',
          'Собираме податоци за повеќе фактори, но не ги споредуваме со целото училиште ниту постапуваме врз основа на нив.',
        ),
        L(
          'Participation data are compared with the school population each round, and gaps lead to concrete actions.',
          'Të dhënat e pjesëmarrjes krahasohen me popullatën e shkollës në çdo raund dhe boshllëqet çojnë në veprime konkrete.',
          'Podaci o učešću porede se sa sastavom učenika u svakom krugu, a razlike vode do konkretnih mera.',
          'Податоците за учество во секој круг се споредуваат со составот на учениците, а разликите водат до конкретни мерки.',
        ),
        L(
          'Management receives multi-year trends; participation targets are set and reviewed.',
          'Drejtimi merr tendencat shumëvjeçare; objektivat e pjesëmarrjes caktohen dhe rishikohen.',
          'Rukovodstvo dobija pregled trendova kroz više godina; ciljevi za učešće se postavljaju i preispituju.',
          'Раководството добива преглед на трендовите низ повеќе години; целите за учество се поставуваат и преиспитуваат.',
        ),
      ],
    }),
  ],
}

const safeguarding: Section = {
  key: 'safeguarding',
  title: L(
    'Safeguarding of minors',
    'Mbrojtja e të miturve',
    'Zaštita maloletnika',
    'Заштита на малолетници',
  ),
  description: L(
    'How the school protects learners under 18 before, during and after mobility, together with partners, host companies and families.',
    'Si i mbron shkolla nxënësit nën 18 vjeç para, gjatë dhe pas lëvizshmërisë, së bashku me partnerët, kompanitë pritëse dhe familjet.',
    'Kako škola štiti učenike mlađe od 18 godina pre, tokom i posle mobilnosti, zajedno sa partnerima, kompanijama domaćinima i porodicama.',
    'Како училиштето ги заштитува учениците под 18 години пред, за време и по мобилноста, заедно со партнерите, компаниите домаќини и семејствата.',
  ),
  questions: [
    scale({
      key: 'safeguarding-policy',
      groups: [...STAFF, 'partners'],
      text: L(
        'Our school has a written safeguarding policy that covers every mobility with minors, with a code of conduct that staff and accompanying persons sign.',
        'Shkolla jonë ka një politikë të shkruar për mbrojtjen e të miturve që mbulon çdo lëvizshmëri me të mitur, me një kod sjelljeje që e nënshkruajnë stafi dhe personat shoqërues.',
        'Naša škola ima pisanu politiku zaštite maloletnika koja obuhvata svaku mobilnost sa maloletnicima, uz kodeks ponašanja koji potpisuju zaposleni i prateće osobe.',
        'Нашето училиште има пишана политика за заштита на малолетници што ја опфаќа секоја мобилност со малолетници, со кодекс на однесување што го потпишуваат вработените и придружните лица.',
      ),
      help: L(
        'The policy names a safeguarding lead, sets out how concerns are reported, and is shared with partners and host organisations.',
        'Politika cakton një person përgjegjës për mbrojtjen, përcakton si raportohen shqetësimet dhe u jepet partnerëve dhe organizatave pritëse.',
        'Politika određuje osobu odgovornu za zaštitu, utvrđuje kako se prijavljuju sumnje i dostavlja se partnerima i organizacijama domaćinima.',
        'Политиката определува лице одговорно за заштита, утврдува како се пријавуваат сомневањата и им се доставува на партнерите и организациите домаќини.',
      ),
      levels: [
        L(
          'No written policy; protection depends on the good sense of the accompanying teacher.',
          'Nuk ka politikë të shkruar; mbrojtja varet nga gjykimi i mësuesit shoqërues.',
          'Nema pisane politike; zaštita zavisi od zdravog razuma nastavnika pratioca.',
          'Нема пишана политика; заштитата зависи од здравиот разум на наставникот придружник.',
        ),
        L(
          'General school rules exist or a policy is being drafted, but mobility and a code of conduct are not covered.',
          'Ekzistojnë rregulla të përgjithshme të shkollës ose një politikë është në hartim, por nuk mbulojnë lëvizshmërinë dhe kodin e sjelljes.',
          'Postoje opšta školska pravila ili se politika izrađuje, ali ne obuhvataju mobilnost ni kodeks ponašanja.',
          'Постојат општи училишни правила или политиката е во изработка, но не ги опфаќаат мобилноста и кодексот на однесување.',
        ),
        L(
          'A mobility safeguarding policy is adopted, but not all staff know it or have signed the code of conduct.',
          'Është miratuar një politikë mbrojtjeje për lëvizshmërinë, por jo i gjithë stafi e njeh ose e ka nënshkruar kodin e sjelljes.',
          'Politika zaštite za mobilnost je usvojena, ali je ne poznaju svi zaposleni niti su svi potpisali kodeks ponašanja.',
          'Политиката за заштита при мобилност е усвоена, но не ја познаваат сите вработени ниту сите го потпишале кодексот на однесување.',
        ),
        L(
          'Everyone travelling with minors is briefed and signs the code; partners receive the policy and confirm it.',
          'Kushdo që udhëton me të mitur informohet dhe nënshkruan kodin; partnerët e marrin politikën dhe e konfirmojnë.',
          'Svako ko putuje sa maloletnicima dobija uputstva i potpisuje kodeks; partneri dobijaju politiku i potvrđuju je.',
          'Секој што патува со малолетници добива упатства и го потпишува кодексот; партнерите ја добиваат политиката и ја потврдуваат.',
        ),
        L(
          'The policy is reviewed every year and after any incident, with input from partners, staff and learners.',
          'Politika rishikohet çdo vit dhe pas çdo incidenti, me kontributin e partnerëve, stafit dhe nxënësve.',
          'Politika se preispituje svake godine i posle svakog incidenta, uz doprinos partnera, zaposlenih i učenika.',
          'Политиката се преиспитува секоја година и по секој инцидент, со придонес од партнерите, вработените и учениците.',
        ),
      ],
    }),
    scale({
      key: 'safeguarding-consent',
      groups: STAFF,
      text: L(
        'Parents or guardians of minors receive full information about the mobility and give written consent before departure.',
        'Prindërit ose kujdestarët e të miturve marrin informacion të plotë për lëvizshmërinë dhe japin pëlqim me shkrim para nisjes.',
        'Roditelji ili staratelji maloletnika dobijaju potpune informacije o mobilnosti i daju pismenu saglasnost pre polaska.',
        'Родителите или старателите на малолетниците добиваат целосни информации за мобилноста и даваат писмена согласност пред заминувањето.',
      ),
      help: L(
        'Information covers the programme, accommodation, supervision, rules, insurance and contacts. Check national rules on travel consent for minors.',
        'Informacioni përfshin programin, akomodimin, mbikëqyrjen, rregullat, sigurimin dhe kontaktet. Kontrolloni rregullat kombëtare për pëlqimin e udhëtimit të të miturve.',
        'Informacije obuhvataju program, smeštaj, nadzor, pravila, osiguranje i kontakte. Proverite nacionalne propise o saglasnosti za putovanje maloletnika.',
        'Информациите опфаќаат програма, сместување, надзор, правила, осигурување и контакти. Проверете ги националните прописи за согласност за патување на малолетници.',
      ),
      levels: [
        L(
          'Parents are told informally; no written consent is collected.',
          'Prindërit njoftohen në mënyrë joformale; nuk merret pëlqim me shkrim.',
          'Roditelji se obaveštavaju neformalno; pismena saglasnost se ne prikuplja.',
          'Родителите се известуваат неформално; не се собира писмена согласност.',
        ),
        L(
          'A consent form is signed, but parents get little information about the programme and arrangements.',
          'Nënshkruhet një formular pëlqimi, por prindërit marrin pak informacion për programin dhe organizimin.',
          'Obrazac saglasnosti se potpisuje, ali roditelji dobijaju malo informacija o programu i organizaciji.',
          'Се потпишува формулар за согласност, но родителите добиваат малку информации за програмата и организацијата.',
        ),
        L(
          'Consent and a written information sheet are standard, but there is no meeting to answer parents’ questions.',
          'Pëlqimi dhe një fletë informative me shkrim janë standarde, por nuk ka takim për t’iu përgjigjur pyetjeve të prindërve.',
          'Saglasnost i pisano obaveštenje su standard, ali nema sastanka na kome bi se odgovorilo na pitanja roditelja.',
          'Согласноста и пишаното известување се стандард, но нема средба на која би се одговорило на прашањата на родителите.',
        ),
        L(
          'A parents’ meeting, written information and consent (incl. medical and photo consent) precede every mobility.',
          'Para çdo lëvizshmërie bëhet takim me prindërit, jepet informacion me shkrim dhe merret pëlqimi (përfshirë atë mjekësor dhe për fotot).',
          'Pre svake mobilnosti održava se roditeljski sastanak, daju se pisane informacije i prikuplja saglasnost (i medicinska i za fotografije).',
          'Пред секоја мобилност се одржува родителска средба, се даваат пишани информации и се собира согласност (вклучително медицинска и за фотографии).',
        ),
        L(
          'Parents are kept informed during the mobility, and their feedback afterwards improves the process.',
          'Prindërit mbahen të informuar gjatë lëvizshmërisë dhe mendimi i tyre pas saj përmirëson procesin.',
          'Roditelji se obaveštavaju i tokom mobilnosti, a njihove povratne informacije posle nje unapređuju proces.',
          'Родителите се информираат и за време на мобилноста, а нивните повратни информации потоа го подобруваат процесот.',
        ),
      ],
    }),
    scale({
      key: 'safeguarding-companions',
      groups: [...STAFF, 'partners'],
      text: L(
        'Every group of minors travels with enough prepared accompanying persons, at a ratio agreed in advance with the partner.',
        'Çdo grup të miturish udhëton me mjaftueshëm persona shoqërues të përgatitur, në një raport të dakordësuar paraprakisht me partnerin.',
        'Svaka grupa maloletnika putuje sa dovoljno pripremljenih pratilaca, u odnosu koji je unapred dogovoren sa partnerom.',
        'Секоја група малолетници патува со доволно подготвени придружници, во сооднос однапред договорен со партнерот.',
      ),
      help: L(
        'The ratio depends on age, needs, group size and duration; plan at least two adults so that one can stay with the group in an emergency.',
        'Raporti varet nga mosha, nevojat, madhësia e grupit dhe kohëzgjatja; planifikoni të paktën dy të rritur, që njëri të mund të qëndrojë me grupin në rast urgjence.',
        'Odnos zavisi od uzrasta, potreba, veličine grupe i trajanja; planirajte najmanje dve odrasle osobe, kako bi jedna mogla da ostane sa grupom u hitnom slučaju.',
        'Соодносот зависи од возраста, потребите, големината на групата и траењето; планирајте најмалку две возрасни лица, за едното да може да остане со групата во итен случај.',
      ),
      levels: [
        L(
          'Accompanying persons are chosen at the last minute from whoever is free; no ratio is set.',
          'Personat shoqërues zgjidhen në minutën e fundit nga kush është i lirë; nuk përcaktohet raport.',
          'Pratioci se biraju u poslednjem trenutku među onima koji su slobodni; odnos nije utvrđen.',
          'Придружниците се избираат во последен момент од оние што се слободни; соодносот не е утврден.',
        ),
        L(
          'There is usually a second adult, but roles, ratio and preparation are not agreed.',
          'Zakonisht ka një të rritur të dytë, por rolet, raporti dhe përgatitja nuk janë dakordësuar.',
          'Obično postoji i druga odrasla osoba, ali uloge, odnos i priprema nisu dogovoreni.',
          'Обично има и второ возрасно лице, но улогите, соодносот и подготовката не се договорени.',
        ),
        L(
          'A ratio is set and roles are described, but accompanying persons get little preparation.',
          'Raporti është përcaktuar dhe rolet janë përshkruar, por personat shoqërues marrin pak përgatitje.',
          'Odnos je utvrđen i uloge su opisane, ali pratioci dobijaju malo pripreme.',
          'Соодносот е утврден и улогите се опишани, но придружниците добиваат малку подготовка.',
        ),
        L(
          'Ratio and roles are agreed with the partner for each mobility; accompanying persons are prepared and briefed.',
          'Raporti dhe rolet dakordësohen me partnerin për çdo lëvizshmëri; personat shoqërues përgatiten dhe informohen.',
          'Odnos i uloge se za svaku mobilnost dogovaraju sa partnerom; pratioci su pripremljeni i upućeni u zadatke.',
          'Соодносот и улогите се договараат со партнерот за секоја мобилност; придружниците се подготвени и запознаени со задачите.',
        ),
        L(
          'Supervision arrangements are reviewed after each mobility, and accompanying persons share lessons learned.',
          'Masat e mbikëqyrjes rishikohen pas çdo lëvizshmërie dhe personat shoqërues ndajnë mësimet e nxjerra.',
          'Način nadzora se preispituje posle svake mobilnosti, a pratioci razmenjuju stečena iskustva.',
          'Начинот на надзор се преиспитува по секоја мобилност, а придружниците ги споделуваат стекнатите искуства.',
        ),
      ],
    }),
    scale({
      key: 'safeguarding-host-checks',
      groups: [...MGMT, 'company_trainers', 'partners'],
      text: L(
        'Accommodation, host families and workplaces for minors are checked in advance against agreed safety criteria.',
        'Akomodimi, familjet pritëse dhe vendet e punës për të miturit kontrollohen paraprakisht sipas kritereve të dakordësuara të sigurisë.',
        'Smeštaj, porodice domaćini i radna mesta za maloletnike unapred se proveravaju prema dogovorenim bezbednosnim kriterijumima.',
        'Сместувањето, семејствата домаќини и работните места за малолетници однапред се проверуваат според договорени безбедносни критериуми.',
      ),
      help: L(
        'For example rooms separated by gender, an adult contact at the accommodation, safe tasks and working hours allowed for minors, and a named mentor at the company.',
        'Për shembull dhoma të ndara sipas gjinisë, një person i rritur për kontakt në vendin e akomodimit, detyra të sigurta dhe orar pune i lejuar për të miturit, si dhe një mentor i caktuar në kompani.',
        'Na primer sobe odvojene po polu, odrasla osoba za kontakt u smeštaju, bezbedni zadaci i radno vreme dozvoljeno za maloletnike, kao i imenovani mentor u kompaniji.',
        'На пример, соби одделени по пол, возрасно лице за контакт во сместувањето, безбедни задачи и работно време дозволено за малолетници, како и определен ментор во компанијата.',
      ),
      levels: [
        L(
          'We rely on the partner’s choice without asking what was checked.',
          'Mbështetemi te zgjedhja e partnerit pa pyetur çfarë është kontrolluar.',
          'Oslanjamo se na izbor partnera ne pitajući šta je provereno.',
          'Се потпираме на изборот на партнерот без да прашаме што е проверено.',
        ),
        L(
          'We ask partners informally about accommodation and placements, but there are no written criteria.',
          'I pyesim partnerët në mënyrë joformale për akomodimin dhe praktikat, por nuk ka kritere të shkruara.',
          'Partnere neformalno pitamo o smeštaju i praksi, ali nema pisanih kriterijuma.',
          'Партнерите неформално ги прашуваме за сместувањето и праксата, но нема пишани критериуми.',
        ),
        L(
          'Written criteria exist and are sent to partners, but their checks are not confirmed for every mobility.',
          'Ekzistojnë kritere të shkruara dhe u dërgohen partnerëve, por kontrollet e tyre nuk konfirmohen për çdo lëvizshmëri.',
          'Pisani kriterijumi postoje i šalju se partnerima, ali njihove provere se ne potvrđuju za svaku mobilnost.',
          'Пишани критериуми постојат и им се испраќаат на партнерите, но нивните проверки не се потврдуваат за секоја мобилност.',
        ),
        L(
          'Partners and host companies confirm in writing that accommodation and workplaces meet the criteria.',
          'Partnerët dhe kompanitë pritëse konfirmojnë me shkrim se akomodimi dhe vendet e punës i plotësojnë kriteret.',
          'Partneri i kompanije domaćini pismeno potvrđuju da smeštaj i radna mesta ispunjavaju kriterijume.',
          'Партнерите и компаниите домаќини писмено потврдуваат дека сместувањето и работните места ги исполнуваат критериумите.',
        ),
        L(
          'Checks include visits or video calls, learners’ feedback is used, and unsuitable hosts are no longer used.',
          'Kontrollet përfshijnë vizita ose video-thirrje, përdoret mendimi i nxënësve dhe pritësit e papërshtatshëm nuk përdoren më.',
          'Provere uključuju posete ili video-pozive, koriste se povratne informacije učenika, a neodgovarajući domaćini se više ne angažuju.',
          'Проверките вклучуваат посети или видеоповици, се користат повратните информации од учениците, а несоодветните домаќини повеќе не се ангажираат.',
        ),
      ],
    }),
    scale({
      key: 'safeguarding-emergency',
      text: L(
        'During every mobility there is a 24/7 emergency contact and a clear procedure for reporting incidents, and participants know whom to call.',
        'Gjatë çdo lëvizshmërie ka një kontakt emergjence 24/7 dhe një procedurë të qartë për raportimin e incidenteve, dhe pjesëmarrësit e dinë kë të thërrasin.',
        'Tokom svake mobilnosti postoji kontakt za hitne slučajeve dostupan 24/7 i jasna procedura za prijavljivanje incidenata, a učesnici znaju koga da pozovu.',
        'За време на секоја мобилност постои контакт за итни случаи достапен 24/7 и јасна постапка за пријавување инциденти, а учесниците знаат кого да повикаат.',
      ),
      levels: [
        L(
          'No agreed emergency contact; problems are solved by phone as they arise.',
          'Nuk ka kontakt emergjence të dakordësuar; problemet zgjidhen me telefon sapo dalin.',
          'Nema dogovorenog kontakta za hitne slučajeve; problemi se rešavaju telefonom kako nastanu.',
          'Нема договорен контакт за итни случаи; проблемите се решаваат по телефон како што настануваат.',
        ),
        L(
          'The accompanying teacher’s number is shared, but there is no back-up or reporting procedure.',
          'Numri i mësuesit shoqërues u jepet të gjithëve, por nuk ka kontakt rezervë apo procedurë raportimi.',
          'Broj nastavnika pratioca je poznat, ali nema rezervnog kontakta ni procedure prijavljivanja.',
          'Бројот на наставникот придружник е познат, но нема резервен контакт ниту постапка за пријавување.',
        ),
        L(
          'A 24/7 contact and an incident form exist, but not all participants, parents and hosts know them.',
          'Ekzistojnë një kontakt 24/7 dhe një formular incidenti, por jo të gjithë pjesëmarrësit, prindërit dhe pritësit i njohin.',
          'Postoje kontakt 24/7 i obrazac za incidente, ali ih ne poznaju svi učesnici, roditelji i domaćini.',
          'Постојат контакт 24/7 и образец за инциденти, но не ги знаат сите учесници, родители и домаќини.',
        ),
        L(
          'Everyone has an emergency card with 24/7 contacts; incidents are recorded and reported as the procedure says.',
          'Secili ka një kartë emergjence me kontaktet 24/7; incidentet regjistrohen dhe raportohen sipas procedurës.',
          'Svako ima karticu za hitne slučajeve sa kontaktima 24/7; incidenti se evidentiraju i prijavljuju po proceduri.',
          'Секој има картичка за итни случаи со контакти 24/7; инцидентите се евидентираат и пријавуваат според постапката.',
        ),
        L(
          'The procedure is practised before departure and reviewed after every incident or near miss.',
          'Procedura ushtrohet para nisjes dhe rishikohet pas çdo incidenti ose rasti që për pak nuk u bë incident.',
          'Procedura se uvežbava pre polaska i preispituje posle svakog incidenta ili situacije koja je mogla da postane incident.',
          'Постапката се вежба пред заминувањето и се преиспитува по секој инцидент или ситуација што можела да стане инцидент.',
        ),
      ],
    }),
    scale({
      key: 'safeguarding-data',
      groups: [...STAFF, 'partners'],
      text: L(
        'Minors’ personal data, photos and videos from mobility are collected, stored and published only with consent and according to data protection rules.',
        'Të dhënat personale, fotot dhe videot e të miturve nga lëvizshmëria mblidhen, ruhen dhe publikohen vetëm me pëlqim dhe sipas rregullave për mbrojtjen e të dhënave.',
        'Lični podaci, fotografije i video-snimci maloletnika sa mobilnosti prikupljaju se, čuvaju i objavljuju samo uz saglasnost i u skladu sa propisima o zaštiti podataka.',
        'Личните податоци, фотографиите и видеата на малолетниците од мобилноста се собираат, чуваат и објавуваат само со дозвола и според прописите за заштита на личните податоци.',
      ),
      help: L(
        'Includes passports and medical information shared with partners, and social media posts by staff and partners.',
        'Përfshin pasaportat dhe informacionin mjekësor që u jepen partnerëve, si dhe postimet në rrjetet sociale nga stafi dhe partnerët.',
        'Obuhvata pasoše i medicinske podatke koji se dostavljaju partnerima, kao i objave zaposlenih i partnera na društvenim mrežama.',
        'Опфаќа пасоши и медицински податоци што им се доставуваат на партнерите, како и објави на вработените и партнерите на социјалните мрежи.',
      ),
      levels: [
        L(
          'Photos of minors are posted freely; personal data are sent by ordinary e-mail or messaging apps.',
          'Fotot e të miturve postohen lirshëm; të dhënat personale dërgohen me e-mail të zakonshëm ose aplikacione mesazhesh.',
          'Fotografije maloletnika se slobodno objavljuju; lični podaci se šalju običnom e-poštom ili aplikacijama za poruke.',
          'Фотографиите од малолетниците слободно се објавуваат; личните податоци се испраќаат со обична е-пошта или апликации за пораки.',
        ),
        L(
          'Staff are asked to be careful, but there is no photo consent or rule on sharing data.',
          'Stafit i kërkohet të jetë i kujdesshëm, por nuk ka pëlqim për fotot apo rregull për ndarjen e të dhënave.',
          'Od zaposlenih se traži da budu pažljivi, ali nema saglasnosti za fotografije ni pravila o deljenju podataka.',
          'Од вработените се бара да бидат внимателни, но нема согласност за фотографии ниту правило за споделување податоци.',
        ),
        L(
          'Photo consent is collected, but sharing data with partners and storing it are not regulated.',
          'Merret pëlqimi për fotot, por ndarja e të dhënave me partnerët dhe ruajtja e tyre nuk janë të rregulluara.',
          'Saglasnost za fotografije se prikuplja, ali deljenje podataka sa partnerima i njihovo čuvanje nisu uređeni.',
          'Согласноста за фотографии се собира, но споделувањето податоци со партнерите и нивното чување не се уредени.',
        ),
        L(
          'Consent, secure sharing, limited access and deletion dates are applied and agreed with partners.',
          'Zbatohen pëlqimi, ndarja e sigurt, qasja e kufizuar dhe afatet e fshirjes, të dakordësuara me partnerët.',
          'Primenjuju se saglasnost, bezbedno deljenje, ograničen pristup i rokovi za brisanje, dogovoreni sa partnerima.',
          'Се применуваат согласност, безбедно споделување, ограничен пристап и рокови за бришење, договорени со партнерите.',
        ),
        L(
          'Data practices are checked every year; staff and partners are trained, and consent can easily be withdrawn.',
          'Praktikat e të dhënave kontrollohen çdo vit; stafi dhe partnerët trajnohen dhe pëlqimi mund të tërhiqet lehtë.',
          'Postupanje sa podacima proverava se svake godine; zaposleni i partneri prolaze obuku, a saglasnost se lako može povući.',
          'Постапувањето со податоците се проверува секоја година; вработените и партнерите се обучуваат, а согласноста лесно може да се повлече.',
        ),
      ],
    }),
  ],
}

const digital: Section = {
  key: 'digital',
  title: L(
    'Digital readiness',
    'Gatishmëria digjitale',
    'Digitalna spremnost',
    'Дигитална подготвеност',
  ),
  description: L(
    'Digital tools, infrastructure and skills for international work. The items follow the spirit of SELFIE but are not part of the official SELFIE tool.',
    'Mjetet, infrastruktura dhe aftësitë digjitale për punën ndërkombëtare. Pyetjet ndjekin frymën e SELFIE, por nuk janë pjesë e mjetit zyrtar SELFIE.',
    'Digitalni alati, infrastruktura i veštine za međunarodni rad. Stavke su u duhu alata SELFIE, ali nisu deo zvaničnog alata SELFIE.',
    'Дигитални алатки, инфраструктура и вештини за меѓународна работа. Прашањата се во духот на SELFIE, но не се дел од официјалната алатка SELFIE.',
  ),
  source: 'In the spirit of SELFIE (European Commission)',
  questions: [
    scale({
      key: 'digital-mobility-tools',
      groups: STAFF,
      text: L(
        'We use shared digital tools to manage mobility and projects: documents, participant records, deadlines and EU platforms.',
        'Përdorim mjete digjitale të përbashkëta për të menaxhuar lëvizshmërinë dhe projektet: dokumentet, të dhënat e pjesëmarrësve, afatet dhe platformat e BE-së.',
        'Koristimo zajedničke digitalne alate za upravljanje mobilnošću i projektima: dokumente, evidenciju učesnika, rokove i platforme EU.',
        'Користиме заеднички дигитални алатки за управување со мобилноста и проектите: документи, евиденција на учесници, рокови и платформи на ЕУ.',
      ),
      help: L(
        'For example a shared drive with clear folders, a participant register, a project calendar, the Beneficiary Module, Europass and Online Language Support (OLS).',
        'Për shembull një hapësirë e përbashkët në internet me dosje të qarta, një regjistër pjesëmarrësish, një kalendar projekti, Beneficiary Module, Europass dhe Mbështetja Gjuhësore Online (OLS).',
        'Na primer zajednički disk sa jasnim folderima, registar učesnika, kalendar projekta, Beneficiary Module, Europass i Onlajn jezička podrška (OLS).',
        'На пример, заеднички диск со јасни папки, регистар на учесници, календар на проектот, Beneficiary Module, Europass и Онлајн јазична поддршка (OLS).',
      ),
      levels: [
        L(
          'Files sit on personal laptops and in e-mail; only one person knows where things are.',
          'Dosjet ndodhen në laptopë personalë dhe në e-mail; vetëm një person e di ku ndodhet secila gjë.',
          'Dokumenti stoje na ličnim laptopovima i u e-pošti; samo jedna osoba zna gde se šta nalazi.',
          'Документите се на лични лаптопи и во е-пошта; само едно лице знае каде што се наоѓа.',
        ),
        L(
          'Some documents are in a shared folder, but there is no structure or common register.',
          'Disa dokumente janë në një dosje të përbashkët, por nuk ka strukturë apo regjistër të përbashkët.',
          'Neki dokumenti su u zajedničkom folderu, ali nema strukture ni zajedničkog registra.',
          'Некои документи се во заедничка папка, но нема структура ниту заеднички регистар.',
        ),
        L(
          'A structured shared space and a register exist, but not all staff use them consistently.',
          'Ekzistojnë një hapësirë e përbashkët e strukturuar dhe një regjistër, por jo i gjithë stafi i përdor rregullisht.',
          'Postoje strukturiran zajednički prostor i registar, ali ih ne koriste svi zaposleni dosledno.',
          'Постојат структуриран заеднички простор и регистар, но не ги користат сите вработени доследно.',
        ),
        L(
          'All mobility documents, records and deadlines are kept in shared tools; EU platforms are used correctly.',
          'Të gjitha dokumentet, të dhënat dhe afatet e lëvizshmërisë mbahen në mjete të përbashkëta; platformat e BE-së përdoren saktë.',
          'Svi dokumenti, evidencija i rokovi mobilnosti vode se u zajedničkim alatima; platforme EU se koriste ispravno.',
          'Сите документи, евиденции и рокови за мобилноста се водат во заеднички алатки; платформите на ЕУ се користат правилно.',
        ),
        L(
          'Tools and access rights are reviewed every year, and new staff are trained to use them.',
          'Mjetet dhe të drejtat e qasjes rishikohen çdo vit dhe stafi i ri trajnohet për t’i përdorur.',
          'Alati i prava pristupa preispituju se svake godine, a novi zaposleni prolaze obuku za njihovo korišćenje.',
          'Алатките и правата за пристап се преиспитуваат секоја година, а новите вработени се обучуваат да ги користат.',
        ),
      ],
    }),
    scale({
      key: 'digital-infrastructure',
      groups: [...STAFF, 'learners'],
      text: L(
        'Our devices, internet connection and technical support are good enough for online meetings with partners, online courses and preparing mobility.',
        'Pajisjet, lidhja me internetin dhe mbështetja teknike janë mjaftueshëm të mira për takime online me partnerët, kurse online dhe përgatitjen e lëvizshmërisë.',
        'Naši uređaji, internet veza i tehnička podrška dovoljno su dobri za onlajn sastanke sa partnerima, onlajn kurseve i pripremu mobilnosti.',
        'Нашите уреди, интернет-врската и техничката поддршка се доволно добри за онлајн средби со партнерите, онлајн курсеви и подготовка на мобилноста.',
      ),
      levels: [
        L(
          'The connection is unreliable and there is no suitable room or device for a video call.',
          'Lidhja nuk është e besueshme dhe nuk ka dhomë apo pajisje të përshtatshme për një video-thirrje.',
          'Veza je nepouzdana i nema odgovarajuće prostorije ni uređaja za video-poziv.',
          'Врската е несигурна и нема соодветна просторија ниту уред за видеоповик.',
        ),
        L(
          'Online meetings are possible on staff’s own phones or laptops, often with problems.',
          'Takimet online janë të mundshme me telefonat ose laptopët personalë të stafit, shpesh me probleme.',
          'Onlajn sastanci su mogući na ličnim telefonima ili laptopovima zaposlenih, često uz probleme.',
          'Онлајн средбите се можни на личните телефони или лаптопи на вработените, често со проблеми.',
        ),
        L(
          'The school has a working room and devices for meetings, but learners have limited access to devices and Wi-Fi.',
          'Shkolla ka një dhomë dhe pajisje funksionale për takime, por nxënësit kanë qasje të kufizuar në pajisje dhe Wi-Fi.',
          'Škola ima prostoriju i uređaje za sastanke koji rade, ali učenici imaju ograničen pristup uređajima i bežičnom internetu.',
          'Училиштето има просторија и уреди за средби што функционираат, но учениците имаат ограничен пристап до уреди и безжичен интернет.',
        ),
        L(
          'Staff and learners have reliable devices, Wi-Fi and someone to call for technical help.',
          'Stafi dhe nxënësit kanë pajisje të besueshme, Wi-Fi dhe dikë që mund ta thërrasin për ndihmë teknike.',
          'Zaposleni i učenici imaju pouzdane uređaje, bežični internet i nekoga koga mogu da pozovu za tehničku pomoć.',
          'Вработените и учениците имаат сигурни уреди, безжичен интернет и некого кого можат да повикаат за техничка помош.',
        ),
        L(
          'Infrastructure needs for international work are planned in the school budget and reviewed every year.',
          'Nevojat për infrastrukturë për punën ndërkombëtare planifikohen në buxhetin e shkollës dhe rishikohen çdo vit.',
          'Potrebe za infrastrukturom za međunarodni rad planiraju se u budžetu škole i preispituju svake godine.',
          'Потребите од инфраструктура за меѓународна работа се планираат во буџетот на училиштето и се преиспитуваат секоја година.',
        ),
      ],
    }),
    scale({
      key: 'digital-staff-skills',
      groups: STAFF,
      text: L(
        'Staff involved in international work have the digital skills they need and can develop them through training.',
        'Stafi që merret me punën ndërkombëtare ka aftësitë digjitale që i nevojiten dhe mund t’i zhvillojë përmes trajnimeve.',
        'Zaposleni uključeni u međunarodni rad imaju potrebne digitalne veštine i mogu da ih razvijaju kroz obuke.',
        'Вработените вклучени во меѓународната работа ги имаат потребните дигитални вештини и можат да ги развиваат преку обуки.',
      ),
      help: L(
        'In the spirit of the European framework for the digital competence of educators (DigCompEdu): communication and collaboration, digital resources, teaching, data protection.',
        'Në frymën e kornizës evropiane për kompetencën digjitale të edukatorëve (DigCompEdu): komunikimi dhe bashkëpunimi, burimet digjitale, mësimdhënia, mbrojtja e të dhënave.',
        'U duhu evropskog okvira digitalnih kompetencija nastavnika (DigCompEdu): komunikacija i saradnja, digitalni resursi, nastava, zaštita podataka.',
        'Во духот на европската рамка за дигитални компетенции на едукаторите (DigCompEdu): комуникација и соработка, дигитални ресурси, настава, заштита на податоците.',
      ),
      levels: [
        L(
          'Staff digital skills are not known and no training is offered.',
          'Aftësitë digjitale të stafit nuk njihen dhe nuk ofrohet asnjë trajnim.',
          'Digitalne veštine zaposlenih nisu poznate i ne nudi se nikakva obuka.',
          'Дигиталните вештини на вработените не се познати и не се нуди никаква обука.',
        ),
        L(
          'A few colleagues help others informally; training happens only on personal initiative.',
          'Disa kolegë i ndihmojnë të tjerët në mënyrë joformale; trajnimi ndodh vetëm me nismë personale.',
          'Nekoliko kolega neformalno pomaže drugima; obuka se odvija samo na ličnu inicijativu.',
          'Неколку колеги неформално им помагаат на другите; обуката се случува само на лична иницијатива.',
        ),
        L(
          'Some training is offered, but it is not based on an assessment of needs.',
          'Ofrohen disa trajnime, por ato nuk bazohen në një vlerësim të nevojave.',
          'Nude se neke obuke, ali nisu zasnovane na proceni potreba.',
          'Се нудат некои обуки, но не се засновани на проценка на потребите.',
        ),
        L(
          'Staff assess their digital skills (e.g. with a self-reflection tool) and take part in training that fits.',
          'Stafi i vlerëson aftësitë e veta digjitale (p.sh. me një mjet vetëreflektimi) dhe merr pjesë në trajnime të përshtatshme.',
          'Zaposleni procenjuju svoje digitalne veštine (npr. alatom za samoprocenu) i učestvuju u odgovarajućim obukama.',
          'Вработените ги проценуваат своите дигитални вештини (на пр. со алатка за самопроценка) и учествуваат во соодветни обуки.',
        ),
        L(
          'Digital skills are part of the staff development plan, reviewed every year, and staff share good practice.',
          'Aftësitë digjitale janë pjesë e planit të zhvillimit të stafit, rishikohen çdo vit dhe stafi ndan praktikat e mira.',
          'Digitalne veštine su deo plana profesionalnog razvoja zaposlenih, preispituju se svake godine, a zaposleni razmenjuju dobru praksu.',
          'Дигиталните вештини се дел од планот за професионален развој на вработените, се преиспитуваат секоја година, а вработените споделуваат добри практики.',
        ),
      ],
    }),
    scale({
      key: 'digital-virtual',
      text: L(
        'We use online tools to prepare, accompany and follow up mobility, and run virtual or blended activities with partners and host companies.',
        'Përdorim mjete online për të përgatitur, shoqëruar dhe ndjekur lëvizshmërinë, dhe zhvillojmë aktivitete virtuale ose të kombinuara me partnerët dhe kompanitë pritëse.',
        'Koristimo onlajn alate za pripremu, praćenje i nastavak posle mobilnosti, i sprovodimo virtuelne ili kombinovane aktivnosti sa partnerima i kompanijama domaćinima.',
        'Користиме онлајн алатки за подготовка, следење и продолжување по мобилноста и спроведуваме виртуелни или комбинирани активности со партнерите и компаниите домаќини.',
      ),
      help: L(
        'The Erasmus quality standards ask organisations to use digital tools to complement physical mobility and improve cooperation with partners, e.g. online meetings before departure, shared tasks, eTwinning.',
        'Standardet e cilësisë Erasmus u kërkojnë organizatave të përdorin mjete digjitale për të plotësuar lëvizshmërinë fizike dhe për të përmirësuar bashkëpunimin me partnerët, p.sh. takime online para nisjes, detyra të përbashkëta, eTwinning.',
        'Standardi kvaliteta Erasmus traže od organizacija da koriste digitalne alate kao dopunu fizičkoj mobilnosti i za bolju saradnju sa partnerima, npr. onlajn sastanci pre polaska, zajednički zadaci, eTwinning.',
        'Стандардите за квалитет на Еразмус бараат од организациите да користат дигитални алатки како дополнување на физичката мобилност и за подобра соработка со партнерите, на пр. онлајн средби пред заминувањето, заеднички задачи, eTwinning.',
      ),
      levels: [
        L(
          'Contact with partners and hosts is by e-mail only; there are no online activities for participants.',
          'Kontakti me partnerët dhe pritësit bëhet vetëm me e-mail; nuk ka aktivitete online për pjesëmarrësit.',
          'Kontakt sa partnerima i domaćinima odvija se samo e-poštom; nema onlajn aktivnosti za učesnike.',
          'Контактот со партнерите и домаќините е само по е-пошта; нема онлајн активности за учесниците.',
        ),
        L(
          'An occasional video call with a partner takes place, but learners are not involved.',
          'Herë pas here bëhet një video-thirrje me një partner, por nxënësit nuk përfshihen.',
          'Povremeno se održi video-poziv sa partnerom, ali učenici nisu uključeni.',
          'Повремено се одржува видеоповик со партнер, но учениците не се вклучени.',
        ),
        L(
          'Learners meet hosts or mentors online before departure, but there is no online follow-up.',
          'Nxënësit takohen online me pritësit ose mentorët para nisjes, por nuk ka ndjekje online pas kthimit.',
          'Učenici se pre polaska onlajn sastaju sa domaćinima ili mentorima, ali nema onlajn nastavka posle povratka.',
          'Учениците онлајн се среќаваат со домаќините или менторите пред заминувањето, но нема онлајн продолжување по враќањето.',
        ),
        L(
          'Online preparation, regular check-ins during the placement and online follow-up are standard.',
          'Përgatitja online, kontaktet e rregullta gjatë praktikës dhe ndjekja online pas saj janë standarde.',
          'Onlajn priprema, redovne provere tokom prakse i onlajn nastavak posle nje su standard.',
          'Онлајн подготовката, редовните проверки за време на праксата и онлајн продолжувањето потоа се стандард.',
        ),
        L(
          'Blended activities are planned with partners as part of projects and improved using participants’ feedback.',
          'Aktivitetet e kombinuara planifikohen me partnerët si pjesë e projekteve dhe përmirësohen me mendimin e pjesëmarrësve.',
          'Kombinovane aktivnosti planiraju se sa partnerima kao deo projekata i unapređuju na osnovu povratnih informacija učesnika.',
          'Комбинираните активности се планираат со партнерите како дел од проектите и се подобруваат врз основа на повратните информации од учесниците.',
        ),
      ],
    }),
    scale({
      key: 'digital-learner-competence',
      groups: ['leaders', 'teachers', 'learners', 'company_trainers'],
      text: L(
        'Learners develop and use digital skills for their mobility and placement: documenting their learning, online language learning, a Europass CV and workplace tools.',
        'Nxënësit zhvillojnë dhe përdorin aftësi digjitale për lëvizshmërinë dhe praktikën e tyre: dokumentimin e të nxënit, mësimin online të gjuhës, CV-në Europass dhe mjetet e vendit të punës.',
        'Učenici razvijaju i koriste digitalne veštine za svoju mobilnost i praksu: dokumentovanje učenja, onlajn učenje jezika, Europass CV i alate na radnom mestu.',
        'Учениците развиваат и користат дигитални вештини за својата мобилност и пракса: документирање на учењето, онлајн учење јазици, Europass CV и алатки на работното место.',
      ),
      levels: [
        L(
          'Learners’ digital skills are not considered when preparing mobility.',
          'Aftësitë digjitale të nxënësve nuk merren parasysh gjatë përgatitjes së lëvizshmërisë.',
          'Digitalne veštine učenika ne uzimaju se u obzir pri pripremi mobilnosti.',
          'Дигиталните вештини на учениците не се земаат предвид при подготовката на мобилноста.',
        ),
        L(
          'Some learners make a Europass CV or use online language courses if a teacher suggests it.',
          'Disa nxënës bëjnë CV Europass ose përdorin kurse gjuhe online nëse ua sugjeron një mësues.',
          'Neki učenici prave Europass CV ili koriste onlajn kurseve jezika ako im nastavnik predloži.',
          'Некои ученици прават Europass CV или користат онлајн јазични курсеви ако наставникот им предложи.',
        ),
        L(
          'All participants are shown the key tools during preparation, but their use during the placement is not followed.',
          'Të gjithë pjesëmarrësve u tregohen mjetet kryesore gjatë përgatitjes, por përdorimi i tyre gjatë praktikës nuk ndiqet.',
          'Svim učesnicima se u pripremi pokažu ključni alati, ali se ne prati kako ih koriste tokom prakse.',
          'На сите учесници во подготовката им се покажуваат клучните алатки, но не се следи како ги користат за време на праксата.',
        ),
        L(
          'Learners use digital tools to document and share their learning; company trainers see them in use.',
          'Nxënësit përdorin mjete digjitale për të dokumentuar dhe ndarë atë që mësojnë; trajnerët në kompani i shohin duke i përdorur.',
          'Učenici koriste digitalne alate da dokumentuju i podele ono što su naučili; instruktori u kompanijama vide kako ih koriste.',
          'Учениците користат дигитални алатки за да го документираат и споделат наученото; инструкторите во компаниите гледаат како ги користат.',
        ),
        L(
          'Digital skills from mobility are recognised (e.g. in Europass or the learning agreement) and used in teaching.',
          'Aftësitë digjitale të fituara në lëvizshmëri njihen (p.sh. në Europass ose në marrëveshjen e të nxënit) dhe pasurojnë mësimdhënien.',
          'Digitalne veštine stečene na mobilnosti se priznaju (npr. u Europass-u ili ugovoru o učenju) i koriste se u nastavi.',
          'Дигиталните вештини стекнати на мобилноста се признаваат (на пр. во Europass или во договорот за учење) и се користат во наставата.',
        ),
      ],
    }),
    scale({
      key: 'digital-online-safety',
      groups: [...STAFF, 'learners'],
      text: L(
        'Learners and staff know how to stay safe online during mobility: privacy, social media, scams and where to get help.',
        'Nxënësit dhe stafi dinë si të qëndrojnë të sigurt në internet gjatë lëvizshmërisë: privatësia, rrjetet sociale, mashtrimet dhe ku të kërkojnë ndihmë.',
        'Učenici i zaposleni znaju kako da budu bezbedni na internetu tokom mobilnosti: privatnost, društvene mreže, prevare i gde da potraže pomoć.',
        'Учениците и вработените знаат како да бидат безбедни на интернет за време на мобилноста: приватност, социјални мрежи, измами и каде да побараат помош.',
      ),
      levels: [
        L(
          'Online safety is not mentioned in mobility preparation.',
          'Siguria në internet nuk përmendet në përgatitjen e lëvizshmërisë.',
          'Bezbednost na internetu se ne pominje u pripremi mobilnosti.',
          'Безбедноста на интернет не се спомнува во подготовката на мобилноста.',
        ),
        L(
          'Learners are given general warnings, but no concrete rules or guidance.',
          'Nxënësve u jepen paralajmërime të përgjithshme, por jo rregulla apo udhëzime konkrete.',
          'Učenici dobijaju opšta upozorenja, ali ne i konkretna pravila ili uputstva.',
          'Учениците добиваат општи предупредувања, но не и конкретни правила или упатства.',
        ),
        L(
          'Preparation includes an online safety session, but rules on posting and contact are unclear.',
          'Përgatitja përfshin një seancë për sigurinë në internet, por rregullat për postimet dhe kontaktet janë të paqarta.',
          'Priprema uključuje radionicu o bezbednosti na internetu, ali pravila o objavama i kontaktima nisu jasna.',
          'Подготовката вклучува работилница за безбедност на интернет, но правилата за објави и контакти не се јасни.',
        ),
        L(
          'Clear rules on online behaviour, posting and reporting problems are agreed with learners and followed.',
          'Rregulla të qarta për sjelljen online, postimet dhe raportimin e problemeve dakordësohen me nxënësit dhe zbatohen.',
          'Jasna pravila o ponašanju na internetu, objavama i prijavljivanju problema dogovaraju se sa učenicima i poštuju.',
          'Јасни правила за однесување на интернет, објави и пријавување проблеми се договараат со учениците и се почитуваат.',
        ),
        L(
          'Online safety guidance is updated every year with learners’ input and linked to the safeguarding policy.',
          'Udhëzimet për sigurinë në internet përditësohen çdo vit me kontributin e nxënësve dhe lidhen me politikën e mbrojtjes së të miturve.',
          'Uputstva o bezbednosti na internetu ažuriraju se svake godine uz doprinos učenika i povezana su sa politikom zaštite maloletnika.',
          'Упатствата за безбедност на интернет секоја година се ажурираат со придонес од учениците и се поврзани со политиката за заштита на малолетници.',
        ),
      ],
    }),
  ],
}

const dissemination: Section = {
  key: 'dissemination',
  title: L(
    'Dissemination and visibility',
    'Shpërndarja e rezultateve dhe dukshmëria',
    'Diseminacija i vidljivost',
    'Дисеминација и видливост',
  ),
  description: L(
    'How the school shares what it learns from international activities, inside the school and beyond, and makes EU funding visible.',
    'Si i ndan shkolla ato që mëson nga aktivitetet ndërkombëtare, brenda shkollës dhe jashtë saj, dhe si e bën të dukshëm financimin e BE-së.',
    'Kako škola deli ono što nauči kroz međunarodne aktivnosti, unutar škole i van nje, i kako čini vidljivim finansiranje EU.',
    'Како училиштето го споделува она што го научило од меѓународните активности, во училиштето и надвор од него, и како го прави видливо финансирањето од ЕУ.',
  ),
  questions: [
    scale({
      key: 'dissemination-plan',
      groups: STAFF,
      text: L(
        'We have a dissemination plan for each project, saying what we share, with whom, when, through which channels and who is responsible.',
        'Kemi një plan për shpërndarjen e rezultateve për çdo projekt, që përcakton çfarë ndajmë, me kë, kur, përmes cilave kanale dhe kush është përgjegjës.',
        'Za svaki projekat imamo plan diseminacije koji određuje šta delimo, sa kim, kada, kojim kanalima i ko je odgovoran.',
        'За секој проект имаме план за дисеминација што определува што споделуваме, со кого, кога, преку кои канали и кој е одговорен.',
      ),
      levels: [
        L(
          'Results are shared only if someone happens to do it; there is no plan.',
          'Rezultatet ndahen vetëm nëse dikush rastësisht e bën; nuk ka plan.',
          'Rezultati se dele samo ako se neko slučajno toga prihvati; plana nema.',
          'Резултатите се споделуваат само ако некој случајно се зафати со тоа; нема план.',
        ),
        L(
          'The application lists dissemination activities, but they are not followed after approval.',
          'Aplikimi rendit aktivitete shpërndarjeje, por ato nuk ndiqen pas miratimit.',
          'Prijava navodi aktivnosti diseminacije, ali se one posle odobrenja ne prate.',
          'Апликацијата наведува активности за дисеминација, но тие не се следат по одобрувањето.',
        ),
        L(
          'A plan with tasks and dates exists, but is carried out only in part.',
          'Ekziston një plan me detyra dhe data, por zbatohet vetëm pjesërisht.',
          'Postoji plan sa zadacima i rokovima, ali se sprovodi samo delimično.',
          'Постои план со задачи и рокови, но се спроведува само делумно.',
        ),
        L(
          'The plan is carried out and tracked; each activity has a responsible person and a target group.',
          'Plani zbatohet dhe ndiqet; çdo aktivitet ka një person përgjegjës dhe një grup të synuar.',
          'Plan se sprovodi i prati; svaka aktivnost ima odgovornu osobu i ciljnu grupu.',
          'Планот се спроведува и следи; секоја активност има одговорно лице и целна група.',
        ),
        L(
          'We measure the reach of dissemination and use it to improve the next plan.',
          'Matim shtrirjen e shpërndarjes dhe e përdorim për të përmirësuar planin e ardhshëm.',
          'Merimo domet diseminacije i koristimo to za poboljšanje sledećeg plana.',
          'Го мериме дометот на дисеминацијата и го користиме за подобрување на следниот план.',
        ),
      ],
    }),
    scale({
      key: 'dissemination-internal',
      groups: [...STAFF, 'learners'],
      text: L(
        'Results and experiences of mobility are shared inside the school, and returning participants act as ambassadors for future ones.',
        'Rezultatet dhe përvojat e lëvizshmërisë ndahen brenda shkollës, dhe pjesëmarrësit që kthehen bëhen ambasadorë për ata që do të shkojnë.',
        'Rezultati i iskustva sa mobilnosti dele se unutar škole, a učesnici po povratku postaju ambasadori za buduće učesnike.',
        'Резултатите и искуствата од мобилноста се споделуваат во училиштето, а учесниците по враќањето стануваат амбасадори за идните учесници.',
      ),
      levels: [
        L(
          'Participants return and nothing is shared with colleagues or classmates.',
          'Pjesëmarrësit kthehen dhe asgjë nuk ndahet me kolegët apo shokët e klasës.',
          'Učesnici se vrate i ništa se ne podeli sa kolegama ili drugovima iz odeljenja.',
          'Учесниците се враќаат и ништо не се споделува со колегите или соучениците.',
        ),
        L(
          'Some participants talk about their experience informally, or a photo is posted.',
          'Disa pjesëmarrës flasin për përvojën e tyre në mënyrë joformale, ose postohet një foto.',
          'Neki učesnici neformalno pričaju o svom iskustvu ili se objavi fotografija.',
          'Некои учесници неформално раскажуваат за своето искуство или се објавува фотографија.',
        ),
        L(
          'Participants present at a staff meeting or in class, but not after every mobility.',
          'Pjesëmarrësit prezantojnë në një mbledhje të stafit ose në klasë, por jo pas çdo lëvizshmërie.',
          'Učesnici predstavljaju iskustva na sastanku nastavničkog veća ili na času, ali ne posle svake mobilnosti.',
          'Учесниците презентираат на наставнички совет или на час, но не по секоја мобилност.',
        ),
        L(
          'Every mobility ends with presentations to staff and learners; alumni help inform and prepare new participants.',
          'Çdo lëvizshmëri përfundon me prezantime për stafin dhe nxënësit; ish-pjesëmarrësit ndihmojnë në informimin dhe përgatitjen e të rinjve.',
          'Svaka mobilnost završava se prezentacijama za zaposlene i učenike; bivši učesnici pomažu u informisanju i pripremi novih.',
          'Секоја мобилност завршува со презентации за вработените и учениците; поранешните учесници помагаат во информирањето и подготовката на новите.',
        ),
        L(
          'An active alumni group exists, and lessons from mobility lead to changes in teaching or school practice.',
          'Ekziston një grup aktiv ish-pjesëmarrësish dhe mësimet nga lëvizshmëria çojnë në ndryshime në mësimdhënie ose në praktikën e shkollës.',
          'Postoji aktivna grupa bivših učesnika, a pouke sa mobilnosti dovode do promena u nastavi ili radu škole.',
          'Постои активна група поранешни учесници, а поуките од мобилноста водат кон промени во наставата или работата на училиштето.',
        ),
      ],
    }),
    scale({
      key: 'dissemination-external',
      groups: [...MGMT, 'company_trainers', 'partners'],
      text: L(
        'Together with our partners, we share results with employers, the local community, authorities and other VET schools.',
        'Së bashku me partnerët tanë, i ndajmë rezultatet me punëdhënësit, komunitetin vendor, autoritetet dhe shkolla të tjera profesionale.',
        'Zajedno sa partnerima, rezultate delimo sa poslodavcima, lokalnom zajednicom, nadležnim organima i drugim stručnim školama.',
        'Заедно со партнерите, резултатите ги споделуваме со работодавачите, локалната заедница, надлежните институции и другите стручни училишта.',
      ),
      levels: [
        L(
          'Results stay inside the school; employers and authorities do not hear about them.',
          'Rezultatet mbeten brenda shkollës; punëdhënësit dhe autoritetet nuk marrin vesh për to.',
          'Rezultati ostaju u školi; poslodavci i nadležni organi ne saznaju za njih.',
          'Резултатите остануваат во училиштето; работодавачите и институциите не дознаваат за нив.',
        ),
        L(
          'Results are mentioned occasionally, e.g. at a school event or in a local news item.',
          'Rezultatet përmenden herë pas here, p.sh. në një aktivitet të shkollës ose në një lajm vendor.',
          'Rezultati se povremeno pomenu, npr. na školskoj priredbi ili u lokalnoj vesti.',
          'Резултатите повремено се спомнуваат, на пр. на училишен настан или во локална вест.',
        ),
        L(
          'Results are presented to some employers or authorities, but not with partners or in a planned way.',
          'Rezultatet u prezantohen disa punëdhënësve ose autoriteteve, por jo me partnerët apo në mënyrë të planifikuar.',
          'Rezultati se predstavljaju nekim poslodavcima ili organima, ali ne zajedno sa partnerima niti planski.',
          'Резултатите им се претставуваат на некои работодавачи или институции, но не заедно со партнерите ниту планирано.',
        ),
        L(
          'Host and local companies, authorities and partners regularly receive results and help share them.',
          'Kompanitë pritëse dhe vendore, autoritetet dhe partnerët marrin rregullisht rezultatet dhe ndihmojnë në shpërndarjen e tyre.',
          'Kompanije domaćini i lokalne kompanije, nadležni organi i partneri redovno dobijaju rezultate i pomažu da se šire.',
          'Компаниите домаќини и локалните компании, институциите и партнерите редовно ги добиваат резултатите и помагаат тие да се шират.',
        ),
        L(
          'Results feed into local dialogue on skills (e.g. with chambers of commerce) and lead to new cooperation.',
          'Rezultatet kontribuojnë në dialogun vendor për aftësitë (p.sh. me dhomat e tregtisë) dhe çojnë në bashkëpunime të reja.',
          'Rezultati doprinose lokalnom dijalogu o veštinama (npr. sa privrednim komorama) i vode ka novoj saradnji.',
          'Резултатите придонесуваат за локалниот дијалог за вештини (на пр. со стопанските комори) и водат кон нова соработка.',
        ),
      ],
    }),
    scale({
      key: 'dissemination-eu-visibility',
      groups: MGMT,
      text: L(
        'We follow the EU visibility rules and publish project results on the Erasmus+ Project Results Platform.',
        'Ndjekim rregullat e BE-së për dukshmërinë dhe publikojmë rezultatet e projekteve në Platformën e Rezultateve të Projekteve Erasmus+.',
        'Poštujemo pravila EU o vidljivosti i objavljujemo rezultate projekata na Platformi za rezultate projekata Erasmus+.',
        'Ги почитуваме правилата на ЕУ за видливост и ги објавуваме резултатите од проектите на Платформата за резултати од проекти на Еразмус+.',
      ),
      help: L(
        'The EU emblem with the funding statement on materials, events and websites; a short project summary and results uploaded where the grant requires it.',
        'Emblema e BE-së me deklaratën e financimit në materiale, aktivitete dhe faqe interneti; një përmbledhje e shkurtër e projektit dhe rezultatet ngarkohen aty ku e kërkon granti.',
        'Amblem EU sa izjavom o finansiranju na materijalima, događajima i veb-sajtovima; kratak opis projekta i rezultati postavljaju se tamo gde to ugovor o grantu zahteva.',
        'Амблемот на ЕУ со изјавата за финансирање на материјали, настани и веб-страници; краток опис на проектот и резултатите се поставуваат таму каде што тоа го бара договорот за грант.',
      ),
      levels: [
        L(
          'EU funding is not mentioned on materials or in communication.',
          'Financimi i BE-së nuk përmendet në materiale apo në komunikim.',
          'Finansiranje EU se ne pominje na materijalima niti u komunikaciji.',
          'Финансирањето од ЕУ не се спомнува на материјалите ниту во комуникацијата.',
        ),
        L(
          'The EU emblem is used sometimes, but not always correctly or with the funding statement.',
          'Emblema e BE-së përdoret ndonjëherë, por jo gjithmonë saktë ose me deklaratën e financimit.',
          'Amblem EU se ponekad koristi, ali ne uvek ispravno ili sa izjavom o finansiranju.',
          'Амблемот на ЕУ понекогаш се користи, но не секогаш правилно или со изјавата за финансирање.',
        ),
        L(
          'Visibility rules are followed on most materials, but results are not published on the platform.',
          'Rregullat e dukshmërisë ndiqen në shumicën e materialeve, por rezultatet nuk publikohen në platformë.',
          'Pravila o vidljivosti poštuju se na većini materijala, ali rezultati se ne objavljuju na platformi.',
          'Правилата за видливост се почитуваат на повеќето материјали, но резултатите не се објавуваат на платформата.',
        ),
        L(
          'All materials follow the rules, and project results are published on the platform on time.',
          'Të gjitha materialet i ndjekin rregullat dhe rezultatet e projekteve publikohen në platformë në kohë.',
          'Svi materijali poštuju pravila, a rezultati projekata se blagovremeno objavljuju na platformi.',
          'Сите материјали ги почитуваат правилата, а резултатите од проектите навремено се објавуваат на платформата.',
        ),
        L(
          'Visibility is checked before anything is published, and platform entries are kept up to date and shared.',
          'Dukshmëria kontrollohet para çdo publikimi, dhe të dhënat në platformë mbahen të përditësuara dhe shpërndahen.',
          'Vidljivost se proverava pre svake objave, a unosi na platformi se redovno ažuriraju i dele.',
          'Видливоста се проверува пред секое објавување, а записите на платформата редовно се ажурираат и споделуваат.',
        ),
      ],
    }),
    scale({
      key: 'dissemination-channels',
      groups: [...MGMT, 'learners', 'partners'],
      text: L(
        'Our website and social media regularly show our international activities, in the local language and at least one foreign language.',
        'Faqja jonë e internetit dhe rrjetet sociale tregojnë rregullisht aktivitetet tona ndërkombëtare, në gjuhën vendase dhe të paktën në një gjuhë të huaj.',
        'Naš veb-sajt i društvene mreže redovno prikazuju naše međunarodne aktivnosti, na lokalnom jeziku i na najmanje jednom stranom jeziku.',
        'Нашата веб-страница и социјалните мрежи редовно ги прикажуваат нашите меѓународни активности, на локалниот јазик и на најмалку еден странски јазик.',
      ),
      levels: [
        L(
          'International activities do not appear on the website or social media.',
          'Aktivitetet ndërkombëtare nuk shfaqen në faqen e internetit apo në rrjetet sociale.',
          'Međunarodne aktivnosti se ne pojavljuju na veb-sajtu ni na društvenim mrežama.',
          'Меѓународните активности не се појавуваат на веб-страницата ниту на социјалните мрежи.',
        ),
        L(
          'Occasional posts in the local language only, with no one responsible.',
          'Postime të rastësishme vetëm në gjuhën vendase, pa një person përgjegjës.',
          'Povremene objave samo na lokalnom jeziku, bez odgovorne osobe.',
          'Повремени објави само на локалниот јазик, без одговорно лице.',
        ),
        L(
          'Posts are regular, but partners cannot read them or the website is out of date.',
          'Postimet janë të rregullta, por partnerët nuk mund t’i lexojnë ose faqja e internetit nuk është e përditësuar.',
          'Objave su redovne, ali partneri ne mogu da ih pročitaju ili veb-sajt nije ažuran.',
          'Објавите се редовни, но партнерите не можат да ги прочитаат или веб-страницата не е ажурирана.',
        ),
        L(
          'An up-to-date international page and regular posts in two or more languages; partners are tagged and shared.',
          'Një faqe e përditësuar për aktivitetet ndërkombëtare dhe postime të rregullta në dy ose më shumë gjuhë; partnerët etiketohen dhe postimet e tyre ndahen.',
          'Ažurna stranica o međunarodnoj saradnji i redovne objave na dva ili više jezika; partneri se označavaju, a njihove objave dele.',
          'Ажурирана страница за меѓународна соработка и редовни објави на два или повеќе јазици; партнерите се означуваат, а нивните објави се споделуваат.',
        ),
        L(
          'Content is planned with partners and learners, reach is tracked, and the approach is improved every year.',
          'Përmbajtja planifikohet me partnerët dhe nxënësit, shtrirja ndiqet dhe qasja përmirësohet çdo vit.',
          'Sadržaj se planira sa partnerima i učenicima, domet se prati, a pristup se svake godine unapređuje.',
          'Содржината се планира со партнерите и учениците, дометот се следи, а пристапот секоја година се подобрува.',
        ),
      ],
    }),
  ],
}

const finance: Section = {
  key: 'finance',
  title: L(
    'Finance and fundraising',
    'Financat dhe mbledhja e fondeve',
    'Finansije i prikupljanje sredstava',
    'Финансии и прибирање средства',
  ),
  description: L(
    'How the school manages grants, finds co-financing and new funding, and keeps international activities going after a grant ends.',
    'Si i menaxhon shkolla grantet, si gjen bashkëfinancim dhe fonde të reja, dhe si i vazhdon aktivitetet ndërkombëtare pas përfundimit të një granti.',
    'Kako škola upravlja grantovima, pronalazi sufinansiranje i nove izvore sredstava i kako nastavlja međunarodne aktivnosti posle završetka granta.',
    'Како училиштето управува со грантовите, наоѓа кофинансирање и нови извори на средства и како ги продолжува меѓународните активности по завршувањето на грантот.',
  ),
  questions: [
    scale({
      key: 'finance-budget',
      groups: MGMT,
      text: L(
        'The grant budget is managed separately, spending is tracked against the budget, and every cost has supporting documents.',
        'Buxheti i grantit menaxhohet veçmas, shpenzimet ndiqen kundrejt buxhetit dhe çdo kosto ka dokumente mbështetëse.',
        'Budžetom granta upravlja se odvojeno, troškovi se prate u odnosu na budžet i za svaki trošak postoje prateći dokumenti.',
        'Со буџетот на грантот се управува одделно, трошењето се следи во однос на буџетот и за секој трошок постојат придружни документи.',
      ),
      help: L(
        'E.g. a separate cost centre or account, a budget sheet updated monthly, signed attendance lists and certificates of attendance for unit costs.',
        'P.sh. një qendër kostoje ose llogari më vete, një tabelë buxheti e përditësuar çdo muaj, lista prezence të nënshkruara dhe vërtetime pjesëmarrjeje për kostot njësi.',
        'Npr. posebno mesto troška ili račun, tabela budžeta koja se ažurira mesečno, potpisane liste prisustva i potvrde o učešću za jedinične troškove.',
        'На пр. посебно место на трошок или сметка, табела за буџетот што се ажурира месечно, потпишани листи на присуство и потврди за учество за единечните трошоци.',
      ),
      levels: [
        L(
          'Grant money is mixed with the school budget; nobody knows exactly how much is left.',
          'Paratë e grantit përzihen me buxhetin e shkollës; askush nuk e di saktësisht sa ka mbetur.',
          'Novac granta meša se sa budžetom škole; niko ne zna tačno koliko je ostalo.',
          'Парите од грантот се мешаат со буџетот на училиштето; никој не знае точно колку останало.',
        ),
        L(
          'The accountant tracks payments, but the project team has no overview and documents are scattered.',
          'Llogaritari ndjek pagesat, por ekipi i projektit nuk ka pasqyrë dhe dokumentet janë të shpërndara.',
          'Računovođa prati isplate, ali projektni tim nema pregled, a dokumenti su razbacani.',
          'Сметководителот ги следи плаќањата, но проектниот тим нема преглед, а документите се расфрлани.',
        ),
        L(
          'A budget sheet and a document file exist, but they are updated irregularly.',
          'Ekzistojnë një tabelë buxheti dhe një dosje dokumentesh, por përditësohen në mënyrë të parregullt.',
          'Postoje tabela budžeta i fascikla sa dokumentima, ali se neredovno ažuriraju.',
          'Постојат табела за буџетот и папка со документи, но нередовно се ажурираат.',
        ),
        L(
          'Budget and documents are updated monthly and checked by both the project team and the accountant.',
          'Buxheti dhe dokumentet përditësohen çdo muaj dhe kontrollohen si nga ekipi i projektit, ashtu edhe nga llogaritari.',
          'Budžet i dokumenti se ažuriraju mesečno i proveravaju ih i projektni tim i računovođa.',
          'Буџетот и документите се ажурираат месечно и ги проверуваат и проектниот тим и сметководителот.',
        ),
        L(
          'Internal checks or audits confirm the records are complete, and findings improve our procedures.',
          'Kontrollet e brendshme ose auditimet konfirmojnë se të dhënat janë të plota dhe gjetjet përmirësojnë procedurat tona.',
          'Interne provere ili revizije potvrđuju da je evidencija potpuna, a nalazi unapređuju naše procedure.',
          'Внатрешните проверки или ревизии потврдуваат дека евиденцијата е целосна, а наодите ги подобруваат нашите постапки.',
        ),
      ],
    }),
    scale({
      key: 'finance-reporting',
      groups: [...MGMT, 'partners'],
      text: L(
        'We submit financial and narrative reports on time and make agreed payments to partners on time.',
        'I dorëzojmë raportet financiare dhe përshkruese në kohë dhe i kryejmë në kohë pagesat e dakordësuara me partnerët.',
        'Finansijske i narativne izveštaje predajemo na vreme i na vreme izmirujemo dogovorena plaćanja partnerima.',
        'Финансиските и наративните извештаи ги доставуваме навреме и навреме ги подмируваме договорените плаќања кон партнерите.',
      ),
      levels: [
        L(
          'Reports are late or incomplete, and partners wait a long time for payments.',
          'Raportet vonohen ose janë të paplota, dhe partnerët presin gjatë për pagesat.',
          'Izveštaji kasne ili su nepotpuni, a partneri dugo čekaju na isplate.',
          'Извештаите доцнат или се нецелосни, а партнерите долго чекаат на плаќањата.',
        ),
        L(
          'Reports are submitted, but prepared at the last minute and often need corrections.',
          'Raportet dorëzohen, por përgatiten në minutën e fundit dhe shpesh kanë nevojë për korrigjime.',
          'Izveštaji se predaju, ali se pripremaju u poslednjem trenutku i često zahtevaju ispravke.',
          'Извештаите се доставуваат, но се подготвуваат во последен момент и често бараат исправки.',
        ),
        L(
          'Deadlines are known and met, but collecting documents from partners causes delays.',
          'Afatet njihen dhe respektohen, por mbledhja e dokumenteve nga partnerët shkakton vonesa.',
          'Rokovi su poznati i poštuju se, ali prikupljanje dokumenata od partnera izaziva kašnjenja.',
          'Роковите се познати и се почитуваат, но собирањето документи од партнерите предизвикува доцнења.',
        ),
        L(
          'A reporting calendar is shared with partners; reports and payments are on time and rarely need corrections.',
          'Një kalendar raportimi ndahet me partnerët; raportet dhe pagesat janë në kohë dhe rrallë kanë nevojë për korrigjime.',
          'Kalendar izveštavanja deli se sa partnerima; izveštaji i plaćanja su na vreme i retko zahtevaju ispravke.',
          'Календарот за известување се споделува со партнерите; извештаите и плаќањата се навремени и ретко бараат исправки.',
        ),
        L(
          'Feedback from the funder and partners improves our reporting, and the final report is built up as we go.',
          'Komentet e financuesit dhe të partnerëve përmirësojnë raportimin tonë, dhe raporti përfundimtar ndërtohet gjatë punës.',
          'Povratne informacije finansijera i partnera unapređuju naše izveštavanje, a završni izveštaj se gradi tokom rada.',
          'Повратните информации од финансиерот и партнерите го подобруваат нашето известување, а завршниот извештај се гради во текот на работата.',
        ),
      ],
    }),
    scale({
      key: 'finance-cofinancing',
      groups: MGMT,
      text: L(
        'We secure co-financing or in-kind contributions where a grant requires it or does not cover all costs.',
        'Sigurojmë bashkëfinancim ose kontribute në natyrë kur granti e kërkon ose kur nuk i mbulon të gjitha kostot.',
        'Obezbeđujemo sufinansiranje ili doprinose u naturi kada grant to zahteva ili ne pokriva sve troškove.',
        'Обезбедуваме кофинансирање или придонеси во натура кога грантот го бара тоа или не ги покрива сите трошоци.',
      ),
      help: L(
        'From the school budget, the municipality or ministry, companies (e.g. free meals or transport during the placement) or local donors.',
        'Nga buxheti i shkollës, bashkia/komuna ose ministria, kompanitë (p.sh. ushqim ose transport falas gjatë praktikës) ose donatorë vendorë.',
        'Iz budžeta škole, od opštine ili ministarstva, kompanija (npr. besplatni obroci ili prevoz tokom prakse) ili lokalnih donatora.',
        'Од буџетот на училиштето, општината или министерството, компаниите (на пр. бесплатни оброци или превоз за време на праксата) или локалните донатори.',
      ),
      levels: [
        L(
          'We cannot provide co-financing and avoid calls that require it.',
          'Nuk mund të sigurojmë bashkëfinancim dhe shmangim thirrjet që e kërkojnë.',
          'Ne možemo da obezbedimo sufinansiranje i izbegavamo konkurse koji ga zahtevaju.',
          'Не можеме да обезбедиме кофинансирање и ги избегнуваме повиците што го бараат.',
        ),
        L(
          'Co-financing is found case by case, often late and with uncertainty.',
          'Bashkëfinancimi gjendet rast pas rasti, shpesh me vonesë dhe me pasiguri.',
          'Sufinansiranje se pronalazi od slučaja do slučaja, često kasno i uz neizvesnost.',
          'Кофинансирањето се наоѓа од случај до случај, често доцна и со неизвесност.',
        ),
        L(
          'The school commits co-financing in advance, but in-kind contributions are not recorded or valued.',
          'Shkolla angazhohet paraprakisht për bashkëfinancim, por kontributet në natyrë nuk regjistrohen apo vlerësohen.',
          'Škola se unapred obavezuje na sufinansiranje, ali se doprinosi u naturi ne evidentiraju niti vrednuju.',
          'Училиштето однапред се обврзува на кофинансирање, но придонесите во натура не се евидентираат ниту вреднуваат.',
        ),
        L(
          'Co-financing is planned in the school budget, and in-kind contributions from companies are documented.',
          'Bashkëfinancimi planifikohet në buxhetin e shkollës dhe kontributet në natyrë nga kompanitë dokumentohen.',
          'Sufinansiranje se planira u budžetu škole, a doprinosi kompanija u naturi se dokumentuju.',
          'Кофинансирањето се планира во буџетот на училиштето, а придонесите во натура од компаниите се документираат.',
        ),
        L(
          'Several co-financing sources are agreed for years ahead (e.g. with the municipality) and reviewed every year.',
          'Disa burime bashkëfinancimi janë dakordësuar për vitet në vijim (p.sh. me bashkinë/komunën) dhe rishikohen çdo vit.',
          'Više izvora sufinansiranja dogovoreno je za naredne godine (npr. sa opštinom) i preispituje se svake godine.',
          'Повеќе извори на кофинансирање се договорени за наредните години (на пр. со општината) и се преиспитуваат секоја година.',
        ),
      ],
    }),
    scale({
      key: 'finance-opportunities',
      groups: STAFF,
      text: L(
        'We know and follow funding opportunities beyond Erasmus+, such as IPA, Interreg, national programmes, foundations and donors.',
        'Njohim dhe ndjekim mundësitë e financimit përtej Erasmus+, si IPA, Interreg, programet kombëtare, fondacionet dhe donatorët.',
        'Poznajemo i pratimo mogućnosti finansiranja van programa Erasmus+, kao što su IPA, Interreg, nacionalni programi, fondacije i donatori.',
        'Ги познаваме и следиме можностите за финансирање надвор од Еразмус+, како што се ИПА, Интеррег, националните програми, фондациите и донаторите.',
      ),
      levels: [
        L(
          'We know only Erasmus+, or no funding programme at all.',
          'Njohim vetëm Erasmus+, ose asnjë program financimi.',
          'Poznajemo samo Erasmus+ ili nijedan program finansiranja.',
          'Го познаваме само Еразмус+ или ниту една програма за финансирање.',
        ),
        L(
          'We hear about other calls by chance, often too late to apply.',
          'Për thirrje të tjera mësojmë rastësisht, shpesh shumë vonë për të aplikuar.',
          'Za druge konkurse saznajemo slučajno, često prekasno za prijavu.',
          'За други повици дознаваме случајно, често предоцна за пријавување.',
        ),
        L(
          'Someone follows a few newsletters or websites, but the information is not shared or discussed.',
          'Dikush ndjek disa buletine ose faqe interneti, por informacioni nuk ndahet apo diskutohet.',
          'Neko prati nekoliko biltena ili veb-sajtova, ali se informacije ne dele niti se o njima razgovara.',
          'Некој следи неколку билтени или веб-страници, но информациите не се споделуваат ниту се дискутираат.',
        ),
        L(
          'A named person monitors calls and shares a regular overview; management decides which ones to pursue.',
          'Një person i caktuar ndjek thirrjet dhe ndan rregullisht një pasqyrë; drejtimi vendos për cilat të aplikohet.',
          'Imenovana osoba prati konkurse i redovno deli pregled; rukovodstvo odlučuje na koje se ide.',
          'Определено лице ги следи повиците и редовно споделува преглед; раководството одлучува на кои ќе се аплицира.',
        ),
        L(
          'A funding map linked to our strategy is updated every year, and we use networks to find partners for calls.',
          'Një hartë e burimeve të financimit e lidhur me strategjinë tonë përditësohet çdo vit, dhe përdorim rrjetet për të gjetur partnerë për thirrjet.',
          'Mapa izvora finansiranja povezana sa našom strategijom ažurira se svake godine, a mreže koristimo da nađemo partnere za konkurse.',
          'Мапата на извори на финансирање поврзана со нашата стратегија се ажурира секоја година, а мрежите ги користиме за наоѓање партнери за повиците.',
        ),
      ],
    }),
    scale({
      key: 'finance-applications',
      groups: STAFF,
      text: L(
        'We can write good funding applications as a team, with clear objectives, a realistic budget and a work plan.',
        'Mund të shkruajmë si ekip aplikime të mira për financim, me objektiva të qarta, buxhet realist dhe plan pune.',
        'Umemo timski da napišemo dobre prijave za finansiranje, sa jasnim ciljevima, realnim budžetom i planom rada.',
        'Умееме тимски да напишеме добри апликации за финансирање, со јасни цели, реален буџет и работен план.',
      ),
      levels: [
        L(
          'We have never written an application ourselves, or depend fully on an outside consultant.',
          'Nuk kemi shkruar kurrë vetë një aplikim, ose varemi plotësisht nga një konsulent i jashtëm.',
          'Nikada nismo sami napisali prijavu ili u potpunosti zavisimo od spoljnog konsultanta.',
          'Никогаш не сме напишале апликација сами или целосно зависиме од надворешен консултант.',
        ),
        L(
          'One person writes applications alone, with little input from colleagues.',
          'Një person i shkruan aplikimet i vetëm, me pak kontribut nga kolegët.',
          'Jedna osoba sama piše prijave, uz mali doprinos kolega.',
          'Едно лице само ги пишува апликациите, со мал придонес од колегите.',
        ),
        L(
          'A small team writes applications, but evaluators’ comments show recurring weaknesses.',
          'Një ekip i vogël i shkruan aplikimet, por komentet e vlerësuesve tregojnë dobësi që përsëriten.',
          'Mali tim piše prijave, ali komentari ocenjivača pokazuju slabosti koje se ponavljaju.',
          'Мал тим ги пишува апликациите, но коментарите на оценувачите покажуваат слабости што се повторуваат.',
        ),
        L(
          'A team with clear roles writes applications; most are approved or score well.',
          'Një ekip me role të qarta i shkruan aplikimet; shumica miratohen ose marrin pikë të larta.',
          'Tim sa jasnim ulogama piše prijave; većina se odobri ili dobije visoke ocene.',
          'Тим со јасни улоги ги пишува апликациите; повеќето се одобруваат или добиваат високи оценки.',
        ),
        L(
          'We learn from every evaluation, keep reusable texts and train new colleagues in writing applications.',
          'Mësojmë nga çdo vlerësim, ruajmë tekste që mund të ripërdoren dhe trajnojmë kolegë të rinj për shkrimin e aplikimeve.',
          'Učimo iz svake ocene, čuvamo tekstove koji se mogu ponovo koristiti i obučavamo nove kolege za pisanje prijava.',
          'Учиме од секое оценување, чуваме текстови што може повторно да се користат и обучуваме нови колеги за пишување апликации.',
        ),
      ],
    }),
    scale({
      key: 'finance-sustainability',
      groups: STAFF,
      text: L(
        'We plan how to keep valuable activities, partnerships and results going after the grant ends.',
        'Planifikojmë si t’i vazhdojmë aktivitetet, partneritetet dhe rezultatet e vlefshme pas përfundimit të grantit.',
        'Planiramo kako da vredne aktivnosti, partnerstva i rezultati opstanu i posle završetka granta.',
        'Планираме како вредните активности, партнерства и резултати да продолжат и по завршувањето на грантот.',
      ),
      levels: [
        L(
          'Activities stop when the grant ends.',
          'Aktivitetet ndalojnë kur përfundon granti.',
          'Aktivnosti prestaju kada se grant završi.',
          'Активностите престануваат кога ќе заврши грантот.',
        ),
        L(
          'Some contacts or materials remain, but nobody is responsible for keeping them alive.',
          'Mbeten disa kontakte ose materiale, por askush nuk është përgjegjës për t’i mbajtur gjallë.',
          'Ostaju neki kontakti ili materijali, ali niko nije zadužen da ih održava.',
          'Остануваат некои контакти или материјали, но никој не е задолжен да ги одржува.',
        ),
        L(
          'Sustainability is described in applications, but not followed up after the project.',
          'Qëndrueshmëria përshkruhet në aplikime, por nuk ndiqet pas projektit.',
          'Održivost je opisana u prijavama, ali se posle projekta ne prati.',
          'Одржливоста е опишана во апликациите, но по проектот не се следи.',
        ),
        L(
          'Results are built into curricula or school routines, and partnerships continue with own or new funds.',
          'Rezultatet përfshihen në kurrikula ose në punën e përditshme të shkollës, dhe partneritetet vazhdojnë me fonde të veta ose të reja.',
          'Rezultati se ugrađuju u nastavne planove ili redovan rad škole, a partnerstva se nastavljaju sopstvenim ili novim sredstvima.',
          'Резултатите се вградуваат во наставните програми или редовната работа на училиштето, а партнерствата продолжуваат со сопствени или нови средства.',
        ),
        L(
          'Sustainability is reviewed a year after each project, and the lessons shape the next applications.',
          'Qëndrueshmëria rishikohet një vit pas çdo projekti dhe mësimet e nxjerra formësojnë aplikimet e ardhshme.',
          'Održivost se preispituje godinu dana posle svakog projekta, a pouke oblikuju naredne prijave.',
          'Одржливоста се преиспитува една година по секој проект, а поуките ги обликуваат следните апликации.',
        ),
      ],
    }),
  ],
}

export const AREAS_B: Section[] = [inclusion, safeguarding, digital, dissemination, finance]
