# اردو (Urdu, right to left): translated from en-GB.ftl, message for message. Translators change only the text.

## Everywhere

skip-link = مرکزی مواد پر جائیں
service-navigation-label = سروس کے بارے میں معلومات
menu-label = مینیو
your-plans = آپ کے پلان
back = واپس
continue = جاری رکھیں
save-and-continue = محفوظ کریں اور جاری رکھیں
change = تبدیل کریں
remove = ہٹائیں
cancel = منسوخ کریں
choose = منتخب کریں
yes = ہاں
no = نہیں
warning = انتباہ
banner-important = اہم
banner-success = کامیابی
the-person = متعلقہ شخص
not-given = ابھی نہیں بتایا گیا
one-a-line = ہر سطر میں ایک لکھیں۔
choose-all-that-apply = جو بھی لاگو ہوں، وہ سب منتخب کریں۔
currency-symbol = £
hours = گھنٹے
minutes = منٹ
go-to-your-plans = اپنے پلانوں کی فہرست پر جائیں
error-prefix = خرابی:
error-summary-title = ایک مسئلہ ہے
error-amount = رقم درج کریں، جیسے 12.50
error-date = درست تاریخ درج کریں، جیسے 27 3 2027
error-whole-number = 0 سے { $max } تک کوئی پورا عدد درج کریں
date-day = دن
date-month = مہینہ
date-year = سال
date-hint = مثال کے طور پر، 27 3 2027
amount-a-week = { $amount } فی ہفتہ
amount-a-year = { $amount } سالانہ
amount-week-and-year = { $weekly } فی ہفتہ ({ $yearly } سالانہ)

privacy-heading = آپ کی رازداری
privacy-promise = آپ کی درج کی ہوئی ہر چیز اسی ڈیوائس پر رہتی ہے۔ جب تک آپ خود اپنا پلان ایکسپورٹ کر کے نہ بھیجیں، کچھ بھی { $council } یا کسی اور کو نہیں بھیجا جاتا۔
help-heading = مدد حاصل کریں
help-phone = فون:{" "}
help-hours = {" "}({ $hours })
help-email = ای میل:{" "}

storage-unavailable = یہ براؤزر آپ کی درج کی ہوئی معلومات اس ڈیوائس پر محفوظ نہیں رکھ رہا
storage-unavailable-advice = ایسا اس کی پرائیویسی سیٹنگز کی وجہ سے ہو سکتا ہے۔ پلان ابھی بھی بنایا جا سکتا ہے، لیکن اگر آپ نے اسے ڈاؤن لوڈ نہ کیا تو یہ صفحہ بند کرتے ہی وہ ضائع ہو جائے گا۔
storage-full = اس ڈیوائس پر آپ کا پلان محفوظ کرنے کے لیے جگہ باقی نہیں رہی
storage-full-advice = آپ نے جو کچھ درج کیا ہے وہ ابھی اس صفحے پر موجود ہے، لیکن صفحہ بند کرنے پر ضائع ہو جائے گا۔ ابھی اپنے پلان ڈاؤن لوڈ کریں، پھر جگہ بنانے کے لیے وہ پلان ڈیلیٹ کر دیں جن کی آپ کو اب ضرورت نہیں۔
storage-failed = آپ کا پلان اس ڈیوائس پر محفوظ نہیں ہو سکا
storage-failed-advice = آپ نے جو کچھ درج کیا ہے وہ ابھی اس صفحے پر موجود ہے، لیکن اگر آپ نے اپنے پلان ڈاؤن لوڈ نہ کیے تو صفحہ بند کرنے پر یہ ضائع ہو جائے گا۔
storage-download = اپنے پلان ڈاؤن لوڈ کریں
storage-record-unreadable = اس ڈیوائس پر محفوظ کوئی چیز پڑھی نہیں جا سکی۔ اسے جوں کا توں چھوڑ دیا گیا ہے؛ آپ کے پلانوں کی فہرست میں بتایا گیا ہے کہ اس کا کیا کرنا ہے۔
storage-lock-changed = پاس فریز والا لاک کسی دوسرے ٹیب یا ونڈو میں تبدیل کر دیا گیا تھا۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
storage-conflict = اسی وقت کسی دوسرے ٹیب یا ونڈو میں بھی اس میں تبدیلی کی گئی۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
saved-as-you-go = آپ کی تبدیلیاں ساتھ ساتھ اس ڈیوائس پر محفوظ ہوتی رہتی ہیں۔
saved-at = { $time } بجے اس ڈیوائس پر محفوظ کیا گیا
saved-not = آپ کی تازہ ترین تبدیلیاں اس ڈیوائس پر محفوظ نہیں ہیں۔
edit-refused-text = یہ محفوظ نہیں ہوا: منصوبے میں ایک جواب زیادہ سے زیادہ { $limit } حروف کا ہو سکتا ہے۔ اسے چھوٹا کریں، یا دوسرے جوابات میں تقسیم کریں۔
edit-refused-list = یہ شامل نہیں ہوا: ایک منصوبے میں ان میں سے زیادہ سے زیادہ { $limit } ہو سکتے ہیں۔ پہلے کوئی ایسا ہٹا دیں جس کی آپ کو اب ضرورت نہیں۔
conflict-heading = یہ پلان کسی دوسرے ٹیب یا ونڈو میں تبدیل کیا گیا
conflict-body = تاکہ کوئی بھی ورژن ضائع نہ ہو، جب تک آپ یہ منتخب نہ کر لیں کہ کون سا ورژن رکھنا ہے، تب تک اسے یہاں تبدیل نہیں کیا جا سکتا۔
conflict-theirs = تازہ ترین ورژن دکھائیں
conflict-mine = اس صفحے والا ورژن رکھیں
idle-warning = پلانوں کو نجی رکھنے کے لیے یہ سروس 1 منٹ میں لاک ہو جائے گی، کیونکہ کچھ دیر سے اسے استعمال نہیں کیا گیا۔
idle-stay = ان لاک رہنے دیں
nav-backup = بیک اپ
nav-privacy = رازداری
nav-lock = لاک کریں
reminder-body = اپنے پلانوں کی ایک کاپی کسی محفوظ جگہ رکھیں۔ اگر آپ 7 دن تک کسی ویب سائٹ پر نہ جائیں تو کچھ براؤزر اس ویب سائٹ کی محفوظ کی ہوئی معلومات مٹا دیتے ہیں۔
reminder-link = اپنے پلانوں کی ایک کاپی ڈاؤن لوڈ کریں
unreadable-explain = اگر آپ کو اس میں موجود معلومات کی ضرورت ہو تو اسے جوں کا توں ڈاؤن لوڈ کر کے کونسل کو بھیج دیں؛ اس کے بعد چاہیں تو اسے اس ڈیوائس سے ہٹا دیں۔
unreadable-item = ناقابلِ مطالعہ ریکارڈ { $number }: { $reason }
unreadable-download = ناقابلِ مطالعہ ریکارڈ { $number } جوں کا توں ڈاؤن لوڈ کریں
unreadable-reads-now = اب یہ ریکارڈ دوبارہ پڑھا جا سکتا ہے (ہو سکتا ہے اسے کسی دوسرے ٹیب یا ونڈو میں بحال کیا گیا ہو)، اس لیے اسے ہٹایا نہیں گیا۔ اسے اپنے پلانوں میں دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
unreadable-remove = ناقابلِ مطالعہ ریکارڈ { $number } ہٹائیں
unreadable-remove-confirm = ہاں، ناقابلِ مطالعہ ریکارڈ { $number } ہٹا دیں
backup-heading = اپنے پلانوں کا بیک اپ لیں یا انہیں بحال کریں
backup-download-heading = اپنے پلان ڈاؤن لوڈ کریں
backup-why = اس ڈیوائس پر موجود تمام پلان ایک فائل کی صورت میں ڈاؤن لوڈ کریں اور اسے کسی محفوظ جگہ رکھیں۔ اس فائل سے آپ کے پلان اسی ڈیوائس پر یا کسی دوسری ڈیوائس پر بحال کیے جا سکتے ہیں۔ اگر آپ 7 دن تک کسی ویب سائٹ پر نہ جائیں تو کچھ براؤزر اس ویب سائٹ کی محفوظ کی ہوئی معلومات مٹا دیتے ہیں۔
backup-download = { $count ->
    [one] 1 پلان ڈاؤن لوڈ کریں
   *[other] تمام { $count } پلان ڈاؤن لوڈ کریں
}
backup-none = اس ڈیوائس پر ابھی ڈاؤن لوڈ کرنے کے لیے کوئی پلان نہیں ہے۔
backup-not-encrypted = یہ فائل پاس فریز سے لاک نہیں ہے۔ جس کے پاس بھی یہ فائل ہو، وہ اس میں موجود پلان پڑھ سکتا ہے۔
restore-heading = فائل سے پلان بحال کریں
restore-body = بیک اپ فائل یا پلان فائل منتخب کریں۔ جب تک آپ یہ نہ دیکھ لیں کہ فائل میں کیا ہے اور اسے بحال کرنے کا انتخاب نہ کر لیں، اس ڈیوائس پر کچھ بھی تبدیل نہیں ہو گا۔
restore-label = بیک اپ یا پلان فائل
restore-not-backup = یہ فائل نہ تو پلانوں کا بیک اپ ہے اور نہ ہی پلان فائل۔ کچھ بھی تبدیل نہیں کیا گیا۔ وہ فائل منتخب کریں جو آپ نے اس سروس سے ڈاؤن لوڈ کی تھی۔
restore-too-new = یہ فائل اس سروس کے ایک نئے ورژن سے بنائی گئی تھی۔ کچھ بھی تبدیل نہیں کیا گیا۔ تازہ ترین ورژن حاصل کرنے کے لیے صفحہ دوبارہ لوڈ کریں، پھر دوبارہ کوشش کریں۔
restore-bad-plan = اس فائل میں موجود پلان { $position } پڑھا نہیں جا سکتا ({ $problem })۔ کچھ بھی تبدیل نہیں کیا گیا۔
restore-damaged = یہ فائل خراب ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔ اس کی کوئی دوسری کاپی آزمائیں۔
restore-too-large = یہ فائل اس سروس کا بیک اپ نہیں ہو سکتی: { $detail } کچھ بھی تبدیل نہیں ہوا۔
restore-preview-heading = فائل میں کیا ہے
restore-plan = { $name } کا پلان، { $started } کو شروع کیا گیا
restore-new = اس ڈیوائس پر موجود نہیں: اسے شامل کر دیا جائے گا۔
restore-same = اس ڈیوائس پر موجود کاپی جیسا ہی ہے: کچھ کرنے کی ضرورت نہیں۔
restore-newer = اس ڈیوائس پر موجود کاپی سے زیادہ نیا ہے: یہ اس کی جگہ لے لے گا۔
restore-older = اس ڈیوائس پر موجود کاپی زیادہ نئی ہے۔ جب تک آپ خانے میں نشان نہ لگائیں، اسی کو رکھا جائے گا۔
restore-different = اس ڈیوائس پر اور فائل میں، دونوں جگہ اس میں تبدیلی کی گئی ہے۔ جب تک آپ خانے میں نشان نہ لگائیں، اس ڈیوائس والی کاپی ہی رکھی جائے گی۔
restore-replace = اس ڈیوائس پر موجود کاپی کی جگہ فائل والی کاپی رکھ دیں
restore-button = پلان بحال کریں
restore-stopped = { $done ->
    [0] کچھ بھی بحال نہیں ہوا: { $problem }
    [one] 1 پلان بحال ہو گیا، پھر باقی بحال نہیں ہو سکے: { $problem }
   *[other] { $done } پلان بحال ہو گئے، پھر باقی بحال نہیں ہو سکے: { $problem }
}
restore-unreadable-here = اس ڈیوائس پر موجود کاپی پڑھی نہیں جا سکتی۔ جب تک آپ خانے میں نشان نہ لگائیں، اسے جوں کا توں چھوڑ دیا جائے گا؛ اگر آپ نشان لگا دیں تو اسے ڈیلیٹ نہیں کیا جائے گا بلکہ الگ رکھ دیا جائے گا۔
restore-done = پلان بحال ہو گئے: { $added } شامل کیے گئے، { $updated } اپ ڈیٹ کیے گئے، { $kept } پہلے جیسے رکھے گئے۔
unlock-heading = یہ ڈیوائس لاک ہے
unlock-body = اس ڈیوائس پر موجود پلان پاس فریز سے لاک ہیں۔ انہیں دیکھنے کے لیے پاس فریز درج کریں۔
unlock-label = پاس فریز
unlock-button = ان لاک کریں
unlock-checking = پاس فریز چیک کیا جا رہا ہے…
unlock-error-empty = پاس فریز درج کریں
unlock-wrong = پاس فریز درست نہیں ہے۔ اسے چیک کریں اور دوبارہ کوشش کریں۔
unlock-damaged = اس ڈیوائس کا لاک خراب ہو گیا ہے، اس لیے پلان کھولے نہیں جا سکتے۔ کونسل کے سپورٹ ڈیسک سے رابطہ کریں۔
unlock-forgotten-heading = اگر آپ کو پاس فریز یاد نہیں
unlock-forgotten-body = اس کے بغیر کوئی بھی پلان نہیں کھول سکتا، کونسل بھی نہیں۔ آپ چاہیں تو اس ڈیوائس سے سب کچھ ہٹا دیں، پھر نئے سرے سے شروع کریں یا اپنی ڈاؤن لوڈ کی ہوئی فائل سے اپنے پلان بحال کریں۔
device-privacy-heading = اس ڈیوائس پر رازداری
lock-heading = اس ڈیوائس پر موجود پلان لاک کریں
lock-body = اگر اس ڈیوائس کو دوسرے لوگ بھی استعمال کرتے ہیں تو پلانوں کو پاس فریز سے لاک کیا جا سکتا ہے۔ پھر انہیں انکرپٹ کر کے (خفیہ کوڈ میں) رکھا جاتا ہے، اور پاس فریز کے بغیر انہیں کوئی نہیں دیکھ سکتا۔ جب سروس کچھ دیر استعمال نہ ہو تو یہ خود بخود لاک ہو جاتی ہے۔
lock-warning = اگر آپ کو پاس فریز یاد نہ رہا تو اس ڈیوائس پر موجود پلان پھر کبھی کوئی نہیں کھول سکے گا، کونسل بھی نہیں۔
lock-backup-first = پہلے اپنے پلانوں کی ایک کاپی ڈاؤن لوڈ کریں اور اسے محفوظ رکھیں
lock-new-label = پاس فریز منتخب کریں
lock-new-hint = کم از کم 8 حروف۔ چند ایسے الفاظ جو آپ کو یاد رہیں، اچھا کام کرتے ہیں۔ آپ چاہیں تو اسے پیسٹ کریں، یا اپنے پاس ورڈ مینیجر کو اسے بھرنے دیں۔
lock-repeat-label = پاس فریز دوبارہ ٹائپ کریں
lock-idle-legend = سروس کتنی دیر استعمال نہ ہونے پر پلان لاک کیے جائیں؟
lock-idle-choice = { $minutes } منٹ
lock-on-button = لاک آن کریں
lock-working = پلان لاک کیے جا رہے ہیں…
lock-error-short = کم از کم 8 حروف کا پاس فریز درج کریں
lock-error-already-on = لاک کسی دوسرے ٹیب یا ونڈو میں آن کر دیا گیا تھا۔ اسے دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
lock-error-different = دونوں پاس فریز ایک جیسے نہیں ہیں۔ ایک ہی پاس فریز دو بار ٹائپ کریں
lock-on-done = لاک آن ہے۔ اس ڈیوائس پر موجود پلان انکرپٹ کر دیے گئے ہیں۔
lock-on-partly = لاک آن ہے، لیکن سارے پلان انکرپٹ ہونے سے پہلے ہی اس ڈیوائس پر جگہ ختم ہو گئی۔ باقی پلان اگلی بار اس وقت انکرپٹ ہو جائیں گے جب ڈیوائس پر کافی جگہ ہو اور اسے ان لاک کیا جائے: اپنے پلان ڈاؤن لوڈ کریں اور جن پلانوں کی اب ضرورت نہیں، انہیں ڈیلیٹ کر دیں۔
lock-off-done = لاک آف ہے۔ اس ڈیوائس پر موجود پلان اب انکرپٹ نہیں ہیں۔
lock-on-heading = اس ڈیوائس پر موجود پلان پاس فریز سے لاک ہیں
lock-on-body = انہیں انکرپٹ کر کے رکھا جاتا ہے۔ { $minutes } منٹ تک استعمال نہ ہونے پر سروس خود بخود لاک ہو جاتی ہے۔
lock-now = ابھی لاک کریں
lock-change-heading = پاس فریز تبدیل کریں
lock-change-body = نیا پاس فریز منتخب کریں، اور یہ بھی کہ سروس کب خود بخود لاک ہو۔ پرانے پاس فریز سے پلان اب نہیں کھلیں گے۔ اگلی بار سروس لاک ہونے پر آپ کو نیا پاس فریز درکار ہو گا۔
lock-change-button = پاس فریز تبدیل کریں
lock-changed-done = پاس فریز تبدیل کر دیا گیا ہے۔ اگلی بار سروس لاک ہونے پر نیا پاس فریز استعمال کریں۔
lock-off-heading = لاک آف کریں
lock-off-body = پلان اس ڈیوائس پر انکرپشن کے بغیر رکھے جائیں گے، اس لیے جو بھی اس ڈیوائس کو استعمال کرے گا وہ انہیں دیکھ سکے گا۔
lock-off-button = لاک آف کریں
remove-all-heading = اس ڈیوائس سے تمام ڈیٹا ہٹائیں
remove-all-when = کسی ملاقات کے آخر میں، یا کسی اور کے اس ڈیوائس کو استعمال کرنے سے پہلے ایسا کریں۔
remove-all-body = اس سے اس ڈیوائس پر موجود ہر پلان، اس پر دستخط کیا گیا ہر پلان، اس کی ڈیجیٹل دستخط کی کلید اور پاس فریز والا لاک ہٹ جائیں گے۔
remove-all-count = { $count ->
    [one] اس ڈیوائس پر 1 پلان ہے۔
   *[other] اس ڈیوائس پر { $count } پلان ہیں۔
}
remove-all-warning = اس عمل کو واپس نہیں کیا جا سکتا۔ جو کچھ آپ نے ڈاؤن لوڈ نہیں کیا، وہ ضائع ہو جائے گا۔
remove-all-button = تمام ڈیٹا ہٹائیں
remove-all-done = اس ڈیوائس سے تمام ڈیٹا ہٹا دیا گیا ہے
remove-all-done-body = اس سروس کی محفوظ کی ہوئی کوئی بھی چیز اب اس ڈیوائس پر باقی نہیں۔
remove-all-start = ابتدائی صفحے پر جائیں
update-available = اس سروس کا نیا ورژن دستیاب ہے۔ آپ نے جو کچھ درج کیا ہے وہ محفوظ ہے۔
update-reload = نیا ورژن استعمال کرنے کے لیے صفحہ دوبارہ لوڈ کریں
footer-council-view = کونسل کے عملے کے لیے: دستخط شدہ پلان چیک کریں

