# English (United Kingdom): every word the app shows, in Project Fluent's format.
# `{ $name }` is an argument. A block starting `{ $planner ->` chooses wording for the person
# planning for themselves ([person]) or someone planning for them ([other]); `[one]` and
# `*[other]` choose singular or plural. Translators copy this file and change only the text.

## Everywhere

skip-link = Skip to main content
service-navigation-label = Service information
menu-label = Menu
language-choice-label = Language
# `$language` is the primary tag of a language ("en", "cy", "ur"); any other shows as its tag.
language-name = { $language ->
    [en] English
    [cy] Welsh
    [ur] Urdu
   *[other] { $language }
}
untranslated-note = Some of { $council }'s words on this page are in { $language }, because they have not been translated yet.
# Said when a language is chosen (or was kept from before) but its words could not be downloaded: offline before they were ever kept, or a damaged file. `$language` is a `language-name`.
language-not-loaded = This page could not be shown in { $language }: its words could not be downloaded.
language-not-loaded-advice = Check your internet connection and choose the language again. Nothing you have entered is lost.
your-plans = Your plans
back = Back
continue = Continue
save-and-continue = Save and continue
change = Change
remove = Remove
cancel = Cancel
choose = Choose
yes = Yes
no = No
warning = Warning
banner-important = Important
banner-success = Success
the-person = the person
not-given = Not given yet
one-a-line = Write one on each line.
choose-all-that-apply = Choose all that apply.
currency-symbol = £
hours = hours
minutes = minutes
go-to-your-plans = Go to your plans
error-prefix = Error:
error-summary-title = There is a problem
error-amount = Enter an amount of money, like 12.50
error-date = Enter a real date, like 27 3 2027
error-whole-number = Enter a whole number from 0 to { $max }
date-day = Day
date-month = Month
date-year = Year
date-hint = For example, 27 3 2027
amount-a-week = { $amount } a week
amount-a-year = { $amount } a year
amount-week-and-year = { $weekly } a week ({ $yearly } a year)

# Dates and times. `date-long` puts a day, a month's name and a year in order.
date-long = { $day } { $month } { $year }
date-and-time = { $date } at { $time }
# `$clock` is the hour and minutes ("2:32"), kept together; `$half` is "am" or "pm".
time-of-day = { $clock }{ $half ->
    [am] am
   *[pm] pm
}
time-midday = midday
time-midnight = midnight
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Lists: "a, b and c" is list-last with $first = list-more("a", "b") and $last = "c".
list-more = { $first }, { $next }
list-last = { $first } and { $last }

privacy-heading = Your privacy
privacy-promise = Everything you enter stays on this device. Nothing is sent to { $council } or anyone else unless you export your plan and send it yourself.
help-heading = Get help
help-phone = Phone:{" "}
help-hours = {" "}({ $hours })
help-email = Email:{" "}

storage-unavailable = This browser is not keeping what you enter on this device
storage-unavailable-advice = This may be because of its privacy settings. You can still make a plan now, but it will be lost when you close this page unless you download it.
storage-full = This device has no space left to save your plan
storage-full-advice = What you have entered is still on this page, but it will be lost when you close the page. Download your plans now, then delete plans you no longer need to make room.
storage-failed = Your plan could not be saved on this device
storage-failed-advice = What you have entered is still on this page, but it will be lost when you close the page unless you download your plans.
storage-download = Download your plans
storage-record-unreadable = Something kept on this device could not be read. It has been left as it is; the list of your plans says what to do with it.
storage-lock-changed = The passphrase lock was changed in another tab or window. Reload the page and try again.
storage-conflict = This was changed in another tab or window at the same time. Reload the page and try again.
saved-as-you-go = Your changes are saved on this device as you go.
saved-at = Saved on this device at { $time }
saved-not = Your latest changes are not saved on this device.
edit-refused-text = That was not kept: one answer in a plan can be at most { $limit } characters. Make it shorter, or split it across other answers.
edit-refused-list = That was not added: a plan can hold at most { $limit } of these. Remove one you no longer need first.
conflict-heading = This plan was changed in another tab or window
conflict-body = So that neither version is lost, you cannot change it here until you choose which version to keep.
conflict-theirs = Show the latest version
conflict-mine = Keep the version on this page
idle-warning = To keep the plans private, this service will lock in 1 minute because it has not been used.
idle-stay = Stay unlocked
nav-backup = Back up
nav-privacy = Privacy
nav-lock = Lock
reminder-body = Keep a copy of your plans somewhere safe. Some browsers clear what a website keeps if you do not visit it for 7 days.
reminder-link = Download a copy of your plans
unreadable-explain = Download it as it is and send it to the council if you need what it held; then you can remove it from this device.
unreadable-item = Unreadable record { $number }: { $reason }
unreadable-download = Download unreadable record { $number } as it is
unreadable-reads-now = This record can be read again now (it may have been restored in another tab or window), so it has not been removed. Reload the page to see it in your plans.
unreadable-remove = Remove unreadable record { $number }
unreadable-remove-confirm = Yes, remove unreadable record { $number }
backup-heading = Back up or restore your plans
backup-download-heading = Download your plans
backup-why = Download every plan on this device as one file and keep it somewhere safe. You can restore your plans from it on this device or another one. Some browsers clear what a website keeps if you do not visit it for 7 days.
backup-download = { $count ->
    [one] Download 1 plan
   *[other] Download all { $count } plans
}
backup-none = There are no plans on this device to download yet.
backup-not-encrypted = The file is not locked with a passphrase. Anyone who has it can read the plans in it.
restore-heading = Restore plans from a file
restore-body = Choose a backup file or a plan file. Nothing on this device changes until you have seen what the file holds and chosen to restore it.
restore-label = Backup or plan file
restore-not-backup = This file is not a backup of plans or a plan file. Nothing has been changed. Choose the file you downloaded from this service.
restore-too-new = This file was made by a newer version of this service. Nothing has been changed. Reload the page to get the newest version, then try again.
restore-bad-plan = Plan { $position } in this file cannot be read ({ $problem }). Nothing has been changed.
restore-damaged = This file is damaged. Nothing has been changed. Try another copy of it.
restore-too-large = This file cannot be a backup from this service: { $detail } Nothing has been changed.
restore-preview-heading = What the file holds
restore-plan = Plan for { $name }, started { $started }
restore-new = Not on this device: it will be added.
restore-same = The same as the copy on this device: nothing to do.
restore-newer = Newer than the copy on this device: it will replace it.
restore-older = The copy on this device is newer. It will be kept unless you tick the box.
restore-different = Changed both on this device and in the file. The copy on this device will be kept unless you tick the box.
restore-replace = Replace the copy on this device with the one in the file
restore-button = Restore plans
restore-stopped = { $done ->
    [0] Nothing was restored: { $problem }
    [one] 1 plan was restored, then the rest could not be: { $problem }
   *[other] { $done } plans were restored, then the rest could not be: { $problem }
}
restore-unreadable-here = The copy on this device cannot be read. It will be left as it is unless you tick the box; if you do, it is kept aside, not deleted.
restore-done = Plans restored: { $added } added, { $updated } updated, { $kept } kept as they were.
unlock-heading = This device is locked
unlock-body = The plans on this device are locked with a passphrase. Enter it to see them.
unlock-label = Passphrase
unlock-button = Unlock
unlock-checking = Checking the passphrase…
unlock-error-empty = Enter the passphrase
unlock-wrong = The passphrase is not right. Check it and try again.
unlock-damaged = The lock on this device is damaged, so the plans cannot be opened. Contact the council's support desk.
unlock-forgotten-heading = If you have forgotten the passphrase
unlock-forgotten-body = Nobody can open the plans without it, not even the council. You can remove everything from this device, then start again or restore your plans from a file you downloaded.
device-privacy-heading = Privacy on this device
lock-heading = Lock the plans on this device
lock-body = If other people use this device, you can lock the plans with a passphrase. They are then kept encrypted, and nobody can see them without it. The service locks itself when it has not been used for a while.
lock-warning = If you forget the passphrase, nobody can open the plans on this device again, not even the council.
lock-backup-first = Download a copy of your plans first and keep it safe
lock-new-label = Choose a passphrase
lock-new-hint = At least 8 characters. A few words you will remember work well. You can paste it, or let your password manager fill it in.
lock-repeat-label = Type the passphrase again
lock-idle-legend = Lock the plans when the service has not been used for
lock-idle-choice = { $minutes } minutes
lock-on-button = Turn on the lock
lock-working = Locking the plans…
lock-error-short = Enter a passphrase of at least 8 characters
lock-error-already-on = The lock was turned on in another tab or window. Reload the page to see it.
lock-error-different = The passphrases do not match. Type the same passphrase twice
lock-on-done = The lock is on. The plans on this device are encrypted.
lock-on-partly = The lock is on, but this device ran out of space before every plan was encrypted. The rest will be encrypted the next time you unlock it with space to spare: download your plans and delete those you no longer need.
lock-off-done = The lock is off. The plans on this device are no longer encrypted.
lock-on-heading = The plans on this device are locked with a passphrase
lock-on-body = They are kept encrypted. The service locks itself after { $minutes } minutes without use.
lock-now = Lock now
lock-change-heading = Change the passphrase
lock-change-body = Choose a new passphrase, and when the service locks itself. The old passphrase will no longer open the plans. You will need the new one the next time the service locks.
lock-change-button = Change the passphrase
lock-changed-done = The passphrase has been changed. Use the new one the next time the service locks.
lock-off-heading = Turn off the lock
lock-off-body = The plans will be kept on this device without encryption, so anyone who uses this device can see them.
lock-off-button = Turn off the lock
remove-all-heading = Remove all data from this device
remove-all-when = Do this at the end of a visit, or before someone else uses this device.
remove-all-body = This removes every plan on this device, every plan signed on it, its signing key and the passphrase lock.
remove-all-count = { $count ->
    [one] There is 1 plan on this device.
   *[other] There are { $count } plans on this device.
}
remove-all-warning = This cannot be undone. Anything you have not downloaded will be lost.
remove-all-button = Remove all data
remove-all-done = All data has been removed from this device
remove-all-done-body = Nothing this service kept is left on this device.
remove-all-start = Go to the start page
update-available = A new version of this service is available. What you have entered is saved.
update-reload = Reload to use the new version
footer-council-view = For council staff: check a signed plan

