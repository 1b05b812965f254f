# Cymraeg (Welsh): translated from en-GB.ftl, message for message. Translators change only the text.

## Everywhere

skip-link = Neidio i'r prif gynnwys
service-navigation-label = Gwybodaeth am y gwasanaeth
menu-label = Dewislen
your-plans = Eich cynlluniau
back = Yn ôl
continue = Parhau
save-and-continue = Cadw a pharhau
change = Newid
remove = Dileu
cancel = Canslo
choose = Dewis
yes = Ie
no = Na
warning = Rhybudd
banner-important = Pwysig
banner-success = Llwyddiant
the-person = y person
not-given = Heb ei roi eto
one-a-line = Ysgrifennwch un ar bob llinell.
choose-all-that-apply = Dewiswch bob un sy'n berthnasol.
currency-symbol = £
hours = oriau
minutes = munudau
go-to-your-plans = Mynd i'ch cynlluniau
error-prefix = Gwall:
error-summary-title = Mae problem wedi codi
error-amount = Rhowch swm o arian, fel 12.50
error-date = Rhowch ddyddiad go iawn, fel 27 3 2027
error-whole-number = Rhowch rif cyfan o 0 i { $max }
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
date-hint = Er enghraifft, 27 3 2027
amount-a-week = { $amount } yr wythnos
amount-a-year = { $amount } y flwyddyn
amount-week-and-year = { $weekly } yr wythnos ({ $yearly } y flwyddyn)

privacy-heading = Eich preifatrwydd
privacy-promise = Mae popeth rydych chi'n ei nodi yn aros ar y ddyfais hon. Ni fydd dim yn cael ei anfon at { $council } nac at unrhyw un arall oni bai eich bod chi'n allforio eich cynllun ac yn ei anfon eich hun.
help-heading = Cael help
help-phone = Ffôn:{" "}
help-hours = {" "}({ $hours })
help-email = E-bost:{" "}

storage-unavailable = Nid yw'r porwr hwn yn cadw'r hyn rydych chi'n ei nodi ar y ddyfais hon
storage-unavailable-advice = Efallai mai gosodiadau preifatrwydd y porwr sy'n gyfrifol am hyn. Gallwch chi wneud cynllun nawr o hyd, ond bydd yn cael ei golli pan fyddwch chi'n cau'r dudalen hon oni bai eich bod chi'n ei lawrlwytho.
storage-full = Nid oes lle ar ôl ar y ddyfais hon i gadw eich cynllun
storage-full-advice = Mae'r hyn rydych chi wedi'i nodi ar y dudalen hon o hyd, ond bydd yn cael ei golli pan fyddwch chi'n cau'r dudalen. Lawrlwythwch eich cynlluniau nawr, yna dilëwch y cynlluniau nad oes eu hangen arnoch chi mwyach er mwyn gwneud lle.
storage-failed = Nid oedd modd cadw eich cynllun ar y ddyfais hon
storage-failed-advice = Mae'r hyn rydych chi wedi'i nodi ar y dudalen hon o hyd, ond bydd yn cael ei golli pan fyddwch chi'n cau'r dudalen oni bai eich bod chi'n lawrlwytho eich cynlluniau.
storage-download = Lawrlwytho eich cynlluniau
storage-record-unreadable = Nid oedd modd darllen rhywbeth sy'n cael ei gadw ar y ddyfais hon. Mae wedi cael ei adael fel y mae; mae'r rhestr o'ch cynlluniau yn dweud beth i'w wneud ag ef.
storage-lock-changed = Cafodd y clo cyfrinymadrodd ei newid mewn tab neu ffenestr arall. Ail-lwythwch y dudalen a rhowch gynnig arall arni.
storage-conflict = Cafodd hwn ei newid mewn tab neu ffenestr arall ar yr un pryd. Ail-lwythwch y dudalen a rhowch gynnig arall arni.
saved-as-you-go = Mae eich newidiadau'n cael eu cadw ar y ddyfais hon wrth i chi fynd yn eich blaen.
saved-at = Wedi'i gadw ar y ddyfais hon am { $time }
saved-not = Nid yw eich newidiadau diweddaraf wedi'u cadw ar y ddyfais hon.
edit-refused-text = Ni chadwyd hynny: gall un ateb mewn cynllun fod yn { $limit } nod ar y mwyaf. Gwnewch ef yn fyrrach, neu rhannwch ef rhwng atebion eraill.
edit-refused-list = Ni ychwanegwyd hynny: gall cynllun gynnwys { $limit } o'r rhain ar y mwyaf. Tynnwch un nad oes ei angen arnoch mwyach yn gyntaf.
conflict-heading = Cafodd y cynllun hwn ei newid mewn tab neu ffenestr arall
conflict-body = Fel na chaiff yr un fersiwn ei cholli, ni allwch chi ei newid yma nes i chi ddewis pa fersiwn i'w chadw.
conflict-theirs = Dangos y fersiwn ddiweddaraf
conflict-mine = Cadw'r fersiwn ar y dudalen hon
idle-warning = Er mwyn cadw'r cynlluniau'n breifat, bydd y gwasanaeth hwn yn cloi ymhen 1 munud am nad yw wedi cael ei ddefnyddio.
idle-stay = Cadw heb ei gloi
nav-backup = Copi wrth gefn
nav-privacy = Preifatrwydd
nav-lock = Cloi
reminder-body = Cadwch gopi o'ch cynlluniau mewn lle diogel. Mae rhai porwyr yn clirio'r hyn y mae gwefan yn ei gadw os nad ydych chi'n ymweld â hi am 7 diwrnod.
reminder-link = Lawrlwytho copi o'ch cynlluniau
unreadable-explain = Lawrlwythwch y cofnod fel y mae a'i anfon at y cyngor os oes angen yr hyn oedd ynddo arnoch chi; yna gallwch chi ei ddileu o'r ddyfais hon.
unreadable-item = Cofnod { $number } na ellir ei ddarllen: { $reason }
unreadable-download = Lawrlwytho cofnod { $number } na ellir ei ddarllen, fel y mae
unreadable-reads-now = Mae modd darllen y cofnod hwn eto nawr (efallai ei fod wedi cael ei adfer mewn tab neu ffenestr arall), felly nid yw wedi cael ei ddileu. Ail-lwythwch y dudalen i'w weld yn eich cynlluniau.
unreadable-remove = Dileu cofnod { $number } na ellir ei ddarllen
unreadable-remove-confirm = Ie, dileu cofnod { $number } na ellir ei ddarllen
backup-heading = Gwneud copi wrth gefn o'ch cynlluniau neu eu hadfer
backup-download-heading = Lawrlwytho eich cynlluniau
backup-why = Lawrlwythwch bob cynllun sydd ar y ddyfais hon fel un ffeil a'i chadw mewn lle diogel. Gallwch chi adfer eich cynlluniau ohoni ar y ddyfais hon neu ar un arall. Mae rhai porwyr yn clirio'r hyn y mae gwefan yn ei gadw os nad ydych chi'n ymweld â hi am 7 diwrnod.
backup-download = { $count ->
    [one] Lawrlwytho 1 cynllun
    [two] Lawrlwytho'r { $count } gynllun
    [few] Lawrlwytho'r { $count } chynllun i gyd
    [many] Lawrlwytho'r { $count } chynllun i gyd
   *[other] Lawrlwytho'r { $count } cynllun i gyd
}
backup-none = Nid oes cynlluniau ar y ddyfais hon i'w lawrlwytho eto.
backup-not-encrypted = Nid yw'r ffeil wedi'i chloi â chyfrinymadrodd. Gall unrhyw un sydd â'r ffeil ddarllen y cynlluniau sydd ynddi.
restore-heading = Adfer cynlluniau o ffeil
restore-body = Dewiswch ffeil copi wrth gefn neu ffeil cynllun. Ni fydd dim ar y ddyfais hon yn newid nes i chi weld beth sydd yn y ffeil a dewis ei hadfer.
restore-label = Ffeil copi wrth gefn neu ffeil cynllun
restore-not-backup = Nid yw'r ffeil hon yn gopi wrth gefn o gynlluniau nac yn ffeil cynllun. Nid oes dim wedi cael ei newid. Dewiswch y ffeil y gwnaethoch chi ei lawrlwytho o'r gwasanaeth hwn.
restore-too-new = Cafodd y ffeil hon ei gwneud gan fersiwn fwy newydd o'r gwasanaeth hwn. Nid oes dim wedi cael ei newid. Ail-lwythwch y dudalen i gael y fersiwn ddiweddaraf, yna rhowch gynnig arall arni.
restore-bad-plan = Nid oes modd darllen cynllun { $position } yn y ffeil hon ({ $problem }). Nid oes dim wedi cael ei newid.
restore-damaged = Mae'r ffeil hon wedi'i difrodi. Nid oes dim wedi cael ei newid. Rhowch gynnig ar gopi arall ohoni.
restore-too-large = Nid yw'r ffeil hon yn gallu bod yn gopi wrth gefn o'r gwasanaeth hwn: { $detail } Nid oes dim wedi newid.
restore-preview-heading = Beth sydd yn y ffeil
restore-plan = Cynllun ar gyfer { $name }, a ddechreuwyd ar { $started }
restore-new = Nid yw ar y ddyfais hon: bydd yn cael ei ychwanegu.
restore-same = Yr un fath â'r copi ar y ddyfais hon: dim i'w wneud.
restore-newer = Yn fwy newydd na'r copi ar y ddyfais hon: bydd yn cymryd ei le.
restore-older = Mae'r copi ar y ddyfais hon yn fwy newydd. Bydd yn cael ei gadw oni bai eich bod chi'n ticio'r blwch.
restore-different = Wedi newid ar y ddyfais hon ac yn y ffeil. Bydd y copi ar y ddyfais hon yn cael ei gadw oni bai eich bod chi'n ticio'r blwch.
restore-replace = Rhoi'r copi sydd yn y ffeil yn lle'r copi ar y ddyfais hon
restore-button = Adfer cynlluniau
restore-stopped = { $done ->
    [0] Ni chafodd dim ei adfer: { $problem }
    [one] Cafodd 1 cynllun ei adfer, ond nid oedd modd adfer y gweddill: { $problem }
    [two] Cafodd { $done } gynllun eu hadfer, ond nid oedd modd adfer y gweddill: { $problem }
    [few] Cafodd { $done } chynllun eu hadfer, ond nid oedd modd adfer y gweddill: { $problem }
    [many] Cafodd { $done } chynllun eu hadfer, ond nid oedd modd adfer y gweddill: { $problem }
   *[other] Cafodd { $done } cynllun eu hadfer, ond nid oedd modd adfer y gweddill: { $problem }
}
restore-unreadable-here = Nid oes modd darllen y copi ar y ddyfais hon. Bydd yn cael ei adael fel y mae oni bai eich bod chi'n ticio'r blwch; os byddwch chi'n gwneud hynny, bydd yn cael ei gadw o'r neilltu, nid ei ddileu.
restore-done = Cynlluniau wedi'u hadfer: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru, { $kept } wedi'u cadw fel yr oedden nhw.
unlock-heading = Mae'r ddyfais hon wedi'i chloi
unlock-body = Mae'r cynlluniau ar y ddyfais hon wedi'u cloi â chyfrinymadrodd. Rhowch y cyfrinymadrodd i'w gweld.
unlock-label = Cyfrinymadrodd
unlock-button = Datgloi
unlock-checking = Wrthi'n gwirio'r cyfrinymadrodd…
unlock-error-empty = Rhowch y cyfrinymadrodd
unlock-wrong = Nid yw'r cyfrinymadrodd yn gywir. Gwiriwch ef a rhowch gynnig arall arni.
unlock-damaged = Mae'r clo ar y ddyfais hon wedi'i ddifrodi, felly nid oes modd agor y cynlluniau. Cysylltwch â desg gymorth y cyngor.
unlock-forgotten-heading = Os ydych chi wedi anghofio'r cyfrinymadrodd
unlock-forgotten-body = Ni all neb agor y cynlluniau hebddo, dim hyd yn oed y cyngor. Gallwch chi ddileu popeth o'r ddyfais hon, yna dechrau eto neu adfer eich cynlluniau o ffeil y gwnaethoch chi ei lawrlwytho.
device-privacy-heading = Preifatrwydd ar y ddyfais hon
lock-heading = Cloi'r cynlluniau ar y ddyfais hon
lock-body = Os yw pobl eraill yn defnyddio'r ddyfais hon, gallwch chi gloi'r cynlluniau â chyfrinymadrodd. Yna byddan nhw'n cael eu cadw wedi'u hamgryptio, ac ni all neb eu gweld hebddo. Mae'r gwasanaeth yn cloi ei hun pan nad yw wedi cael ei ddefnyddio ers tro.
lock-warning = Os byddwch chi'n anghofio'r cyfrinymadrodd, ni fydd neb yn gallu agor y cynlluniau ar y ddyfais hon byth eto, dim hyd yn oed y cyngor.
lock-backup-first = Lawrlwythwch gopi o'ch cynlluniau yn gyntaf a'i gadw'n ddiogel
lock-new-label = Dewiswch gyfrinymadrodd
lock-new-hint = O leiaf 8 nod. Mae ychydig o eiriau y byddwch chi'n eu cofio yn gweithio'n dda. Gallwch chi ei ludo, neu adael i'ch rheolwr cyfrineiriau ei lenwi.
lock-repeat-label = Teipiwch y cyfrinymadrodd eto
lock-idle-legend = Cloi'r cynlluniau pan nad yw'r gwasanaeth wedi cael ei ddefnyddio am
lock-idle-choice = { $minutes } munud
lock-on-button = Troi'r clo ymlaen
lock-working = Wrthi'n cloi'r cynlluniau…
lock-error-short = Rhowch gyfrinymadrodd sydd ag o leiaf 8 nod
lock-error-already-on = Cafodd y clo ei droi ymlaen mewn tab neu ffenestr arall. Ail-lwythwch y dudalen i'w weld.
lock-error-different = Nid yw'r cyfrinymadroddion yn cyfateb. Teipiwch yr un cyfrinymadrodd ddwywaith
lock-on-done = Mae'r clo ymlaen. Mae'r cynlluniau ar y ddyfais hon wedi'u hamgryptio.
lock-on-partly = Mae'r clo ymlaen, ond aeth y ddyfais hon yn brin o le cyn i bob cynllun gael ei amgryptio. Bydd y gweddill yn cael eu hamgryptio y tro nesaf y byddwch chi'n ei datgloi pan fydd digon o le arni: lawrlwythwch eich cynlluniau a dilëwch y rhai nad oes eu hangen arnoch chi mwyach.
lock-off-done = Mae'r clo wedi'i ddiffodd. Nid yw'r cynlluniau ar y ddyfais hon wedi'u hamgryptio mwyach.
lock-on-heading = Mae'r cynlluniau ar y ddyfais hon wedi'u cloi â chyfrinymadrodd
lock-on-body = Maen nhw'n cael eu cadw wedi'u hamgryptio. Mae'r gwasanaeth yn cloi ei hun ar ôl { $minutes } munud heb gael ei ddefnyddio.
lock-now = Cloi nawr
lock-change-heading = Newid y cyfrinymadrodd
lock-change-body = Dewiswch gyfrinymadrodd newydd, a phryd y bydd y gwasanaeth yn cloi ei hun. Ni fydd yr hen gyfrinymadrodd yn agor y cynlluniau mwyach. Bydd angen yr un newydd arnoch chi y tro nesaf y bydd y gwasanaeth yn cloi.
lock-change-button = Newid y cyfrinymadrodd
lock-changed-done = Mae'r cyfrinymadrodd wedi cael ei newid. Defnyddiwch yr un newydd y tro nesaf y bydd y gwasanaeth yn cloi.
lock-off-heading = Diffodd y clo
lock-off-body = Bydd y cynlluniau'n cael eu cadw ar y ddyfais hon heb eu hamgryptio, felly bydd unrhyw un sy'n defnyddio'r ddyfais hon yn gallu eu gweld.
lock-off-button = Diffodd y clo
remove-all-heading = Dileu'r holl ddata o'r ddyfais hon
remove-all-when = Gwnewch hyn ar ddiwedd ymweliad, neu cyn i rywun arall ddefnyddio'r ddyfais hon.
remove-all-body = Mae hyn yn dileu pob cynllun ar y ddyfais hon, pob cynllun a gafodd ei lofnodi arni, ei hallwedd lofnodi a'r clo cyfrinymadrodd.
remove-all-count = { $count ->
    [zero] Nid oes unrhyw gynlluniau ar y ddyfais hon.
    [one] Mae 1 cynllun ar y ddyfais hon.
    [two] Mae { $count } gynllun ar y ddyfais hon.
    [few] Mae { $count } chynllun ar y ddyfais hon.
    [many] Mae { $count } chynllun ar y ddyfais hon.
   *[other] Mae { $count } cynllun ar y ddyfais hon.
}
remove-all-warning = Nid oes modd dadwneud hyn. Bydd unrhyw beth nad ydych chi wedi'i lawrlwytho yn cael ei golli.
remove-all-button = Dileu'r holl ddata
remove-all-done = Mae'r holl ddata wedi cael ei ddileu o'r ddyfais hon
remove-all-done-body = Nid oes dim a gafodd ei gadw gan y gwasanaeth hwn ar ôl ar y ddyfais hon.
remove-all-start = Mynd i'r dudalen gychwyn
update-available = Mae fersiwn newydd o'r gwasanaeth hwn ar gael. Mae'r hyn rydych chi wedi'i nodi wedi cael ei gadw.
update-reload = Ail-lwytho i ddefnyddio'r fersiwn newydd
footer-council-view = Ar gyfer staff y cyngor: gwirio cynllun wedi'i lofnodi