## Start

start-lede = { $council } آپ کو جو رقم دینے کی توقع رکھتی ہے (آپ کا ذاتی بجٹ)، اس سے اپنی ضرورت کی دیکھ بھال اور معاونت کی منصوبہ بندی کریں۔
start-for-whom = منصوبہ بندی اپنے لیے کی جا سکتی ہے، یا کسی اور کے لیے، ان کے خاندان کے فرد، دوست، نامزد شخص یا نمائندے کی حیثیت سے۔
start-use-to = یہ سروس ان کاموں میں آپ کی مدد کرتی ہے:
start-use-money = یہ معلوم کرنا کہ آپ کو کتنی رقم ملنے کا امکان ہے، اور یہ دیکھنا کہ اس کا حساب کیسے لگایا گیا
start-use-matters = یہ بتانا کہ آپ کے لیے کیا اہم ہے اور آپ کے مقاصد کیا ہیں
start-use-support = یہ طے کرنا کہ کون آپ کی مدد کرے گا اور اس پر کتنا خرچ آئے گا، بشمول خاندان اور دوستوں کی مدد
start-use-check = بھیجنے سے پہلے اپنے پلان کو کونسل کے قواعد کے مطابق چیک کرنا
start-use-send = اپنے پلان پر دستخط کر کے اسے کونسل کو بھیجنا
start-get-heading = آپ کو کیا ملے گا
start-get = ایک سپورٹ پلان جسے پرنٹ یا محفوظ کیا جا سکتا ہے، اور { $council } کو بھیجنے کے لیے اس کی ایک دستخط شدہ کاپی۔ کونسل اسے چیک کر کے آپ کو بتائے گی کہ آیا اس کی تصدیق ہو گئی ہے۔
start-new-plan = نیا پلان شروع کریں
start-before-heading = شروع کرنے سے پہلے
start-before-time = اس میں عام طور پر تقریباً ایک گھنٹہ لگتا ہے۔ یہ سب ایک ساتھ کرنا ضروری نہیں: آپ کی درج کی ہوئی معلومات ساتھ ساتھ اس ڈیوائس پر محفوظ ہوتی رہتی ہیں، اس لیے آپ چاہیں تو درمیان میں رک جائیں اور بعد میں واپس آئیں۔
start-before-have = اگر آپ کو اس وقت ملنے والی معاونت کے بارے میں معلومات پاس ہوں، بشمول خاندان اور دوستوں کی مدد اور کوئی بھی اخراجات، تو اس سے مدد ملتی ہے۔
start-continue-heading = اگر آپ نے پہلے ہی شروع کر دیا ہے
start-continue = پلان جاری رکھیں
start-continue-after = {" "}جو آپ نے اس ڈیوائس پر شروع کیا تھا۔

## Pages that are not there

not-found-heading = صفحہ نہیں ملا
not-found-typed = اگر آپ نے ویب ایڈریس خود ٹائپ کیا تھا تو چیک کریں کہ وہ درست ہے۔
not-found-plans-kept = آپ کے پلان ابھی بھی اس ڈیوائس پر موجود ہیں۔{" "}
not-found-or = {" "}یا{" "}
not-found-start = ابتدائی صفحے پر جائیں
plan-not-found-heading = یہ پلان اس ڈیوائس پر موجود نہیں ہے
plan-not-found-body = ہو سکتا ہے یہ ڈیلیٹ کر دیا گیا ہو، یا کسی دوسری ڈیوائس پر بنایا گیا ہو۔ پلان صرف اسی ڈیوائس پر رکھے جاتے ہیں جس پر وہ بنائے گئے تھے، جب تک انہیں ایکسپورٹ نہ کیا جائے۔
unavailable-heading = معذرت، یہ سروس دستیاب نہیں ہے
unavailable-body = اس سروس کے لیے کونسل کی سیٹنگز پڑھی نہیں جا سکیں۔ براہِ کرم بعد میں دوبارہ کوشش کریں، یا اپنی کونسل کی ایڈلٹ سوشل کیئر (بالغوں کی سماجی نگہداشت) ٹیم سے رابطہ کریں۔
unavailable-plans-kept = آپ نے جو بھی پلان شروع کیے ہیں، وہ ابھی بھی اس ڈیوائس پر موجود ہیں۔
unavailable-web-team = کونسل کی ویب ٹیم کے لیے معلومات

## Your plans

plans-none = اس ڈیوائس پر ابھی کوئی پلان نہیں ہے۔
plans-caption = اس ڈیوائس پر موجود پلان
plans-copy-hint = اس سال کے پلان سے اگلے سال کا پلان شروع کرنے کے لیے اس کی کاپی بنائیں۔
plans-col-started = شروع کی تاریخ
plans-col-changed = آخری تبدیلی
plans-col-status = صورتحال
plan-for = { $name } کا پلان
plan-unnamed = (ابھی نام درج نہیں)
plan-which = ({ $name } کا پلان، جو { $started } کو شروع کیا گیا)
plans-copied = { $name } کے پلان کی ایک کاپی بنا دی گئی ہے۔ یہ آج سے شروع ہوتی ہے، اور اس کے جائزے کی الگ تاریخ مقرر کرنا ضروری ہے۔
plan-status-ready = بھیجنے کے لیے تیار
plan-status-in-progress = جاری ہے
plans-unreadable = { $count ->
    [one] اس ڈیوائس پر محفوظ ایک پلان پڑھا نہیں جا سکتا۔ اسے بالکل جوں کا توں چھوڑ دیا گیا ہے۔
   *[other] اس ڈیوائس پر محفوظ { $count } پلان پڑھے نہیں جا سکتے۔ انہیں بالکل جوں کا توں چھوڑ دیا گیا ہے۔
}
action-rename = نام تبدیل کریں
action-copy = کاپی بنائیں
action-delete = ڈیلیٹ کریں
delete-heading = کیا آپ کو یقین ہے کہ { $name } کا پلان ڈیلیٹ کرنا ہے؟
delete-warning = پلان اس ڈیوائس سے ہٹا دیا جائے گا۔ اس عمل کو واپس نہیں کیا جا سکتا۔
delete-confirm = ہاں، یہ پلان ڈیلیٹ کریں

## Starting a plan and who is planning

new-plan-heading = یہ سپورٹ پلان کون بنا رہا ہے؟
new-plan-hint = پلان ہمیشہ اس شخص کے بارے میں ہوتا ہے جسے دیکھ بھال اور معاونت کی ضرورت ہے۔ کوئی اور شخص ان کے ساتھ مل کر یا ان کے لیے پلان بنا سکتا ہے۔
new-plan-myself = مجھے اپنی دیکھ بھال اور معاونت کی منصوبہ بندی خود کرنی ہے
new-plan-someone = مجھے کسی اور کے لیے منصوبہ بندی کرنی ہے
new-plan-someone-hint = مثال کے طور پر ان کے خاندان کے فرد، دوست، نامزد شخص یا نمائندے کی حیثیت سے
new-plan-error = منتخب کریں کہ یہ سپورٹ پلان کون بنا رہا ہے
about-heading = اس پلان کے بارے میں
about-person-name = اس شخص کا نام جس کے لیے یہ پلان ہے
about-person-name-hint = وہ نام جس سے انہیں پکارا جانا پسند ہے۔ یہ پورے پلان میں استعمال ہوتا ہے۔
about-representative-heading = آپ کے بارے میں، یعنی پلان بنانے والے شخص کے بارے میں
about-rep-name = آپ کا پورا نام
about-rep-relationship = اس شخص سے آپ کا رشتہ
about-rep-relationship-hint = مثال کے طور پر، والدہ، بیٹا، دوست یا حمایتی (ایڈووکیٹ)
about-rep-contact = فون نمبر یا ای میل ایڈریس
about-rep-contact-hint = تاکہ کونسل پلان کے بارے میں آپ سے رابطہ کر سکے
about-rep-basis = ان کے لیے منصوبہ بندی کرنے کی آپ کی وجہ کیا ہے؟
about-involved = { $planner ->
    [person] یہ پلان بنانے میں اور کس نے آپ کی مدد کی ہے؟ (اختیاری)
   *[other] { $name } کا پلان بنانے میں اور کس نے مدد کی ہے؟ (اختیاری)
}
about-involved-hint = مثال کے طور پر کوئی نگہداشت کرنے والا، دوست، حمایتی (ایڈووکیٹ) یا سپورٹ بروکر۔ ہر سطر میں ایک شخص لکھیں، جیسے "Mary Okafor، بہن"۔
basis-chosen = انہوں نے منصوبہ بندی میں مدد کے لیے مجھے چنا ہے
basis-chosen-hint = وہ اپنی دیکھ بھال کے بارے میں فیصلے کرنے کے قابل ہیں اور انہیں آپ کی مدد چاہیے
basis-authorised = میں ان کا مجاز شخص ہوں
basis-authorised-hint = وہ اپنی دیکھ بھال کے بارے میں خود فیصلہ کرنے کے قابل نہیں ہیں، اور کونسل نے منظوری دی ہے کہ آپ ان کی طرف سے کام کریں
basis-attorney = میرے پاس صحت اور فلاح و بہبود کے لیے لاسٹنگ پاور آف اٹارنی ہے
basis-attorney-hint = رجسٹرڈ پاور آف اٹارنی جس میں دیکھ بھال سے متعلق فیصلے شامل ہوں
basis-deputy = میں ان کا ڈپٹی ہوں
basis-deputy-hint = کورٹ آف پروٹیکشن کی طرف سے مقرر کردہ
basis-other = کوئی اور وجہ
basis-other-hint = اس کے بارے میں 'کیا اہم ہے' والے حصے میں مزید بتائیں

## Task list

task-list-heading = { $planner ->
    [person] آپ کا سپورٹ پلان
   *[other] { $name } کا سپورٹ پلان
}
task-list-progress = آپ نے { $total } میں سے { $done } حصے مکمل کر لیے ہیں۔
task-about = اس پلان کے بارے میں
task-money = اپنی رقم معلوم کریں
task-assessed-needs = { $planner ->
    [person] آپ کی تشخیص شدہ ضروریات
   *[other] { $name } کی تشخیص شدہ ضروریات
}
task-what-matters = { $planner ->
    [person] آپ کے لیے کیا اہم ہے
   *[other] { $name } کے لیے کیا اہم ہے
}
task-outcomes = { $planner ->
    [person] آپ کو کیا بدلنا یا حاصل کرنا ہے
   *[other] { $name } کو کیا بدلنا یا حاصل کرنا ہے
}
task-supports = معاونت کیسے فراہم کی جائے گی اور اس کی ادائیگی کیسے ہو گی
task-managing-money = رقم کا انتظام کیسے کیا جائے گا
task-personal-budget = { $planner ->
    [person] آپ کا ذاتی بجٹ اور اس میں آپ کا حصہ
   *[other] { $name } کا ذاتی بجٹ اور اس میں ان کا حصہ
}
task-staying-safe = محفوظ رہنا اور اختیار اپنے ہاتھ میں رکھنا
task-action-plan = آگے کیا ہو گا اور پلان کا جائزہ کب لیا جائے گا
managing-money-needs-support = یہ حصہ تب مکمل کیا جا سکتا ہے جب پلان میں کوئی معاوضے والی معاونت شامل ہو۔
status-completed = مکمل
status-in-progress = جاری ہے
status-not-started = ابھی شروع نہیں ہوا
status-cannot-start = ابھی شروع نہیں ہو سکتا
task-check-heading = اپنا پلان چیک کریں
task-check-ready = کوئی چیز ٹھیک کرنا ضروری نہیں: بھیجنے سے پہلے اپنا پلان چیک کر لیں۔
task-check-to-fix = { $count ->
    [one] پلان بھیجے جانے سے پہلے ایک چیز کو ٹھیک کرنا ضروری ہے۔
   *[other] پلان بھیجے جانے سے پہلے { $count } چیزوں کو ٹھیک کرنا ضروری ہے۔
}
task-check-button = اپنا پلان چیک کریں

## Budget

budget-panel-heading = بجٹ
budget-indicative = اندازاً بجٹ
budget-planned = منصوبہ بند خرچ
budget-left = منصوبہ بندی کے لیے باقی
budget-over = بجٹ سے زیادہ
budget-over-by = بجٹ سے { $amount } فی ہفتہ زیادہ
budget-left-announce = منصوبہ بندی کے لیے باقی: { $amount } فی ہفتہ
budget-indicative-announce = اب تک کا اندازاً بجٹ: { $amount } فی ہفتہ
budget-unanswered = { $count ->
    [one] ایک سوال کا جواب ابھی نہیں دیا گیا، اس لیے یہ بدل سکتا ہے۔
   *[other] { $count } سوالوں کے جواب ابھی نہیں دیے گئے، اس لیے یہ بدل سکتا ہے۔
}

## Find out your money