## Start

start-lede = Plan the care and support you need, using the money { $council } expects to give you (your personal budget).
start-for-whom = You can plan for yourself, or for someone else as their family member, friend, nominee or representative.
start-use-to = You can use this service to:
start-use-money = find out how much money you are likely to get, and see how it was worked out
start-use-matters = say what matters to you and what you want to achieve
start-use-support = plan who will support you and what it will cost, including help from family and friends
start-use-check = check your plan against the council's rules before you send it
start-use-send = sign your plan and send it to the council
start-get-heading = What you will get
start-get = A support plan you can print or save, and a signed copy to send to { $council }. The council checks it and tells you whether it is confirmed.
start-new-plan = Start a new plan
start-before-heading = Before you start
start-before-time = It usually takes about an hour. You do not have to do it all at once: what you enter is kept on this device as you go, so you can stop and come back.
start-before-have = It helps to have to hand what you know about the support you get now, including help from family and friends, and any costs.
start-continue-heading = If you have already started
start-continue = Continue a plan
start-continue-after = {" "}you started on this device.

## Pages that are not there

not-found-heading = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-plans-kept = Your plans are still on this device.{" "}
not-found-or = {" "}or{" "}
not-found-start = go to the start page
plan-not-found-heading = This plan is not on this device
plan-not-found-body = It may have been deleted, or made on another device. Plans are kept only on the device they were made on, unless they are exported.
unavailable-heading = Sorry, this service is not available
unavailable-body = The council's settings for this service could not be read. Please try again later, or contact your council's adult social care team.
unavailable-plans-kept = Any plans you have started are still on this device.
unavailable-web-team = Information for the council's web team

## Your plans

plans-none = There are no plans on this device yet.
plans-caption = Plans on this device
plans-copy-hint = To start next year's plan from this year's, make a copy.
plans-col-started = Started
plans-col-changed = Last changed
plans-col-status = Status
plan-for = Plan for { $name }
plan-unnamed = someone not yet named
plan-which = the plan for { $name } started { $started }
plans-copied = A copy of the plan for { $name } has been made. It starts today and needs its own review date.
plan-status-ready = Ready to send
plan-status-in-progress = In progress
plans-unreadable = { $count ->
    [one] One saved plan on this device cannot be read. It has been left exactly as it is.
   *[other] { $count } saved plans on this device cannot be read. They have been left exactly as they are.
}
action-rename = Rename
action-copy = Make a copy
action-delete = Delete
delete-heading = Are you sure you want to delete the plan for { $name }?
delete-warning = The plan will be removed from this device. This cannot be undone.
delete-confirm = Yes, delete this plan

## Starting a plan and who is planning

new-plan-heading = Who is planning this support plan?
new-plan-hint = The plan is always about the person who needs care and support. Someone else can plan it with them or for them.
new-plan-myself = I am planning my own care and support
new-plan-someone = I am planning for someone else
new-plan-someone-hint = For example as their family member, friend, nominee or representative
new-plan-error = Select who is planning this support plan
about-heading = About this plan
about-person-name = Name of the person the plan is for
about-person-name-hint = The name they like to be called. It is used throughout the plan.
about-representative-heading = About you, the person planning
about-rep-name = Your full name
about-rep-relationship = Relationship to the person
about-rep-relationship-hint = For example, mother, son, friend or advocate
about-rep-contact = Phone number or email address
about-rep-contact-hint = So the council can contact you about the plan
about-rep-basis = Why are you planning for them?
about-involved = { $planner ->
    [person] Who else has helped you make this plan? (optional)
   *[other] Who else has helped make { $name }'s plan? (optional)
}
about-involved-hint = For example a carer, friend, advocate or support broker. Write one person on each line, like "Mary Okafor, sister".
basis-chosen = They chose me to help them plan
basis-chosen-hint = They can make decisions about their care and want your help
basis-authorised = I am their authorised person
basis-authorised-hint = They cannot decide about their care themselves, and the council has agreed you act for them
basis-attorney = I have a lasting power of attorney for health and welfare
basis-attorney-hint = A registered power of attorney that covers care decisions
basis-deputy = I am their deputy
basis-deputy-hint = Appointed by the Court of Protection
basis-other = Another reason
basis-other-hint = Say more about this in 'What matters'

## Task list

task-list-heading = { $planner ->
    [person] Your support plan
   *[other] Support plan for { $name }
}
task-list-progress = You have completed { $done } of { $total } sections.
task-about = About this plan
task-money = Find out your money
task-assessed-needs = { $planner ->
    [person] Your assessed needs
   *[other] { $name }'s assessed needs
}
task-what-matters = { $planner ->
    [person] What matters to you
   *[other] What matters to { $name }
}
task-outcomes = { $planner ->
    [person] What you want to change or achieve
   *[other] What { $name } wants to change or achieve
}
task-supports = How support will be given and paid for
task-managing-money = How the money will be managed
task-personal-budget = { $planner ->
    [person] Your personal budget and what you pay
   *[other] { $name }'s personal budget and what they pay
}
task-staying-safe = Staying safe and in control
task-action-plan = What happens next and when the plan is reviewed
managing-money-needs-support = You can do this once the plan has paid support.
status-completed = Completed
status-in-progress = In progress
status-not-started = Not yet started
status-cannot-start = Cannot start yet
task-check-heading = Check your plan
task-check-ready = Nothing must be fixed: check your plan before you send it.
task-check-to-fix = { $count ->
    [one] One thing must be fixed before the plan can be sent.
   *[other] { $count } things must be fixed before the plan can be sent.
}
task-check-button = Check your plan

## Budget

budget-panel-heading = The budget
budget-indicative = Indicative budget
budget-planned = Planned spending
budget-left = Left to plan
budget-over = Over budget
budget-over-by = Over budget by { $amount } a week
budget-left-announce = Left to plan: { $amount } a week
budget-indicative-announce = Indicative budget so far: { $amount } a week
budget-unanswered = { $count ->
    [one] One question is not answered yet, so this may change.
   *[other] { $count } questions are not answered yet, so this may change.
}

## Find out your money