## Start

start-lede = Cynlluniwch y gofal a'r cymorth sydd eu hangen arnoch chi, gan ddefnyddio'r arian y mae { $council } yn disgwyl ei roi i chi (eich cyllideb bersonol).
start-for-whom = Gallwch chi gynllunio ar eich cyfer eich hun, neu ar gyfer rhywun arall fel aelod o'u teulu, ffrind, enwebai neu gynrychiolydd.
start-use-to = Gallwch chi ddefnyddio'r gwasanaeth hwn i:
start-use-money = gael gwybod faint o arian rydych chi'n debygol o'i gael, a gweld sut cafodd ei gyfrifo
start-use-matters = ddweud beth sy'n bwysig i chi a beth rydych chi eisiau ei gyflawni
start-use-support = gynllunio pwy fydd yn eich cefnogi a faint fydd y gost, gan gynnwys help gan deulu a ffrindiau
start-use-check = wirio eich cynllun yn erbyn rheolau'r cyngor cyn i chi ei anfon
start-use-send = lofnodi eich cynllun a'i anfon at y cyngor
start-get-heading = Beth fyddwch chi'n ei gael
start-get = Cynllun cymorth y gallwch chi ei argraffu neu ei gadw, a chopi wedi'i lofnodi i'w anfon at { $council }. Bydd y cyngor yn ei wirio ac yn dweud wrthych chi a yw wedi cael ei gadarnhau.
start-new-plan = Dechrau cynllun newydd
start-before-heading = Cyn i chi ddechrau
start-before-time = Fel arfer, mae'n cymryd tua awr. Nid oes rhaid i chi wneud y cyfan ar unwaith: mae'r hyn rydych chi'n ei nodi yn cael ei gadw ar y ddyfais hon wrth i chi fynd yn eich blaen, felly gallwch chi stopio a dod yn ôl.
start-before-have = Mae'n help cael wrth law yr hyn rydych chi'n ei wybod am y cymorth rydych chi'n ei gael nawr, gan gynnwys help gan deulu a ffrindiau, ac unrhyw gostau.
start-continue-heading = Os ydych chi eisoes wedi dechrau
start-continue = Parhau â chynllun
start-continue-after = {" "}y gwnaethoch chi ei ddechrau ar y ddyfais hon.

## Pages that are not there

not-found-heading = Heb ddod o hyd i'r dudalen
not-found-typed = Os gwnaethoch chi deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-plans-kept = Mae eich cynlluniau ar y ddyfais hon o hyd.{" "}
not-found-or = {" "}neu{" "}
not-found-start = mynd i'r dudalen gychwyn
plan-not-found-heading = Nid yw'r cynllun hwn ar y ddyfais hon
plan-not-found-body = Efallai ei fod wedi cael ei ddileu, neu ei wneud ar ddyfais arall. Dim ond ar y ddyfais y cawson nhw eu gwneud arni y mae cynlluniau'n cael eu cadw, oni bai eu bod yn cael eu hallforio.
unavailable-heading = Mae'n ddrwg gennym, nid yw'r gwasanaeth hwn ar gael
unavailable-body = Nid oedd modd darllen gosodiadau'r cyngor ar gyfer y gwasanaeth hwn. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â thîm gofal cymdeithasol i oedolion eich cyngor.
unavailable-plans-kept = Mae unrhyw gynlluniau rydych chi wedi'u dechrau ar y ddyfais hon o hyd.
unavailable-web-team = Gwybodaeth i dîm gwe'r cyngor

## Your plans

plans-none = Nid oes cynlluniau ar y ddyfais hon eto.
plans-caption = Cynlluniau ar y ddyfais hon
plans-copy-hint = I ddechrau cynllun y flwyddyn nesaf o gynllun eleni, gwnewch gopi.
plans-col-started = Dyddiad dechrau
plans-col-changed = Newid diwethaf
plans-col-status = Statws
plan-for = Cynllun ar gyfer { $name }
plan-unnamed = rhywun heb enw eto
plan-which = y cynllun ar gyfer { $name } a ddechreuwyd ar { $started }
plans-copied = Mae copi o'r cynllun ar gyfer { $name } wedi cael ei wneud. Mae'n dechrau heddiw ac mae angen ei ddyddiad adolygu ei hun arno.
plan-status-ready = Yn barod i'w anfon
plan-status-in-progress = Ar y gweill
plans-unreadable = { $count ->
    [one] Nid oes modd darllen un cynllun sydd wedi'i gadw ar y ddyfais hon. Mae wedi cael ei adael yn union fel y mae.
    [two] Nid oes modd darllen { $count } gynllun sydd wedi'u cadw ar y ddyfais hon. Maen nhw wedi cael eu gadael yn union fel y maen nhw.
    [few] Nid oes modd darllen { $count } chynllun sydd wedi'u cadw ar y ddyfais hon. Maen nhw wedi cael eu gadael yn union fel y maen nhw.
    [many] Nid oes modd darllen { $count } chynllun sydd wedi'u cadw ar y ddyfais hon. Maen nhw wedi cael eu gadael yn union fel y maen nhw.
   *[other] Nid oes modd darllen { $count } cynllun sydd wedi'u cadw ar y ddyfais hon. Maen nhw wedi cael eu gadael yn union fel y maen nhw.
}
action-rename = Ailenwi
action-copy = Gwneud copi
action-delete = Dileu
delete-heading = Ydych chi'n siŵr eich bod eisiau dileu'r cynllun ar gyfer { $name }?
delete-warning = Bydd y cynllun yn cael ei ddileu o'r ddyfais hon. Nid oes modd dadwneud hyn.
delete-confirm = Ie, dileu'r cynllun hwn

## Starting a plan and who is planning

new-plan-heading = Pwy sy'n llunio'r cynllun cymorth hwn?
new-plan-hint = Mae'r cynllun bob amser yn ymwneud â'r person sydd angen gofal a chymorth. Gall rhywun arall ei lunio gyda nhw neu ar eu rhan.
new-plan-myself = Rwy'n cynllunio fy ngofal a'm cymorth fy hun
new-plan-someone = Rwy'n cynllunio ar gyfer rhywun arall
new-plan-someone-hint = Er enghraifft, fel aelod o'u teulu, ffrind, enwebai neu gynrychiolydd
new-plan-error = Dewiswch pwy sy'n llunio'r cynllun cymorth hwn
about-heading = Am y cynllun hwn
about-person-name = Enw'r person y mae'r cynllun ar ei gyfer
about-person-name-hint = Yr enw maen nhw'n hoffi i bobl ei ddefnyddio. Bydd yn cael ei ddefnyddio drwy'r cynllun i gyd.
about-representative-heading = Amdanoch chi, y person sy'n cynllunio
about-rep-name = Eich enw llawn
about-rep-relationship = Perthynas â'r person
about-rep-relationship-hint = Er enghraifft, mam, mab, ffrind neu eiriolwr
about-rep-contact = Rhif ffôn neu gyfeiriad e-bost
about-rep-contact-hint = Er mwyn i'r cyngor allu cysylltu â chi am y cynllun
about-rep-basis = Pam rydych chi'n cynllunio ar eu cyfer?
about-involved = { $planner ->
    [person] Pwy arall sydd wedi eich helpu i lunio'r cynllun hwn? (dewisol)
   *[other] Pwy arall sydd wedi helpu i lunio cynllun { $name }? (dewisol)
}
about-involved-hint = Er enghraifft, gofalwr, ffrind, eiriolwr neu frocer cymorth. Ysgrifennwch un person ar bob llinell, fel "Mary Okafor, chwaer".
basis-chosen = Maen nhw wedi fy newis i i'w helpu i gynllunio
basis-chosen-hint = Maen nhw'n gallu gwneud penderfyniadau am eu gofal, ac maen nhw eisiau eich help
basis-authorised = Fi yw eu person awdurdodedig
basis-authorised-hint = Nid ydyn nhw'n gallu penderfynu am eu gofal eu hunain, ac mae'r cyngor wedi cytuno eich bod chi'n gweithredu ar eu rhan
basis-attorney = Mae gen i atwrneiaeth arhosol ar gyfer iechyd a lles
basis-attorney-hint = Atwrneiaeth gofrestredig sy'n cynnwys penderfyniadau am ofal
basis-deputy = Fi yw eu dirprwy
basis-deputy-hint = Wedi fy mhenodi gan y Llys Gwarchod
basis-other = Rheswm arall
basis-other-hint = Dywedwch fwy am hyn yn "Beth sy'n bwysig"

## Task list

task-list-heading = { $planner ->
    [person] Eich cynllun cymorth
   *[other] Cynllun cymorth ar gyfer { $name }
}
task-list-progress = Rydych chi wedi cwblhau { $done } o { $total } adran.
task-about = Am y cynllun hwn
task-money = Cael gwybod am eich arian
task-assessed-needs = { $planner ->
    [person] Eich anghenion asesedig
   *[other] Anghenion asesedig { $name }
}
task-what-matters = { $planner ->
    [person] Beth sy'n bwysig i chi
   *[other] Beth sy'n bwysig i { $name }
}
task-outcomes = { $planner ->
    [person] Beth rydych chi eisiau ei newid neu ei gyflawni
   *[other] Beth mae { $name } eisiau ei newid neu ei gyflawni
}
task-supports = Sut bydd cymorth yn cael ei roi, a sut bydd yn cael ei dalu
task-managing-money = Sut bydd yr arian yn cael ei reoli
task-personal-budget = { $planner ->
    [person] Eich cyllideb bersonol a'r hyn rydych chi'n ei dalu
   *[other] Cyllideb bersonol { $name } a'r hyn maen nhw'n ei dalu
}
task-staying-safe = Cadw'n ddiogel ac mewn rheolaeth
task-action-plan = Beth sy'n digwydd nesaf a phryd bydd y cynllun yn cael ei adolygu
managing-money-needs-support = Gallwch chi wneud hyn pan fydd cymorth â thâl yn y cynllun.
status-completed = Wedi'i gwblhau
status-in-progress = Ar y gweill
status-not-started = Heb ddechrau eto
status-cannot-start = Methu dechrau eto
task-check-heading = Gwirio eich cynllun
task-check-ready = Nid oes dim y mae'n rhaid ei gywiro: gwiriwch eich cynllun cyn i chi ei anfon.
task-check-to-fix = { $count ->
    [one] Mae'n rhaid cywiro un peth cyn bod modd anfon y cynllun.
    [two] Mae'n rhaid cywiro { $count } beth cyn bod modd anfon y cynllun.
    [few] Mae'n rhaid cywiro { $count } pheth cyn bod modd anfon y cynllun.
    [many] Mae'n rhaid cywiro { $count } pheth cyn bod modd anfon y cynllun.
   *[other] Mae'n rhaid cywiro { $count } peth cyn bod modd anfon y cynllun.
}
task-check-button = Gwirio eich cynllun

## Budget

budget-panel-heading = Y gyllideb
budget-indicative = Cyllideb ddangosol
budget-planned = Gwariant wedi'i gynllunio
budget-left = Ar ôl i'w gynllunio
budget-over = Dros y gyllideb
budget-over-by = Dros y gyllideb o { $amount } yr wythnos
budget-left-announce = Ar ôl i'w gynllunio: { $amount } yr wythnos
budget-indicative-announce = Cyllideb ddangosol hyd yma: { $amount } yr wythnos
budget-unanswered = { $count ->
    [one] Mae un cwestiwn heb ei ateb eto, felly gall hyn newid.
    [two] Mae { $count } gwestiwn heb eu hateb eto, felly gall hyn newid.
    [few] Mae { $count } chwestiwn heb eu hateb eto, felly gall hyn newid.
    [many] Mae { $count } chwestiwn heb eu hateb eto, felly gall hyn newid.
   *[other] Mae { $count } cwestiwn heb eu hateb eto, felly gall hyn newid.
}

## Find out your money