money-heading = اپنی رقم معلوم کریں
money-intro = { $planner ->
    [person] { $council } روزمرہ زندگی میں آپ کو درکار مدد کے بارے میں سوالات پوچھتی ہے، اور آپ کے جوابات سے اندازاً ذاتی بجٹ کا حساب لگاتی ہے۔
   *[other] { $council } روزمرہ زندگی میں { $name } کو درکار مدد کے بارے میں سوالات پوچھتی ہے، اور آپ کے جوابات سے اندازاً ذاتی بجٹ کا حساب لگاتی ہے۔
}
money-count = { $count ->
    [one] 1 سوال ہے۔
   *[other] { $count } سوالات ہیں۔ کچھ سوالات صرف اسی صورت میں آتے ہیں جب وہ لاگو ہوں۔
}
money-indicative = یہ رقم "اندازاً" ہے: یہ آپ کے پلان کے لیے کونسل کا نقطۂ آغاز ہے، اور جب کونسل پلان منظور کرتی ہے تو اس رقم کی تصدیق کرتی ہے۔
money-start = سوالات شروع کریں
money-continue = سوالات جاری رکھیں
money-see-budget = اپنا بجٹ اور اپنے جوابات دیکھیں
question-caption = { $total } میں سے سوال { $number }
question-not-asked-heading = یہ سوال لاگو نہیں ہوتا
question-not-asked-body = پچھلے کسی جواب کی وجہ سے یہ سوال نہیں پوچھا جاتا۔
error-select-answer = کوئی جواب منتخب کریں
error-number-range = { $min } سے { $max } تک کوئی پورا عدد درج کریں
error-amount-range = { $min } سے { $max } تک کوئی رقم درج کریں
not-answered = ابھی جواب نہیں دیا گیا
none-of-these = ان میں سے کوئی نہیں
budget-heading = اندازاً ذاتی بجٹ
budget-indicative-means = یہ پلان کے لیے کونسل کا نقطۂ آغاز ہے۔ کونسل پلان منظور کرتے وقت اس رقم کی تصدیق کرتی ہے۔
budget-carers = اس کے علاوہ نگہداشت کرنے والے کے لیے { $weekly } فی ہفتہ ({ $yearly } سالانہ) کی مختص رقم بھی ہے، جو الگ سے ادا کی جاتی ہے۔
budget-panel-review = یہ رقم اتنی زیادہ ہے کہ کونسل کا پینل اس پلان کو دیکھے گا۔
budget-not-final = { $count ->
    [one] ایک سوال کا جواب ابھی نہیں دیا گیا، اس لیے یہ رقم حتمی نہیں ہے:
   *[other] { $count } سوالوں کے جواب ابھی نہیں دیے گئے، اس لیے یہ رقم حتمی نہیں ہے:
}
budget-answers-again = یہ جوابات دیے جانے کے بعد کونسل کے سوالات بدل گئے ہیں۔ ان کے جواب دوبارہ دیں:
budget-how = اس کا حساب کیسے لگایا گیا؟
budget-rules-used = { $title }، ورژن { $version } کے ذریعے حساب لگایا گیا۔
budget-your-answers = آپ کے جوابات

## Assessed needs

assessed-needs-heading = { $planner ->
    [person] آپ کی تشخیص شدہ ضروریات
   *[other] { $name } کی تشخیص شدہ ضروریات
}
assessed-needs-intro = { $planner ->
    [person] کونسل کی ضروریات کی تشخیص سے ہر ضرورت، تشخیص کے اپنے الفاظ میں نقل کریں۔ ہر ایک کے لیے بتائیں کہ کیا تشخیص میں اسے اہل قرار دیا گیا، اور کیا کونسل اسے پورا کرے گی۔
   *[other] کونسل کی ضروریات کی تشخیص سے { $name } کی ہر ضرورت، تشخیص کے اپنے الفاظ میں نقل کریں۔ ہر ایک کے لیے بتائیں کہ کیا تشخیص میں اسے اہل قرار دیا گیا، اور کیا کونسل اسے پورا کرے گی۔
}
need-number = ضرورت { $number }
need-words = ضرورت، تشخیص کے الفاظ میں
need-words-hint = مثال کے طور پر، "ہاتھوں میں گٹھیا کی وجہ سے ہر صبح نہانے اور کپڑے پہننے میں مدد کی ضرورت ہے"
need-outcomes = یہ ضرورت ان میں سے کن پر اثر ڈالتی ہے؟
need-outcomes-hint = { $planner ->
    [person] وہ نتائج جن کے بارے میں تشخیص کہتی ہے کہ آپ اس ضرورت کی وجہ سے حاصل نہیں کر سکتے۔ جو بھی لاگو ہوں، وہ سب منتخب کریں۔
   *[other] وہ نتائج جن کے بارے میں تشخیص کہتی ہے کہ { $name } اس ضرورت کی وجہ سے حاصل نہیں کر سکتے۔ جو بھی لاگو ہوں، وہ سب منتخب کریں۔
}
need-eligible = کیا تشخیص میں اس ضرورت کو اہل قرار دیا گیا؟
need-met = کیا کونسل یہ ضرورت پوری کرے گی؟
need-met-by = پلان میں وہ معاونت جو یہ ضرورت پوری کرتی ہے:
need-met-by-hint = اسے بدلنے کے لیے معاونت کھولیں اور وہ ضروریات منتخب کریں جو وہ پوری کرتی ہے۔
need-not-met-reason = اگر پلان میں کوئی معاونت یہ ضرورت پوری نہیں کرتی، تو وجہ بتائیں
need-not-met-reason-hint = مثال کے طور پر، کوئی اور سروس پہلے ہی اسے پورا کرتی ہے۔ یا کوئی معاونت کھولیں اور یہ ضرورت ان ضروریات میں منتخب کریں جو وہ پوری کرتی ہے۔
need-add = ضرورت شامل کریں
need-add-another = ایک اور ضرورت شامل کریں
wellbeing-heading = بہبود
wellbeing-label = { $planner ->
    [person] نگہداشت اور معاونت آپ کی بہبود کے کن پہلوؤں میں مدد کر سکتی ہے؟
   *[other] نگہداشت اور معاونت { $name } کی بہبود کے کن پہلوؤں میں مدد کر سکتی ہے؟
}
information-advice-heading = معلومات اور مشورہ
information-advice-label = { $planner ->
    [person] آپ کو اپنی ضروریات کم کرنے یا انہیں بگڑنے سے روکنے کے طریقوں کے بارے میں کیا بتایا گیا؟
   *[other] { $name } کو اپنی ضروریات کم کرنے یا انہیں بگڑنے سے روکنے کے طریقوں کے بارے میں کیا بتایا گیا؟
}
information-advice-hint = مثال کے طور پر، گرنے سے بچاؤ کی کلاس، گھر کی حفاظت کا معائنہ، سامان، دوستی اور ساتھ کی سروس، یا کوئی مقامی گروپ۔

## What matters

what-matters-heading = { $planner ->
    [person] آپ کے لیے کیا اہم ہے؟
   *[other] { $name } کے لیے کیا اہم ہے؟
}
what-matters-hint = { $planner ->
    [person] آپ کی زندگی میں آپ کے لیے کیا اہم ہے، اور آپ کے آس پاس کے لوگوں کے لیے کیا؟ ایک اچھا دن کیسا ہوتا ہے؟
   *[other] { $name } کی زندگی میں ان کے لیے کیا اہم ہے، اور ان کے آس پاس کے لوگوں کے لیے کیا؟ ایک اچھا دن کیسا ہوتا ہے؟
}
strengths-label = { $planner ->
    [person] آپ کو کن کاموں میں مہارت ہے، اور لوگوں کو آپ کی کون سی باتیں اچھی لگتی ہیں؟
   *[other] { $name } کو کن کاموں میں مہارت ہے، اور لوگوں کو ان کی کون سی باتیں اچھی لگتی ہیں؟
}
relationships-label = { $planner ->
    [person] آپ کے لیے کون اہم ہے؟
   *[other] { $name } کے لیے کون اہم ہے؟
}

## Outcomes

outcomes-heading = { $planner ->
    [person] آپ کو کیا بدلنا یا حاصل کرنا ہے؟
   *[other] { $name } کو کیا بدلنا یا حاصل کرنا ہے؟
}
outcomes-intro = { $planner ->
    [person] ہر نتیجہ (مقصد) اپنے الفاظ میں لکھیں۔ ہر نتیجے کے لیے کچھ نہ کچھ معاونت درکار ہوتی ہے، چاہے معاوضے والی ہو یا بلا معاوضہ۔
   *[other] جہاں ممکن ہو، ہر نتیجہ (مقصد) { $name } کے اپنے الفاظ میں لکھیں۔ ہر نتیجے کے لیے کچھ نہ کچھ معاونت درکار ہوتی ہے، چاہے معاوضے والی ہو یا بلا معاوضہ۔
}
outcome-number = نتیجہ { $number }
outcome-words = { $planner ->
    [person] آپ کو کیا بدلنا یا حاصل کرنا ہے
   *[other] { $name } کو کیا بدلنا یا حاصل کرنا ہے
}
outcome-words-hint = مثال کے طور پر، "میری خواہش ہے کہ میں ہفتے میں دو بار اپنے دوستوں سے ملنے باہر جاؤں"
outcome-know = آپ کو کیسے پتا چلے گا کہ یہ کام کر رہا ہے؟
outcome-know-hint = کیا بدل جائے گا؟
outcome-no-support-yet = اس کے لیے ابھی کوئی معاونت شامل نہیں۔
outcome-supported-by = ان سے مدد ملتی ہے: { $supports }
outcome-unwritten = ایک نتیجہ جو ابھی لکھا نہیں گیا
outcome-add = نتیجہ شامل کریں
outcome-add-another = ایک اور نتیجہ شامل کریں

## Support

supports-heading = { $planner ->
    [person] آپ کو معاونت کیسے ملے گی؟
   *[other] { $name } کو معاونت کیسے ملے گی؟
}
supports-intro = وہ معاونت شامل کریں جس کی ادائیگی بجٹ سے ہوتی ہے، اور خاندان، دوستوں اور کمیونٹی کی طرف سے ملنے والی وہ معاونت بھی جس کی ادائیگی بجٹ سے نہیں ہوتی۔
support-add-paid = بامعاوضہ معاونت شامل کریں
support-add-unpaid = بلامعاوضہ معاونت شامل کریں
support-undescribed = معاونت کی تفصیل ابھی نہیں لکھی گئی
support-who = کس کی طرف سے
support-cost = لاگت
support-unpaid = بلامعاوضہ
support-helps-with = کن باتوں میں مدد کرتی ہے
support-no-outcomes = کوئی نتیجہ (مقصد) منتخب نہیں کیا گیا
support-paid-heading = بامعاوضہ معاونت
support-unpaid-heading = بلامعاوضہ معاونت
support-description = معاونت کیا ہے؟
support-description-hint = مثال کے طور پر، "پیر سے جمعہ تک صبح اٹھنے اور کپڑے پہننے میں مدد"
support-provider = یہ معاونت کس کی طرف سے ملتی ہے؟
provider-pa = پرسنل اسسٹنٹ (براہِ راست ملازمت پر)
provider-agency = کوئی ایجنسی یا ادارہ
provider-community = کوئی کمیونٹی گروپ
provider-family = خاندان یا دوست
provider-equipment = سامان یا گھر میں کوئی تبدیلی (ایڈاپٹیشن)
provider-other = کچھ اور
support-provider-name = فرد یا ادارے کا نام (اختیاری)
support-provider-name-hint = انفرادی سروس فنڈ کی صورت میں، وہ فراہم کنندہ جس کے پاس رقم رہتی ہے
support-is-paid = کیا اس کی ادائیگی بجٹ سے ہوتی ہے؟
support-paid-yes = جی ہاں، اس کی ادائیگی ہوتی ہے
support-paid-no = جی نہیں، یہ بلامعاوضہ ہے
support-category = یہ کس قسم کی معاونت ہے؟
support-price-item = کیا یہ کونسل کی قیمتوں کی فہرست میں ہے؟
support-price-item-hint = کونسل کی قیمتوں کی فہرست بتاتی ہے کہ کونسل کچھ معاونت کے لیے زیادہ سے زیادہ کتنی رقم ادا کرتی ہے۔
price-item-none = جی نہیں، یا مجھے معلوم نہیں
price-item-with-cap = { $name } (زیادہ سے زیادہ { $cap } فی { $unit })
support-costing = اس کی ادائیگی کیسے ہوتی ہے؟
costing-hourly = فی گھنٹہ
costing-sessions = فی سیشن
costing-weekly = ہر ہفتے ایک مقررہ رقم
costing-yearly = ہر سال ایک مقررہ رقم
costing-one-off = ایک ہی بار ادائیگی
costing-hours = ہر ہفتے کتنے گھنٹے
costing-minutes = اور منٹ
costing-rate = فی گھنٹہ ریٹ
costing-sessions-count = ہر ہفتے کتنے سیشن
costing-session-price = ایک سیشن کی قیمت
costing-weekly-amount = ہر ہفتے کی رقم
costing-yearly-amount = ہر سال کی رقم
costing-one-off-amount = رقم
support-costs = اس کی لاگت: { $working }
support-quote = اس کے لیے کوٹیشن (قیمت کا تخمینہ) درکار ہے
support-quote-yes = میرے پاس پلان کے ساتھ بھیجنے کے لیے کوٹیشن موجود ہے
support-outcomes = { $planner ->
    [person] اس سے آپ کے کن نتائج (مقاصد) میں مدد ملتی ہے؟
   *[other] اس سے { $name } کے کن نتائج (مقاصد) میں مدد ملتی ہے؟
}
support-outcomes-none-yet = پہلے نتائج (مقاصد) شامل کریں، پھر انہیں یہاں جوڑیں۔
contingency-heading = غیر متوقع اخراجات کے لیے رقم
contingency-label = ہر ہفتے ہنگامی اخراجات کے لیے رقم
contingency-hint = کونسل بجٹ کا کم از کم { $percent }% رکھنے کو کہتی ہے: { $amount } فی ہفتہ۔
supports-totals = کل رقم
totals-supports = معاونت
totals-contingency = ہنگامی اخراجات
totals-planned = منصوبہ بند اخراجات
totals-one-off = ایک بار کے اخراجات
support-needs = یہ معاونت تشخیص شدہ ضروریات میں سے کون سی پوری کرتی ہے؟
support-needs-none-yet = پلان میں ابھی کوئی تشخیص شدہ ضرورت نہیں ہے۔
support-needs-add = تشخیص سے ضروریات شامل کریں

## Managing the money

managing-money-heading = رقم کا انتظام کیسے کیا جائے گا
managing-money-intro = { $planner ->
    [person] ہر بامعاوضہ معاونت کے لیے منتخب کریں کہ رقم کس کے پاس رہے گی اور اس کا انتظام کس کے ذمے ہوگا۔
   *[other] ہر بامعاوضہ معاونت کے لیے منتخب کریں کہ { $name } کی رقم کس کے پاس رہے گی اور اس کا انتظام کس کے ذمے ہوگا۔
}
management-for = "{ $support }" کی رقم کا انتظام کیسے کیا جائے گا؟
management-person = فرد کو براہِ راست ادائیگی (ڈائریکٹ پیمنٹ)
management-person-hint = رقم ایسے بینک اکاؤنٹ میں ڈالی جاتی ہے جو اسی فرد کے اپنے انتظام میں ہوتا ہے
management-nominee = نامزد فرد کو براہِ راست ادائیگی (ڈائریکٹ پیمنٹ)
management-nominee-hint = رقم کسی ایسے شخص کو ملتی ہے جس پر اس فرد کو بھروسہ ہو، اور اس کی طرف سے رقم کا انتظام اسی کے ذمے ہوتا ہے
management-isf = انفرادی سروس فنڈ
management-isf-hint = رقم ایک فراہم کنندہ کے پاس رہتی ہے، اور اسے کیسے استعمال کیا جائے، اس کا فیصلہ اسی فرد کا ہوتا ہے
management-council = کونسل کے زیرِ انتظام
management-council-hint = کونسل معاونت کا بندوبست کرتی ہے اور اس کی ادائیگی کرتی ہے
nominee-heading = نامزد فرد
nominee-intro = { $planner ->
    [person] براہِ راست ادائیگی نامزد فرد کو ملتی ہے، اور آپ کی طرف سے اس کا انتظام اسی کے ذمے ہوتا ہے۔
   *[other] براہِ راست ادائیگی نامزد فرد کو ملتی ہے، اور { $name } کی طرف سے اس کا انتظام اسی کے ذمے ہوتا ہے۔
}
nominee-name = نامزد فرد کا پورا نام
nominee-agreement = رضامندی
nominee-agreed = نامزد فرد رقم کا انتظام سنبھالنے پر رضامند ہے
management-scotland-1-person = آپشن 1: فرد کو براہِ راست ادائیگی
management-scotland-1-person-hint = رقم اسی فرد کو ادا کی جاتی ہے، جو اپنی معاونت کا بندوبست اور ادائیگی خود کرتا ہے
management-scotland-1-nominee = آپشن 1: نامزد فرد کو براہِ راست ادائیگی
management-scotland-1-nominee-hint = رقم کسی ایسے شخص کو ملتی ہے جس پر اس فرد کو بھروسہ ہو، اور وہ اس کی طرف سے رقم کا انتظام کرتا ہے
management-scotland-2 = آپشن 2: انتخاب فرد کرتا ہے، اور بندوبست کونسل یا کوئی فراہم کنندہ کرتا ہے
management-scotland-2-hint = انفرادی سروس فنڈ: معاونت اور اسے دینے والے کا انتخاب فرد کرتا ہے، اور رقم اس کے لیے رکھی جاتی ہے
management-scotland-3 = آپشن 3: معاونت کا بندوبست کونسل کرتی ہے
management-scotland-3-hint = فرد سے بات کرنے کے بعد کونسل معاونت کا انتخاب اور بندوبست کرتی ہے
management-scotland-1 = آپشن 1: براہِ راست ادائیگی
management-scotland-4 = آپشن 4: مختلف آپشنز کا مجموعہ
management-scotland-overall = مجموعی طور پر، پلان میں { $option } استعمال ہوتا ہے۔
way-scotland-option-1-person = آپشن 1، فرد کو براہِ راست ادائیگی
way-scotland-option-1-nominee = آپشن 1، نامزد فرد کو براہِ راست ادائیگی
way-scotland-option-2 = آپشن 2، جس کا انتخاب فرد کرے اور بندوبست کونسل یا کوئی فراہم کنندہ کرے
way-scotland-option-3 = آپشن 3، جس کا بندوبست کونسل کرے