money-heading = Find out your money
money-intro = { $planner ->
    [person] { $council } works out an indicative personal budget from your answers to its questions about the help you need in everyday life.
   *[other] { $council } works out an indicative personal budget from your answers to its questions about the help { $name } needs in everyday life.
}
money-count = { $count ->
    [one] There is 1 question.
   *[other] There are { $count } questions. Some questions only appear if they apply.
}
money-indicative = The amount is "indicative": it is the council's starting point for your plan, and the council confirms it when it agrees the plan.
money-start = Start the questions
money-continue = Continue the questions
money-see-budget = See your budget and your answers
question-caption = Question { $number } of { $total }
question-not-asked-heading = This question does not apply
question-not-asked-body = Because of an earlier answer, this question is not asked.
error-select-answer = Select an answer
error-number-range = Enter a whole number from { $min } to { $max }
error-amount-range = Enter an amount from { $min } to { $max }
not-answered = Not answered yet
none-of-these = None of these
budget-heading = The indicative personal budget
budget-indicative-means = This is the council's starting point for the plan. The council confirms the amount when it agrees the plan.
budget-carers = There is also a carer's allocation of { $weekly } a week ({ $yearly } a year), paid separately.
budget-panel-review = This amount is high enough that the council's panel will look at the plan.
budget-not-final = { $count ->
    [one] One question is not answered yet, so this amount is not final:
   *[other] { $count } questions are not answered yet, so this amount is not final:
}
budget-answers-again = The council's questions have changed since these were answered. Answer them again:
budget-how = How was this worked out?
budget-rules-used = Worked out with { $title }, version { $version }.
budget-your-answers = Your answers

## Assessed needs

assessed-needs-heading = { $planner ->
    [person] Your assessed needs
   *[other] { $name }'s assessed needs
}
assessed-needs-intro = { $planner ->
    [person] Copy each need from the council's needs assessment, in the assessment's own words. For each one, say whether the assessment found it eligible and whether the council will meet it.
   *[other] Copy each of { $name }'s needs from the council's needs assessment, in the assessment's own words. For each one, say whether the assessment found it eligible and whether the council will meet it.
}
need-number = Need { $number }
need-words = The need, in the assessment's words
need-words-hint = For example, "Needs help to wash and dress each morning because of arthritis in her hands"
need-outcomes = Which of these does the need affect?
need-outcomes-hint = { $planner ->
    [person] The outcomes the assessment says you cannot achieve because of this need. Choose all that apply.
   *[other] The outcomes the assessment says { $name } cannot achieve because of this need. Choose all that apply.
}
need-eligible = Did the assessment find this need eligible?
need-met = Will the council meet this need?
need-met-by = Support in the plan that meets this need:
need-met-by-hint = To change this, open the support and choose the needs it meets.
need-not-met-reason = If no support in the plan meets this need, say why
need-not-met-reason-hint = For example, another service already meets it. Or open a support and choose this need as one it meets.
need-add = Add a need
need-add-another = Add another need
wellbeing-heading = Wellbeing
wellbeing-label = { $planner ->
    [person] Which parts of your wellbeing could care and support help with?
   *[other] Which parts of { $name }'s wellbeing could care and support help with?
}
information-advice-heading = Information and advice
information-advice-label = { $planner ->
    [person] What were you told about ways to reduce your needs or stop them getting worse?
   *[other] What was { $name } told about ways to reduce their needs or stop them getting worse?
}
information-advice-hint = For example, a falls prevention class, a home safety check, equipment, a befriending service or a local group.

## What matters

what-matters-heading = { $planner ->
    [person] What matters to you?
   *[other] What matters to { $name }?
}
what-matters-hint = { $planner ->
    [person] What is important to you in your life, and to the people around you? What does a good day look like?
   *[other] What is important to { $name } in their life, and to the people around them? What does a good day look like?
}
strengths-label = { $planner ->
    [person] What are you good at, and what do people like about you?
   *[other] What is { $name } good at, and what do people like about them?
}
relationships-label = { $planner ->
    [person] Who matters to you?
   *[other] Who matters to { $name }?
}

## Outcomes

outcomes-heading = { $planner ->
    [person] What do you want to change or achieve?
   *[other] What does { $name } want to change or achieve?
}
outcomes-intro = { $planner ->
    [person] Write each outcome in your own words. Every outcome needs some support, paid or unpaid.
   *[other] Write each outcome in { $name }'s own words where you can. Every outcome needs some support, paid or unpaid.
}
outcome-number = Outcome { $number }
outcome-words = { $planner ->
    [person] What you want to change or achieve
   *[other] What { $name } wants to change or achieve
}
outcome-words-hint = For example, "I want to get out to see my friends twice a week"
outcome-know = How will you know it is working?
outcome-know-hint = What will be different?
outcome-no-support-yet = No support helps with this yet.
outcome-supported-by = Helped by: { $supports }
outcome-unwritten = An outcome not written yet
outcome-add = Add an outcome
outcome-add-another = Add another outcome

## Support

supports-heading = { $planner ->
    [person] How will you be supported?
   *[other] How will { $name } be supported?
}
supports-intro = Include support that is paid for from the budget, and support from family, friends and the community that is not.
support-add-paid = Add paid support
support-add-unpaid = Add unpaid support
support-undescribed = Support not yet described
support-who = Who gives it
support-cost = Cost
support-unpaid = Unpaid
support-helps-with = Helps with
support-no-outcomes = No outcomes chosen
support-paid-heading = Paid support
support-unpaid-heading = Unpaid support
support-description = What is the support?
support-description-hint = For example, "Help to get up and dressed on weekday mornings"
support-provider = Who gives it?
provider-pa = A personal assistant, employed directly
provider-agency = An agency or organisation
provider-community = A community group
provider-family = Family or friends
provider-equipment = Equipment or an adaptation
provider-other = Something else
support-provider-name = Name of the person or organisation (optional)
support-provider-name-hint = For an individual service fund, the provider who holds the money
support-is-paid = Is it paid for from the budget?
support-paid-yes = Yes, it is paid for
support-paid-no = No, it is unpaid
support-category = What kind of support is it?
support-price-item = Is it on the council's price list?
support-price-item-hint = The council's price list gives the most it pays for some support.
price-item-none = No, or I do not know
price-item-with-cap = { $name } (up to { $cap } a { $unit })
support-costing = How is it paid for?
costing-hourly = By the hour
costing-sessions = By the session
costing-weekly = A fixed amount each week
costing-yearly = A fixed amount each year
costing-one-off = A single payment
costing-hours = Hours each week
costing-minutes = And minutes
costing-rate = Hourly rate
costing-sessions-count = Sessions each week
costing-session-price = Price of one session
costing-weekly-amount = Amount each week
costing-yearly-amount = Amount each year
costing-one-off-amount = Amount
support-costs = This costs: { $working }
support-quote = A quote is needed for this
support-quote-yes = I have a quote to send with the plan
support-outcomes = { $planner ->
    [person] Which of your outcomes does it help with?
   *[other] Which of { $name }'s outcomes does it help with?
}
support-outcomes-none-yet = Add outcomes first, then link them here.
contingency-heading = Money for the unexpected
contingency-label = Contingency each week
contingency-hint = The council asks for at least { $percent }% of the budget: { $amount } a week.
supports-totals = Totals
totals-supports = Support
totals-contingency = Contingency
totals-planned = Planned spending
totals-one-off = One-off costs
support-needs = Which assessed needs does this support meet?
support-needs-none-yet = The plan has no assessed needs yet.
support-needs-add = Add the needs from the assessment

## Managing the money

managing-money-heading = How the money will be managed
managing-money-intro = { $planner ->
    [person] For each paid support, choose who will hold and manage the money.
   *[other] For each paid support, choose who will hold and manage the money for { $name }.
}
management-for = How will the money for "{ $support }" be managed?
management-person = A direct payment to the person
management-person-hint = The money is paid into a bank account the person manages
management-nominee = A direct payment to a nominee
management-nominee-hint = Someone the person trusts receives and manages the money for them
management-isf = An individual service fund
management-isf-hint = A provider holds the money and the person decides how it is used
management-council = Managed by the council
management-council-hint = The council arranges the support and pays for it
nominee-heading = The nominee
nominee-intro = { $planner ->
    [person] The nominee receives the direct payment and manages it for you.
   *[other] The nominee receives the direct payment and manages it for { $name }.
}
nominee-name = Nominee's full name
nominee-agreement = Agreement
nominee-agreed = The nominee agrees to manage the money
management-scotland-1-person = Option 1: a direct payment to the person
management-scotland-1-person-hint = The money is paid to the person, who arranges and pays for their own support
management-scotland-1-nominee = Option 1: a direct payment to a nominee
management-scotland-1-nominee-hint = Someone the person trusts receives the money and manages it for them
management-scotland-2 = Option 2: the person chooses, and the council or a provider arranges it
management-scotland-2-hint = An individual service fund: the person chooses the support and who gives it, and the money is held for them
management-scotland-3 = Option 3: the council arranges the support
management-scotland-3-hint = The council chooses and arranges the support, after talking with the person
management-scotland-1 = Option 1: a direct payment
management-scotland-4 = Option 4: a mix of options
management-scotland-overall = Overall, the plan uses { $option }.
way-scotland-option-1-person = Option 1, a direct payment to the person
way-scotland-option-1-nominee = Option 1, a direct payment to a nominee
way-scotland-option-2 = Option 2, chosen by the person and arranged by the council or a provider
way-scotland-option-3 = Option 3, arranged by the council