money-heading = Cael gwybod am eich arian
money-intro = { $planner ->
    [person] Mae { $council } yn cyfrifo cyllideb bersonol ddangosol o'ch atebion i'w gwestiynau am yr help sydd ei angen arnoch chi mewn bywyd bob dydd.
   *[other] Mae { $council } yn cyfrifo cyllideb bersonol ddangosol o'ch atebion i'w gwestiynau am yr help sydd ei angen ar { $name } mewn bywyd bob dydd.
}
money-count = { $count ->
    [one] Mae 1 cwestiwn.
    [two] Mae { $count } gwestiwn. Dim ond os ydyn nhw'n berthnasol y bydd rhai cwestiynau'n ymddangos.
    [few] Mae { $count } chwestiwn. Dim ond os ydyn nhw'n berthnasol y bydd rhai cwestiynau'n ymddangos.
    [many] Mae { $count } chwestiwn. Dim ond os ydyn nhw'n berthnasol y bydd rhai cwestiynau'n ymddangos.
   *[other] Mae { $count } cwestiwn. Dim ond os ydyn nhw'n berthnasol y bydd rhai cwestiynau'n ymddangos.
}
money-indicative = Mae'r swm yn "ddangosol": dyma fan cychwyn y cyngor ar gyfer eich cynllun, ac mae'r cyngor yn ei gadarnhau pan fydd yn cytuno ar y cynllun.
money-start = Dechrau'r cwestiynau
money-continue = Parhau â'r cwestiynau
money-see-budget = Gweld eich cyllideb a'ch atebion
question-caption = Cwestiwn { $number } o { $total }
question-not-asked-heading = Nid yw'r cwestiwn hwn yn berthnasol
question-not-asked-body = Oherwydd ateb cynharach, nid yw'r cwestiwn hwn yn cael ei ofyn.
error-select-answer = Dewiswch ateb
error-number-range = Rhowch rif cyfan o { $min } i { $max }
error-amount-range = Rhowch swm o { $min } i { $max }
not-answered = Heb ei ateb eto
none-of-these = Dim un o'r rhain
budget-heading = Y gyllideb bersonol ddangosol
budget-indicative-means = Dyma fan cychwyn y cyngor ar gyfer y cynllun. Mae'r cyngor yn cadarnhau'r swm pan fydd yn cytuno ar y cynllun.
budget-carers = Mae dyraniad gofalwr o { $weekly } yr wythnos ({ $yearly } y flwyddyn) hefyd, sy'n cael ei dalu ar wahân.
budget-panel-review = Mae'r swm hwn yn ddigon uchel i banel y cyngor edrych ar y cynllun.
budget-not-final = { $count ->
    [one] Mae un cwestiwn heb ei ateb eto, felly nid yw'r swm hwn yn derfynol:
    [two] Mae { $count } gwestiwn heb eu hateb eto, felly nid yw'r swm hwn yn derfynol:
    [few] Mae { $count } chwestiwn heb eu hateb eto, felly nid yw'r swm hwn yn derfynol:
    [many] Mae { $count } chwestiwn heb eu hateb eto, felly nid yw'r swm hwn yn derfynol:
   *[other] Mae { $count } cwestiwn heb eu hateb eto, felly nid yw'r swm hwn yn derfynol:
}
budget-answers-again = Mae cwestiynau'r cyngor wedi newid ers i'r rhain gael eu hateb. Atebwch nhw eto:
budget-how = Sut cafodd hyn ei gyfrifo?
budget-rules-used = Wedi'i gyfrifo gan ddefnyddio { $title }, fersiwn { $version }.
budget-your-answers = Eich atebion

## Assessed needs

assessed-needs-heading = { $planner ->
    [person] Eich anghenion asesedig
   *[other] Anghenion asesedig { $name }
}
assessed-needs-intro = { $planner ->
    [person] Copïwch bob angen o asesiad anghenion y cyngor, yng ngeiriau'r asesiad ei hun. Ar gyfer pob un, dywedwch a oedd yr asesiad yn ei ystyried yn gymwys ac a fydd y cyngor yn ei ddiwallu.
   *[other] Copïwch bob un o anghenion { $name } o asesiad anghenion y cyngor, yng ngeiriau'r asesiad ei hun. Ar gyfer pob un, dywedwch a oedd yr asesiad yn ei ystyried yn gymwys ac a fydd y cyngor yn ei ddiwallu.
}
need-number = Angen { $number }
need-words = Yr angen, yng ngeiriau'r asesiad
need-words-hint = Er enghraifft, "Mae angen help arni i ymolchi a gwisgo bob bore oherwydd arthritis yn ei dwylo"
need-outcomes = Ar ba rai o'r rhain y mae'r angen yn effeithio?
need-outcomes-hint = { $planner ->
    [person] Y canlyniadau y mae'r asesiad yn dweud na allwch chi eu cyflawni oherwydd yr angen hwn. Dewiswch bob un sy'n berthnasol.
   *[other] Y canlyniadau y mae'r asesiad yn dweud na all { $name } eu cyflawni oherwydd yr angen hwn. Dewiswch bob un sy'n berthnasol.
}
need-eligible = A oedd yr asesiad yn ystyried yr angen hwn yn gymwys?
need-met = A fydd y cyngor yn diwallu'r angen hwn?
need-met-by = Y cymorth yn y cynllun sy'n diwallu'r angen hwn:
need-met-by-hint = I newid hyn, agorwch y cymorth a dewiswch yr anghenion y mae'n eu diwallu.
need-not-met-reason = Os nad oes cymorth yn y cynllun yn diwallu'r angen hwn, dywedwch pam
need-not-met-reason-hint = Er enghraifft, mae gwasanaeth arall eisoes yn ei ddiwallu. Neu agorwch gymorth a dewiswch yr angen hwn fel un y mae'n ei ddiwallu.
need-add = Ychwanegu angen
need-add-another = Ychwanegu angen arall
wellbeing-heading = Llesiant
wellbeing-label = { $planner ->
    [person] Gyda pha rannau o'ch llesiant y gallai gofal a chymorth helpu?
   *[other] Gyda pha rannau o lesiant { $name } y gallai gofal a chymorth helpu?
}
information-advice-heading = Gwybodaeth a chyngor
information-advice-label = { $planner ->
    [person] Beth ddywedwyd wrthych chi am ffyrdd o leihau eich anghenion neu eu hatal rhag gwaethygu?
   *[other] Beth ddywedwyd wrth { $name } am ffyrdd o leihau eu hanghenion neu eu hatal rhag gwaethygu?
}
information-advice-hint = Er enghraifft, dosbarth atal cwympiadau, gwiriad diogelwch yn y cartref, offer, gwasanaeth cyfeillio neu grŵp lleol.

## What matters

what-matters-heading = { $planner ->
    [person] Beth sy'n bwysig i chi?
   *[other] Beth sy'n bwysig i { $name }?
}
what-matters-hint = { $planner ->
    [person] Beth sy'n bwysig i chi yn eich bywyd, ac i'r bobl o'ch cwmpas? Sut beth yw diwrnod da?
   *[other] Beth sy'n bwysig i { $name } yn eu bywyd, ac i'r bobl o'u cwmpas? Sut beth yw diwrnod da?
}
strengths-label = { $planner ->
    [person] Beth rydych chi'n dda am ei wneud, a beth mae pobl yn ei hoffi amdanoch chi?
   *[other] Beth mae { $name } yn dda am ei wneud, a beth mae pobl yn ei hoffi amdanyn nhw?
}
relationships-label = { $planner ->
    [person] Pwy sy'n bwysig i chi?
   *[other] Pwy sy'n bwysig i { $name }?
}

## Outcomes

outcomes-heading = { $planner ->
    [person] Beth rydych chi eisiau ei newid neu ei gyflawni?
   *[other] Beth mae { $name } eisiau ei newid neu ei gyflawni?
}
outcomes-intro = { $planner ->
    [person] Ysgrifennwch bob canlyniad yn eich geiriau eich hun. Mae angen rhywfaint o gymorth ar bob canlyniad, boed â thâl neu'n ddi-dâl.
   *[other] Ysgrifennwch bob canlyniad yng ngeiriau { $name } ei hun lle bo modd. Mae angen rhywfaint o gymorth ar bob canlyniad, boed â thâl neu'n ddi-dâl.
}
outcome-number = Canlyniad { $number }
outcome-words = { $planner ->
    [person] Beth rydych chi eisiau ei newid neu ei gyflawni
   *[other] Beth mae { $name } eisiau ei newid neu ei gyflawni
}
outcome-words-hint = Er enghraifft, "Rydw i eisiau mynd allan i weld fy ffrindiau ddwywaith yr wythnos"
outcome-know = Sut byddwch chi'n gwybod ei fod yn gweithio?
outcome-know-hint = Beth fydd yn wahanol?
outcome-no-support-yet = Nid oes cymorth yn helpu gyda hyn eto.
outcome-supported-by = Yn cael help gan: { $supports }
outcome-unwritten = Canlyniad sydd heb ei ysgrifennu eto
outcome-add = Ychwanegu canlyniad
outcome-add-another = Ychwanegu canlyniad arall

## Support

supports-heading = { $planner ->
    [person] Sut byddwch chi'n cael cymorth?
   *[other] Sut bydd { $name } yn cael cymorth?
}
supports-intro = Cynhwyswch y cymorth sy'n cael ei dalu o'r gyllideb, a'r cymorth gan deulu, ffrindiau a'r gymuned nad yw'n cael ei dalu.
support-add-paid = Ychwanegu cymorth â thâl
support-add-unpaid = Ychwanegu cymorth di-dâl
support-undescribed = Cymorth heb ei ddisgrifio eto
support-who = Pwy sy'n ei roi
support-cost = Cost
support-unpaid = Di-dâl
support-helps-with = Yn helpu gyda
support-no-outcomes = Dim canlyniadau wedi'u dewis
support-paid-heading = Cymorth â thâl
support-unpaid-heading = Cymorth di-dâl
support-description = Beth yw'r cymorth?
support-description-hint = Er enghraifft, "Help i godi a gwisgo yn y bore, o ddydd Llun i ddydd Gwener"
support-provider = Pwy sy'n ei roi?
provider-pa = Cynorthwyydd personol, wedi'i gyflogi'n uniongyrchol
provider-agency = Asiantaeth neu sefydliad
provider-community = Grŵp cymunedol
provider-family = Teulu neu ffrindiau
provider-equipment = Offer neu addasiad
provider-other = Rhywbeth arall
support-provider-name = Enw'r person neu'r sefydliad (dewisol)
support-provider-name-hint = Ar gyfer cronfa gwasanaeth unigol, y darparwr sy'n dal yr arian
support-is-paid = Ydy'r cymorth yn cael ei dalu o'r gyllideb?
support-paid-yes = Ydy, mae'n cael ei dalu
support-paid-no = Nac ydy, mae'n ddi-dâl
support-category = Pa fath o gymorth yw hwn?
support-price-item = Ydy'r cymorth ar restr brisiau'r cyngor?
support-price-item-hint = Mae rhestr brisiau'r cyngor yn dangos yr uchafswm mae'n ei dalu am rai mathau o gymorth.
price-item-none = Nac ydy, neu ddim yn gwybod
price-item-with-cap = { $name } (hyd at { $cap } am bob { $unit })
support-costing = Sut mae'n cael ei dalu?
costing-hourly = Fesul awr
costing-sessions = Fesul sesiwn
costing-weekly = Swm penodol bob wythnos
costing-yearly = Swm penodol bob blwyddyn
costing-one-off = Un taliad
costing-hours = Oriau bob wythnos
costing-minutes = A munudau
costing-rate = Cyfradd yr awr
costing-sessions-count = Sesiynau bob wythnos
costing-session-price = Pris un sesiwn
costing-weekly-amount = Swm bob wythnos
costing-yearly-amount = Swm bob blwyddyn
costing-one-off-amount = Swm
support-costs = Mae hyn yn costio: { $working }
support-quote = Mae angen dyfynbris ar gyfer y cymorth hwn
support-quote-yes = Mae gen i ddyfynbris i'w anfon gyda'r cynllun
support-outcomes = { $planner ->
    [person] Gyda pha rai o'ch canlyniadau mae'n helpu?
   *[other] Gyda pha rai o ganlyniadau { $name } mae'n helpu?
}
support-outcomes-none-yet = Ychwanegwch ganlyniadau yn gyntaf, ac yna cysylltwch nhw yma.
contingency-heading = Arian ar gyfer pethau annisgwyl
contingency-label = Arian wrth gefn bob wythnos
contingency-hint = Mae'r cyngor yn gofyn am o leiaf { $percent }% o'r gyllideb: { $amount } yr wythnos.
supports-totals = Cyfansymiau
totals-supports = Cymorth
totals-contingency = Arian wrth gefn
totals-planned = Gwariant wedi'i gynllunio
totals-one-off = Costau untro
support-needs = Pa anghenion asesedig y mae'r cymorth hwn yn eu diwallu?
support-needs-none-yet = Nid oes anghenion asesedig yn y cynllun eto.
support-needs-add = Ychwanegu'r anghenion o'r asesiad

## Managing the money

managing-money-heading = Sut bydd yr arian yn cael ei reoli
managing-money-intro = { $planner ->
    [person] Ar gyfer pob cymorth â thâl, dewiswch pwy fydd yn dal ac yn rheoli'r arian.
   *[other] Ar gyfer pob cymorth â thâl, dewiswch pwy fydd yn dal ac yn rheoli'r arian ar ran { $name }.
}
management-for = Sut bydd yr arian ar gyfer "{ $support }" yn cael ei reoli?
management-person = Taliad uniongyrchol i'r person
management-person-hint = Mae'r arian yn cael ei dalu i gyfrif banc mae'r person yn ei reoli
management-nominee = Taliad uniongyrchol i enwebai
management-nominee-hint = Mae rhywun mae'r person yn ymddiried ynddyn nhw yn cael yr arian ac yn ei reoli ar ran y person
management-isf = Cronfa gwasanaeth unigol
management-isf-hint = Mae darparwr yn dal yr arian, ac mae'r person yn penderfynu sut mae'n cael ei ddefnyddio
management-council = Wedi'i reoli gan y cyngor
management-council-hint = Mae'r cyngor yn trefnu'r cymorth ac yn talu amdano
nominee-heading = Yr enwebai
nominee-intro = { $planner ->
    [person] Mae'r enwebai'n cael y taliad uniongyrchol ac yn ei reoli ar eich rhan.
   *[other] Mae'r enwebai'n cael y taliad uniongyrchol ac yn ei reoli ar ran { $name }.
}
nominee-name = Enw llawn yr enwebai
nominee-agreement = Cytundeb
nominee-agreed = Mae'r enwebai'n cytuno i reoli'r arian
management-scotland-1-person = Opsiwn 1: taliad uniongyrchol i'r person
management-scotland-1-person-hint = Mae'r arian yn cael ei dalu i'r person, sy'n trefnu ac yn talu am ei gymorth ei hun
management-scotland-1-nominee = Opsiwn 1: taliad uniongyrchol i enwebai
management-scotland-1-nominee-hint = Mae rhywun mae'r person yn ymddiried ynddo yn cael yr arian ac yn ei reoli ar ei ran
management-scotland-2 = Opsiwn 2: y person sy'n dewis, a'r cyngor neu ddarparwr sy'n ei drefnu
management-scotland-2-hint = Cronfa gwasanaeth unigol: y person sy'n dewis y cymorth a phwy sy'n ei roi, ac mae'r arian yn cael ei ddal ar ei ran
management-scotland-3 = Opsiwn 3: y cyngor sy'n trefnu'r cymorth
management-scotland-3-hint = Y cyngor sy'n dewis ac yn trefnu'r cymorth, ar ôl siarad â'r person
management-scotland-1 = Opsiwn 1: taliad uniongyrchol
management-scotland-4 = Opsiwn 4: cymysgedd o opsiynau
management-scotland-overall = At ei gilydd, mae'r cynllun yn defnyddio { $option }.
way-scotland-option-1-person = Opsiwn 1, taliad uniongyrchol i'r person
way-scotland-option-1-nominee = Opsiwn 1, taliad uniongyrchol i enwebai
way-scotland-option-2 = Opsiwn 2, wedi'i ddewis gan y person a'i drefnu gan y cyngor neu ddarparwr
way-scotland-option-3 = Opsiwn 3, wedi'i drefnu gan y cyngor