## Personal budget

personal-budget-heading = { $planner ->
    [person] آپ کا ذاتی بجٹ اور آپ کتنی رقم ادا کریں گے
   *[other] { $name } کا ذاتی بجٹ اور وہ کتنی رقم ادا کریں گے
}
personal-budget-intro = { $planner ->
    [person] آپ کا ذاتی بجٹ وہ لاگت ہے جو آپ کی ضروریات پوری کرنے پر آتی ہے۔ اس کے تین حصے ہیں: یہ لاگت، اس میں آپ کا حصہ (جس کا حساب کونسل کا مالی جائزہ لگاتا ہے)، اور وہ رقم جو { $council } ادا کرتی ہے۔
   *[other] { $name } کا ذاتی بجٹ وہ لاگت ہے جو ان کی ضروریات پوری کرنے پر آتی ہے۔ اس کے تین حصے ہیں: یہ لاگت، اس میں ان کا حصہ (جس کا حساب کونسل کا مالی جائزہ لگاتا ہے)، اور وہ رقم جو { $council } ادا کرتی ہے۔
}
personal-budget-contribution-heading = { $planner ->
    [person] آپ کیا ادا کرتے ہیں
   *[other] { $name } کیا ادا کرتے ہیں
}
personal-budget-contribution-legend = { $planner ->
    [person] کیا کونسل نے آپ کو بتایا ہے کہ آپ اپنی معاونت کے لیے کتنی رقم ادا کریں گے؟
   *[other] کیا کونسل نے { $name } کو بتایا ہے کہ وہ اپنی معاونت کے لیے کتنی رقم ادا کریں گے؟
}
personal-budget-contribution-hint = رقم کا کبھی اندازہ نہ لگائیں: یہ کونسل کے مالی جائزے کے خط میں درج ہوتی ہے۔
personal-budget-contribution-assessed = ہاں، مالی جائزے کے خط میں
personal-budget-contribution-not-yet = ابھی نہیں: مالی جائزہ ابھی نہیں ہوا
personal-budget-amount = فی ہفتہ کتنی رقم؟
personal-budget-amount-hint = جیسا خط میں لکھا ہے، مثال کے طور پر 42.50
personal-budget-letter-date = خط کی تاریخ
personal-budget-letter-date-hint = مثال کے طور پر، 12 11 2026
personal-budget-parts-heading = تین حصے
personal-budget-no-budget = ذاتی بجٹ کا حساب کونسل کے سوالات کے جوابات سے لگایا جاتا ہے۔ پہلے ان کے جواب دیں:
personal-budget-cost = ضروریات پوری کرنے کی لاگت
personal-budget-cost-link = بجٹ کا حساب کیسے لگایا گیا
personal-budget-council-pays = { $council } کیا ادا کرتی ہے
personal-budget-contribution-not-said = ابھی نہیں بتایا گیا
personal-budget-not-assessed = ابھی جائزہ نہیں ہوا
personal-budget-contribution-letter = { $amount }، مالی جائزے کے { $date } کے خط کے مطابق
personal-budget-contribution-undated = { $amount }: مالی جائزے کے خط کی تاریخ ابھی نہیں دی گئی
personal-budget-council-not-known = مالی جائزے تک معلوم نہیں
personal-budget-panel-contribution = ادا کیا جانے والا حصہ
personal-budget-panel-council = کونسل کی طرف سے ادا
personal-budget-dp-heading = براہِ راست ادائیگی
personal-budget-dp-payment = ہر ادائیگی
personal-budget-dp-payee = کس کو ادا کی جاتی ہے
personal-budget-dp-supports = یہ کس چیز کی ادائیگی کرتی ہے
personal-budget-dp-needs = یہ کون سی ضروریات پوری کرتی ہے
personal-budget-dp-no-needs = ان میں سے کوئی معاونت ابھی کسی ضرورت سے منسلک نہیں
personal-budget-dp-basis = نیٹ یا گراس
personal-budget-dp-working = حساب کیسے لگایا گیا
personal-budget-payment = { $amount } { $frequency }
personal-budget-payment-not-known = مالی جائزے تک معلوم نہیں: یہ { $frequency } ادا کی جاتی ہے، حصہ منہا کر کے
personal-budget-payee-person = { $name }، وہ فرد جس کے لیے یہ پلان ہے
personal-budget-payee-the-person = وہ فرد جس کے لیے یہ پلان ہے
personal-budget-payee-nominee-unnamed = ایک نامزد فرد، جس کا نام ابھی پلان میں نہیں
personal-budget-net = { $council } یہ نیٹ ادا کرتی ہے: ادائیگی سے پہلے حصہ منہا کر لیتی ہے، اس لیے { $council } کو مزید کچھ ادا نہیں کیا جاتا۔
personal-budget-net-remainder = { $council } یہ نیٹ ادا کرتی ہے: ادائیگی سے پہلے حصہ منہا کر لیتی ہے۔ ادائیگی اتنی کم ہے کہ پورا حصہ منہا نہیں ہو سکتا، اس لیے { $amount } فی ہفتہ الگ سے { $council } کو ادا کیا جاتا ہے۔
personal-budget-net-not-known = { $council } یہ نیٹ ادا کرتی ہے: مالی جائزے سے حصہ معلوم ہونے کے بعد، ادائیگی سے پہلے اسے منہا کر لیتی ہے۔
personal-budget-gross = { $council } یہ گراس ادا کرتی ہے: معاونت کی پوری لاگت۔ { $amount } فی ہفتہ کا حصہ الگ سے { $council } کو ادا کیا جاتا ہے۔
personal-budget-gross-not-known = { $council } یہ گراس ادا کرتی ہے: معاونت کی پوری لاگت۔ حصہ، جائزے کے بعد، الگ سے { $council } کو ادا کیا جاتا ہے۔
personal-budget-disagree-heading = { $planner ->
    [person] اگر آپ متفق نہیں
   *[other] اگر { $name } متفق نہیں
}
personal-budget-disagrees-legend = { $planner ->
    [person] کیا آپ اندازاً بجٹ یا کسی اور فیصلے سے متفق نہیں؟
   *[other] کیا { $name } اندازاً بجٹ یا کسی اور فیصلے سے متفق نہیں؟
}
personal-budget-disagrees-hint = اگر آپ یہاں یہ بتائیں تو کونسل اسے پلان کے ساتھ دیکھے گی۔ پلان پر پھر بھی دستخط کر کے اسے بھیجا جا سکتا ہے۔
personal-budget-about-legend = اختلاف کس بارے میں ہے؟
personal-budget-about-budget = اندازاً بجٹ
personal-budget-about-contribution = مالی جائزے کے مطابق اس میں ادا کیا جانے والا حصہ
personal-budget-about-eligibility = کون سی ضروریات اہل ہیں، یا کونسل کون سی ضروریات پوری کرے گی
personal-budget-about-other = کوئی اور فیصلہ
personal-budget-why = { $planner ->
    [person] آپ کیوں متفق نہیں؟
   *[other] { $name } کیوں متفق نہیں؟
}
personal-budget-why-hint = بتائیں کہ آپ کے خیال میں کیا غلط ہے، اور آپ چاہتے ہیں کہ کونسل کس بات پر دوبارہ غور کرے۔
personal-budget-review-contact = آپ کسی بھی وقت { $council } سے اندازاً بجٹ یا کسی اور فیصلے پر نظرِ ثانی کے لیے کہہ سکتے ہیں۔ ان سے رابطہ کریں:

## Staying safe

staying-safe-heading = { $planner ->
    [person] آپ کی حفاظت کیسے ہوگی اور اختیار آپ کے اپنے ہاتھ میں کیسے رہے گا؟
   *[other] { $name } کی حفاظت کیسے ہوگی اور اختیار ان کے اپنے ہاتھ میں کیسے رہے گا؟
}
backup-label = اگر بامعاوضہ معاونت کے لیے کوئی نہ آئے تو کیا ہوگا؟
backup-hint = ایسے میں مدد کی ذمہ داری کس کی ہوگی، اور آپ کس کو فون کریں؟
risks-heading = خطرات
risks-intro = سوچیں کہ کیا غلط ہو سکتا ہے، اور اسے روکنے کے لیے یا ایسا ہونے کی صورت میں کیا کیا جائے گا۔
risk-number = خطرہ { $number }
risk-what = کیا غلط ہو سکتا ہے؟
risk-do = اس کے بارے میں کیا کیا جائے گا؟
risk-add = خطرہ شامل کریں
contacts-heading = جن لوگوں سے رابطہ کیا جائے
contact-number = رابطہ { $number }
contact-name = نام
contact-role = یہ کون ہیں
contact-role-hint = مثال کے طور پر، بہن، سوشل ورکر، ایجنسی کا دفتر
contact-phone = فون نمبر
contact-add = رابطہ شامل کریں

## What happens next

action-plan-heading = آگے کیا ہوگا
action-plan-intro = لکھیں کہ پلان پر عمل شروع کرنے کے لیے کیا ہونا ضروری ہے، یہ کام کس کے ذمے ہوگا، اور کب تک ہونا ہے۔
action-number = کام { $number }
action-what = کیا ہونا ضروری ہے؟
action-who = یہ کام کس کے ذمے ہوگا؟
action-by-when = کب تک؟
action-add = کام شامل کریں
action-add-another = ایک اور کام شامل کریں
review-heading = جائزہ
review-label = پلان کا جائزہ کب لیا جائے گا؟
review-hint = عام طور پر ایک سال کے اندر۔ مثال کے طور پر، 27 3 2027
monitoring-heading = پیش رفت کی جانچ
monitoring-how = پلان کے جائزے سے پہلے پیش رفت کیسے جانچی جائے گی؟
monitoring-how-hint = مثال کے طور پر، ہر تین مہینے بعد سوشل ورکر کی فون کال، یا پرسنل اسسٹنٹ کی رکھی ہوئی ڈائری
monitoring-by-whom = اسے کون جانچے گا؟
monitoring-by-whom-hint = مثال کے طور پر، سوشل ورکر، سپورٹ بروکر یا خاندان کا کوئی فرد

## Check your plan

check-heading = اپنا پلان چیک کریں
check-must-fix = { $count ->
    [one] پلان بھیجنے سے پہلے ایک چیز درست کرنی ضروری ہے
   *[other] پلان بھیجنے سے پہلے { $count } چیزیں درست کرنی ضروری ہیں
}
check-ready = کچھ بھی درست کرنا ضروری نہیں: پلان بھیجنے کے لیے تیار ہے۔
check-worth-checking = یہ دیکھ لینا بہتر ہے
check-for-information = معلومات کے لیے
check-your-plan-summary = { $planner ->
    [person] آپ کا پلان
   *[other] { $name } کا پلان
}
check-row-for = پلان کس کے لیے ہے
check-row-involved = دیگر شامل افراد
check-row-budget = اندازاً بجٹ
check-row-what-matters = کیا اہم ہے
check-row-outcomes = نتائج (مقاصد)
check-row-supports = معاونت
check-row-planned = منصوبہ بند اخراجات
check-row-managing = رقم کا انتظام کیسے ہوتا ہے
check-row-backup = بیک اپ پلان
check-row-actions = ایکشن پلان
check-actions-count = { $count ->
    [one] 1 کام
   *[other] { $count } کام
}
check-row-review = جائزے کی تاریخ

## Signing and sending

task-sign-button = اپنے پلان پر دستخط کریں اور اسے بھیجیں
task-sent-heading = آپ کا دستخط شدہ پلان
task-signed-on = آپ نے { $when } کو اس پلان پر دستخط کیے۔ کونسل نے ابھی اس پر فیصلہ نہیں کیا ہے۔
task-sent-link = اپنا دستخط شدہ پلان ڈاؤن لوڈ کریں، پرنٹ کریں یا بھیجیں، یا کونسل کا فیصلہ لوڈ کریں

sign-heading = اپنے پلان پر دستخط کریں
sign-not-ready = { $count ->
    [one] پلان پر دستخط کرنے سے پہلے ایک چیز درست کرنی ضروری ہے۔
   *[other] پلان پر دستخط کرنے سے پہلے { $count } چیزیں درست کرنی ضروری ہیں۔
}
sign-lede = دستخط کرنے سے آپ کے پلان کی ایک فائل بنتی ہے جس سے پتا چلتا ہے کہ آپ کے دستخط کے بعد اس میں کوئی تبدیلی نہیں کی گئی۔ آپ یہ فائل { $council } کو بھیجیں۔ وہ اسے چیک کرتے ہیں، اس پر فیصلہ کرتے ہیں اور اپنا فیصلہ آپ کو بھیجتے ہیں۔
sign-role-legend = کس کی طرف سے دستخط کیے جا رہے ہیں؟
sign-role-person = { $planner ->
    [person] میں وہ فرد ہوں جس کے لیے یہ پلان ہے
   *[other] { $name }، وہ فرد جس کے لیے یہ پلان ہے
}
sign-role-nominee = { $planner ->
    [person] میرا نامزد فرد، جسے میری طرف سے رقم ملے گی اور جس کے ذمے اس کا انتظام ہوگا
   *[other] { $name } کا نامزد فرد، جسے ان کی طرف سے رقم ملے گی اور جس کے ذمے اس کا انتظام ہوگا
}
sign-role-representative = { $planner ->
    [person] میرا نمائندہ، جس نے میرے لیے یہ پلان بنایا
   *[other] { $name } کا نمائندہ، جس نے ان کے لیے یہ پلان بنایا
}
sign-declaration-heading = اقرار نامہ
declaration-person = میں نے یہ سپورٹ پلان پڑھ لیا ہے۔ اس میں بتایا گیا ہے کہ مجھے کس طرح کی معاونت چاہیے اور میرا ذاتی بجٹ کیسے خرچ کیا جائے گا۔ میری بہترین معلومات کے مطابق اس میں لکھی ہر بات سچ ہے۔ مجھے اس سے اتفاق ہے، اور اگر میری ضروریات یا حالات بدلیں تو میں { $council } کو اطلاع دینے کا پابند ہوں۔
declaration-nominee = میں { $name } کے نامزد فرد کے طور پر ان کی براہِ راست ادائیگی وصول کرنے اور اسے اس پلان کے مطابق خرچ کرنے پر رضامند ہوں۔ میری بہترین معلومات کے مطابق پلان میں لکھی ہر بات سچ ہے۔ میں رقم کے خرچ کا ریکارڈ رکھنے اور کسی بھی تبدیلی کی صورت میں { $council } کو اطلاع دینے کا پابند ہوں۔
declaration-representative = میں نے یہ پلان { $name } کے نمائندے کے طور پر، ان کے ساتھ مل کر اور ان کے بہترین مفاد میں بنایا ہے۔ میری بہترین معلومات کے مطابق اس میں لکھی ہر بات سچ ہے۔ اگر ان کی ضروریات یا حالات بدلیں تو میں { $council } کو اطلاع دینے کا پابند ہوں۔
declaration-witness = میں نے { $name } کو اس سپورٹ پلان سے اتفاق کرتے ہوئے دیکھا۔
sign-agree-legend = کیا آپ اقرار نامے سے متفق ہیں؟
sign-agree = میں اقرار نامے سے متفق ہوں
sign-name = دستخط کرنے والے فرد کا پورا نام
sign-name-hint = یہاں اپنا نام ٹائپ کرنے کو آپ کا دستخط مانا جائے گا۔
sign-witness = گواہ کا پورا نام (اختیاری)
sign-witness-hint = آپ کے بھروسے کا کوئی شخص، جس نے پلان پر اتفاق ہوتے دیکھا ہو، اسی ڈیوائس پر گواہ کے طور پر دستخط کر سکتا ہے۔ گواہ کے دستخط کا مطلب یہ بیان ہے: "{ $declaration }"
sign-button = اپنے پلان پر دستخط کریں
sign-again = پلان پر دوبارہ دستخط کریں
sign-error-role = منتخب کریں کہ کس کی طرف سے دستخط کیے جا رہے ہیں
sign-error-name = دستخط کرنے والے فرد کا پورا نام درج کریں
sign-error-agree = منتخب کریں کہ آپ اقرار نامے سے متفق ہیں
sign-rules-changed = آپ کے بجٹ کا حساب لگائے جانے کے بعد { $council } نے بجٹ کا حساب لگانے کے قواعد بدل دیے ہیں۔ دستخط کرنے سے پہلے 'اپنی رقم معلوم کریں' کا مرحلہ دوبارہ مکمل کریں: آپ کے جوابات محفوظ رہیں گے، اور آپ کے بجٹ کا حساب موجودہ قواعد کے مطابق لگایا جائے گا۔
sign-rules-changed-button = اپنی رقم معلوم کریں
sign-clock = اس ڈیوائس کی گھڑی میں صحیح تاریخ سیٹ نہیں ہے۔ تاریخ اور وقت سیٹ کریں، پھر دوبارہ دستخط کریں۔
sign-failed = پلان پر دستخط نہیں ہو سکے۔ اپنا پلان چیک کریں، پھر دوبارہ کوشش کریں۔