## Personal budget

personal-budget-heading = { $planner ->
    [person] Your personal budget and what you pay
   *[other] { $name }'s personal budget and what they pay
}
personal-budget-intro = { $planner ->
    [person] Your personal budget is what it costs to meet your needs. It has three parts: that cost, what you pay towards it (worked out by the council's financial assessment), and what { $council } pays.
   *[other] { $name }'s personal budget is what it costs to meet their needs. It has three parts: that cost, what they pay towards it (worked out by the council's financial assessment), and what { $council } pays.
}
personal-budget-contribution-heading = { $planner ->
    [person] What you pay
   *[other] What { $name } pays
}
personal-budget-contribution-legend = { $planner ->
    [person] Has the council told you how much you will pay towards your support?
   *[other] Has the council told { $name } how much they will pay towards their support?
}
personal-budget-contribution-hint = Never guess the amount: it is in the council's financial assessment letter.
personal-budget-contribution-assessed = Yes, in a financial assessment letter
personal-budget-contribution-not-yet = Not yet: the financial assessment has not been done
personal-budget-amount = How much a week?
personal-budget-amount-hint = As the letter says, for example 42.50
personal-budget-letter-date = Date of the letter
personal-budget-letter-date-hint = For example, 12 11 2026
personal-budget-parts-heading = The three parts
personal-budget-no-budget = The personal budget is worked out from the answers to the council's questions. Answer them first:
personal-budget-cost = The cost of meeting the needs
personal-budget-cost-link = How the budget was worked out
personal-budget-council-pays = What { $council } pays
personal-budget-contribution-not-said = Not said yet
personal-budget-not-assessed = Not assessed yet
personal-budget-contribution-letter = { $amount }, from the financial assessment letter of { $date }
personal-budget-contribution-undated = { $amount }: the date of the financial assessment letter is not given yet
personal-budget-council-not-known = Not known until the financial assessment
personal-budget-panel-contribution = Contribution
personal-budget-panel-council = Paid by the council
personal-budget-dp-heading = The direct payment
personal-budget-dp-payment = Each payment
personal-budget-dp-payee = Paid to
personal-budget-dp-supports = It pays for
personal-budget-dp-needs = The needs it meets
personal-budget-dp-no-needs = None of these supports is linked to a need yet
personal-budget-dp-basis = Net or gross
personal-budget-dp-working = How it was worked out
personal-budget-payment = { $amount } { $frequency }
personal-budget-payment-not-known = Not known until the financial assessment: it is paid { $frequency }, less the contribution
personal-budget-payee-person = { $name }, the person the plan is for
personal-budget-payee-the-person = The person the plan is for
personal-budget-payee-nominee-unnamed = A nominee, not named in the plan yet
personal-budget-net = { $council } pays it net: it takes off the contribution before paying, so nothing more is paid to { $council }.
personal-budget-net-remainder = { $council } pays it net: it takes off the contribution before paying. The payment is too small to take all of it, so { $amount } a week is paid to { $council } separately.
personal-budget-net-not-known = { $council } pays it net: it takes off the contribution before paying, once the financial assessment says what it is.
personal-budget-gross = { $council } pays it gross: the full cost of the support. The contribution of { $amount } a week is paid to { $council } separately.
personal-budget-gross-not-known = { $council } pays it gross: the full cost of the support. The contribution, once it is assessed, is paid to { $council } separately.
personal-budget-disagree-heading = { $planner ->
    [person] If you disagree
   *[other] If { $name } disagrees
}
personal-budget-disagrees-legend = { $planner ->
    [person] Do you disagree with the indicative budget or another decision?
   *[other] Does { $name } disagree with the indicative budget or another decision?
}
personal-budget-disagrees-hint = If you say so here, the council sees it with the plan. The plan can still be signed and sent.
personal-budget-about-legend = What is the disagreement about?
personal-budget-about-budget = The indicative budget
personal-budget-about-contribution = What the financial assessment says is paid towards it
personal-budget-about-eligibility = Which needs are eligible, or which the council will meet
personal-budget-about-other = Another decision
personal-budget-why = { $planner ->
    [person] Why do you disagree?
   *[other] Why does { $name } disagree?
}
personal-budget-why-hint = Say what you think is wrong, and what you would like the council to look at again.
personal-budget-review-contact = You can ask { $council } to review the indicative budget or another decision at any time. Contact them:

## Staying safe

staying-safe-heading = { $planner ->
    [person] How will you stay safe and in control?
   *[other] How will { $name } stay safe and in control?
}
backup-label = What happens if paid support does not turn up?
backup-hint = Who will step in, and who will you call?
risks-heading = Risks
risks-intro = Think about what could go wrong, and what will be done to prevent it or if it happens.
risk-number = Risk { $number }
risk-what = What could go wrong?
risk-do = What will be done about it?
risk-add = Add a risk
contacts-heading = People to contact
contact-number = Contact { $number }
contact-name = Name
contact-role = Who they are
contact-role-hint = For example, sister, social worker, agency office
contact-phone = Phone number
contact-add = Add a contact

## What happens next

action-plan-heading = What happens next
action-plan-intro = List what needs to happen to put the plan in place, who will do it, and by when.
action-number = Action { $number }
action-what = What needs to happen?
action-who = Who will do it?
action-by-when = By when?
action-add = Add an action
action-add-another = Add another action
review-heading = Review
review-label = When will the plan be reviewed?
review-hint = Usually within a year. For example, 27 3 2027
monitoring-heading = Checking progress
monitoring-how = How will progress be checked before the review?
monitoring-how-hint = For example, a phone call from the social worker every three months, or a diary kept by a personal assistant
monitoring-by-whom = Who will check it?
monitoring-by-whom-hint = For example, a social worker, a support broker or a family member

## Check your plan

check-heading = Check your plan
check-must-fix = { $count ->
    [one] One thing must be fixed before you send the plan
   *[other] { $count } things must be fixed before you send the plan
}
check-ready = Nothing must be fixed: the plan is ready to send.
check-worth-checking = Worth checking
check-for-information = For information
check-your-plan-summary = { $planner ->
    [person] Your plan
   *[other] The plan for { $name }
}
check-row-for = The plan is for
check-row-involved = Also involved
check-row-budget = Indicative budget
check-row-what-matters = What matters
check-row-outcomes = Outcomes
check-row-supports = Support
check-row-planned = Planned spending
check-row-managing = How the money is managed
check-row-backup = Back-up plan
check-row-actions = Action plan
check-actions-count = { $count ->
    [one] 1 action
   *[other] { $count } actions
}
check-row-review = Review date

## Signing and sending

task-sign-button = Sign and send your plan
task-sent-heading = Your signed plan
task-signed-on = You signed this plan on { $when }. The council has not decided on it yet.
task-sent-link = Download, print or send your signed plan, or load the council's decision

sign-heading = Sign your plan
sign-not-ready = { $count ->
    [one] One thing must be fixed before the plan can be signed.
   *[other] { $count } things must be fixed before the plan can be signed.
}
sign-lede = Signing makes a file of your plan that shows it has not been changed since you signed it. You send the file to { $council }. They check it, decide on it and send you their decision.
sign-role-legend = Who is signing?
sign-role-person = { $planner ->
    [person] I am the person the plan is for
   *[other] { $name }, the person the plan is for
}
sign-role-nominee = { $planner ->
    [person] My nominee, who will receive and manage the money for me
   *[other] { $name }'s nominee, who will receive and manage the money for them
}
sign-role-representative = { $planner ->
    [person] My representative, who made the plan for me
   *[other] { $name }'s representative, who made the plan for them
}
sign-declaration-heading = Declaration
declaration-person = I have read this support plan. It says how I want to be supported and how my personal budget will be spent. To the best of my knowledge everything in it is true. I agree to it, and I will tell { $council } if my needs or circumstances change.
declaration-nominee = I agree to receive { $name }'s direct payment as their nominee and to spend it as this plan says. To the best of my knowledge everything in the plan is true. I will keep records of how the money is spent and tell { $council } if anything changes.
declaration-representative = I made this plan for { $name } as their representative, with them and in their best interests. To the best of my knowledge everything in it is true. I will tell { $council } if their needs or circumstances change.
declaration-witness = I saw { $name } agree to this support plan.
sign-agree-legend = Do you agree with the declaration?
sign-agree = I agree with the declaration
sign-name = Full name of the person signing
sign-name-hint = Typing your name here is your signature.
sign-witness = Full name of a witness (optional)
sign-witness-hint = Someone you trust who watched the plan being agreed can sign as a witness, on this device. By signing they say: "{ $declaration }"
sign-button = Sign your plan
sign-again = Sign the plan again
sign-error-role = Select who is signing
sign-error-name = Enter the full name of the person signing
sign-error-agree = Select that you agree with the declaration
sign-rules-changed = { $council } has changed the rules it uses to work out budgets since your budget was worked out. Go through 'Find out your money' again before you sign: your answers are kept, and your budget will be worked out with the current rules.
sign-rules-changed-button = Find out your money
sign-clock = This device's clock is not set to a real date. Set the date and time, then sign again.
sign-failed = The plan could not be signed. Check your plan, then try again.