## Personal budget

personal-budget-heading = { $planner ->
    [person] Eich cyllideb bersonol a'r hyn rydych chi'n ei dalu
   *[other] Cyllideb bersonol { $name } a'r hyn maen nhw'n ei dalu
}
personal-budget-intro = { $planner ->
    [person] Eich cyllideb bersonol yw cost diwallu eich anghenion. Mae iddi dair rhan: y gost honno, yr hyn rydych chi'n ei dalu tuag ati (wedi'i gyfrifo gan asesiad ariannol y cyngor), a'r hyn mae { $council } yn ei dalu.
   *[other] Cyllideb bersonol { $name } yw cost diwallu eu hanghenion. Mae iddi dair rhan: y gost honno, yr hyn maen nhw'n ei dalu tuag ati (wedi'i gyfrifo gan asesiad ariannol y cyngor), a'r hyn mae { $council } yn ei dalu.
}
personal-budget-contribution-heading = { $planner ->
    [person] Yr hyn rydych chi'n ei dalu
   *[other] Yr hyn mae { $name } yn ei dalu
}
personal-budget-contribution-legend = { $planner ->
    [person] Ydy'r cyngor wedi dweud wrthych chi faint byddwch chi'n ei dalu tuag at eich cymorth?
   *[other] Ydy'r cyngor wedi dweud wrth { $name } faint byddan nhw'n ei dalu tuag at eu cymorth?
}
personal-budget-contribution-hint = Peidiwch byth â dyfalu'r swm: mae yn llythyr asesiad ariannol y cyngor.
personal-budget-contribution-assessed = Ydy, mewn llythyr asesiad ariannol
personal-budget-contribution-not-yet = Ddim eto: nid yw'r asesiad ariannol wedi'i wneud
personal-budget-amount = Faint yr wythnos?
personal-budget-amount-hint = Fel mae'r llythyr yn ei ddweud, er enghraifft 42.50
personal-budget-letter-date = Dyddiad y llythyr
personal-budget-letter-date-hint = Er enghraifft, 12 11 2026
personal-budget-parts-heading = Y tair rhan
personal-budget-no-budget = Mae'r gyllideb bersonol yn cael ei chyfrifo o'r atebion i gwestiynau'r cyngor. Atebwch nhw yn gyntaf:
personal-budget-cost = Cost diwallu'r anghenion
personal-budget-cost-link = Sut cafodd y gyllideb ei chyfrifo
personal-budget-council-pays = Yr hyn mae { $council } yn ei dalu
personal-budget-contribution-not-said = Heb ei ddweud eto
personal-budget-not-assessed = Heb ei asesu eto
personal-budget-contribution-letter = { $amount }, o'r llythyr asesiad ariannol dyddiedig { $date }
personal-budget-contribution-undated = { $amount }: nid yw dyddiad y llythyr asesiad ariannol wedi'i roi eto
personal-budget-council-not-known = Ddim yn hysbys tan yr asesiad ariannol
personal-budget-panel-contribution = Cyfraniad
personal-budget-panel-council = Wedi'i dalu gan y cyngor
personal-budget-dp-heading = Y taliad uniongyrchol
personal-budget-dp-payment = Pob taliad
personal-budget-dp-payee = Wedi'i dalu i
personal-budget-dp-supports = Mae'n talu am
personal-budget-dp-needs = Yr anghenion mae'n eu diwallu
personal-budget-dp-no-needs = Nid yw'r un o'r mathau hyn o gymorth wedi'i gysylltu ag angen eto
personal-budget-dp-basis = Net neu gros
personal-budget-dp-working = Sut cafodd ei gyfrifo
personal-budget-payment = { $amount } { $frequency }
personal-budget-payment-not-known = Ddim yn hysbys tan yr asesiad ariannol: mae'n cael ei dalu { $frequency }, heb y cyfraniad
personal-budget-payee-person = { $name }, y person mae'r cynllun ar ei gyfer
personal-budget-payee-the-person = Y person mae'r cynllun ar ei gyfer
personal-budget-payee-nominee-unnamed = Enwebai, heb ei enwi yn y cynllun eto
personal-budget-net = Mae { $council } yn ei dalu'n net: mae'n tynnu'r cyfraniad cyn talu, felly does dim byd arall yn cael ei dalu i { $council }.
personal-budget-net-remainder = Mae { $council } yn ei dalu'n net: mae'n tynnu'r cyfraniad cyn talu. Mae'r taliad yn rhy fach i dynnu'r cyfan, felly mae { $amount } yr wythnos yn cael ei dalu i { $council } ar wahân.
personal-budget-net-not-known = Mae { $council } yn ei dalu'n net: mae'n tynnu'r cyfraniad cyn talu, unwaith y bydd yr asesiad ariannol yn dweud beth ydyw.
personal-budget-gross = Mae { $council } yn ei dalu'n gros: cost lawn y cymorth. Mae'r cyfraniad o { $amount } yr wythnos yn cael ei dalu i { $council } ar wahân.
personal-budget-gross-not-known = Mae { $council } yn ei dalu'n gros: cost lawn y cymorth. Mae'r cyfraniad, unwaith y bydd wedi'i asesu, yn cael ei dalu i { $council } ar wahân.
personal-budget-disagree-heading = { $planner ->
    [person] Os ydych chi'n anghytuno
   *[other] Os yw { $name } yn anghytuno
}
personal-budget-disagrees-legend = { $planner ->
    [person] Ydych chi'n anghytuno â'r gyllideb ddangosol neu â phenderfyniad arall?
   *[other] Ydy { $name } yn anghytuno â'r gyllideb ddangosol neu â phenderfyniad arall?
}
personal-budget-disagrees-hint = Os byddwch chi'n dweud hynny yma, bydd y cyngor yn ei weld gyda'r cynllun. Gellir llofnodi ac anfon y cynllun o hyd.
personal-budget-about-legend = Am beth mae'r anghytundeb?
personal-budget-about-budget = Y gyllideb ddangosol
personal-budget-about-contribution = Yr hyn mae'r asesiad ariannol yn dweud sy'n cael ei dalu tuag ati
personal-budget-about-eligibility = Pa anghenion sy'n gymwys, neu pa rai bydd y cyngor yn eu diwallu
personal-budget-about-other = Penderfyniad arall
personal-budget-why = { $planner ->
    [person] Pam ydych chi'n anghytuno?
   *[other] Pam mae { $name } yn anghytuno?
}
personal-budget-why-hint = Dywedwch beth rydych chi'n meddwl sy'n anghywir, a beth hoffech chi i'r cyngor edrych arno eto.
personal-budget-review-contact = Gallwch ofyn i { $council } adolygu'r gyllideb ddangosol neu benderfyniad arall ar unrhyw adeg. Cysylltwch â nhw:

## Staying safe

staying-safe-heading = { $planner ->
    [person] Sut byddwch chi'n cadw'n ddiogel ac mewn rheolaeth?
   *[other] Sut bydd { $name } yn cadw'n ddiogel ac mewn rheolaeth?
}
backup-label = Beth fydd yn digwydd os na fydd y cymorth â thâl yn cyrraedd?
backup-hint = Pwy fydd yn helpu yn lle hynny, a phwy fyddwch chi'n ei ffonio?
risks-heading = Risgiau
risks-intro = Meddyliwch am beth allai fynd o'i le, a beth fydd yn cael ei wneud i'w atal, neu os bydd yn digwydd.
risk-number = Risg { $number }
risk-what = Beth allai fynd o'i le?
risk-do = Beth fydd yn cael ei wneud am hyn?
risk-add = Ychwanegu risg
contacts-heading = Pobl i gysylltu â nhw
contact-number = Cyswllt { $number }
contact-name = Enw
contact-role = Pwy ydyn nhw
contact-role-hint = Er enghraifft, chwaer, gweithiwr cymdeithasol, swyddfa asiantaeth
contact-phone = Rhif ffôn
contact-add = Ychwanegu cyswllt

## What happens next

action-plan-heading = Beth sy'n digwydd nesaf
action-plan-intro = Rhestrwch beth sydd angen digwydd i roi'r cynllun ar waith, pwy fydd yn ei wneud, ac erbyn pryd.
action-number = Cam gweithredu { $number }
action-what = Beth sydd angen digwydd?
action-who = Pwy fydd yn ei wneud?
action-by-when = Erbyn pryd?
action-add = Ychwanegu cam gweithredu
action-add-another = Ychwanegu cam gweithredu arall
review-heading = Adolygiad
review-label = Pryd bydd y cynllun yn cael ei adolygu?
review-hint = Fel arfer o fewn blwyddyn. Er enghraifft, 27 3 2027
monitoring-heading = Gwirio cynnydd
monitoring-how = Sut bydd cynnydd yn cael ei wirio cyn yr adolygiad?
monitoring-how-hint = Er enghraifft, galwad ffôn gan y gweithiwr cymdeithasol bob tri mis, neu ddyddiadur a gedwir gan gynorthwyydd personol
monitoring-by-whom = Pwy fydd yn ei wirio?
monitoring-by-whom-hint = Er enghraifft, gweithiwr cymdeithasol, brocer cymorth neu aelod o'r teulu

## Check your plan

check-heading = Gwiriwch eich cynllun
check-must-fix = { $count ->
    [zero] Does dim angen cywiro unrhyw beth cyn i chi anfon y cynllun
    [one] Mae'n rhaid cywiro un peth cyn i chi anfon y cynllun
    [two] Mae'n rhaid cywiro dau beth cyn i chi anfon y cynllun
    [few] Mae'n rhaid cywiro tri pheth cyn i chi anfon y cynllun
    [many] Mae'n rhaid cywiro chwe pheth cyn i chi anfon y cynllun
   *[other] Mae'n rhaid cywiro { $count } o bethau cyn i chi anfon y cynllun
}
check-ready = Does dim angen cywiro unrhyw beth: mae'r cynllun yn barod i'w anfon.
check-worth-checking = Pethau sy'n werth eu gwirio
check-for-information = Er gwybodaeth
check-your-plan-summary = { $planner ->
    [person] Eich cynllun
   *[other] Y cynllun ar gyfer { $name }
}
check-row-for = Mae'r cynllun ar gyfer
check-row-involved = Pobl eraill sy'n cymryd rhan
check-row-budget = Cyllideb ddangosol
check-row-what-matters = Beth sy'n bwysig
check-row-outcomes = Canlyniadau
check-row-supports = Cymorth
check-row-planned = Gwariant wedi'i gynllunio
check-row-managing = Sut mae'r arian yn cael ei reoli
check-row-backup = Cynllun wrth gefn
check-row-actions = Cynllun gweithredu
check-actions-count = { $count ->
    [zero] Dim camau gweithredu
    [one] 1 cam gweithredu
    [two] { $count } gam gweithredu
    [few] { $count } cham gweithredu
    [many] { $count } cham gweithredu
   *[other] { $count } cam gweithredu
}
check-row-review = Dyddiad adolygu

## Signing and sending

task-sign-button = Llofnodi ac anfon eich cynllun
task-sent-heading = Eich cynllun wedi'i lofnodi
task-signed-on = Gwnaethoch chi lofnodi'r cynllun hwn ar { $when }. Dydy'r cyngor ddim wedi penderfynu arno eto.
task-sent-link = Lawrlwythwch, argraffwch neu anfonwch eich cynllun wedi'i lofnodi, neu lwythwch benderfyniad y cyngor