role-person = وہ فرد جس کے لیے یہ پلان ہے
role-nominee = نامزد فرد
role-representative = نمائندہ
role-witness = گواہ

signed-heading = اپنا دستخط شدہ پلان بھیجیں
signed-none = آپ نے ابھی اس پلان پر دستخط نہیں کیے۔
signed-changed-since = دستخط کرنے کے بعد آپ نے پلان میں تبدیلی کی ہے۔ تبدیلیاں بھیجنے کے لیے اس پر دوبارہ دستخط کریں۔
signed-download-heading = دستخط شدہ پلان ڈاؤن لوڈ کریں
signed-download-body = فائل کا نام { $file } ہے۔ اس کی ایک کاپی اپنے پاس رکھیں: یہ آپ کا وہی پلان ہے جس پر آپ نے دستخط کیے تھے۔
signed-download = دستخط شدہ پلان ڈاؤن لوڈ کریں
signed-print = پلان پرنٹ کریں یا اسے PDF کے طور پر محفوظ کریں
signed-send-heading = اسے { $council } کو بھیجیں
signed-send-email = یہ فائل اس ای میل پتے پر بھیجیں:{" "}
signed-send-web = یہ فائل اس ویب سائٹ پر اپ لوڈ کریں:{" "}
signed-send-fingerprint = جب { $council } آپ کے پلان کے بارے میں آپ سے رابطہ کرے، تو وہ اوپر دکھایا گیا کلید کا فنگر پرنٹ اور پلان ڈائجسٹ کا ابتدائی حصہ پڑھ کر سنا سکتے ہیں۔ اگر دونوں میل کھاتے ہوں، تو ان کے پاس وہی پلان ہے جس پر آپ نے اس ڈیوائس سے دستخط کیے تھے۔
signed-decision-heading = کونسل کا فیصلہ
signed-decision-waiting = جب آپ کے پلان پر { $council } کا فیصلہ ہو جائے، تو وہ آپ کو فیصلے کی فائل بھیجیں گے۔ فیصلہ اپنے پلان کے ساتھ دیکھنے کے لیے اسے یہاں لوڈ کریں۔
signed-load-decision = کونسل کے فیصلے کی فائل لوڈ کریں
signed-load-decision-hint = فائل کا نام .json پر ختم ہوتا ہے۔ یہ اسی ڈیوائس پر رہتی ہے۔
signed-earlier = وہ پلان جن پر آپ نے پہلے دستخط کیے
signed-earlier-item = دستخط کی تاریخ { $when }: { $status }
signed-earlier-no-decision = کوئی فیصلہ لوڈ نہیں کیا گیا

decision-confirmed = { $officer }، { $role }، { $council } نے { $when } کو پلان کی تصدیق کی۔
decision-changed = { $officer }، { $role }، { $council } نے { $when } کو تبدیلیوں کے ساتھ پلان کی تصدیق کی۔
decision-returned = { $officer }، { $role }، { $council } نے { $when } کو پلان واپس کر دیا۔
decision-tag-confirmed = تصدیق شدہ
decision-tag-changed = تبدیلیوں کے ساتھ تصدیق شدہ
decision-tag-returned = واپس کیا گیا
decision-budget = منظور شدہ ذاتی بجٹ
decision-reasons = وجوہات
decision-changes = تبدیلیاں یا شرائط
decision-loaded = کونسل کا فیصلہ آپ کے پلان میں شامل کر دیا گیا ہے۔
decision-loaded-earlier = کونسل کا فیصلہ ایک ایسے پلان میں شامل کر دیا گیا ہے جس پر آپ نے پہلے دستخط کیے تھے۔ یہ "وہ پلان جن پر آپ نے پہلے دستخط کیے" کے تحت درج ہے۔
decision-other-plan = یہ فیصلہ کسی دوسرے پلان کے بارے میں ہے ({ $person } کا پلان)، یہ اس ڈیوائس پر اس پلان کے لیے دستخط کیے گئے کسی پلان کا فیصلہ نہیں ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔
decision-refused = فیصلے کی اس فائل پر بھروسہ نہیں کیا جا سکتا، اس لیے اسے شامل نہیں کیا گیا: { $reason }

file-drop-here = یا فائل کو گھسیٹ کر یہاں چھوڑیں۔
file-too-large = یہ فائل دستخط شدہ پلان یا فیصلے کی فائل ہونے کے لیے بہت بڑی ہے۔ وہ فائل منتخب کریں جو آپ کو بھیجی گئی تھی۔
file-unreadable = فائل پڑھی نہیں جا سکی۔ اسے دوبارہ منتخب کریں، یا نئی کاپی منگوائیں۔

print-heading = { $name } کے لیے سپورٹ پلان
print-button = پرنٹ کریں یا PDF کے طور پر محفوظ کریں

document-declarations = اقرار نامے
document-signed-by = دستخط کنندہ
document-signer = { $name } ({ $role })
document-signed-at = دستخط کی تاریخ
document-key = کلید کا فنگر پرنٹ
document-digest = پلان ڈائجسٹ
document-about = پلان کے بارے میں
document-planned-by = پلان کس نے بنایا
document-planned-by-person = وہ فرد خود
document-planned-by-other = کوئی اور، ان کے ساتھ مل کر یا ان کی طرف سے
document-basis-chosen = پلان بنانے میں مدد کے لیے اس فرد کا اپنا انتخاب
document-basis-authorised = مجاز فرد
document-basis-attorney = صحت اور بہبود کے لیے لاسٹنگ پاور آف اٹارنی کے تحت اٹارنی
document-basis-deputy = کورٹ آف پروٹیکشن کی طرف سے مقرر کردہ ڈپٹی
document-basis-other = کوئی اور وجہ
document-money = رقم
document-carers = نگہداشت کرنے والے کے لیے مختص رقم: { $weekly } فی ہفتہ ({ $yearly } سالانہ)
document-panel = کونسل کا پینل اس پلان کو دیکھے گا۔
document-rule-set = حساب کی بنیاد
document-rule-set-version = قواعد کا مجموعہ "{ $id }"، ورژن { $version }
document-strengths = خوبیاں
document-relationships = اہم لوگ
document-outcome-words = ان کے اپنے الفاظ میں
document-outcome-know = انہیں کیسے پتا چلے گا کہ یہ کام کر رہا ہے
document-provider = کس کی طرف سے
document-cost = لاگت
document-unpaid = اس کی ادائیگی بجٹ سے نہیں ہوتی
document-cost-not-shown = اس کی لاگت قواعد کے کسی دوسرے مجموعے کے تحت لگائی گئی ہے: کل رقم دیکھیں
document-total-supports = بامعاوضہ معاونت
document-total-contingency = ہنگامی اخراجات
document-total-one-off = ایک بار کے اخراجات
document-nominee = نامزد فرد
document-name = نام
document-contact = رابطہ
document-staying-safe = محفوظ رہنا اور اختیار اپنے ہاتھ میں رکھنا
document-risk-what = کیا غلط ہو سکتا ہے
document-risk-do = کیا کیا جائے گا
document-contacts = کس سے رابطہ کریں
document-action = { $who }، { $when } تک
document-needs = جائزے میں طے شدہ ضروریات
document-needs-none = پلان میں جائزے میں طے شدہ کوئی ضرورت درج نہیں۔
document-need-number = ضرورت { $number }
document-need-words = کونسل کے الفاظ میں
document-need-eligibility = اہلیت
document-need-eligible = اہل
document-need-not-eligible = اہل نہیں
document-need-outcomes = یہ کن نتائج کو متاثر کرتی ہے
document-need-will-meet = کیا کونسل اسے پورا کرے گی؟
document-need-met = ہاں
document-need-not-met = نہیں
document-need-how = یہ کیسے پوری ہوتی ہے
document-wellbeing = بہبود
document-wellbeing-intro = بہبود کے وہ پہلو جن میں یہ دیکھ بھال اور معاونت مدد کر سکتی ہے:
document-information = معلومات اور مشورہ
document-personal-budget = آپ کا ذاتی بجٹ
document-pb-cost = ضروریات پوری کرنے کی لاگت (اندازاً بجٹ)
document-pb-contribution = { $name } کیا ادا کرتے ہیں
document-pb-council = { $council } کیا ادا کرتی ہے
document-pb-not-shown = نہیں دکھایا گیا: اس پلان پر دستخط اس وقت ہوئے جب پلانز میں یہ درج نہیں ہوتا تھا، اور جن قواعد کے تحت یہ بنایا گیا وہ یہاں دستیاب نہیں۔
document-direct-payments = براہِ راست ادائیگیاں
document-no-direct-payment = کسی بھی معاونت کی ادائیگی براہِ راست ادائیگی سے نہیں ہوتی۔
document-scotland-option = خود مختار معاونت کا آپشن
document-review = پیش رفت کی جانچ اور جائزہ
document-monitoring-how = پیش رفت کیسے جانچی جائے گی
document-monitoring-by-whom = کون جانچے گا
document-disagree = اگر آپ متفق نہیں
document-disagree-about = اختلاف کس بارے میں ہے
document-disagree-why = کیوں
document-no-disagreement = پلان میں یہ نہیں کہا گیا کہ { $name } کسی فیصلے سے متفق نہیں۔
document-review-contact = { $council } سے کسی فیصلے پر نظرِ ثانی کے لیے کہنے کے لیے، ان سے رابطہ کریں:

## The council view

council-heading = دستخط شدہ پلان چیک کریں
council-lede = کسی کا بھیجا ہوا دستخط شدہ پلان کھولیں۔ یہ صفحہ چیک کرتا ہے کہ دستخط کے بعد اس میں کوئی تبدیلی نہیں ہوئی، بجٹ کا دوبارہ حساب لگاتا ہے اور بتاتا ہے کہ جانچ میں کیا سامنے آیا۔ کچھ بھی کہیں نہیں بھیجا جاتا۔
council-open = دستخط شدہ پلان کھولیں
council-open-hint = فائل کا نام .json پر ختم ہوتا ہے۔
council-result-heading = { $file }
council-verified = اس پلان کی تصدیق ہو گئی ہے
council-verified-body = دستخط کے بعد اس میں کوئی تبدیلی نہیں ہوئی، اور دوبارہ حساب لگانے پر بھی اس کا بجٹ اور کل رقوم وہی رہتی ہیں۔
council-not-verified = اس پلان کی تصدیق نہیں ہو سکی
council-not-verified-body = اس فائل پر بھروسہ نہ کریں۔ متعلقہ فرد سے کہیں کہ اپنا دستخط شدہ پلان دوبارہ بھیجیں۔
council-warnings = فیصلہ کرنے سے پہلے یہ چیک کریں:
council-signatures = کس نے دستخط کیے، اور ان کی کلیدوں کے فنگر پرنٹ
council-fingerprint-advice = یہ یقینی بنانے کے لیے کہ پلان انہی کی طرف سے آیا ہے، متعلقہ فرد سے کہیں کہ ان کی ایپ میں دکھایا گیا کلید کا فنگر پرنٹ آپ کو پڑھ کر سنائیں، اور اس کا موازنہ کریں۔
council-budget = رقم
council-budget-stated = فائل میں درج بجٹ
council-budget-recomputed = دوبارہ حساب لگایا گیا بجٹ
council-budget-not-recomputed = دوبارہ حساب نہیں لگایا گیا: فائل میں جس قواعد کے مجموعے کا نام ہے وہ یہاں دستیاب نہیں
council-no-findings = جانچ میں کوئی ایسی بات نہیں ملی جس کے بارے میں پوچھنا ہو۔
council-findings-must-fix = درست کرنا ضروری ہے
council-read-plan = پورا پلان پڑھیں
council-decide-heading = فیصلہ درج کریں
council-decision-legend = آپ نے کیا فیصلہ کیا ہے؟
decision-option-confirmed = پلان جیسا ہے، اسی طرح اس کی تصدیق کریں
decision-option-changed = تبدیلیوں یا شرائط کے ساتھ پلان کی تصدیق کریں
decision-option-returned = پلان تبدیلی کے لیے واپس کریں
council-reasons-hint = وجہ ایسے الفاظ میں بتائیں جو متعلقہ فرد سمجھ سکے۔ اگر آپ پلان میں تبدیلی کریں یا اسے واپس کریں تو یہ ضروری ہے۔
council-changes-hint = ہر تبدیلی یا شرط الگ سطر میں لکھیں۔
council-weekly = منظور شدہ ذاتی بجٹ، فی ہفتہ
council-yearly = منظور شدہ ذاتی بجٹ، سالانہ
council-officer = آپ کا پورا نام
council-officer-role = آپ کا عہدہ
council-key = کونسل کی دستخطی کلید کی فائل
council-key-hint = یہ کلید صرف اس فیصلے پر دستخط کے لیے استعمال ہوتی ہے۔ اسے محفوظ نہیں کیا جاتا، اور دستخط ہوتے ہی اسے ہٹا دیا جاتا ہے۔
council-key-loaded = کلید { $fingerprint } لوڈ ہو گئی ہے۔ دستخط ہوتے ہی اسے ہٹا دیا جائے گا۔
council-key-forget = کلید ہٹائیں
council-key-unreadable = یہ کونسل کی دستخطی کلید کی فائل نہیں ہے۔ وہ کلید فائل منتخب کریں جو 'support-plan keygen' سے بنائی گئی تھی۔
council-key-not-published = کلید { $fingerprint } ان کلیدوں میں سے نہیں ہے جو یہ سروس آج دستخط کے لیے شائع کرتی ہے، اس لیے لوگوں کی ایپس یہ فیصلہ قبول نہیں کریں گی۔ کوئی اور کلید منتخب کریں، یا اس کلید کو config.json میں شائع کریں۔
council-sign = فیصلے پر دستخط کریں
council-made = فیصلے پر دستخط ہو گئے ہیں
council-made-body = فیصلے کی فائل ڈاؤن لوڈ کریں اور اسے متعلقہ فرد کو بھیجیں۔ کلید ہٹا دی گئی ہے۔
council-download = فیصلے کی فائل ڈاؤن لوڈ کریں
decision-error-outcome = منتخب کریں کہ آپ نے کیا فیصلہ کیا ہے
decision-error-reasons = پلان میں تبدیلی کرنے یا اسے واپس کرنے کی وجوہات درج کریں
decision-error-changes = تبدیلیاں یا شرائط درج کریں
decision-error-weekly = منظور شدہ ہفتہ وار بجٹ درج کریں، جیسے 255.78
decision-error-yearly = منظور شدہ سالانہ بجٹ درج کریں، جیسے 13300.56
council-confirm-amounts = منظور شدہ بجٹ وہی ہوگا جو پلان میں ہے: { $weekly } فی ہفتہ ({ $yearly } سالانہ)۔ کوئی مختلف رقم منظور کرنے کے لیے، تبدیلیوں کے ساتھ پلان کی تصدیق کریں۔
council-intact = دستخط کے بعد سے کوئی تبدیلی نہیں ہوئی
council-yes = ہاں
council-no = نہیں
council-budget-check = بجٹ اور کل رقوم کا دوبارہ حساب
council-budget-same = وہی جو فائل میں ہے
council-budget-different = فائل سے مختلف
council-budget-unchecked = دوبارہ حساب نہیں لگایا جا سکا
decision-error-officer = اپنا پورا نام درج کریں
decision-error-role = اپنا عہدہ درج کریں
decision-error-key = کونسل کی دستخطی کلید کی فائل منتخب کریں