role-person = the person the plan is for
role-nominee = nominee
role-representative = representative
role-witness = witness

signed-heading = Send your signed plan
signed-none = You have not signed this plan yet.
signed-changed-since = You have changed the plan since you signed it. Sign it again to send the changes.
signed-download-heading = Download the signed plan
signed-download-body = The file is called { $file }. Keep a copy: it is your plan as you signed it.
signed-download = Download the signed plan
signed-print = Print the plan or save it as a PDF
signed-send-heading = Send it to { $council }
signed-send-email = Email the file to{" "}
signed-send-web = Upload the file at{" "}
signed-send-fingerprint = When { $council } contacts you about your plan, they may read out the key fingerprint and the start of the plan digest above. If both match, they have the plan you signed, from this device.
signed-decision-heading = The council's decision
signed-decision-waiting = When { $council } has decided on your plan, they will send you a decision file. Load it here to see the decision with your plan.
signed-load-decision = Load the council's decision file
signed-load-decision-hint = The file ends in .json. It stays on this device.
signed-earlier = Plans you signed before
signed-earlier-item = Signed on { $when }: { $status }
signed-earlier-no-decision = no decision loaded

decision-confirmed = Confirmed by { $officer }, { $role }, { $council }, on { $when }.
decision-changed = Confirmed with changes by { $officer }, { $role }, { $council }, on { $when }.
decision-returned = Returned by { $officer }, { $role }, { $council }, on { $when }.
decision-tag-confirmed = Confirmed
decision-tag-changed = Confirmed with changes
decision-tag-returned = Returned
decision-budget = Personal budget agreed
decision-reasons = Reasons
decision-changes = Changes or conditions
decision-loaded = The council's decision has been added to your plan.
decision-loaded-earlier = The council's decision has been added to a plan you signed before. It is listed under "Plans you signed before".
decision-other-plan = This decision is about a different plan (the plan for { $person }), not one signed on this device for this plan. Nothing has been changed.
decision-refused = This decision file cannot be trusted, so it has not been added: { $reason }

file-drop-here = Or drag and drop the file here.
file-too-large = The file is too large to be a signed plan or decision. Choose the file you were sent.
file-unreadable = The file could not be read. Choose it again, or ask for a new copy.

print-heading = Support plan for { $name }
print-button = Print or save as PDF

document-declarations = Declarations
document-signed-by = Signed by
document-signer = { $name } ({ $role })
document-signed-at = Signed on
document-key = Key fingerprint
document-digest = Plan digest
document-about = About the plan
document-planned-by = Planned by
document-planned-by-person = The person themselves
document-planned-by-other = Someone planning with or for them
document-basis-chosen = Chosen by the person to help them plan
document-basis-authorised = Authorised person
document-basis-attorney = Attorney under a lasting power of attorney for health and welfare
document-basis-deputy = Deputy appointed by the Court of Protection
document-basis-other = Another reason
document-money = The money
document-carers = Carer's allocation: { $weekly } a week ({ $yearly } a year)
document-panel = The council's panel will look at this plan.
document-rule-set = Worked out with
document-rule-set-version = Rule set "{ $id }", version { $version }
document-strengths = Strengths
document-relationships = People who matter
document-outcome-words = In their words
document-outcome-know = How they will know it is working
document-provider = Who gives it
document-cost = Cost
document-unpaid = Not paid for from the budget
document-cost-not-shown = Costed under another rule set: see the totals
document-total-supports = Paid support
document-total-contingency = Contingency
document-total-one-off = One-off costs
document-nominee = Nominee
document-name = Name
document-contact = Contact
document-staying-safe = Staying safe and in control
document-risk-what = What could go wrong
document-risk-do = What will be done
document-contacts = Who to contact
document-action = { $who }, by { $when }
document-needs = Assessed needs
document-needs-none = The plan lists no assessed needs.
document-need-number = Need { $number }
document-need-words = In the council's words
document-need-eligibility = Eligibility
document-need-eligible = Eligible
document-need-not-eligible = Not eligible
document-need-outcomes = Outcomes it affects
document-need-will-meet = Will the council meet it?
document-need-met = Yes
document-need-not-met = No
document-need-how = How it is met
document-wellbeing = Wellbeing
document-wellbeing-intro = The parts of wellbeing this care and support could help with:
document-information = Information and advice
document-personal-budget = Your personal budget
document-pb-cost = The cost of meeting the needs (the indicative budget)
document-pb-contribution = What { $name } pays
document-pb-council = What { $council } pays
document-pb-not-shown = Not shown: the plan was signed before plans said this, and the rules it was made under are not available here.
document-direct-payments = Direct payments
document-no-direct-payment = None of the support is paid for by direct payment.
document-scotland-option = Self-directed support option
document-review = Checking progress and review
document-monitoring-how = How progress will be checked
document-monitoring-by-whom = Who will check it
document-disagree = If you disagree
document-disagree-about = What the disagreement is about
document-disagree-why = Why
document-no-disagreement = The plan does not say that { $name } disagrees with a decision.
document-review-contact = To ask { $council } to review a decision, contact them:

## The council view

council-heading = Check a signed plan
council-lede = Open a signed plan someone has sent. This page checks that it has not been changed since it was signed, works out the budget again and shows what the checks find. Nothing is sent anywhere.
council-open = Open a signed plan
council-open-hint = The file ends in .json.
council-result-heading = { $file }
council-verified = This plan verifies
council-verified-body = It has not been changed since it was signed, and its budget and totals are the same when worked out again.
council-not-verified = This plan does not verify
council-not-verified-body = Do not rely on this file. Ask the person to send their signed plan again.
council-warnings = Check these before you decide:
council-signatures = Who signed, and their key fingerprints
council-fingerprint-advice = To be sure the plan came from them, ask the person to read you the key fingerprint their app shows, and compare it.
council-budget = The money
council-budget-stated = Budget in the file
council-budget-recomputed = Budget worked out again
council-budget-not-recomputed = Not worked out again: the rule set it names is not available here
council-no-findings = The checks found nothing to ask about.
council-findings-must-fix = Must be fixed
council-read-plan = Read the whole plan
council-decide-heading = Record a decision
council-decision-legend = What have you decided?
decision-option-confirmed = Confirm the plan as it is
decision-option-changed = Confirm the plan with changes or conditions
decision-option-returned = Return the plan to be changed
council-reasons-hint = Say why, in words the person will understand. Needed if you change or return the plan.
council-changes-hint = Write each change or condition on its own line.
council-weekly = Personal budget agreed each week
council-yearly = Personal budget agreed each year
council-officer = Your full name
council-officer-role = Your job title
council-key = Council signing key file
council-key-hint = The key is used only to sign this decision. It is not saved, and is forgotten once you sign.
council-key-loaded = Key { $fingerprint } is loaded. It will be forgotten once you sign.
council-key-forget = Remove the key
council-key-unreadable = This is not a council signing key file. Choose the key file made with 'support-plan keygen'.
council-key-not-published = Key { $fingerprint } is not one this service publishes for signing today, so people's apps would not accept the decision. Choose another key, or publish this one in config.json.
council-sign = Sign the decision
council-made = The decision is signed
council-made-body = Download the decision file and send it to the person. The key has been forgotten.
council-download = Download the decision file
decision-error-outcome = Select what you have decided
decision-error-reasons = Enter the reasons for changing or returning the plan
decision-error-changes = Enter the changes or conditions
decision-error-weekly = Enter the weekly budget agreed, like 255.78
decision-error-yearly = Enter the yearly budget agreed, like 13300.56
council-confirm-amounts = The budget agreed will be the plan's own: { $weekly } a week ({ $yearly } a year). To agree a different amount, confirm the plan with changes.
council-intact = Unchanged since it was signed
council-yes = Yes
council-no = No
council-budget-check = Budget and totals worked out again
council-budget-same = The same as in the file
council-budget-different = Different from the file
council-budget-unchecked = Could not be worked out again
decision-error-officer = Enter your full name
decision-error-role = Enter your job title
decision-error-key = Choose the council signing key file
council-personal-budget = The personal budget
council-pb-worked-out-again = This plan was signed before plans said the personal budget in three parts, so these figures are worked out again from the plan. They are not signed.
council-disagreement = { $name } disagrees with a decision. They can ask for it to be reviewed.