sign-heading = Llofnodwch eich cynllun
sign-not-ready = { $count ->
    [zero] Does dim angen cywiro unrhyw beth cyn llofnodi'r cynllun.
    [one] Mae'n rhaid cywiro un peth cyn llofnodi'r cynllun.
    [two] Mae'n rhaid cywiro dau beth cyn llofnodi'r cynllun.
    [few] Mae'n rhaid cywiro tri pheth cyn llofnodi'r cynllun.
    [many] Mae'n rhaid cywiro chwe pheth cyn llofnodi'r cynllun.
   *[other] Mae'n rhaid cywiro { $count } o bethau cyn llofnodi'r cynllun.
}
sign-lede = Mae llofnodi yn creu ffeil o'ch cynllun sy'n dangos nad yw'r cynllun wedi cael ei newid ers i chi ei lofnodi. Rydych chi'n anfon y ffeil at { $council }. Byddan nhw'n gwirio'r ffeil, yn gwneud penderfyniad am y cynllun, ac yn anfon eu penderfyniad atoch chi.
sign-role-legend = Pwy sy'n llofnodi?
sign-role-person = { $planner ->
    [person] Fi yw'r person mae'r cynllun ar ei gyfer
   *[other] { $name }, y person mae'r cynllun ar ei gyfer
}
sign-role-nominee = { $planner ->
    [person] Fy enwebai, a fydd yn derbyn ac yn rheoli'r arian ar fy rhan
   *[other] Enwebai { $name }, a fydd yn derbyn ac yn rheoli'r arian ar eu rhan
}
sign-role-representative = { $planner ->
    [person] Fy nghynrychiolydd, a wnaeth y cynllun ar fy rhan
   *[other] Cynrychiolydd { $name }, a wnaeth y cynllun ar eu rhan
}
sign-declaration-heading = Datganiad
declaration-person = Rydw i wedi darllen y cynllun cymorth hwn. Mae'n dweud sut rydw i eisiau cael fy nghefnogi a sut bydd fy nghyllideb bersonol yn cael ei gwario. Hyd eithaf fy ngwybodaeth, mae popeth ynddo yn wir. Rydw i'n cytuno iddo, a byddaf yn rhoi gwybod i { $council } os bydd fy anghenion neu fy amgylchiadau'n newid.
declaration-nominee = Rydw i'n cytuno i dderbyn taliad uniongyrchol { $name } fel eu henwebai ac i'w wario fel mae'r cynllun hwn yn ei ddweud. Hyd eithaf fy ngwybodaeth, mae popeth yn y cynllun yn wir. Byddaf yn cadw cofnodion o sut mae'r arian yn cael ei wario ac yn rhoi gwybod i { $council } os bydd unrhyw beth yn newid.
declaration-representative = Rydw i wedi gwneud y cynllun hwn ar gyfer { $name } fel eu cynrychiolydd, gyda nhw ac er eu budd pennaf. Hyd eithaf fy ngwybodaeth, mae popeth ynddo yn wir. Byddaf yn rhoi gwybod i { $council } os bydd eu hanghenion neu eu hamgylchiadau'n newid.
declaration-witness = Rydw i wedi gweld { $name } yn cytuno i'r cynllun cymorth hwn.
sign-agree-legend = Ydych chi'n cytuno â'r datganiad?
sign-agree = Rydw i'n cytuno â'r datganiad
sign-name = Enw llawn y person sy'n llofnodi
sign-name-hint = Wrth deipio eich enw yma, rydych chi'n llofnodi.
sign-witness = Enw llawn tyst (dewisol)
sign-witness-hint = Gall rhywun rydych chi'n ymddiried ynddyn nhw, a welodd y cynllun yn cael ei gytuno, lofnodi fel tyst ar y ddyfais hon. Wrth lofnodi, maen nhw'n dweud: "{ $declaration }"
sign-button = Llofnodi eich cynllun
sign-again = Llofnodi'r cynllun eto
sign-error-role = Dewiswch pwy sy'n llofnodi
sign-error-name = Rhowch enw llawn y person sy'n llofnodi
sign-error-agree = Dewiswch i ddangos eich bod yn cytuno â'r datganiad
sign-rules-changed = Mae { $council } wedi newid y rheolau mae'n eu defnyddio i gyfrifo cyllidebau ers i'ch cyllideb chi gael ei chyfrifo. Ewch drwy 'Cael gwybod am eich arian' eto cyn i chi lofnodi: bydd eich atebion yn cael eu cadw, a bydd eich cyllideb yn cael ei chyfrifo gyda'r rheolau presennol.
sign-rules-changed-button = Cael gwybod am eich arian
sign-clock = Dydy cloc y ddyfais hon ddim wedi'i osod i ddyddiad go iawn. Gosodwch y dyddiad a'r amser, yna llofnodwch eto.
sign-failed = Doedd dim modd llofnodi'r cynllun. Gwiriwch eich cynllun, yna rhowch gynnig arall arni.

role-person = y person mae'r cynllun ar ei gyfer
role-nominee = enwebai
role-representative = cynrychiolydd
role-witness = tyst

signed-heading = Anfonwch eich cynllun wedi'i lofnodi
signed-none = Dydych chi ddim wedi llofnodi'r cynllun hwn eto.
signed-changed-since = Rydych chi wedi newid y cynllun ers i chi ei lofnodi. Llofnodwch y cynllun eto i anfon y newidiadau.
signed-download-heading = Lawrlwythwch y cynllun wedi'i lofnodi
signed-download-body = Enw'r ffeil yw { $file }. Cadwch gopi: dyma eich cynllun fel y gwnaethoch chi ei lofnodi.
signed-download = Lawrlwytho'r cynllun wedi'i lofnodi
signed-print = Argraffu'r cynllun neu ei gadw fel PDF
signed-send-heading = Anfonwch y cynllun at { $council }
signed-send-email = Anfonwch y ffeil drwy e-bost at{" "}
signed-send-web = Lanlwythwch y ffeil ar{" "}
signed-send-fingerprint = Pan fydd { $council } yn cysylltu â chi am eich cynllun, efallai y byddan nhw'n darllen ôl bys yr allwedd a dechrau crynhoad y cynllun uchod i chi. Os yw'r ddau'n cyfateb, mae ganddyn nhw'r cynllun y gwnaethoch chi ei lofnodi, o'r ddyfais hon.
signed-decision-heading = Penderfyniad y cyngor
signed-decision-waiting = Pan fydd { $council } wedi penderfynu ar eich cynllun, byddan nhw'n anfon ffeil penderfyniad atoch chi. Llwythwch hi yma i weld y penderfyniad gyda'ch cynllun.
signed-load-decision = Llwytho ffeil penderfyniad y cyngor
signed-load-decision-hint = Mae enw'r ffeil yn gorffen gyda .json. Mae'n aros ar y ddyfais hon.
signed-earlier = Cynlluniau rydych chi wedi'u llofnodi o'r blaen
signed-earlier-item = Wedi'i lofnodi ar { $when }: { $status }
signed-earlier-no-decision = dim penderfyniad wedi'i lwytho

decision-confirmed = Cadarnhaodd { $officer }, { $role }, { $council }, y cynllun ar { $when }.
decision-changed = Cadarnhaodd { $officer }, { $role }, { $council }, y cynllun gyda newidiadau ar { $when }.
decision-returned = Dychwelodd { $officer }, { $role }, { $council }, y cynllun ar { $when }.
decision-tag-confirmed = Wedi'i gadarnhau
decision-tag-changed = Wedi'i gadarnhau gyda newidiadau
decision-tag-returned = Wedi'i ddychwelyd
decision-budget = Cyllideb bersonol wedi'i chytuno
decision-reasons = Rhesymau
decision-changes = Newidiadau neu amodau
decision-loaded = Mae penderfyniad y cyngor wedi cael ei ychwanegu at eich cynllun.
decision-loaded-earlier = Mae penderfyniad y cyngor wedi cael ei ychwanegu at gynllun rydych chi wedi'i lofnodi o'r blaen. Mae wedi'i restru o dan "Cynlluniau rydych chi wedi'u llofnodi o'r blaen".
decision-other-plan = Mae'r penderfyniad hwn am gynllun gwahanol (y cynllun ar gyfer { $person }), nid un a gafodd ei lofnodi ar y ddyfais hon ar gyfer y cynllun hwn. Does dim byd wedi cael ei newid.
decision-refused = Does dim modd ymddiried yn y ffeil penderfyniad hon, felly dydy hi ddim wedi cael ei hychwanegu: { $reason }

file-drop-here = Neu lusgwch a gollyngwch y ffeil yma.
file-too-large = Mae'r ffeil yn rhy fawr i fod yn gynllun wedi'i lofnodi neu'n benderfyniad. Dewiswch y ffeil a gafodd ei hanfon atoch chi.
file-unreadable = Doedd dim modd darllen y ffeil. Dewiswch hi eto, neu ofynnwch am gopi newydd.

print-heading = Cynllun cymorth ar gyfer { $name }
print-button = Argraffu neu gadw fel PDF

document-declarations = Datganiadau
document-signed-by = Wedi'i lofnodi gan
document-signer = { $name } ({ $role })
document-signed-at = Wedi'i lofnodi ar
document-key = Ôl bys yr allwedd
document-digest = Crynhoad y cynllun
document-about = Am y cynllun
document-planned-by = Wedi'i gynllunio gan
document-planned-by-person = Y person ei hun
document-planned-by-other = Rhywun sy'n cynllunio gyda nhw neu ar eu rhan
document-basis-chosen = Wedi'i ddewis gan y person i'w helpu i gynllunio
document-basis-authorised = Person awdurdodedig
document-basis-attorney = Atwrnai o dan atwrneiaeth arhosol ar gyfer iechyd a lles
document-basis-deputy = Dirprwy wedi'i benodi gan y Llys Gwarchod
document-basis-other = Rheswm arall
document-money = Yr arian
document-carers = Dyraniad gofalwr: { $weekly } yr wythnos ({ $yearly } y flwyddyn)
document-panel = Bydd panel y cyngor yn edrych ar y cynllun hwn.
document-rule-set = Wedi'i gyfrifo gan ddefnyddio
document-rule-set-version = Set o reolau "{ $id }", fersiwn { $version }
document-strengths = Cryfderau
document-relationships = Pobl sy'n bwysig
document-outcome-words = Yn eu geiriau eu hunain
document-outcome-know = Sut byddan nhw'n gwybod ei fod yn gweithio
document-provider = Pwy sy'n ei roi
document-cost = Cost
document-unpaid = Heb ei dalu o'r gyllideb
document-cost-not-shown = Wedi'i gostio o dan set arall o reolau: gweler y cyfansymiau
document-total-supports = Cymorth â thâl
document-total-contingency = Arian wrth gefn
document-total-one-off = Costau untro
document-nominee = Enwebai
document-name = Enw
document-contact = Manylion cyswllt
document-staying-safe = Cadw'n ddiogel ac mewn rheolaeth
document-risk-what = Beth allai fynd o'i le
document-risk-do = Beth fydd yn cael ei wneud
document-contacts = Pwy i gysylltu â nhw
document-action = { $who }, erbyn { $when }
document-needs = Anghenion a aseswyd
document-needs-none = Nid yw'r cynllun yn rhestru unrhyw anghenion a aseswyd.
document-need-number = Angen { $number }
document-need-words = Yng ngeiriau'r cyngor
document-need-eligibility = Cymhwysedd
document-need-eligible = Cymwys
document-need-not-eligible = Ddim yn gymwys
document-need-outcomes = Y canlyniadau mae'n effeithio arnyn nhw
document-need-will-meet = A fydd y cyngor yn ei ddiwallu?
document-need-met = Bydd
document-need-not-met = Na fydd
document-need-how = Sut mae'n cael ei ddiwallu
document-wellbeing = Llesiant
document-wellbeing-intro = Y rhannau o lesiant y gallai'r gofal a'r cymorth hwn helpu â nhw:
document-information = Gwybodaeth a chyngor
document-personal-budget = Eich cyllideb bersonol
document-pb-cost = Cost diwallu'r anghenion (y gyllideb ddangosol)
document-pb-contribution = Yr hyn mae { $name } yn ei dalu
document-pb-council = Yr hyn mae { $council } yn ei dalu
document-pb-not-shown = Heb ei ddangos: cafodd y cynllun ei lofnodi cyn i gynlluniau ddweud hyn, ac nid yw'r rheolau y cafodd ei wneud oddi tanynt ar gael yma.
document-direct-payments = Taliadau uniongyrchol
document-no-direct-payment = Nid oes dim o'r cymorth yn cael ei dalu drwy daliad uniongyrchol.
document-scotland-option = Opsiwn cymorth hunangyfeiriedig
document-review = Gwirio cynnydd ac adolygu
document-monitoring-how = Sut bydd cynnydd yn cael ei wirio
document-monitoring-by-whom = Pwy fydd yn ei wirio
document-disagree = Os ydych chi'n anghytuno
document-disagree-about = Am beth mae'r anghytundeb
document-disagree-why = Pam
document-no-disagreement = Nid yw'r cynllun yn dweud bod { $name } yn anghytuno â phenderfyniad.
document-review-contact = I ofyn i { $council } adolygu penderfyniad, cysylltwch â nhw:

## The council view

council-heading = Gwiriwch gynllun wedi'i lofnodi
council-lede = Agorwch gynllun wedi'i lofnodi mae rhywun wedi'i anfon. Mae'r dudalen hon yn gwirio nad yw wedi cael ei newid ers iddo gael ei lofnodi, yn ailgyfrifo'r gyllideb ac yn dangos beth mae'r gwiriadau'n ei ganfod. Does dim byd yn cael ei anfon i unman.
council-open = Agor cynllun wedi'i lofnodi
council-open-hint = Mae enw'r ffeil yn gorffen gyda .json.
council-result-heading = { $file }
council-verified = Mae'r cynllun hwn yn ddilys
council-verified-body = Dydy'r cynllun ddim wedi cael ei newid ers iddo gael ei lofnodi, ac mae ei gyllideb a'i gyfansymiau yr un fath ar ôl eu hailgyfrifo.
council-not-verified = Dydy'r cynllun hwn ddim yn ddilys
council-not-verified-body = Peidiwch â dibynnu ar y ffeil hon. Gofynnwch i'r person anfon y cynllun wedi'i lofnodi eto.
council-warnings = Gwiriwch y rhain cyn i chi benderfynu:
council-signatures = Pwy wnaeth lofnodi, ac olion bysedd eu hallweddi
council-fingerprint-advice = I wneud yn siŵr mai nhw anfonodd y cynllun, gofynnwch i'r person ddarllen i chi ôl bys yr allwedd sydd i'w weld yn eu ap, a chymharwch y ddau.
council-budget = Yr arian
council-budget-stated = Cyllideb yn y ffeil
council-budget-recomputed = Cyllideb wedi'i hailgyfrifo
council-budget-not-recomputed = Heb ei hailgyfrifo: dydy'r set o reolau mae'r ffeil yn cyfeirio ati ddim ar gael yma
council-no-findings = Wnaeth y gwiriadau ddim dod o hyd i unrhyw beth i holi amdano.
council-findings-must-fix = Rhaid eu cywiro
council-read-plan = Darllen y cynllun cyfan
council-decide-heading = Cofnodwch benderfyniad
council-decision-legend = Beth rydych chi wedi'i benderfynu?
decision-option-confirmed = Cadarnhau'r cynllun fel y mae
decision-option-changed = Cadarnhau'r cynllun gyda newidiadau neu amodau
decision-option-returned = Dychwelyd y cynllun i'w newid
council-reasons-hint = Eglurwch pam, mewn geiriau y bydd y person yn eu deall. Mae angen hyn os byddwch chi'n newid neu'n dychwelyd y cynllun.
council-changes-hint = Ysgrifennwch bob newid neu amod ar linell ar wahân.
council-weekly = Cyllideb bersonol wedi'i chytuno bob wythnos
council-yearly = Cyllideb bersonol wedi'i chytuno bob blwyddyn
council-officer = Eich enw llawn
council-officer-role = Teitl eich swydd
council-key = Ffeil allwedd llofnodi'r cyngor
council-key-hint = Dim ond i lofnodi'r penderfyniad hwn mae'r allwedd yn cael ei defnyddio. Dydy hi ddim yn cael ei chadw, ac mae'n cael ei hanghofio pan fyddwch chi'n llofnodi.
council-key-loaded = Mae'r allwedd { $fingerprint } wedi'i llwytho. Bydd yn cael ei hanghofio pan fyddwch chi'n llofnodi.
council-key-forget = Tynnu'r allwedd
council-key-unreadable = Nid ffeil allwedd llofnodi'r cyngor yw hon. Dewiswch y ffeil allwedd a gafodd ei gwneud gyda 'support-plan keygen'.
council-key-not-published = Dydy'r allwedd { $fingerprint } ddim yn un o'r allweddi mae'r gwasanaeth hwn yn eu cyhoeddi ar gyfer llofnodi heddiw, felly fyddai apiau pobl ddim yn derbyn y penderfyniad. Dewiswch allwedd arall, neu gyhoeddwch yr allwedd hon yn config.json.
council-sign = Llofnodi'r penderfyniad
council-made = Mae'r penderfyniad wedi'i lofnodi
council-made-body = Lawrlwythwch y ffeil penderfyniad a'i hanfon at y person. Mae'r allwedd wedi cael ei hanghofio.
council-download = Lawrlwytho'r ffeil penderfyniad
decision-error-outcome = Dewiswch beth rydych chi wedi'i benderfynu
decision-error-reasons = Rhowch y rhesymau dros newid neu ddychwelyd y cynllun
decision-error-changes = Rhowch y newidiadau neu'r amodau
decision-error-weekly = Rhowch y gyllideb wythnosol sydd wedi'i chytuno, fel 255.78
decision-error-yearly = Rhowch y gyllideb flynyddol sydd wedi'i chytuno, fel 13300.56
council-confirm-amounts = Bydd y gyllideb sy'n cael ei chytuno yr un fath â'r un yn y cynllun: { $weekly } yr wythnos ({ $yearly } y flwyddyn). I gytuno ar swm gwahanol, cadarnhewch y cynllun gyda newidiadau.
council-intact = Heb ei newid ers iddo gael ei lofnodi
council-yes = Ie
council-no = Na
council-budget-check = Cyllideb a chyfansymiau wedi'u hailgyfrifo
council-budget-same = Yr un fath ag yn y ffeil
council-budget-different = Yn wahanol i'r ffeil
council-budget-unchecked = Doedd dim modd eu hailgyfrifo
decision-error-officer = Rhowch eich enw llawn
decision-error-role = Rhowch deitl eich swydd
decision-error-key = Dewiswch ffeil allwedd llofnodi'r cyngor