# Dates and times. `date-long` puts a day, a month's name and a year in order.
date-long = { $day } { $month } { $year }
date-and-time = { $date }، { $time }
# `$half` is "am" or "pm".
time-of-day = { $half ->
    [am] قبل دوپہر { $clock }
   *[pm] بعد دوپہر { $clock }
}
time-midday = دوپہر 12
time-midnight = رات 12
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
# Lists: "a, b and c" is list-last with $first = list-more("a", "b") and $last = "c".
list-more = { $first }، { $next }
list-last = { $first } اور { $last }
council-personal-budget = ذاتی بجٹ
council-pb-worked-out-again = اس پلان پر دستخط اس وقت ہوئے جب پلانز میں ذاتی بجٹ تین حصوں میں درج نہیں ہوتا تھا، اس لیے یہ اعداد و شمار پلان سے دوبارہ نکالے گئے ہیں۔ ان پر دستخط نہیں ہوئے۔
council-disagreement = { $name } ایک فیصلے سے متفق نہیں۔ وہ اس فیصلے پر نظرِ ثانی کے لیے کہہ سکتے ہیں۔

## The council's command-line tool: the personal budget
# What `support-plan check` and `support-plan verify` print about the personal budget in its three
# parts, the direct payment, the assessed needs and a disagreement. `$amounts` is a weekly and a
# yearly amount (amount-week-and-year); `$amount`, `$supports` and `$weekly` are money already
# written ("£42.50"); `$need` and `$supports` in lists are the findings' quoted words.

cli-personal-budget = ذاتی بجٹ:
cli-personal-budget-signed = ذاتی بجٹ، جیسا کہ اس پر دستخط ہوئے:
cli-personal-budget-recomputed = ذاتی بجٹ، دوبارہ حساب لگا کر:
cli-personal-budget-not-known = ذاتی بجٹ: فائل میں درج نہیں، اور پلان میں مذکور رول سیٹ کے بغیر اس کا دوبارہ حساب نہیں لگایا گیا
cli-cost = ضروریات پوری کرنے کی لاگت: { $amounts }
cli-contribution-assessed = حصہ (کنٹری بیوشن): { $amounts }، مالی جائزے کے { $date } کے خط کے مطابق
cli-contribution-undated = حصہ (کنٹری بیوشن): { $amounts } (مالی جائزے کے خط کی تاریخ نہیں دی گئی)
cli-contribution-not-assessed = حصہ (کنٹری بیوشن): ابھی جائزہ نہیں لیا گیا
cli-contribution-not-stated = حصہ (کنٹری بیوشن): درج نہیں
cli-council-part = کونسل کا حصہ: { $amounts }
cli-council-part-not-known = کونسل کا حصہ: مالی جائزے تک معلوم نہیں
cli-direct-payment = براہِ راست ادائیگی (ڈائریکٹ پیمنٹ):
cli-direct-payment-signed = براہِ راست ادائیگی، جیسا کہ اس پر دستخط ہوئے:
cli-direct-payment-recomputed = براہِ راست ادائیگی، دوبارہ حساب لگا کر:
cli-payment = ہر ادائیگی: { $amount } { $frequency } ({ $weekly } فی ہفتہ)
cli-payment-not-known = ہر ادائیگی: مالی جائزے تک معلوم نہیں، { $frequency }
cli-paid-to = ادائیگی کس کو ہوگی: { $payee }
cli-basis-net = حصہ منہا کر کے ادائیگی (نیٹ): براہِ راست ادائیگی سے چلنے والی { $supports } فی ہفتہ کی معاونت میں سے حصہ منہا کیا جاتا ہے
cli-basis-gross = پوری ادائیگی (گراس): براہِ راست ادائیگی سے چلنے والی { $supports } فی ہفتہ کی معاونت کی پوری رقم ادا کی جاتی ہے، اور متعلقہ شخص اپنا حصہ کونسل کو خود ادا کرتا ہے
cli-paid-to-council = متعلقہ شخص { $weekly } فی ہفتہ خود کونسل کو ادا کرتا ہے: حصے کا وہ جزو جو ادائیگی کم ہونے کی وجہ سے اس میں سے منہا نہیں ہو سکتا
cli-working = حساب: { $working }
cli-meets = وہ ضروریات جو اس سے پوری ہوتی ہیں: { $needs }
cli-meets-none = وہ ضروریات جو اس سے پوری ہوتی ہیں: کسی کا نام نہیں دیا گیا
cli-needs = جائزے میں سامنے آنے والی ضروریات:
cli-needs-none = جائزے میں سامنے آنے والی ضروریات: کوئی درج نہیں
cli-need = { $need }: { $eligibility }؛ { $meeting }
cli-eligible = اہل ({ $outcomes })
cli-eligible-no-outcome = اہل
cli-not-eligible = اہل نہیں
cli-eligibility-not-said = اہلیت کا ذکر نہیں
cli-met-by = کونسل اسے پورا کرے گی، { $supports } کے ذریعے
cli-met-otherwise = کونسل اسے پورا کرے گی، مگر پلان کی کسی معاونت کے ذریعے نہیں: { $reason }
cli-met-by-nothing-yet = کونسل اسے پورا کرے گی، لیکن ابھی پلان کی کوئی معاونت اسے پورا نہیں کرتی
cli-not-met = کونسل اسے پورا نہیں کرے گی
cli-not-met-because = کونسل اسے پورا نہیں کرے گی: { $reason }
cli-meeting-not-said = یہ ذکر نہیں کہ کونسل اسے پورا کرے گی یا نہیں
cli-disagreement = { $person } { $about ->
        [indicative_budget] اندازاً بجٹ
        [contribution] حصے (کنٹری بیوشن)
        [eligibility] اہلیت کے بارے میں فیصلے
       *[other_decision] کسی اور فیصلے
    } سے متفق نہیں: { $why }
cli-disagreement-unspecified = { $person } متفق نہیں: { $why }
cli-council-pays = کونسل کی ادائیگی
cli-worked-out-again = { $amount } (دوبارہ حساب لگا کر)
cli-not-known = معلوم نہیں
cli-item = { $name }

## What the checks find (each finding's message, then how to fix it)
# `$person` is the person's name, or "the person" until it is given. `$support` is a support's
# description in quotes, or "A support" (or "a support" within a sentence).

support-quoted = "{ $description }"
support-unnamed = ایک معاونت
support-unnamed-within = ایک معاونت
detail-name = نام
detail-relationship = متعلقہ شخص سے رشتہ
detail-contact = رابطے کی تفصیلات
detail-basis = ان کے لیے منصوبہ بندی کرنے کی وجہ
detail-agreement = رقم کا انتظام سنبھالنے پر رضامندی
way-direct_payment_person = متعلقہ شخص کو براہِ راست ادائیگی (ڈائریکٹ پیمنٹ)
way-direct_payment_nominee = نامزد فرد کو براہِ راست ادائیگی (ڈائریکٹ پیمنٹ)
way-individual_service_fund = انفرادی سروس فنڈ
way-council_managed = کونسل کے زیرِ انتظام معاونت
reason-not-allowed = ذاتی بجٹ { $item } کے لیے استعمال نہیں کیا جا سکتا۔
need-quoted = "{ $words }"
need-unnamed = ضرورت { $number }
detail-how = پیش رفت کیسے جانچی جائے گی
detail-by-whom = اسے کون جانچے گا
payee-nominee = نامزد فرد
payee-nominee-named = نامزد فرد { $name }
frequency-weekly = ہر ہفتے
frequency-four_weekly = ہر چار ہفتے بعد
frequency-monthly = ہر مہینے