## The council's command-line tool: the personal budget
# What `support-plan check` and `support-plan verify` print about the personal budget in its three
# parts, the direct payment, the assessed needs and a disagreement. `$amounts` is a weekly and a
# yearly amount (amount-week-and-year); `$amount`, `$supports` and `$weekly` are money already
# written ("£42.50"); `$need` and `$supports` in lists are the findings' quoted words.

cli-personal-budget = Personal budget:
cli-personal-budget-signed = Personal budget, as signed:
cli-personal-budget-recomputed = Personal budget, worked out again:
cli-personal-budget-not-known = Personal budget: not in the file, and not worked out again without the rule set the plan names
cli-cost = Cost of meeting needs: { $amounts }
cli-contribution-assessed = Contribution: { $amounts }, from the financial assessment letter dated { $date }
cli-contribution-undated = Contribution: { $amounts } (the date of the financial assessment letter is not given)
cli-contribution-not-assessed = Contribution: not assessed yet
cli-contribution-not-stated = Contribution: not stated
cli-council-part = Council's part: { $amounts }
cli-council-part-not-known = Council's part: not known until the financial assessment
cli-direct-payment = Direct payment:
cli-direct-payment-signed = Direct payment, as signed:
cli-direct-payment-recomputed = Direct payment, worked out again:
cli-payment = Each payment: { $amount } { $frequency } ({ $weekly } a week)
cli-payment-not-known = Each payment: not known until the financial assessment, { $frequency }
cli-paid-to = Paid to: { $payee }
cli-basis-net = Paid net: the contribution is taken off the { $supports } a week of support managed by direct payment
cli-basis-gross = Paid gross: the { $supports } a week of support managed by direct payment is paid in full, and the person pays their contribution to the council
cli-paid-to-council = The person pays the council { $weekly } a week themselves: the part of the contribution the payment is too small to take
cli-working = Working: { $working }
cli-meets = Needs it meets: { $needs }
cli-meets-none = Needs it meets: none named
cli-needs = Assessed needs:
cli-needs-none = Assessed needs: none recorded
cli-need = { $need }: { $eligibility }; { $meeting }
cli-eligible = eligible ({ $outcomes })
cli-eligible-no-outcome = eligible
cli-not-eligible = not eligible
cli-eligibility-not-said = eligibility not said
cli-met-by = the council will meet it, by { $supports }
cli-met-otherwise = the council will meet it, not by a support in the plan: { $reason }
cli-met-by-nothing-yet = the council will meet it, but no support in the plan meets it yet
cli-not-met = the council will not meet it
cli-not-met-because = the council will not meet it: { $reason }
cli-meeting-not-said = whether the council will meet it is not said
cli-disagreement = { $person } disagrees with { $about ->
        [indicative_budget] the indicative budget
        [contribution] the contribution
        [eligibility] a decision about eligibility
       *[other_decision] another decision
    }: { $why }
cli-disagreement-unspecified = { $person } disagrees: { $why }
cli-council-pays = council pays
cli-worked-out-again = { $amount } (worked out again)
cli-not-known = not known
cli-item = { $name }

## What the checks find (each finding's message, then how to fix it)
# `$person` is the person's name, or "the person" until it is given. `$support` is a support's
# description in quotes, or "A support" (or "a support" within a sentence).

support-quoted = "{ $description }"
support-unnamed = A support
support-unnamed-within = a support
detail-name = name
detail-relationship = relationship to the person
detail-contact = contact details
detail-basis = basis for planning for them
detail-agreement = agreement to manage the money
way-direct_payment_person = a direct payment to the person
way-direct_payment_nominee = a direct payment to a nominee
way-individual_service_fund = an individual service fund
way-council_managed = council-managed support
reason-not-allowed = A personal budget cannot be used for { $item }.
need-quoted = "{ $words }"
need-unnamed = Need { $number }
detail-how = how progress will be checked
detail-by-whom = who will check it
payee-nominee = a nominee
payee-nominee-named = { $name }, as nominee
frequency-weekly = every week
frequency-four_weekly = every four weeks
frequency-monthly = every month