# Dates and times. `date-long` puts a day, a month's name and a year in order.
date-long = { $day } { $month } { $year }
date-and-time = { $date } am { $time }
# `$half` is "am" or "pm".
time-of-day = { $clock }{ $half ->
    [am] yb
   *[pm] yh
}
time-midday = hanner dydd
time-midnight = hanner nos
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
# Lists: "a, b and c" is list-last with $first = list-more("a", "b") and $last = "c".
list-more = { $first }, { $next }
list-last = { $first } a { $last }
council-personal-budget = Y gyllideb bersonol
council-pb-worked-out-again = Cafodd y cynllun hwn ei lofnodi cyn i gynlluniau ddweud y gyllideb bersonol mewn tair rhan, felly mae'r ffigurau hyn wedi'u cyfrifo eto o'r cynllun. Nid ydyn nhw wedi'u llofnodi.
council-disagreement = Mae { $name } yn anghytuno â phenderfyniad. Gallan nhw ofyn i'r penderfyniad gael ei adolygu.

## The council's command-line tool: the personal budget
# What `support-plan check` and `support-plan verify` print about the personal budget in its three
# parts, the direct payment, the assessed needs and a disagreement. `$amounts` is a weekly and a
# yearly amount (amount-week-and-year); `$amount`, `$supports` and `$weekly` are money already
# written ("£42.50"); `$need` and `$supports` in lists are the findings' quoted words.