finding-questions_unanswered = { $count ->
    [one] { $person } کی ضروریات کے بارے میں ایک سوال کا جواب نہیں دیا گیا، اس لیے بجٹ حتمی نہیں ہے
   *[other] { $person } کی ضروریات کے بارے میں { $count } سوالوں کے جواب نہیں دیے گئے، اس لیے بجٹ حتمی نہیں ہے
}
fix-questions_unanswered = 'اپنی رقم معلوم کریں' میں باقی سوالوں کے جواب دیں۔
finding-answer_not_valid = ایک جواب کونسل کے سوالات کے مطابق نہیں ہے (سوال "{ $question }")
finding-answers_not_readable = کونسل کے سوالات کے جو جوابات پلان میں ہیں وہ پڑھے نہیں جا سکتے
fix-answer_not_valid = 'اپنی رقم معلوم کریں' میں اس سوال کا جواب دوبارہ دیں۔
finding-budget_not_worked_out = بجٹ کا حساب نہیں لگایا جا سکا: کونسل کے قواعد سے اتنی بڑی رقم بنتی ہے کہ اسے سنبھالا نہیں جا سکتا
fix-budget_not_worked_out = کونسل سے رابطہ کریں: اس کے قواعد کے مجموعے کو درست کرنے کی ضرورت ہے۔
finding-rule_set_not_recorded = پلان میں یہ درج نہیں کہ اس کا بجٹ کن قواعد سے بنا؛ اسے { $id } ورژن { $version } کے ساتھ چیک کیا گیا
fix-rule_set_not_recorded = 'اپنی رقم معلوم کریں' کھولیں، تاکہ پلان میں کونسل کے موجودہ قواعد درج ہو جائیں۔
finding-rule_set_differs = پلان میں بجٹ { $planned_id } ورژن { $planned_version } سے بنا تھا، لیکن اسے { $id } ورژن { $version } کے ساتھ چیک کیا گیا، اس لیے رقم مختلف ہو سکتی ہے
fix-rule_set_differs = 'اپنی رقم معلوم کریں' میں اپنے جوابات کونسل کے موجودہ سوالات کے مطابق چیک کریں۔
finding-person_name_missing = پلان میں یہ نہیں بتایا گیا کہ یہ کس کے لیے ہے
fix-person_name_missing = اس شخص کا نام شامل کریں جس کے لیے یہ پلان ہے۔
finding-representative_details_missing = { $count ->
    [one] { $person } کا پلان کسی اور کی طرف سے بنایا جا رہا ہے، لیکن پلان بنانے والے شخص کے بارے میں یہ چیز درج نہیں ہے: { $details }
   *[other] { $person } کا پلان کسی اور کی طرف سے بنایا جا رہا ہے، لیکن پلان بنانے والے شخص کے بارے میں یہ چیزیں درج نہیں ہیں: { $details }
}
fix-representative_details_missing = پلان بنانے والے شخص کی جو تفصیلات درج نہیں ہیں، وہ شامل کریں۔
finding-what_matters_empty = پلان میں ابھی یہ نہیں بتایا گیا کہ { $person } کے لیے کیا اہم ہے
fix-what_matters_empty = لکھیں کہ متعلقہ شخص کے لیے، اور ان کے آس پاس کے لوگوں کے لیے کیا اہم ہے۔
finding-no_outcomes = پلان میں ابھی یہ نہیں بتایا گیا کہ { $person } کو کیا بدلنا یا حاصل کرنا ہے
fix-no_outcomes = کم از کم ایک نتیجہ (مقصد) شامل کریں، متعلقہ شخص کے اپنے الفاظ میں۔
finding-no_supports = پلان میں ابھی یہ نہیں بتایا گیا کہ { $person } کو معاونت کیسے ملے گی
fix-no_supports = وہ معاونت شامل کریں جو متعلقہ شخص کو ملے گی، بامعاوضہ بھی اور بلامعاوضہ بھی۔
finding-no_actions = پلان میں کوئی ایکشن پلان نہیں ہے: کون سا کام کس کے ذمے ہے، اور کب تک ہونا ہے
fix-no_actions = کم از کم ایک کام شامل کریں، اور بتائیں کہ یہ کس کے ذمے ہوگا اور کب تک ہونا ہے۔
finding-outcome_without_measure = نتیجے (مقصد) "{ $outcome }" میں یہ نہیں بتایا گیا کہ آپ کو کیسے پتا چلے گا کہ یہ کام کر رہا ہے
fix-outcome_without_measure = بتائیں کہ یہ نتیجہ حاصل ہونے پر کیا چیز مختلف ہوگی۔
finding-support_not_described = پلان میں ایک معاونت کی کوئی تفصیل نہیں لکھی گئی
fix-support_not_described = بتائیں کہ یہ معاونت کیا ہے، مثال کے طور پر 'صبح اٹھنے اور کپڑے پہننے میں مدد'۔
finding-support_serves_missing_outcome = { $support } کا تعلق ایک ایسے نتیجے (مقصد) سے ہے جو اب پلان میں نہیں ہے
fix-support_serves_missing_outcome = دوبارہ منتخب کریں کہ یہ معاونت کن نتائج میں مدد کرتی ہے۔
finding-category_not_allowed = { $support }، { $item } کے لیے ہے: { $reason }
fix-category_not_allowed = یہ معاونت بجٹ سے ہٹا دیں، یا اس کی ادائیگی کسی اور طریقے سے کریں۔
finding-unknown_category = { $support } کی قسم ({ $category }) ایسی ہے جو کونسل استعمال نہیں کرتی
fix-unknown_category = اس معاونت کے لیے کونسل کی قسموں میں سے کوئی ایک منتخب کریں۔
finding-category_missing = { $support } کے بارے میں یہ نہیں بتایا گیا کہ یہ کس قسم کی معاونت ہے
fix-category_missing = اس معاونت کی قسم منتخب کریں۔
finding-paid_support_without_outcome = { $support } کی ادائیگی بجٹ سے ہوتی ہے، لیکن اسے کسی نتیجے (مقصد) سے نہیں جوڑا گیا
fix-paid_support_without_outcome = بتائیں کہ یہ معاونت کن نتائج میں مدد کرتی ہے: کونسل چیک کرتی ہے کہ رقم انہی پر خرچ ہو۔
finding-support_not_costed = { $support } کی ادائیگی بجٹ سے ہوتی ہے، لیکن ابھی اس کی لاگت درج نہیں کی گئی
fix-support_not_costed = اس کی لاگت درج کریں: گھنٹے اور ریٹ، سیشن اور قیمت، یا کوئی رقم۔
finding-unknown_price_item = { $support } میں قیمتوں کی فہرست کی ایک ایسی چیز ({ $code }) درج ہے جو کونسل کی فہرست میں نہیں ہے
fix-unknown_price_item = کونسل کی قیمتوں کی فہرست سے چیز دوبارہ منتخب کریں، یا 'جی نہیں' والا جواب منتخب کریں۔
finding-price_above_cap = { $support } کی قیمت { $price } فی { $unit } ہے، جو اس رقم سے زیادہ ہے جو کونسل { $item } کے لیے ادا کرتی ہے ({ $cap } فی { $unit })
fix-price_above_cap = کم قیمت تلاش کریں، یا کونسل سے بات کریں کہ اسی کی ضرورت کیوں ہے۔
finding-quote_needed = { $support } کے لیے کوٹیشن (قیمت کا تخمینہ) درکار ہے: کونسل { $item } کے لیے کوٹیشن مانگتی ہے
fix-quote_needed = فراہم کنندہ سے کوٹیشن لیں اور بتائیں کہ کوٹیشن پلان کے ساتھ منسلک ہے۔
finding-outcome_without_support = پلان میں کوئی بھی معاونت "{ $outcome }" میں مدد نہیں کرتی
fix-outcome_without_support = اس نتیجے سے کوئی معاونت جوڑیں، چاہے بامعاوضہ ہو یا بلامعاوضہ، یا یہ نتیجہ ہٹا دیں۔
finding-management_missing = پلان میں یہ نہیں بتایا گیا کہ { $support } کی رقم کا انتظام کس کے ذمے ہوگا
fix-management_missing = منتخب کریں کہ اس معاونت کی رقم کا انتظام کیسے کیا جائے گا۔
finding-management_not_offered = { $support } کی رقم کا انتظام { $way } کے طور پر ہونا ہے، لیکن کونسل یہ طریقہ پیش نہیں کرتی
fix-management_not_offered = رقم کے انتظام کا کوئی ایسا طریقہ منتخب کریں جو کونسل پیش کرتی ہے۔
finding-service_fund_provider_missing = { $support } کی ادائیگی انفرادی سروس فنڈ کے ذریعے ہوتی ہے، لیکن اس فراہم کنندہ کا نام نہیں دیا گیا جس کے پاس فنڈ رہے گا
fix-service_fund_provider_missing = اس فراہم کنندہ کا نام شامل کریں جس کے پاس رقم رہے گی۔
finding-nominee_details_missing = { $count ->
    [one] کچھ رقم نامزد فرد کو ادا کی جانی ہے، لیکن نامزد فرد کے بارے میں یہ چیز درج نہیں ہے: { $details }
   *[other] کچھ رقم نامزد فرد کو ادا کی جانی ہے، لیکن نامزد فرد کے بارے میں یہ چیزیں درج نہیں ہیں: { $details }
}
fix-nominee_details_missing = نامزد فرد کی تفصیلات شامل کریں اور تصدیق کریں کہ وہ رقم کا انتظام سنبھالنے پر رضامند ہیں۔
finding-no_backup_plan = پلان میں یہ نہیں بتایا گیا کہ اگر بامعاوضہ معاونت کے لیے کوئی نہ آئے تو کیا ہوگا
fix-no_backup_plan = بیک اپ پلان لکھیں: ایسے میں مدد کی ذمہ داری کس کی ہوگی، اور کس کو فون کرنا ہے۔
finding-no_safety_contacts = پلان میں کسی ایسے شخص کا نام نہیں جس سے کچھ غلط ہونے کی صورت میں رابطہ کیا جائے
fix-no_safety_contacts = رابطے کے لیے لوگوں کے نام، ان کے فون نمبروں کے ساتھ، شامل کریں۔
finding-risk_without_plan = خطرے "{ $risk }" کے بارے میں یہ نہیں بتایا گیا کہ اس کے لیے کیا کیا جائے گا
fix-risk_without_plan = بتائیں کہ اسے روکنے کے لیے، یا ایسا ہونے کی صورت میں، کیا کیا جائے گا۔
finding-no_review_date = پلان میں جائزے کی کوئی تاریخ نہیں ہے
fix-no_review_date = منتخب کریں کہ پلان کا جائزہ کب لیا جائے گا، عام طور پر ایک سال کے اندر۔
finding-review_date_too_early = جائزے کی تاریخ، { $date }، پلان شروع ہونے کی تاریخ کے بعد کی نہیں ہے
fix-review_date_too_early = جائزے کے لیے مستقبل کی کوئی تاریخ منتخب کریں۔
finding-over_budget = پلان کی لاگت { $planned } فی ہفتہ ہے، جو { $budget } کے اندازاً بجٹ سے { $over } زیادہ ہے۔ پلان پھر بھی بھیجا جا سکتا ہے: کونسل کا پینل اسے دیکھے گا
fix-over_budget = معاونت کے گھنٹے اور قیمتیں دوبارہ دیکھیں، یا پلان میں وضاحت کریں کہ زیادہ رقم کی ضرورت کیوں ہے۔
finding-within_budget = پلان کی لاگت { $budget } کے بجٹ میں سے { $planned } فی ہفتہ ہے، اور باقی رقم { $left } ہے
fix-within_budget = کچھ بھی درست کرنے کی ضرورت نہیں۔
finding-panel = بجٹ اس حد سے زیادہ ہے جس کے بعد کونسل کا پینل پلان دیکھتا ہے، اس لیے پینل اس پلان کا جائزہ لے گا
fix-panel = کچھ بھی درست کرنے کی ضرورت نہیں: پینل اتنی رقم والے تمام پلانوں کا جائزہ لیتا ہے۔
finding-contingency_below_minimum = ہنگامی اخراجات کے لیے رقم { $contingency } فی ہفتہ ہے؛ کونسل بجٹ کا کم از کم { $percent }%، یعنی { $minimum } فی ہفتہ، رکھنے کو کہتی ہے
fix-contingency_below_minimum = غیر متوقع اخراجات کے لیے ہر ہفتے زیادہ رقم الگ رکھیں۔
finding-one_off_costs = ہفتہ وار بجٹ کے علاوہ، پلان میں { $amount } کے ایک بار کے اخراجات بھی ہیں
fix-one_off_costs = کچھ بھی درست کرنے کی ضرورت نہیں: کونسل ایک بار کے اخراجات الگ سے منظور کرتی ہے۔
finding-no_assessed_needs = پلان میں ابھی وہ ضروریات درج نہیں جو کونسل کی تشخیص میں { $person } کے لیے سامنے آئیں
fix-no_assessed_needs = ضروریات کی تشخیص میں بتائی گئی ہر ضرورت، تشخیص ہی کے الفاظ میں، شامل کریں۔
finding-need_not_described = { $need } میں یہ نہیں بتایا گیا کہ ضرورت کیا ہے
fix-need_not_described = ضرورت اسی طرح لکھیں جیسے ضروریات کی تشخیص میں بیان کی گئی ہے۔
finding-unknown_eligibility_outcome = { $need } میں اہلیت کا ایک ایسا نتیجہ درج ہے جو کونسل استعمال نہیں کرتی
fix-unknown_eligibility_outcome = دوبارہ منتخب کریں کہ کونسل کے کن نتائج پر اس ضرورت کا اثر پڑتا ہے۔
finding-need_eligibility_not_said = { $need } میں یہ نہیں بتایا گیا کہ آیا تشخیص میں اسے اہل قرار دیا گیا
fix-need_eligibility_not_said = بتائیں کہ آیا ضروریات کی تشخیص میں اس ضرورت کو اہل قرار دیا گیا۔
finding-eligible_need_without_outcome = { $need } اہل ہے، لیکن یہ نہیں بتایا گیا کہ اس کا اثر کن نتائج پر پڑتا ہے
fix-eligible_need_without_outcome = وہ نتائج منتخب کریں جو متعلقہ شخص اس ضرورت کی وجہ سے حاصل نہیں کر پاتے، جیسا کہ تشخیص میں بتایا گیا ہے۔
finding-need_meeting_not_said = { $need } میں یہ نہیں بتایا گیا کہ آیا کونسل اسے پورا کرے گی
fix-need_meeting_not_said = بتائیں کہ آیا کونسل یہ ضرورت پوری کرے گی۔
finding-need_not_met = کونسل { $need } کو پورا کرے گی، لیکن پلان میں کوئی بھی معاونت اسے پورا نہیں کرتی
fix-need_not_met = اس ضرورت سے کوئی معاونت جوڑیں، چاہے بامعاوضہ ہو یا بلامعاوضہ، یا بتائیں کہ پلان میں کوئی معاونت اسے پورا کیوں نہیں کرتی۔
finding-support_meets_missing_need = { $support } کا تعلق ایک ایسی ضرورت سے ہے جو اب پلان میں نہیں ہے
fix-support_meets_missing_need = دوبارہ منتخب کریں کہ یہ معاونت کون سی ضروریات پوری کرتی ہے۔
finding-unknown_wellbeing = پلان میں فلاح و بہبود کا ایک ایسا پہلو درج ہے جو کونسل استعمال نہیں کرتی
fix-unknown_wellbeing = دوبارہ منتخب کریں کہ دیکھ بھال اور معاونت فلاح و بہبود کے کن پہلوؤں میں مدد کر سکتی ہے۔
finding-wellbeing_not_said = پلان میں یہ نہیں بتایا گیا کہ دیکھ بھال اور معاونت { $person } کی فلاح و بہبود کے کن پہلوؤں میں مدد کر سکتی ہے
fix-wellbeing_not_said = فلاح و بہبود کے وہ پہلو منتخب کریں جو اس پلان میں اہم ہیں۔
finding-no_information_and_advice = پلان میں یہ نہیں بتایا گیا کہ { $person } کو اپنی ضروریات کم کرنے یا انہیں مؤخر کرنے کے بارے میں کیا بتایا گیا
fix-no_information_and_advice = جو معلومات اور مشورہ دیا گیا وہ لکھیں: سروسز، گروپ، سامان یا تبدیلیاں جو مدد کر سکتی ہیں۔
finding-contribution_not_stated = پلان میں یہ نہیں بتایا گیا کہ { $person } بجٹ میں اپنے حصے کے طور پر کتنی رقم ادا کرتے ہیں
fix-contribution_not_stated = مالی تشخیص کے خط میں دی گئی رقم درج کریں، یا بتائیں کہ مالی تشخیص ابھی نہیں ہوئی۔
finding-contribution_letter_date_missing = حصے کی رقم کے ساتھ مالی تشخیص کے خط کی تاریخ درج نہیں ہے
fix-contribution_letter_date_missing = اس خط کی تاریخ درج کریں جس میں آپ کو یہ رقم بتائی گئی تھی۔
finding-contribution_not_assessed = مالی تشخیص ابھی نہیں ہوئی، اس لیے ابھی یہ معلوم نہیں کہ { $cost } فی ہفتہ میں سے کونسل کتنا ادا کرے گی
fix-contribution_not_assessed = کچھ بھی درست کرنے کی ضرورت نہیں: خط آنے پر پلان اپ ڈیٹ کریں۔
finding-contribution_above_budget = { $contribution } فی ہفتہ کا حصہ { $cost } فی ہفتہ کے بجٹ سے زیادہ ہے
fix-contribution_above_budget = یہ رقم مالی تشخیص کے خط سے ملا کر چیک کریں۔
finding-direct_payment = { $payee } کو { $frequency } { $amount } کی براہِ راست ادائیگی کی جائے گی
fix-direct_payment = کچھ بھی درست کرنے کی ضرورت نہیں۔
finding-direct_payment_not_known = { $payee } کو { $frequency } براہِ راست ادائیگی کی جائے گی: { $supports } فی ہفتہ کی معاونت کی رقم، جس میں سے حصے کی رقم اس کی تشخیص کے بعد منہا کی جائے گی
finding-direct_payment_payees_mixed = کچھ براہِ راست ادائیگیاں متعلقہ شخص کو اور کچھ نامزد فرد کو جانی ہیں؛ اس لیے ایک ہی براہِ راست ادائیگی کی جاتی ہے، نامزد فرد کو
fix-direct_payment_payees_mixed = ہر براہِ راست ادائیگی وصول کرنے کے لیے ایک ہی فرد منتخب کریں، یا کونسل سے بات کریں۔
finding-monitoring_not_said = پلان میں یہ نہیں بتایا گیا کہ { $details }
fix-monitoring_not_said = بتائیں کہ جائزے سے پہلے نتائج کی طرف پیش رفت کیسے جانچی جائے گی، اور اسے کون جانچے گا۔
finding-disagreement_without_reason = پلان میں لکھا ہے کہ { $person } متفق نہیں ہیں، لیکن یہ نہیں لکھا کہ کیوں
fix-disagreement_without_reason = بتائیں کہ آپ کس بات سے متفق نہیں ہیں اور کیوں، تاکہ کونسل اس پر دوبارہ غور کر سکے۔
finding-disagreement_recorded = { $person } متفق نہیں ہیں: "{ $why }"۔ کونسل یہ بات پلان کے ساتھ دیکھے گی
fix-disagreement_recorded = کچھ بھی درست کرنے کی ضرورت نہیں: کونسل سے اپنے فیصلے پر نظرِ ثانی کرنے کو کہا جا سکتا ہے۔

## What checking a signed file finds (the council view and the signed plan page)