finding-questions_unanswered = { $count ->
    [one] 1 question about { $person }'s needs has not been answered, so the budget is not final
   *[other] { $count } questions about { $person }'s needs have not been answered, so the budget is not final
}
fix-questions_unanswered = Answer the remaining questions in 'Find out your money'.
finding-answer_not_valid = An answer does not fit the council's questions (question "{ $question }")
finding-answers_not_readable = The plan's answers to the council's questions cannot be read
fix-answer_not_valid = Answer this question again in 'Find out your money'.
finding-budget_not_worked_out = The budget could not be worked out: the council's rules give an amount too large to handle
fix-budget_not_worked_out = Contact the council: its rule set needs correcting.
finding-rule_set_not_recorded = The plan does not record which rules its budget came from; it was checked with { $id } version { $version }
fix-rule_set_not_recorded = Open 'Find out your money' so the plan records the council's current rules.
finding-rule_set_differs = The budget in the plan came from { $planned_id } version { $planned_version }, but it was checked with { $id } version { $version }, so the amount may differ
fix-rule_set_differs = Check your answers in 'Find out your money' against the council's current questions.
finding-person_name_missing = The plan does not say who it is for
fix-person_name_missing = Add the name of the person the plan is for.
finding-representative_details_missing = { $count ->
    [one] The plan is being made for { $person } by someone else, but their { $details } is missing
   *[other] The plan is being made for { $person } by someone else, but their { $details } are missing
}
fix-representative_details_missing = Add the missing details of the person planning.
finding-what_matters_empty = The plan does not yet say what matters to { $person }
fix-what_matters_empty = Write what is important to the person and the people around them.
finding-no_outcomes = The plan does not yet say what { $person } wants to change or achieve
fix-no_outcomes = Add at least one outcome, in the person's own words.
finding-no_supports = The plan does not yet say how { $person } will be supported
fix-no_supports = Add the support the person will have, paid and unpaid.
finding-no_actions = The plan has no action plan: who does what, by when
fix-no_actions = Add at least one action, with who will do it and by when.
finding-outcome_without_measure = The outcome "{ $outcome }" does not say how you will know it is working
fix-outcome_without_measure = Say what will be different when this outcome is met.
finding-support_not_described = A support in the plan has no description
fix-support_not_described = Say what the support is, for example 'Help to get up and dressed'.
finding-support_serves_missing_outcome = { $support } is linked to an outcome that is no longer in the plan
fix-support_serves_missing_outcome = Choose again which outcomes this support helps with.
finding-category_not_allowed = { $support } is for { $item }: { $reason }
fix-category_not_allowed = Remove this support from the budget, or pay for it another way.
finding-unknown_category = { $support } is in a category the council does not use ({ $category })
fix-unknown_category = Choose one of the council's categories for this support.
finding-category_missing = { $support } does not say what kind of support it is
fix-category_missing = Choose a category for this support.
finding-paid_support_without_outcome = { $support } is paid for but is not linked to any outcome
fix-paid_support_without_outcome = Say which outcomes this support helps with: the council checks that money is spent on them.
finding-support_not_costed = { $support } is paid for but has no cost yet
fix-support_not_costed = Add what it costs: hours and rate, sessions and price, or an amount.
finding-unknown_price_item = { $support } names a price list item the council does not have ({ $code })
fix-unknown_price_item = Choose the item from the council's price list again, or none.
finding-price_above_cap = { $support } costs { $price } a { $unit }, more than the council pays for { $item } ({ $cap } a { $unit })
fix-price_above_cap = Find a lower price, or talk to the council about why this one is needed.
finding-quote_needed = { $support } needs a quote: the council asks for one for { $item }
fix-quote_needed = Get a quote from the provider and say it is attached.
finding-outcome_without_support = No support in the plan helps with "{ $outcome }"
fix-outcome_without_support = Link a support to this outcome, paid or unpaid, or remove the outcome.
finding-management_missing = The plan does not say who will manage the money for { $support }
fix-management_missing = Choose how the money for this support will be managed.
finding-management_not_offered = { $support } is to be managed as { $way }, which the council does not offer
fix-management_not_offered = Choose one of the ways of managing money the council offers.
finding-service_fund_provider_missing = { $support } is paid through an individual service fund, but the provider holding the fund is not named
fix-service_fund_provider_missing = Add the name of the provider who will hold the money.
finding-nominee_details_missing = { $count ->
    [one] Some money is to be paid to a nominee, but the nominee's { $details } is missing
   *[other] Some money is to be paid to a nominee, but the nominee's { $details } are missing
}
fix-nominee_details_missing = Add the nominee's details and confirm they agree to manage the money.
finding-no_backup_plan = The plan does not say what happens if paid support does not turn up
fix-no_backup_plan = Write a back-up plan: who will step in, and who to call.
finding-no_safety_contacts = The plan does not list anyone to contact if something goes wrong
fix-no_safety_contacts = Add people to contact, with their phone numbers.
finding-risk_without_plan = The risk "{ $risk }" does not say what will be done about it
fix-risk_without_plan = Say what will be done to prevent it, or if it happens.
finding-no_review_date = The plan has no review date
fix-no_review_date = Choose when the plan will be reviewed, usually within a year.
finding-review_date_too_early = The review date, { $date }, is not after the plan was started
fix-review_date_too_early = Choose a review date in the future.
finding-over_budget = The plan costs { $planned } a week, { $over } more than the indicative budget of { $budget }. It can still be sent: the council's panel will look at it
fix-over_budget = Look again at the supports' hours and prices, or explain in the plan why more is needed.
finding-within_budget = The plan costs { $planned } a week of the { $budget } budget, leaving { $left }
fix-within_budget = Nothing to fix.
finding-panel = The budget is above the amount the council's panel looks at, so the panel will review the plan
fix-panel = Nothing to fix: the panel reviews all plans of this size.
finding-contingency_below_minimum = The contingency is { $contingency } a week; the council asks for at least { $percent }% of the budget, { $minimum } a week
fix-contingency_below_minimum = Set aside more money each week for the unexpected.
finding-one_off_costs = The plan also has one-off costs of { $amount }, apart from the weekly budget
fix-one_off_costs = Nothing to fix: the council agrees one-off costs separately.
finding-no_assessed_needs = The plan does not yet list the needs the council's assessment found for { $person }
fix-no_assessed_needs = Add each need from the needs assessment, in the assessment's words.
finding-need_not_described = { $need } does not say what the need is
fix-need_not_described = Write the need as the needs assessment describes it.
finding-unknown_eligibility_outcome = { $need } names an eligibility outcome the council does not use
fix-unknown_eligibility_outcome = Choose again which of the council's outcomes this need affects.
finding-need_eligibility_not_said = { $need } does not say whether the assessment found it eligible
fix-need_eligibility_not_said = Say whether the needs assessment found this need eligible.
finding-eligible_need_without_outcome = { $need } is eligible but does not say which outcomes it affects
fix-eligible_need_without_outcome = Choose the outcomes the person cannot achieve because of this need, as the assessment says.
finding-need_meeting_not_said = { $need } does not say whether the council will meet it
fix-need_meeting_not_said = Say whether the council is going to meet this need.
finding-need_not_met = The council will meet { $need }, but no support in the plan meets it
fix-need_not_met = Link a support to this need, paid or unpaid, or say why no support in the plan meets it.
finding-support_meets_missing_need = { $support } is linked to a need that is no longer in the plan
fix-support_meets_missing_need = Choose again which needs this support meets.
finding-unknown_wellbeing = The plan names a part of wellbeing the council does not use
fix-unknown_wellbeing = Choose again which parts of wellbeing care and support could help with.
finding-wellbeing_not_said = The plan does not say which parts of { $person }'s wellbeing care and support could help with
fix-wellbeing_not_said = Choose the parts of wellbeing that matter in this plan.
finding-no_information_and_advice = The plan does not say what { $person } was told about reducing or delaying their needs
fix-no_information_and_advice = Write the information and advice given: services, groups, equipment or changes that could help.
finding-contribution_not_stated = The plan does not say what { $person } pays towards the budget
fix-contribution_not_stated = Enter the amount from the financial assessment letter, or say it has not been done yet.
finding-contribution_letter_date_missing = The contribution does not say the date of the financial assessment letter
fix-contribution_letter_date_missing = Enter the date on the letter that told you the amount.
finding-contribution_not_assessed = The financial assessment has not been done, so what the council pays of the { $cost } a week is not known yet
fix-contribution_not_assessed = Nothing to fix: update the plan when the letter comes.
finding-contribution_above_budget = The contribution of { $contribution } a week is more than the budget of { $cost } a week
fix-contribution_above_budget = Check the amount against the financial assessment letter.
finding-direct_payment = A direct payment of { $amount } { $frequency } will be paid to { $payee }
fix-direct_payment = Nothing to fix.
finding-direct_payment_not_known = A direct payment for { $supports } a week of support, less the contribution once it is assessed, will be paid { $frequency } to { $payee }
finding-direct_payment_payees_mixed = Some direct payments are to go to the person and some to a nominee; one direct payment is made, to the nominee
fix-direct_payment_payees_mixed = Choose the same person to receive every direct payment, or talk to the council.
finding-monitoring_not_said = The plan does not say { $details }
fix-monitoring_not_said = Say how progress towards the outcomes will be checked before the review, and who will check it.
finding-disagreement_without_reason = The plan says { $person } disagrees, but not why
fix-disagreement_without_reason = Say what you disagree with and why, so the council can look at it again.
finding-disagreement_recorded = { $person } disagrees: "{ $why }". The council will see this with the plan
fix-disagreement_recorded = Nothing to fix: the council can be asked to review its decision.

## What checking a signed file finds (the council view and the signed plan page)