cli-personal-budget = Cyllideb bersonol:
cli-personal-budget-signed = Cyllideb bersonol, fel y cafodd ei llofnodi:
cli-personal-budget-recomputed = Cyllideb bersonol, wedi'i chyfrifo eto:
cli-personal-budget-not-known = Cyllideb bersonol: nid yw yn y ffeil, ac nid yw wedi'i chyfrifo eto heb y set reolau y mae'r cynllun yn ei henwi
cli-cost = Cost diwallu'r anghenion: { $amounts }
cli-contribution-assessed = Cyfraniad: { $amounts }, o'r llythyr asesiad ariannol dyddiedig { $date }
cli-contribution-undated = Cyfraniad: { $amounts } (nid yw dyddiad y llythyr asesiad ariannol wedi'i roi)
cli-contribution-not-assessed = Cyfraniad: heb ei asesu eto
cli-contribution-not-stated = Cyfraniad: heb ei nodi
cli-council-part = Rhan y cyngor: { $amounts }
cli-council-part-not-known = Rhan y cyngor: ddim yn hysbys tan yr asesiad ariannol
cli-direct-payment = Taliad uniongyrchol:
cli-direct-payment-signed = Taliad uniongyrchol, fel y cafodd ei lofnodi:
cli-direct-payment-recomputed = Taliad uniongyrchol, wedi'i gyfrifo eto:
cli-payment = Pob taliad: { $amount } { $frequency } ({ $weekly } yr wythnos)
cli-payment-not-known = Pob taliad: ddim yn hysbys tan yr asesiad ariannol, { $frequency }
cli-paid-to = Yn cael ei dalu i: { $payee }
cli-basis-net = Wedi'i dalu'n net: mae'r cyfraniad yn cael ei dynnu oddi ar y { $supports } yr wythnos o gymorth a reolir drwy daliad uniongyrchol
cli-basis-gross = Wedi'i dalu'n gros: mae'r { $supports } yr wythnos o gymorth a reolir drwy daliad uniongyrchol yn cael ei dalu'n llawn, ac mae'r person yn talu ei gyfraniad i'r cyngor
cli-paid-to-council = Mae'r person yn talu { $weekly } yr wythnos i'r cyngor ei hun: y rhan o'r cyfraniad sy'n ormod i'r taliad ei chymryd
cli-working = Y cyfrifiad: { $working }
cli-meets = Yr anghenion y mae'n eu diwallu: { $needs }
cli-meets-none = Yr anghenion y mae'n eu diwallu: dim wedi'u henwi
cli-needs = Anghenion a aseswyd:
cli-needs-none = Anghenion a aseswyd: dim wedi'u cofnodi
cli-need = { $need }: { $eligibility }; { $meeting }
cli-eligible = cymwys ({ $outcomes })
cli-eligible-no-outcome = cymwys
cli-not-eligible = ddim yn gymwys
cli-eligibility-not-said = nid yw'n dweud a yw'n gymwys
cli-met-by = bydd y cyngor yn ei ddiwallu, drwy { $supports }
cli-met-otherwise = bydd y cyngor yn ei ddiwallu, nid drwy gymorth yn y cynllun: { $reason }
cli-met-by-nothing-yet = bydd y cyngor yn ei ddiwallu, ond nid oes cymorth yn y cynllun yn ei ddiwallu eto
cli-not-met = ni fydd y cyngor yn ei ddiwallu
cli-not-met-because = ni fydd y cyngor yn ei ddiwallu: { $reason }
cli-meeting-not-said = nid yw'n dweud a fydd y cyngor yn ei ddiwallu
cli-disagreement = Nid yw { $person } yn cytuno { $about ->
        [indicative_budget] â'r gyllideb ddangosol
        [contribution] â'r cyfraniad
        [eligibility] â phenderfyniad am gymhwysedd
       *[other_decision] â phenderfyniad arall
    }: { $why }
cli-disagreement-unspecified = Nid yw { $person } yn cytuno: { $why }
cli-council-pays = y cyngor yn talu
cli-worked-out-again = { $amount } (wedi'i gyfrifo eto)
cli-not-known = ddim yn hysbys
cli-item = { $name }

## What the checks find (each finding's message, then how to fix it)
# `$person` is the person's name, or "the person" until it is given. `$support` is a support's
# description in quotes, or "A support" (or "a support" within a sentence).

support-quoted = "{ $description }"
support-unnamed = cymorth heb ddisgrifiad
support-unnamed-within = cymorth heb ddisgrifiad
detail-name = enw
detail-relationship = sut maen nhw'n perthyn i'r person
detail-contact = manylion cyswllt
detail-basis = rheswm dros gynllunio ar gyfer y person
detail-agreement = datganiad eu bod yn cytuno i reoli'r arian
way-direct_payment_person = taliad uniongyrchol i'r person
way-direct_payment_nominee = taliad uniongyrchol i enwebai
way-individual_service_fund = cronfa gwasanaeth unigol
way-council_managed = cymorth wedi'i reoli gan y cyngor
reason-not-allowed = Nid oes modd defnyddio cyllideb bersonol ar gyfer { $item }.
need-quoted = "{ $words }"
need-unnamed = Angen { $number }
detail-how = sut bydd y cynnydd yn cael ei wirio
detail-by-whom = gan bwy y bydd yn cael ei wirio
payee-nominee = enwebai
payee-nominee-named = { $name }, fel enwebai
frequency-weekly = bob wythnos
frequency-four_weekly = bob pedair wythnos
frequency-monthly = bob mis

finding-questions_unanswered = { $count ->
    [one] Mae 1 cwestiwn am anghenion { $person } heb ei ateb, felly nid yw'r gyllideb yn derfynol
    [two] Mae { $count } gwestiwn am anghenion { $person } heb eu hateb, felly nid yw'r gyllideb yn derfynol
    [few] Mae { $count } chwestiwn am anghenion { $person } heb eu hateb, felly nid yw'r gyllideb yn derfynol
    [many] Mae { $count } chwestiwn am anghenion { $person } heb eu hateb, felly nid yw'r gyllideb yn derfynol
   *[other] Mae { $count } cwestiwn am anghenion { $person } heb eu hateb, felly nid yw'r gyllideb yn derfynol
}
fix-questions_unanswered = Atebwch weddill y cwestiynau yn 'Cael gwybod am eich arian'.
finding-answer_not_valid = Nid yw ateb yn cyd-fynd â chwestiynau'r cyngor (cwestiwn "{ $question }")
finding-answers_not_readable = Nid oes modd darllen atebion y cynllun i gwestiynau'r cyngor
fix-answer_not_valid = Atebwch y cwestiwn hwn eto yn 'Cael gwybod am eich arian'.
finding-budget_not_worked_out = Nid oedd modd cyfrifo'r gyllideb: mae rheolau'r cyngor yn rhoi swm sy'n rhy fawr i'w drin
fix-budget_not_worked_out = Cysylltwch â'r cyngor: mae angen cywiro ei set o reolau.
finding-rule_set_not_recorded = Nid yw'r cynllun yn cofnodi o ba reolau y daeth ei gyllideb; cafodd ei wirio gan ddefnyddio { $id } fersiwn { $version }
fix-rule_set_not_recorded = Agorwch 'Cael gwybod am eich arian' er mwyn i'r cynllun gofnodi rheolau presennol y cyngor.
finding-rule_set_differs = Cafodd y gyllideb yn y cynllun ei chyfrifo gan ddefnyddio { $planned_id } fersiwn { $planned_version }, ond cafodd ei gwirio gan ddefnyddio { $id } fersiwn { $version }, felly gall y swm fod yn wahanol
fix-rule_set_differs = Gwiriwch eich atebion yn 'Cael gwybod am eich arian' yn erbyn cwestiynau presennol y cyngor.
finding-person_name_missing = Nid yw'r cynllun yn dweud ar gyfer pwy y mae
fix-person_name_missing = Ychwanegwch enw'r person y mae'r cynllun ar ei gyfer.
finding-representative_details_missing = { $count ->
    [one] Mae rhywun arall yn gwneud y cynllun ar gyfer { $person }, ond mae'r manylyn hwn amdanyn nhw ar goll: { $details }
   *[other] Mae rhywun arall yn gwneud y cynllun ar gyfer { $person }, ond mae'r manylion hyn amdanyn nhw ar goll: { $details }
}
fix-representative_details_missing = Ychwanegwch y manylion sydd ar goll am y person sy'n cynllunio.
finding-what_matters_empty = Nid yw'r cynllun yn dweud eto beth sy'n bwysig ym mywyd { $person }
fix-what_matters_empty = Ysgrifennwch beth sy'n bwysig i'r person ac i'r bobl o'u cwmpas.
finding-no_outcomes = Nid yw'r cynllun yn dweud eto beth yw gobeithion { $person }: beth maen nhw eisiau ei newid neu ei gyflawni
fix-no_outcomes = Ychwanegwch o leiaf un canlyniad, yng ngeiriau'r person ei hun.
finding-no_supports = Nid yw'r cynllun yn dweud eto sut bydd { $person } yn cael cymorth
fix-no_supports = Ychwanegwch y cymorth y bydd y person yn ei gael, â thâl a di-dâl.
finding-no_actions = Nid oes cynllun gweithredu yn y cynllun: pwy sy'n gwneud beth, ac erbyn pryd
fix-no_actions = Ychwanegwch o leiaf un cam gweithredu, gan ddweud pwy fydd yn ei wneud ac erbyn pryd.
finding-outcome_without_measure = Nid yw'r canlyniad "{ $outcome }" yn dweud sut byddwch chi'n gwybod ei fod yn gweithio
fix-outcome_without_measure = Dywedwch beth fydd yn wahanol pan fydd y canlyniad hwn wedi'i gyflawni.
finding-support_not_described = Mae cymorth yn y cynllun heb ddisgrifiad
fix-support_not_described = Dywedwch beth yw'r cymorth, er enghraifft 'Help i godi a gwisgo'.
finding-support_serves_missing_outcome = Mae { $support } wedi'i gysylltu â chanlyniad nad yw yn y cynllun mwyach
fix-support_serves_missing_outcome = Dewiswch eto pa ganlyniadau mae'r cymorth hwn yn helpu gyda nhw.
finding-category_not_allowed = Mae { $support } ar gyfer { $item }: { $reason }
fix-category_not_allowed = Tynnwch y cymorth hwn o'r gyllideb, neu talwch amdano mewn ffordd arall.
finding-unknown_category = Mae { $support } mewn categori nad yw'r cyngor yn ei ddefnyddio ({ $category })
fix-unknown_category = Dewiswch un o gategorïau'r cyngor ar gyfer y cymorth hwn.
finding-category_missing = Nid oes math o gymorth wedi'i ddewis ar gyfer { $support }
fix-category_missing = Dewiswch gategori ar gyfer y cymorth hwn.
finding-paid_support_without_outcome = Mae { $support } yn cael ei dalu, ond nid yw wedi'i gysylltu ag unrhyw ganlyniad
fix-paid_support_without_outcome = Dywedwch gyda pha ganlyniadau mae'r cymorth hwn yn helpu: mae'r cyngor yn gwirio bod yr arian yn cael ei wario arnyn nhw.
finding-support_not_costed = Mae { $support } yn cael ei dalu, ond nid oes cost ar ei gyfer eto
fix-support_not_costed = Ychwanegwch beth mae'n ei gostio: oriau a chyfradd, sesiynau a phris, neu swm.
finding-unknown_price_item = Mae { $support } yn enwi eitem nad yw ar restr brisiau'r cyngor ({ $code })
fix-unknown_price_item = Dewiswch yr eitem o restr brisiau'r cyngor eto, neu dewiswch nad yw'r cymorth ar y rhestr.
finding-price_above_cap = Mae { $support } yn costio { $price } am bob { $unit }, sy'n fwy na'r hyn mae'r cyngor yn ei dalu ar gyfer { $item } ({ $cap } am bob { $unit })
fix-price_above_cap = Dewch o hyd i bris is, neu siaradwch â'r cyngor ynghylch pam mae angen y pris hwn.
finding-quote_needed = Mae angen dyfynbris ar gyfer { $support }: mae'r cyngor yn gofyn am un ar gyfer { $item }
fix-quote_needed = Gofynnwch i'r darparwr am ddyfynbris, a dywedwch ei fod wedi'i atodi.
finding-outcome_without_support = Nid oes unrhyw gymorth yn y cynllun yn helpu gyda "{ $outcome }"
fix-outcome_without_support = Cysylltwch gymorth â'r canlyniad hwn, â thâl neu ddi-dâl, neu dilëwch y canlyniad.
finding-management_missing = Nid yw'r cynllun yn dweud pwy fydd yn rheoli'r arian ar gyfer { $support }
fix-management_missing = Dewiswch sut bydd yr arian ar gyfer y cymorth hwn yn cael ei reoli.
finding-management_not_offered = Mae'r cynllun yn dweud y bydd { $support } yn cael ei reoli fel { $way }, ond nid yw'r cyngor yn cynnig hynny
fix-management_not_offered = Dewiswch un o'r ffyrdd o reoli arian y mae'r cyngor yn eu cynnig.
finding-service_fund_provider_missing = Mae { $support } yn cael ei dalu drwy gronfa gwasanaeth unigol, ond nid yw'r darparwr sy'n dal y gronfa wedi'i enwi
fix-service_fund_provider_missing = Ychwanegwch enw'r darparwr a fydd yn dal yr arian.
finding-nominee_details_missing = { $count ->
    [one] Mae rhywfaint o arian i'w dalu i enwebai, ond mae'r manylyn hwn am yr enwebai ar goll: { $details }
   *[other] Mae rhywfaint o arian i'w dalu i enwebai, ond mae'r manylion hyn am yr enwebai ar goll: { $details }
}
fix-nominee_details_missing = Ychwanegwch fanylion yr enwebai a chadarnhewch eu bod nhw'n cytuno i reoli'r arian.
finding-no_backup_plan = Nid yw'r cynllun yn dweud beth fydd yn digwydd os na fydd y cymorth â thâl yn cyrraedd
fix-no_backup_plan = Ysgrifennwch gynllun wrth gefn: pwy fydd yn helpu yn lle hynny, a phwy i'w ffonio.
finding-no_safety_contacts = Nid yw'r cynllun yn rhestru unrhyw un i gysylltu â nhw os bydd rhywbeth yn mynd o'i le
fix-no_safety_contacts = Ychwanegwch bobl i gysylltu â nhw, gyda'u rhifau ffôn.
finding-risk_without_plan = Nid yw'r risg "{ $risk }" yn dweud beth fydd yn cael ei wneud am hyn
fix-risk_without_plan = Dywedwch beth fydd yn cael ei wneud i'w atal, neu os bydd yn digwydd.
finding-no_review_date = Nid oes dyddiad adolygu yn y cynllun
fix-no_review_date = Dewiswch pryd bydd y cynllun yn cael ei adolygu, fel arfer o fewn blwyddyn.
finding-review_date_too_early = Nid yw'r dyddiad adolygu, { $date }, ar ôl y dyddiad pan ddechreuwyd y cynllun
fix-review_date_too_early = Dewiswch ddyddiad adolygu yn y dyfodol.
finding-over_budget = Mae'r cynllun yn costio { $planned } yr wythnos, { $over } yn fwy na'r gyllideb ddangosol o { $budget }. Mae modd ei anfon o hyd: bydd panel y cyngor yn edrych arno
fix-over_budget = Edrychwch eto ar oriau a phrisiau'r cymorth, neu eglurwch yn y cynllun pam mae angen mwy.
finding-within_budget = Mae'r cynllun yn costio { $planned } yr wythnos o'r gyllideb o { $budget }, gan adael { $left }
fix-within_budget = Dim i'w gywiro.
finding-panel = Mae'r gyllideb yn uwch na'r swm y mae panel y cyngor yn edrych arno, felly bydd y panel yn adolygu'r cynllun
fix-panel = Dim i'w gywiro: mae'r panel yn adolygu pob cynllun o'r maint hwn.
finding-contingency_below_minimum = Yr arian wrth gefn yw { $contingency } yr wythnos; mae'r cyngor yn gofyn am o leiaf { $percent }% o'r gyllideb, sef { $minimum } yr wythnos
fix-contingency_below_minimum = Rhowch fwy o arian o'r neilltu bob wythnos ar gyfer pethau annisgwyl.
finding-one_off_costs = Mae costau untro o { $amount } yn y cynllun hefyd, ar wahân i'r gyllideb wythnosol
fix-one_off_costs = Dim i'w gywiro: mae'r cyngor yn cytuno ar gostau untro ar wahân.
finding-no_assessed_needs = Nid yw'r cynllun yn rhestru eto'r anghenion a nodwyd ar gyfer { $person } yn asesiad y cyngor
fix-no_assessed_needs = Ychwanegwch bob angen o'r asesiad o anghenion, yng ngeiriau'r asesiad.
finding-need_not_described = Nid yw { $need } yn dweud beth yw'r angen
fix-need_not_described = Ysgrifennwch yr angen fel mae'r asesiad o anghenion yn ei ddisgrifio.
finding-unknown_eligibility_outcome = Mae { $need } yn enwi canlyniad cymhwystra nad yw'r cyngor yn ei ddefnyddio
fix-unknown_eligibility_outcome = Dewiswch eto pa rai o ganlyniadau'r cyngor y mae'r angen hwn yn effeithio arnyn nhw.
finding-need_eligibility_not_said = Nid yw { $need } yn dweud a wnaeth yr asesiad ganfod ei fod yn gymwys
fix-need_eligibility_not_said = Dywedwch a wnaeth yr asesiad o anghenion ganfod bod yr angen hwn yn gymwys.
finding-eligible_need_without_outcome = Mae { $need } yn gymwys, ond nid yw'n dweud ar ba ganlyniadau y mae'n effeithio
fix-eligible_need_without_outcome = Dewiswch y canlyniadau na all y person eu cyflawni oherwydd yr angen hwn, fel mae'r asesiad yn ei ddweud.
finding-need_meeting_not_said = Nid yw { $need } yn dweud a fydd y cyngor yn ei ddiwallu
fix-need_meeting_not_said = Dywedwch a yw'r cyngor yn mynd i ddiwallu'r angen hwn.
finding-need_not_met = Bydd y cyngor yn diwallu { $need }, ond nid oes unrhyw gymorth yn y cynllun yn ei ddiwallu
fix-need_not_met = Cysylltwch gymorth â'r angen hwn, â thâl neu ddi-dâl, neu dywedwch pam nad oes cymorth yn y cynllun yn ei ddiwallu.
finding-support_meets_missing_need = Mae { $support } wedi'i gysylltu ag angen nad yw yn y cynllun mwyach
fix-support_meets_missing_need = Dewiswch eto pa anghenion mae'r cymorth hwn yn eu diwallu.
finding-unknown_wellbeing = Mae'r cynllun yn enwi agwedd ar lesiant nad yw'r cyngor yn ei defnyddio
fix-unknown_wellbeing = Dewiswch eto pa agweddau ar lesiant y gallai gofal a chymorth helpu gyda nhw.
finding-wellbeing_not_said = Nid yw'r cynllun yn dweud pa agweddau ar lesiant { $person } y gallai gofal a chymorth helpu gyda nhw
fix-wellbeing_not_said = Dewiswch yr agweddau ar lesiant sy'n bwysig yn y cynllun hwn.
finding-no_information_and_advice = Nid yw'r cynllun yn dweud beth gafodd { $person } wybod am leihau neu ohirio eu hanghenion
fix-no_information_and_advice = Ysgrifennwch y wybodaeth a'r cyngor a roddwyd: gwasanaethau, grwpiau, offer neu newidiadau a allai helpu.
finding-contribution_not_stated = Nid yw'r cynllun yn dweud beth mae { $person } yn ei dalu tuag at y gyllideb
fix-contribution_not_stated = Rhowch y swm o'r llythyr asesiad ariannol, neu dywedwch nad yw'r asesiad wedi cael ei wneud eto.
finding-contribution_letter_date_missing = Nid yw'r cyfraniad yn dweud beth yw dyddiad y llythyr asesiad ariannol
fix-contribution_letter_date_missing = Rhowch y dyddiad sydd ar y llythyr a ddywedodd wrthych chi beth yw'r swm.
finding-contribution_not_assessed = Nid yw'r asesiad ariannol wedi cael ei wneud, felly nid yw'n hysbys eto faint o'r { $cost } yr wythnos y bydd y cyngor yn ei dalu
fix-contribution_not_assessed = Dim i'w gywiro: diweddarwch y cynllun pan ddaw'r llythyr.
finding-contribution_above_budget = Mae'r cyfraniad o { $contribution } yr wythnos yn fwy na'r gyllideb o { $cost } yr wythnos
fix-contribution_above_budget = Gwiriwch y swm yn erbyn y llythyr asesiad ariannol.
finding-direct_payment = Bydd taliad uniongyrchol o { $amount } yn cael ei dalu { $frequency } i { $payee }
fix-direct_payment = Dim i'w gywiro.
finding-direct_payment_not_known = Bydd taliad uniongyrchol am { $supports } yr wythnos o gymorth, llai'r cyfraniad pan fydd wedi cael ei asesu, yn cael ei dalu { $frequency } i { $payee }
finding-direct_payment_payees_mixed = Mae rhai taliadau uniongyrchol i fynd i'r person a rhai i enwebai; un taliad uniongyrchol sy'n cael ei wneud, i'r enwebai
fix-direct_payment_payees_mixed = Dewiswch yr un person i gael pob taliad uniongyrchol, neu siaradwch â'r cyngor.
finding-monitoring_not_said = Nid yw'r cynllun yn dweud { $details }
fix-monitoring_not_said = Dywedwch sut bydd y cynnydd tuag at y canlyniadau yn cael ei wirio cyn yr adolygiad, a gan bwy.
finding-disagreement_without_reason = Mae'r cynllun yn dweud bod { $person } yn anghytuno, ond nid pam
fix-disagreement_without_reason = Dywedwch beth rydych chi'n anghytuno ag ef a pham, er mwyn i'r cyngor allu edrych arno eto.
finding-disagreement_recorded = Mae { $person } yn anghytuno: "{ $why }". Bydd y cyngor yn gweld hyn gyda'r cynllun
fix-disagreement_recorded = Dim i'w gywiro: gellir gofyn i'r cyngor adolygu ei benderfyniad.

## What checking a signed file finds (the council view and the signed plan page)

kind-signed_plan = cynllun cymorth wedi'i lofnodi
kind-council_decision = penderfyniad gan y cyngor
json-missing = ar goll
json-unexpected = annisgwyl
problem-not_json = Nid { $kind } yw'r ffeil hon (nid yw'n JSON y mae modd ei ddarllen: { $detail }).
problem-not_readable = Nid { $kind } yw'r ffeil hon.
problem-wrong_kind = Mae'r ffeil hon yn cynnwys { $kind }, nid { $expected }.
problem-unknown_format = Nid { $kind } yw'r ffeil hon: nid yw'r ap hwn yn adnabod ei "format" ({ $format }).
problem-version_too_new = Mae'r ffeil hon yn defnyddio fersiwn { $version } o'r fformat. Cafodd ei gwneud gan fersiwn fwy newydd o'r ap na'r un hwn (sy'n darllen fersiwn { $readable }). Defnyddiwch y fersiwn ddiweddaraf o'r ap i'w gwirio.
problem-unknown_version = Nid yw "format_version" y ffeil hon ({ $version }) yn fersiwn o'r fformat.
problem-not_whole_number = Nid yw'r rhif { $number } yn { $path } yn rhif cyfan y mae pob rhaglen yn ei ddarllen yn union; dim ond rhifau cyfan sydd mewn ffeiliau wedi'u llofnodi, felly ni chafodd y ffeil ei gwneud gan yr ap hwn, neu mae wedi cael ei newid.
problem-not_the_format = Nid yw'r ffeil hon yn dilyn fformat { $kind } yn { $path }: { $detail }.
problem-signatures_unreadable = Nid oes modd darllen y llofnodion: { $detail }.
problem-not_signed = Nid oes llofnodion yn y ffeil hon, felly nid oes dim yn dangos pwy a'i gwnaeth, na'i bod heb ei newid.
problem-signed_twice = Mae llofnod { $number } yn ailadrodd allwedd sydd eisoes wedi llofnodi.
problem-key_not_valid = Nid yw allwedd gyhoeddus llofnod { $number } yn allwedd Ed25519 ddilys, felly nid oes modd ymddiried yn y ffeil.
problem-signature_not_hex = Nid yw llofnod { $number } (allwedd { $key }) yn 128 digid hecs, felly nid oes modd ymddiried yn y ffeil.
problem-signature_does_not_match = Nid yw llofnod { $number } (allwedd { $key }) yn cyfateb i'r cynnwys: mae'r ffeil wedi cael ei newid ers iddi gael ei llofnodi. Gofynnwch am y ffeil eto fel y cafodd ei hanfon.
problem-plan_unreadable = Nid oes modd darllen y cynllun yn y ffeil hon: { $detail }.
problem-rule_set_mismatch = Mae'r cynllun yn y ffeil hon yn enwi un set o reolau, ond mae ei gyllideb yn dweud iddi ddod o set arall.
problem-no_one_agrees = Nid oes neb yn y ffeil hon yn cytuno i'r cynllun: mae'n rhaid cael datganiad gan y person, eu henwebai neu eu cynrychiolydd.
problem-declaration_unnamed = Nid oes enw ar ddatganiad { $number }.
problem-fingerprint_mismatch = Mae datganiad { $name } yn rhoi { $stated } fel ôl bys yr allwedd, ond { $actual } yw ôl bys yr allwedd.
problem-declaration_not_signed = Mae datganiad { $name } yn enwi'r allwedd { $key }, ond nid oes llofnod dilys gan yr allwedd honno yn y ffeil.
problem-signature_without_declaration = Nid yw un o'r llofnodion yn y ffeil hon yn perthyn i unrhyw ddatganiad, felly nid yw'n dweud dim am bwy a gytunodd.
problem-rule_set_differs = Cafodd y cynllun hwn ei gyfrifo gyda'r set o reolau "{ $id }" fersiwn { $version } (stwnsh y cynnwys { $hash }…); set bresennol o reolau'r cyngor yw "{ $current_id }" fersiwn { $current_version } (stwnsh y cynnwys { $current_hash }…). Mae ei gyllideb yn cael ei gwirio yn erbyn y rheolau a gafodd eu defnyddio i'w chyfrifo.
problem-budget_not_recomputed = Nid yw'r set o reolau "{ $id }" fersiwn { $version } (stwnsh y cynnwys { $hash }…) ar gael yma, felly nid oedd modd cyfrifo'r gyllideb eto, ac nid oes modd dibynnu arni. Gwiriwch y ffeil gyda'r set honno o reolau.
problem-rule_set_misnamed = Mae'r ffeil yn enwi'r set o reolau "{ $id }" fersiwn { $version }, ond mae stwnsh ei chynnwys yn cyfateb i "{ $actual_id }" fersiwn { $actual_version }.
problem-currency_differs_rules = Mae'r ffeil yn rhoi symiau mewn { $currency }, ond mae'r set o reolau'n defnyddio { $expected }.
problem-budget_incomplete = Nid yw atebion y cynllun yn rhoi cyllideb gyflawn o dan y set o reolau y mae'n ei henwi, felly ni all y gyllideb yn y ffeil fod yn gywir.
problem-budget_differs = Mae'r ffeil yn dweud mai'r gyllideb yw { $weekly } yr wythnos ({ $yearly } y flwyddyn), ond mae atebion y cynllun yn rhoi { $actual_weekly } yr wythnos ({ $actual_yearly } y flwyddyn) o dan y set o reolau "{ $id }" fersiwn { $version }.
problem-signed_before_personal_budget = Cafodd y cynllun ei lofnodi cyn i gynlluniau nodi'r gyllideb bersonol mewn tair rhan: mae'r cyfraniad a'r taliad uniongyrchol sy'n cael eu dangos wedi cael eu cyfrifo eto o'r cynllun.
problem-personal_budget_missing = Nid yw'r ffeil yn nodi'r gyllideb bersonol mewn tair rhan (y gost, y cyfraniad, rhan y cyngor), ac mae'n rhaid i gynllun wedi'i lofnodi o'r fersiwn hon wneud hynny.
problem-personal_budget_differs = Nid yw'r gyllideb bersonol yn y ffeil (y gost, y cyfraniad, rhan y cyngor neu'r taliad uniongyrchol) yn cyfateb i'r hyn mae'r cynllun yn ei roi o dan { $id } fersiwn { $version }.
problem-totals_differ = Mae'r ffeil yn dweud bod y cynllun yn gwario { $weekly } yr wythnos ({ $yearly } y flwyddyn), ond mae ei gymorth a'i arian wrth gefn yn dod i gyfanswm o { $actual_weekly } yr wythnos ({ $actual_yearly } y flwyddyn).
problem-other_plan = Mae'r penderfyniad hwn am gynllun gwahanol wedi'i lofnodi.
problem-currency_differs_plan = Mae'r penderfyniad yn rhoi symiau mewn { $currency }, ond mae'r cynllun yn defnyddio { $expected }.
problem-confirmed_amounts_differ = Mae'r penderfyniad yn cadarnhau'r cynllun fel y mae, ond yn cytuno ar gyllideb sy'n wahanol i un y cynllun; mae cyllideb wahanol yn newid, ac mae'n rhaid ei chofnodi fel newid.
problem-other_council = Cafodd y penderfyniad hwn ei wneud gan "{ $council }", nid gan y cyngor hwn.
problem-not_a_council_key = Nid yw'r penderfyniad hwn wedi'i lofnodi ag allwedd y mae { $council } yn ei chyhoeddi, felly nid oes modd dibynnu arno. Cysylltwch â'r cyngor.
problem-key_not_in_force = Dyddiad y penderfyniad hwn yw { $date }, pan nad oedd yr allwedd a'i llofnododd mewn grym. Cysylltwch â'r cyngor.
problem-plan_digest_unreadable = Nid yw'r penderfyniad yn dweud pa gynllun y mae'n ymwneud ag ef (nid yw ei plan_digest yn 64 digid hecs).
problem-reasons_missing = Mae'r penderfyniad yn newid neu'n dychwelyd y cynllun, ond nid yw'n rhoi rhesymau.
problem-changes_missing = Mae'r penderfyniad yn cadarnhau'r cynllun gyda newidiadau, ond nid yw'n dweud beth ydyn nhw.
problem-amounts_missing = Mae'n rhaid i gynllun sydd wedi'i gadarnhau nodi'r gyllideb a gytunwyd, ac ni ddylai cynllun sydd wedi'i ddychwelyd wneud hynny.
problem-officer_missing = Nid yw'r penderfyniad yn enwi'r swyddog a'i gwnaeth.
problem-council_keys_not_checked = Ni chafodd yr allwedd lofnodi ei gwirio yn erbyn yr allweddi y mae'r cyngor yn eu cyhoeddi, felly nid oes dim yn dangos mai'r cyngor a wnaeth y penderfyniad hwn. Gwiriwch hi gyda ffurfweddiad y cyngor.
problem-too_large = Ni all yr ap hwn ddarllen y ffeil hon fel { $kind }: { $detail }
problem-too_many_signatures = Mae { $count } llofnod yn y ffeil hon; mae gan ffeil wedi'i llofnodi { $limit } ar y mwyaf, felly nid yr ap hwn a'i gwnaeth.
limit-bytes = mae'n fwy na { $kib } KiB, yn fwy nag unrhyw ffeil go iawn o'i math, felly ni ddarllenwyd dim ohoni.
limit-depth = mae ei rhestrau a'i gwrthrychau wedi'u nythu mwy na { $limit } yn ddwfn, yn ddyfnach nag y mae'r math hwn o ffeil byth.
limit-string = mae'n cynnwys testun sy'n hirach na { $limit } nod, yn hirach nag y mae'r math hwn o ffeil yn ei ganiatáu.
limit-items = mae'n cynnwys rhestr o fwy na { $limit } eitem, yn fwy nag y mae'r math hwn o ffeil yn ei ganiatáu.
limit-total-items = mae ei rhestrau a'i gwrthrychau yn cynnwys mwy na { $limit } eitem i gyd, yn fwy nag y mae'r math hwn o ffeil yn ei ganiatáu.

## Why a stored plan cannot be read
json-at = llinell { $line }, colofn { $column }
stored-not-json = nid ffeil cynllun cymorth yw hon (nid yw'n JSON dilys yn { $at })
stored-not-a-plan = nid ffeil cynllun cymorth yw hon
stored-too-new = cafodd y cynllun hwn ei gadw gan fersiwn mwy newydd o'r ap (fformat cynllun { $version }); diweddarwch yr ap i'w agor
stored-damaged = mae'r cynllun wedi'i ddifrodi: { $problem }
stored-damaged-at = mae'r cynllun wedi'i ddifrodi yn { $path }: { $problem }
stored-too-large = nid yw hwn yn gynllun cymorth y gall yr ap hwn ei ddarllen: { $detail }
stored-wrong-value = nid dyma beth mae cynllun yn ei gadw yno ({ $detail })
stored-unknown-version = nid yw { $version } yn fersiwn y mae'r ap hwn erioed wedi'i ysgrifennu
stored-version-not-number = rhaid iddo fod yn rhif cyfan
stored-too-many-items = mae ganddo { $count } eitem; mae cynllun yn cadw { $limit } ar y mwyaf mewn unrhyw restr
stored-amount-out-of-range = nid yw { $amount } yn swm rhwng 0 a { $limit } ceiniog
stored-minutes-over-week = mae { $minutes } munud yn fwy nag sydd mewn wythnos
stored-sessions-over-limit = mae { $sessions } sesiwn yr wythnos yn fwy na { $limit }

## Why a record kept on the device cannot be read, or was kept aside
record-not-json = nid yw'n JSON yn { $at }
record-not-a-record = nid yw'n gofnod
record-foreign = nid yw'n gofnod a ysgrifennwyd gan yr ap hwn
record-too-new = cafodd ei gadw gan fersiwn mwy newydd o'r ap (fersiwn cofnod { $version }); diweddarwch yr ap i'w ddarllen
record-version-wrong = mae fersiwn ei gofnod ar goll neu'n anghywir
record-revision-missing = mae ei adolygiad ar goll
record-revision-too-high = mae ei adolygiad, { $revision }, y tu hwnt i unrhyw un y mae'r ap hwn yn ei ysgrifennu ({ $limit } ar y mwyaf)
record-saved-at-wrong = nid yw'r amser y cafodd ei gadw yn amser
record-sealed-damaged = mae ei gynnwys wedi'i selio wedi'i ddifrodi
record-content-or-sealed = mae gan gofnod naill ai gynnwys neu gynnwys wedi'i selio, nid y ddau na'r un o'r ddau
record-seal-broken = cafodd ei newid neu ei ddifrodi ar ôl iddo gael ei gadw (nid yw ei sêl yn cyfateb)
record-sealed-not-json = nid yw'r hyn sydd wedi'i selio ynddo yn JSON yn { $at }
record-gone = nid yw ar y ddyfais hon mwyach
sent-not-a-record = nid yw'n gofnod o gynlluniau wedi'u llofnodi ({ $detail })
sent-wrong-version = nid yw'n gofnod o gynlluniau wedi'u llofnodi mewn fersiwn y mae'r ap hwn yn ei darllen ({ $format } { $version })
aside-not-a-signing-key = nid yw'n allwedd llofnodi
aside-replaced-from-backup = cafodd ei ddisodli o gopi wrth gefn
aside-reason-earlier = { $reason }
aside-no-reason = cafodd ei roi o'r neilltu heb reswm y gall y fersiwn hon o'r ap ei ddarllen

## Why the device's storage failed, for the web team
store-revision-exhausted = ni all adolygiad y cofnod fynd y tu hwnt i { $limit }
store-read-back-differs = nid oedd yr hyn a gadwyd yr un fath wrth ei ddarllen yn ôl
store-signing-key-not-kept = ni chadwyd yr allwedd llofnodi
store-lock-read-back-differs = nid oedd y clo yr un fath wrth ei ddarllen yn ôl
store-not-all-removed = nid oedd modd dileu rhai cofnodion
store-browser-refused = gwrthododd y porwr, gan ddweud: { $name }
store-no-random = nid oes gan y porwr gynhyrchydd rhifau ar hap diogel
store-lock-changed = newidiodd y clo mewn tab arall

## Why a lock record cannot be used, for the web team
lock-record-not-json = nid yw'n JSON yn { $at }
lock-record-not-lock = nid yw'n gofnod clo cyfrinymadrodd
lock-record-version = mae'n fersiwn o gofnod clo nad yw'r ap hwn yn ei darllen
lock-record-part-missing = mae ei { $part } ar goll neu wedi'i ddifrodi
lock-record-not-argon2id = nid Argon2id fersiwn 19 yw ei ffordd o greu'r allwedd
lock-record-not-number = nid yw ei { $part } yn rhif cyfan
lock-record-weaker = mae ei ffordd o greu'r allwedd yn wannach nag y mae'r ap hwn yn ei ganiatáu
lock-record-costlier = mae ei ffordd o greu'r allwedd yn ddrutach nag y mae'r ap hwn yn ei ganiatáu
lock-wrapped-key-size = nid yw ei allwedd wedi'i lapio yn 32 beit
lock-kdf-refused = gwrthododd y broses creu allwedd ei gosodiadau ({ $detail })

## How a support's cost is worked out

working-unpaid = Di-dâl
working-not-costed = Heb ei gostio eto
working-hourly = { $time } yr wythnos × { $rate } yr awr = { $pay } yr wythnos
working-sessions = { $sessions ->
    [one] 1 sesiwn yr wythnos × { $price } = { $pay } yr wythnos
   *[other] { $sessions } sesiwn yr wythnos × { $price } = { $pay } yr wythnos
}
working-weekly = { $pay } yr wythnos
working-yearly = { $yearly } y flwyddyn ÷ { $weeks } wythnos = { $pay } yr wythnos
working-one-off = { $amount } unwaith
working-dp-gross = { $supports } yr wythnos o gymorth sy'n cael ei reoli drwy daliad uniongyrchol, wedi'i dalu'n llawn (rydych chi'n talu eich cyfraniad i'r cyngor)
working-dp-net = { $supports } yr wythnos o gymorth sy'n cael ei reoli drwy daliad uniongyrchol, llai'r cyfraniad o { $contribution }: { $weekly } yr wythnos
working-dp-net-not-known = { $supports } yr wythnos o gymorth sy'n cael ei reoli drwy daliad uniongyrchol, llai'r cyfraniad pan fydd wedi cael ei asesu
working-dp-payment = { $taken }; { $paid }
working-dp-weekly = { $payment } yn cael ei dalu bob wythnos
working-dp-four-weekly = { $weekly } × 4 wythnos = { $payment } bob pedair wythnos
working-dp-monthly = { $weekly } × { $weeks } wythnos ÷ 12 mis = { $payment } bob mis
working-on-costs = { $working }, ynghyd â chostau ychwanegol y cyflogwr o { $percent }% ({ $on_costs }): { $total } yr wythnos
duration-hours = { $hours ->
    [one] 1 awr
   *[other] { $hours } awr
}
duration-minutes = { $minutes ->
    [one] 1 munud
    [two] { $minutes } funud
   *[other] { $minutes } munud
}
duration-both = { $hours } { $minutes }

## How the budget was worked out (the explanation under the budget)
# `$topic` and `$words` are the council's own words from its rule set.

because-answer-counts = { $answer }: { $amount }.
because-answer = { $answer }.
because-step = { $label }: { $value }.
answer-not-yet = { $topic }: heb ei ateb eto, felly nid yw'n cyfrif am ddim nes iddo gael ei ateb
answer-none = { $topic }: dim un o'r rhain
answer-told-us = { $words }
answer-is = { $topic }: { $answer }
answer-yes = { $topic }: ie
answer-no = { $topic }: na
rounding = wedi'i dalgrynnu i'r { $unit } agosaf, { $mode }
rounding-half_up = gyda hanerau'n cael eu talgrynnu i fyny
rounding-half_even = gyda hanerau'n cael eu talgrynnu i'r eilrif agosaf
rounding-down = bob amser i lawr
rounding-up = bob amser i fyny
conversion-from-weekly = { $weekly } yr wythnos × { $weeks } wythnos = { $yearly } y flwyddyn ({ $rounding }).
conversion-from-yearly = { $yearly } y flwyddyn ÷ { $weeks } wythnos = { $weekly } yr wythnos ({ $rounding }).

## Added by the developers: the language choice

language-choice-label = Iaith
language-name = { $language ->
    [en] Saesneg
    [cy] Cymraeg
    [ur] Wrdw
   *[other] { $language }
}
untranslated-note = Mae rhai o eiriau { $council } ar y dudalen hon yn { $language }, am nad ydyn nhw wedi cael eu cyfieithu eto.
language-not-loaded = Nid oedd modd dangos y dudalen hon yn { $language }: nid oedd modd lawrlwytho ei geiriau.
language-not-loaded-advice = Gwiriwch eich cysylltiad â'r rhyngrwyd a dewiswch yr iaith eto. Nid oes dim o'r hyn rydych chi wedi'i nodi wedi cael ei golli.
label-value = { $label }: { $value }