kind-signed_plan = دستخط شدہ سپورٹ پلان
kind-council_decision = کونسل کا فیصلہ
json-missing = موجود نہیں
json-unexpected = توقع کے مطابق نہیں
problem-not_json = یہ فائل { $kind } نہیں ہے (اسے JSON کے طور پر پڑھا نہیں جا سکتا: { $detail })۔
problem-not_readable = یہ فائل { $kind } نہیں ہے۔
problem-wrong_kind = یہ فائل { $kind } ہے، { $expected } نہیں۔
problem-unknown_format = یہ فائل { $kind } نہیں ہے: اس کا "format" { $format } ہے، جسے یہ ایپ نہیں پہچانتی۔
problem-version_too_new = یہ فائل فارمیٹ ورژن { $version } میں ہے، جو اس ایپ کے کسی نئے ورژن سے بنائی گئی ہے (یہ ایپ ورژن { $readable } پڑھتی ہے)۔ اسے چیک کرنے کے لیے ایپ کا تازہ ترین ورژن استعمال کریں۔
problem-unknown_version = اس فائل کا "format_version" { $version } ہے، جو اس فارمیٹ کا کوئی ورژن نہیں ہے۔
problem-not_whole_number = { $path } پر موجود عدد { $number } ایسا پورا عدد نہیں جسے ہر پروگرام بالکل درست پڑھ سکے؛ دستخط شدہ فائلوں میں صرف پورے اعداد ہوتے ہیں، اس لیے یا تو یہ فائل اس ایپ نے نہیں بنائی، یا اس میں تبدیلی کی گئی ہے۔
problem-not_the_format = یہ فائل { $path } پر اس فارمیٹ کے مطابق نہیں ہے جس میں { $kind } ہوتا ہے: { $detail }۔
problem-signatures_unreadable = دستخط پڑھے نہیں جا سکتے: { $detail }۔
problem-not_signed = اس فائل پر کوئی دستخط نہیں ہیں، اس لیے کسی چیز سے یہ پتا نہیں چلتا کہ اسے کس نے بنایا، یا یہ کہ اس میں کوئی تبدیلی نہیں ہوئی۔
problem-signed_twice = دستخط { $number } میں وہی کلید دوبارہ استعمال ہوئی ہے جس سے پہلے ہی دستخط ہو چکے ہیں۔
problem-key_not_valid = دستخط { $number } کی پبلک کلید درست Ed25519 کلید نہیں ہے، اس لیے اس فائل پر بھروسہ نہیں کیا جا سکتا۔
problem-signature_not_hex = دستخط { $number } (کلید { $key }) میں 128 hex ہندسے نہیں ہیں، اس لیے اس فائل پر بھروسہ نہیں کیا جا سکتا۔
problem-signature_does_not_match = دستخط { $number } (کلید { $key }) فائل کے مواد سے میل نہیں کھاتا: دستخط کے بعد فائل میں تبدیلی کی گئی ہے۔ فائل دوبارہ اسی حالت میں منگوائیں جس میں وہ بھیجی گئی تھی۔
problem-plan_unreadable = اس فائل میں موجود پلان پڑھا نہیں جا سکتا: { $detail }۔
problem-rule_set_mismatch = اس فائل کے پلان میں قواعد کا جو مجموعہ درج ہے، وہ اس مجموعے سے مختلف ہے جس سے اس کا بجٹ بننے کا ذکر ہے۔
problem-no_one_agrees = اس فائل میں کسی کی طرف سے بھی پلان سے اتفاق درج نہیں: متعلقہ شخص، ان کے نامزد فرد یا ان کے نمائندے کی طرف سے اقرار نامہ ہونا ضروری ہے۔
problem-declaration_unnamed = اقرار نامہ { $number } میں کوئی نام نہیں ہے۔
problem-fingerprint_mismatch = { $name } کے اقرار نامے میں کلید کا فنگر پرنٹ { $stated } دیا گیا ہے، لیکن کلید کا اصل فنگر پرنٹ { $actual } ہے۔
problem-declaration_not_signed = { $name } کے اقرار نامے میں کلید { $key } درج ہے، لیکن فائل میں اس کلید کا کوئی درست دستخط نہیں ہے۔
problem-signature_without_declaration = اس فائل میں ایک دستخط کسی بھی اقرار نامے سے تعلق نہیں رکھتا، اس لیے اس سے یہ پتا نہیں چلتا کہ کس نے اتفاق کیا۔
problem-rule_set_differs = اس پلان کا حساب قواعد کے مجموعے "{ $id }" ورژن { $version } (مواد کا ہیش { $hash }…) سے لگایا گیا تھا؛ کونسل کا موجودہ قواعد کا مجموعہ "{ $current_id }" ورژن { $current_version } (مواد کا ہیش { $current_hash }…) ہے۔ اس کا بجٹ انہی قواعد کے مطابق چیک کیا جاتا ہے جن سے وہ بنایا گیا تھا۔
problem-budget_not_recomputed = قواعد کا مجموعہ "{ $id }" ورژن { $version } (مواد کا ہیش { $hash }…) یہاں دستیاب نہیں، اس لیے بجٹ کا دوبارہ حساب نہیں لگایا جا سکا اور اس پر بھروسہ نہیں کیا جا سکتا۔ فائل کو اسی قواعد کے مجموعے کے ساتھ چیک کریں۔
problem-rule_set_misnamed = فائل میں قواعد کا مجموعہ "{ $id }" ورژن { $version } درج ہے، لیکن اس کے مواد کا ہیش "{ $actual_id }" ورژن { $actual_version } کا ہے۔
problem-currency_differs_rules = فائل میں رقوم { $currency } میں دی گئی ہیں، لیکن قواعد کا مجموعہ { $expected } میں کام کرتا ہے۔
problem-budget_incomplete = پلان کے جوابات سے، اس میں درج قواعد کے مجموعے کے تحت، مکمل بجٹ نہیں بنتا، اس لیے فائل میں درج بجٹ درست نہیں ہو سکتا۔
problem-budget_differs = فائل کے مطابق بجٹ { $weekly } فی ہفتہ ({ $yearly } سالانہ) ہے، لیکن قواعد کے مجموعے "{ $id }" ورژن { $version } کے تحت پلان کے جوابات سے { $actual_weekly } فی ہفتہ ({ $actual_yearly } سالانہ) بنتا ہے۔
problem-signed_before_personal_budget = اس پلان پر اس وقت دستخط ہوئے تھے جب پلانوں میں ذاتی بجٹ تین حصوں میں نہیں بتایا جاتا تھا: دکھائے گئے حصے کی رقم اور براہِ راست ادائیگی کا حساب پلان سے دوبارہ لگایا گیا ہے۔
problem-personal_budget_missing = فائل میں ذاتی بجٹ تین حصوں (لاگت، متعلقہ شخص کا حصہ، کونسل کی ادائیگی) میں نہیں بتایا گیا، جو اس ورژن کے دستخط شدہ پلان میں ہونا ضروری ہے۔
problem-personal_budget_differs = فائل میں درج ذاتی بجٹ (لاگت، متعلقہ شخص کا حصہ، کونسل کی ادائیگی یا براہِ راست ادائیگی) اس سے میل نہیں کھاتا جو { $id } ورژن { $version } کے تحت پلان سے بنتا ہے۔
problem-totals_differ = فائل کے مطابق پلان میں { $weekly } فی ہفتہ ({ $yearly } سالانہ) خرچ ہوتا ہے، لیکن اس کی معاونت اور ہنگامی اخراجات کا کل { $actual_weekly } فی ہفتہ ({ $actual_yearly } سالانہ) بنتا ہے۔
problem-other_plan = یہ فیصلہ کسی دوسرے دستخط شدہ پلان کے بارے میں ہے۔
problem-currency_differs_plan = فیصلے میں رقوم { $currency } میں دی گئی ہیں، لیکن پلان { $expected } میں ہے۔
problem-confirmed_amounts_differ = فیصلے میں پلان کی جوں کا توں تصدیق کی گئی ہے، لیکن پلان والے بجٹ سے مختلف بجٹ منظور کیا گیا ہے؛ مختلف بجٹ ایک تبدیلی ہے اور اسے تبدیلی کے طور پر درج کرنا ضروری ہے۔
problem-other_council = یہ فیصلہ "{ $council }" نے کیا تھا، اس کونسل نے نہیں۔
problem-not_a_council_key = اس فیصلے پر ایسی کلید سے دستخط نہیں کیے گئے جو { $council } شائع کرتی ہے، اس لیے اس پر بھروسہ نہیں کیا جا سکتا۔ کونسل سے رابطہ کریں۔
problem-key_not_in_force = اس فیصلے پر { $date } کی تاریخ درج ہے، جب اس پر دستخط کرنے والی کلید نافذ نہیں تھی۔ کونسل سے رابطہ کریں۔
problem-plan_digest_unreadable = فیصلے میں یہ نہیں بتایا گیا کہ یہ کس پلان کے بارے میں ہے (اس کے plan_digest میں 64 hex ہندسے نہیں ہیں)۔
problem-reasons_missing = فیصلے میں پلان میں تبدیلی کی گئی ہے یا اسے واپس کیا گیا ہے، لیکن کوئی وجہ نہیں بتائی گئی۔
problem-changes_missing = فیصلے میں تبدیلیوں کے ساتھ پلان کی تصدیق کی گئی ہے، لیکن یہ نہیں بتایا گیا کہ تبدیلیاں کیا ہیں۔
problem-amounts_missing = تصدیق شدہ پلان میں منظور شدہ بجٹ درج ہونا ضروری ہے، اور واپس کیے گئے پلان میں بجٹ درج نہیں ہونا چاہیے۔
problem-officer_missing = فیصلے میں اس افسر کا نام نہیں ہے جس نے یہ فیصلہ کیا۔
problem-council_keys_not_checked = دستخط کرنے والی کلید کا موازنہ ان کلیدوں سے نہیں کیا گیا جو کونسل شائع کرتی ہے، اس لیے کسی چیز سے یہ ثابت نہیں ہوتا کہ یہ فیصلہ کونسل نے کیا۔ اسے کونسل کی کنفیگریشن کے ساتھ چیک کریں۔
problem-too_large = یہ فائل ایسی { $kind } نہیں جسے یہ ایپ پڑھ سکے: { $detail }
problem-too_many_signatures = اس فائل میں { $count } دستخط ہیں؛ دستخط شدہ فائل میں زیادہ سے زیادہ { $limit } ہوتے ہیں، اس لیے یہ اس ایپ کی بنائی ہوئی نہیں ہے۔
limit-bytes = یہ { $kib } KiB سے بڑی ہے، اپنی قسم کی کسی بھی اصل فائل سے زیادہ، اس لیے اس میں سے کچھ بھی نہیں پڑھا گیا۔
limit-depth = اس کی فہرستیں اور اشیاء { $limit } درجوں سے زیادہ ایک دوسرے کے اندر ہیں، جتنی اس قسم کی فائل کبھی نہیں ہوتی۔
limit-string = اس میں { $limit } حروف سے لمبی عبارت ہے، جتنی اس قسم کی فائل میں رکھنے کی اجازت نہیں۔
limit-items = اس میں { $limit } سے زیادہ چیزوں کی فہرست ہے، جتنی اس قسم کی فائل میں رکھنے کی اجازت نہیں۔
limit-total-items = اس کی فہرستوں اور اشیاء میں کل ملا کر { $limit } سے زیادہ چیزیں ہیں، جتنی اس قسم کی فائل میں رکھنے کی اجازت نہیں۔

## Why a stored plan cannot be read
json-at = سطر { $line }، کالم { $column }
stored-not-json = یہ سپورٹ پلان کی فائل نہیں ہے (یہ { $at } پر درست JSON نہیں ہے)
stored-not-a-plan = یہ سپورٹ پلان کی فائل نہیں ہے
stored-too-new = یہ پلان ایپ کے نئے ورژن نے محفوظ کیا تھا (پلان فارمیٹ { $version })؛ اسے کھولنے کے لیے ایپ اپ ڈیٹ کریں
stored-damaged = پلان خراب ہے: { $problem }
stored-damaged-at = پلان { $path } پر خراب ہے: { $problem }
stored-too-large = یہ ایسا سپورٹ پلان نہیں جو یہ ایپ پڑھ سکے: { $detail }
stored-wrong-value = پلان میں اس جگہ یہ چیز نہیں ہوتی ({ $detail })
stored-unknown-version = { $version } ایسا ورژن نہیں جو اس ایپ نے کبھی لکھا ہو
stored-version-not-number = یہ پورا عدد ہونا چاہیے
stored-too-many-items = اس میں { $count } چیزیں ہیں؛ پلان کی کسی بھی فہرست میں زیادہ سے زیادہ { $limit } چیزیں ہو سکتی ہیں
stored-amount-out-of-range = { $amount } صفر اور { $limit } پنس کے درمیان کی رقم نہیں ہے
stored-minutes-over-week = { $minutes } منٹ ایک ہفتے کے منٹوں سے زیادہ ہیں
stored-sessions-over-limit = ہفتے میں { $sessions } سیشن { $limit } سے زیادہ ہیں

## Why a record kept on the device cannot be read, or was kept aside
record-not-json = یہ { $at } پر JSON نہیں ہے
record-not-a-record = یہ ریکارڈ نہیں ہے
record-foreign = یہ ایسا ریکارڈ نہیں جو اس ایپ نے لکھا ہو
record-too-new = اسے ایپ کے نئے ورژن نے محفوظ کیا تھا (ریکارڈ ورژن { $version })؛ اسے پڑھنے کے لیے ایپ اپ ڈیٹ کریں
record-version-wrong = اس کا ریکارڈ ورژن موجود نہیں یا غلط ہے
record-revision-missing = اس کا ریویژن موجود نہیں
record-revision-too-high = اس کا ریویژن، { $revision }، اس ایپ کے لکھے ہوئے کسی بھی ریویژن سے آگے ہے (زیادہ سے زیادہ { $limit })
record-saved-at-wrong = اسے محفوظ کرنے کا وقت درست وقت نہیں ہے
record-sealed-damaged = اس کا سیل شدہ مواد خراب ہے
record-content-or-sealed = ریکارڈ میں یا تو مواد ہوتا ہے یا سیل شدہ مواد، دونوں نہیں
record-seal-broken = محفوظ کیے جانے کے بعد اسے تبدیل یا خراب کیا گیا (اس کی سیل میل نہیں کھاتی)
record-sealed-not-json = اس کے اندر سیل شدہ مواد { $at } پر JSON نہیں ہے
record-gone = یہ اب اس ڈیوائس پر موجود نہیں
sent-not-a-record = یہ دستخط شدہ پلانوں کا ریکارڈ نہیں ہے ({ $detail })
sent-wrong-version = یہ دستخط شدہ پلانوں کا ایسا ریکارڈ نہیں جس کا ورژن یہ ایپ پڑھ سکے ({ $format } { $version })
aside-not-a-signing-key = یہ دستخط کی کلید نہیں ہے
aside-replaced-from-backup = اسے بیک اپ سے بدل دیا گیا
aside-reason-earlier = { $reason }
aside-no-reason = اسے ایسی وجہ کے بغیر الگ رکھا گیا جو ایپ کا یہ ورژن پڑھ سکے

## Why the device's storage failed, for the web team
store-revision-exhausted = ریکارڈ کا ریویژن { $limit } سے آگے نہیں جا سکتا
store-read-back-differs = جو محفوظ کیا گیا وہ دوبارہ پڑھنے پر ویسا نہیں نکلا
store-signing-key-not-kept = دستخط کی کلید محفوظ نہیں ہوئی
store-lock-read-back-differs = لاک دوبارہ پڑھنے پر ویسا نہیں نکلا
store-not-all-removed = کچھ ریکارڈ ہٹائے نہیں جا سکے
store-browser-refused = براؤزر نے انکار کیا اور کہا: { $name }
store-no-random = براؤزر میں محفوظ رینڈم نمبر بنانے والا نہیں ہے
store-lock-changed = لاک کسی دوسرے ٹیب میں تبدیل ہو گیا

## Why a lock record cannot be used, for the web team
lock-record-not-json = یہ { $at } پر JSON نہیں ہے
lock-record-not-lock = یہ پاس فریز لاک کا ریکارڈ نہیں ہے
lock-record-version = یہ لاک ریکارڈ کا ایسا ورژن ہے جو یہ ایپ نہیں پڑھتی
lock-record-part-missing = اس کا { $part } موجود نہیں یا خراب ہے
lock-record-not-argon2id = اس کی کلید بنانے کا طریقہ Argon2id ورژن 19 نہیں ہے
lock-record-not-number = اس کا { $part } پورا عدد نہیں ہے
lock-record-weaker = اس کی کلید بنانے کا طریقہ اس سے کمزور ہے جتنی یہ ایپ اجازت دیتی ہے
lock-record-costlier = اس کی کلید بنانے کا طریقہ اس سے مہنگا ہے جتنی یہ ایپ اجازت دیتی ہے
lock-wrapped-key-size = اس کی لپٹی ہوئی کلید 32 بائٹ کی نہیں ہے
lock-kdf-refused = کلید بنانے کے عمل نے اس کی ترتیبات قبول نہیں کیں ({ $detail })

## How a support's cost is worked out

working-unpaid = بلامعاوضہ
working-not-costed = ابھی لاگت درج نہیں کی گئی
working-hourly = { $time } فی ہفتہ × { $rate } فی گھنٹہ = { $pay } فی ہفتہ
working-sessions = { $sessions ->
    [one] 1 سیشن فی ہفتہ × { $price } = { $pay } فی ہفتہ
   *[other] { $sessions } سیشن فی ہفتہ × { $price } = { $pay } فی ہفتہ
}
working-weekly = { $pay } فی ہفتہ
working-yearly = { $yearly } سالانہ ÷ { $weeks } ہفتے = { $pay } فی ہفتہ
working-one-off = { $amount } ایک بار
working-dp-gross = { $supports } فی ہفتہ کی وہ معاونت جس کا انتظام براہِ راست ادائیگی سے ہوتا ہے، پوری رقم ادا کی جاتی ہے (آپ اپنا حصہ خود کونسل کو ادا کرتے ہیں)
working-dp-net = { $supports } فی ہفتہ کی وہ معاونت جس کا انتظام براہِ راست ادائیگی سے ہوتا ہے، اس میں سے { $contribution } کا حصہ منہا: { $weekly } فی ہفتہ
working-dp-net-not-known = { $supports } فی ہفتہ کی وہ معاونت جس کا انتظام براہِ راست ادائیگی سے ہوتا ہے، جس میں سے حصے کی رقم اس کی تشخیص کے بعد منہا کی جائے گی
working-dp-payment = { $taken }؛ { $paid }
working-dp-weekly = ہر ہفتے { $payment } کی ادائیگی
working-dp-four-weekly = { $weekly } × 4 ہفتے = { $payment } ہر چار ہفتے بعد
working-dp-monthly = { $weekly } × { $weeks } ہفتے ÷ 12 مہینے = { $payment } ہر مہینے
working-on-costs = { $working }، اس کے علاوہ آجر کے اضافی اخراجات { $percent }% ({ $on_costs }): کل { $total } فی ہفتہ
duration-hours = { $hours ->
    [one] 1 گھنٹہ
   *[other] { $hours } گھنٹے
}
duration-minutes = { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
}
duration-both = { $hours } { $minutes }

## How the budget was worked out (the explanation under the budget)
# `$topic` and `$words` are the council's own words from its rule set.

because-answer-counts = { $answer }: { $amount }۔
because-answer = { $answer }۔
because-step = { $label }: { $value }۔
answer-not-yet = { $topic }: ابھی جواب نہیں دیا گیا، اس لیے جواب ملنے تک اسے صفر شمار کیا جاتا ہے
answer-none = { $topic }: ان میں سے کوئی نہیں
answer-told-us = { $words }
answer-is = { $topic }: { $answer }
answer-yes = { $topic }: ہاں
answer-no = { $topic }: نہیں
rounding = قریب ترین { $unit } تک راؤنڈ کیا گیا، { $mode }
rounding-half_up = آدھا ہو تو اوپر کی طرف
rounding-half_even = آدھا ہو تو قریبی جفت عدد کی طرف
rounding-down = ہمیشہ نیچے کی طرف
rounding-up = ہمیشہ اوپر کی طرف
conversion-from-weekly = { $weekly } فی ہفتہ × { $weeks } ہفتے = { $yearly } سالانہ ({ $rounding })۔
conversion-from-yearly = { $yearly } سالانہ ÷ { $weeks } ہفتے = { $weekly } فی ہفتہ ({ $rounding })۔

## Added by the developers: the language choice

language-choice-label = زبان
language-name = { $language ->
    [en] انگریزی
    [cy] ویلش
    [ur] اردو
   *[other] { $language }
}
untranslated-note = اس صفحے پر { $council } کے کچھ الفاظ { $language } میں ہیں، کیونکہ ان کا ابھی ترجمہ نہیں ہوا۔
language-not-loaded = یہ صفحہ { $language } میں نہیں دکھایا جا سکا: اس کے الفاظ ڈاؤن لوڈ نہیں ہو سکے۔
language-not-loaded-advice = اپنا انٹرنیٹ کنکشن چیک کریں اور زبان دوبارہ منتخب کریں۔ آپ نے جو کچھ درج کیا ہے وہ ضائع نہیں ہوا۔
label-value = { $label }: { $value }