kind-signed_plan = a signed support plan
kind-council_decision = a council decision
json-missing = missing
json-unexpected = not what was expected
problem-not_json = This file is not { $kind } (it is not readable JSON: { $detail }).
problem-not_readable = This file is not { $kind }.
problem-wrong_kind = This file is { $kind }, not { $expected }.
problem-unknown_format = This file is not { $kind }: its "format" is { $format }, which this app does not know.
problem-version_too_new = This file is in format version { $version }, made by a newer version of the app than this one (which reads version { $readable }). Use the newest version of the app to check it.
problem-unknown_version = This file's "format_version" is { $version }, which is not a version of the format.
problem-not_whole_number = At { $path } the number { $number } is not a whole number that every program reads exactly; signed files hold whole numbers only, so it was not made by this app or has been altered.
problem-not_the_format = This file does not follow the format of { $kind } at { $path }: { $detail }.
problem-signatures_unreadable = The signatures cannot be read: { $detail }.
problem-not_signed = This file has no signatures, so nothing shows who made it or that it is unchanged.
problem-signed_twice = Signature { $number } repeats a key that has already signed.
problem-key_not_valid = Signature { $number }'s public key is not a valid Ed25519 key, so the file cannot be trusted.
problem-signature_not_hex = Signature { $number } (key { $key }) is not 128 hex digits, so the file cannot be trusted.
problem-signature_does_not_match = Signature { $number } (key { $key }) does not match the content: the file has been changed since it was signed. Ask for the file again as it was sent.
problem-plan_unreadable = The plan inside this file cannot be read: { $detail }.
problem-rule_set_mismatch = The plan inside this file names a different rule set from the one its budget says it came from.
problem-no_one_agrees = Nobody in this file agrees to the plan: there must be a declaration by the person, their nominee or their representative.
problem-declaration_unnamed = Declaration { $number } has no name.
problem-fingerprint_mismatch = { $name }'s declaration gives the key fingerprint { $stated }, but the key's fingerprint is { $actual }.
problem-declaration_not_signed = { $name }'s declaration names key { $key }, but no valid signature by that key is in the file.
problem-signature_without_declaration = A signature in this file belongs to no declaration, so it says nothing about who agreed.
problem-rule_set_differs = This plan was worked out with rule set "{ $id }" version { $version } (content hash { $hash }…); the council's current rule set is "{ $current_id }" version { $current_version } (content hash { $current_hash }…). Its budget is checked against the rules it was made with.
problem-budget_not_recomputed = Rule set "{ $id }" version { $version } (content hash { $hash }…) is not available here, so the budget could not be worked out again and cannot be relied on. Check the file with that rule set.
problem-rule_set_misnamed = The file names rule set "{ $id }" version { $version }, but its content hash is that of "{ $actual_id }" version { $actual_version }.
problem-currency_differs_rules = The file gives amounts in { $currency }, but the rule set works in { $expected }.
problem-budget_incomplete = The plan's answers do not give a complete budget under the rule set it names, so the budget in the file cannot be right.
problem-budget_differs = The file says the budget is { $weekly } a week ({ $yearly } a year), but the plan's answers give { $actual_weekly } a week ({ $actual_yearly } a year) under rule set "{ $id }" version { $version }.
problem-signed_before_personal_budget = The plan was signed before plans said the personal budget in three parts: the contribution and the direct payment shown are worked out again from the plan.
problem-personal_budget_missing = The file does not say the personal budget in three parts (cost, contribution, the council's part), which a signed plan of this version must.
problem-personal_budget_differs = The personal budget in the file (cost, contribution, the council's part or the direct payment) does not match what the plan works out to under { $id } version { $version }.
problem-totals_differ = The file says the plan spends { $weekly } a week ({ $yearly } a year), but its supports and contingency add up to { $actual_weekly } a week ({ $actual_yearly } a year).
problem-other_plan = This decision is about a different signed plan.
problem-currency_differs_plan = The decision gives amounts in { $currency }, but the plan is in { $expected }.
problem-confirmed_amounts_differ = The decision confirms the plan as it is, but agrees a different budget from the plan's; a different budget is a change and must be recorded as one.
problem-other_council = This decision was made by "{ $council }", not by this council.
problem-not_a_council_key = This decision is not signed with a key { $council } publishes, so it cannot be relied on. Contact the council.
problem-key_not_in_force = This decision is dated { $date }, when the key that signed it was not in force. Contact the council.
problem-plan_digest_unreadable = The decision does not say which plan it is about (its plan_digest is not 64 hex digits).
problem-reasons_missing = The decision changes or returns the plan but gives no reasons.
problem-changes_missing = The decision confirms the plan with changes but does not say what they are.
problem-amounts_missing = A confirmed plan must state the budget agreed, and a returned plan must not.
problem-officer_missing = The decision does not name the officer who made it.
problem-council_keys_not_checked = The signing key was not checked against the keys the council publishes, so nothing shows the council made this decision. Check it with the council's configuration.
problem-too_large = This file is not { $kind } this app can read: { $detail }
problem-too_many_signatures = This file carries { $count } signatures; a signed file has at most { $limit }, so it was not made by this app.
limit-bytes = it is larger than { $kib } KiB, more than any real file of its kind, so nothing in it was read.
limit-depth = its lists and objects are nested more than { $limit } deep, deeper than this kind of file ever is.
limit-string = it holds a text longer than { $limit } characters, longer than this kind of file allows.
limit-items = it holds a list of more than { $limit } items, more than this kind of file allows.
limit-total-items = its lists and objects hold more than { $limit } items in all, more than this kind of file allows.

## Why a stored plan cannot be read
json-at = line { $line }, column { $column }
stored-not-json = this is not a support plan file (it is not valid JSON at { $at })
stored-not-a-plan = this is not a support plan file
stored-too-new = this plan was saved by a newer version of the app (plan format { $version }); update the app to open it
stored-damaged = the plan is damaged: { $problem }
stored-damaged-at = the plan is damaged at { $path }: { $problem }
stored-too-large = this is not a support plan this app can read: { $detail }
stored-wrong-value = it is not what a plan holds there ({ $detail })
stored-unknown-version = { $version } is not a version this app ever wrote
stored-version-not-number = it must be a whole number
stored-too-many-items = has { $count } items; a plan holds at most { $limit } in any list
stored-amount-out-of-range = { $amount } is not an amount between 0 and { $limit } pence
stored-minutes-over-week = { $minutes } minutes is more than there are in a week
stored-sessions-over-limit = { $sessions } sessions a week is more than { $limit }

## Why a record kept on the device cannot be read, or was kept aside
record-not-json = it is not JSON at { $at }
record-not-a-record = it is not a record
record-foreign = it is not a record this app wrote
record-too-new = it was kept by a newer version of the app (record version { $version }); update the app to read it
record-version-wrong = its record version is missing or wrong
record-revision-missing = its revision is missing
record-revision-too-high = its revision, { $revision }, is beyond any this app writes (at most { $limit })
record-saved-at-wrong = the time it was saved is not a time
record-sealed-damaged = its sealed content is damaged
record-content-or-sealed = a record has exactly one of content or sealed content
record-seal-broken = it was changed or damaged after it was saved (its seal does not match)
record-sealed-not-json = what is sealed inside it is not JSON at { $at }
record-gone = it is no longer on this device
sent-not-a-record = it is not a record of signed plans ({ $detail })
sent-wrong-version = it is not a record of signed plans in a version this app reads ({ $format } { $version })
aside-not-a-signing-key = it is not a signing key
aside-replaced-from-backup = it was replaced from a backup
aside-reason-earlier = { $reason }
aside-no-reason = it was kept aside without a reason this version of the app can read

## Why the device's storage failed, for the web team
store-revision-exhausted = the record's revision cannot go past { $limit }
store-read-back-differs = what was saved did not read back the same
store-signing-key-not-kept = the signing key was not kept
store-lock-read-back-differs = the lock did not read back the same
store-not-all-removed = some records could not be removed
store-browser-refused = the browser refused, saying: { $name }
store-no-random = the browser has no secure random number generator
store-lock-changed = the lock changed in another tab

## Why a lock record cannot be used, for the web team
lock-record-not-json = it is not JSON at { $at }
lock-record-not-lock = it is not a passphrase lock record
lock-record-version = it is a lock record version this app does not read
lock-record-part-missing = its { $part } is missing or damaged
lock-record-not-argon2id = its key derivation is not Argon2id version 19
lock-record-not-number = its { $part } is not a whole number
lock-record-weaker = its key derivation is weaker than this app allows
lock-record-costlier = its key derivation is costlier than this app allows
lock-wrapped-key-size = its wrapped key is not 32 bytes
lock-kdf-refused = the key derivation refused its settings ({ $detail })

## How a support's cost is worked out

working-unpaid = Unpaid
working-not-costed = Not costed yet
working-hourly = { $time } a week × { $rate } an hour = { $pay } a week
working-sessions = { $sessions ->
    [one] 1 session a week × { $price } = { $pay } a week
   *[other] { $sessions } sessions a week × { $price } = { $pay } a week
}
working-weekly = { $pay } a week
working-yearly = { $yearly } a year ÷ { $weeks } weeks = { $pay } a week
working-one-off = { $amount } once
working-dp-gross = { $supports } a week of support managed by direct payment, paid in full (you pay your contribution to the council)
working-dp-net = { $supports } a week of support managed by direct payment, less the contribution of { $contribution }: { $weekly } a week
working-dp-net-not-known = { $supports } a week of support managed by direct payment, less the contribution once it is assessed
working-dp-payment = { $taken }; { $paid }
working-dp-weekly = { $payment } paid every week
working-dp-four-weekly = { $weekly } × 4 weeks = { $payment } every four weeks
working-dp-monthly = { $weekly } × { $weeks } weeks ÷ 12 months = { $payment } every month
working-on-costs = { $working }, plus employer on-costs of { $percent }% ({ $on_costs }): { $total } a week
duration-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
duration-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
duration-both = { $hours } { $minutes }

## How the budget was worked out (the explanation under the budget)
# `$topic` and `$words` are the council's own words from its rule set.

because-answer-counts = { $answer }: { $amount }.
because-answer = { $answer }.
because-step = { $label }: { $value }.
answer-not-yet = { $topic }: not answered yet, so it counts as nothing until it is
answer-none = { $topic }: none of these
answer-told-us = { $words }
answer-is = { $topic }: { $answer }
answer-yes = { $topic }: yes
answer-no = { $topic }: no
rounding = rounded to the nearest { $unit }, { $mode }
rounding-half_up = halves rounded up
rounding-half_even = halves rounded to the even neighbour
rounding-down = always rounded down
rounding-up = always rounded up
conversion-from-weekly = { $weekly } a week × { $weeks } weeks = { $yearly } a year ({ $rounding }).
conversion-from-yearly = { $yearly } a year ÷ { $weeks } weeks = { $weekly } a week ({ $rounding }).
# A name and its value side by side: "Points for your needs: 48 points".
label-value = { $label }: { $value }
