## /checkin's settings and streaks (cogs/checkins): the daily prompt's time,
## pausing it, streak counts, the weekly summary, sharing, and /mod triggers.
## Translators: keep every `/command option:value` as written; no word that
## blames or shames. { $zone } is a time zone's name (Europe/Helsinki),
## { $time } a 24-hour time (08:30), { $date } a date already written out.

cmd-checkin-remind-description = A private prompt every day at this local time (or off)
cmd-checkin-pause-description = No prompts until that date (travel, holidays)
cmd-checkin-resume-description = Restart paused prompts
cmd-checkin-streaks-description = Whether streak counts appear anywhere for you
cmd-checkin-streak-description = Consecutive days with a check-in
cmd-checkin-weekly-description = A private summary every week on that day (or off)
cmd-checkin-share-description = Who sees your check-ins (private by default)
cmd-checkin-share-sober-description = partners also see if you were sober today (default no)
cmd-mod-triggers-description = The triggers members can name with a check-in (a comma list, or default)

## /checkin remind
checkins-remind-off = Daily prompts are off. You can still check in any time with `/checkin`.
checkins-remind-on = Every day at { $time } ({ $zone }) I'll send you a private prompt with quick-answer buttons — unless you've already checked in that day.
checkins-paused-until = Prompts are paused until { $date }.
checkins-zone-tip = Tip: set your time zone so the prompt comes at your local time: `/haven timezone Europe/Helsinki`

## /checkin pause and /checkin resume
# $date: the date the member gave, as 2026-12-27
checkins-pause-not-after-today = { $date } is not after today; prompts start again on the date you give
checkins-paused = No prompts until { $date } — they start again that day. `/checkin resume` brings them back sooner.
checkins-pause-no-prompt = (You have no daily prompt set; `/checkin remind 08:30` sets one.)
checkins-resume-not-paused = Prompts weren't paused.
checkins-resume-back-on = Prompts are back on.
checkins-resume-no-prompt = You have no daily prompt set; `/checkin remind 08:30` sets one.
checkins-resume-next = The next one comes at { $time } ({ $zone }).

## /checkin streaks and /checkin streak
checkins-streaks-on = Streak counts are back in your check-ins and summaries.
checkins-streaks-off = Streak counts are off: no reply, summary or weekly summary shows one. Your check-ins count just the same. `/checkin streaks on` brings them back.
checkins-streak-hidden-done = You've checked in today. Streak counts are off for you (`/checkin streaks on` shows them).
checkins-streak-hidden-not-yet = No check-in today yet. Streak counts are off for you (`/checkin streaks on` shows them).
checkins-streak-none = No current streak — a check-in today starts one: `/checkin mood:4 craving:2`.
# $days: the days in a row with a check-in, 1 or more
checkins-streak-days = { $days ->
    [one] Day 1 of a streak — every check-in counts.
   *[other] { $days } days in a row — thank you for showing up for yourself.
}
checkins-streak-keep-going = Check in today to keep it going.

## /checkin weekly
checkins-weekly-off = Weekly summaries are off. `/checkin summary` works any time.
# $day: mon, tue, wed, thu, fri, sat or sun
checkins-weekly-on = Every { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
} at { $time } ({ $zone }) I'll send you a private summary of your week.

## /checkin share
checkins-share-sober-partners-only = sober:yes is for partners only; the channel never shows it — `/checkin share partners sober:yes`
checkins-share-private = Your check-ins are private: only you see them. Your notes are never shared.
# $high: the craving (0–10) from which partners are asked to reach out
checkins-share-partners = After each check-in your accountability partners will get a private message with your mood and your craving — not whether you were sober today. Your notes are never shared. When a craving is { $high } or more, they are asked to reach out.
    `/checkin share partners sober:yes` also tells them whether you were sober.
checkins-share-partners-sober = After each check-in your accountability partners will get a private message with your mood, your craving and whether you were sober today (when you say). Your notes are never shared. When a craving is { $high } or more, they are asked to reach out.
    `/checkin share partners` stops sharing whether you were sober.
checkins-share-no-partners = You have no partners yet; `/partner request @member` asks someone.
checkins-share-named = Each check-in's mood and craving will be posted with your name in the community's check-in channel. Your notes are never shared.
checkins-share-anonymous = Each check-in's mood and craving will be posted without your name in the community's check-in channel. Your notes are never shared.
checkins-share-no-channel = No check-in channel is set up yet, so nothing is posted until a moderator sets one.

## /mod triggers
# $triggers: the community's list, as the moderator wrote it
checkins-triggers-default = Back to the default triggers: { $triggers }.
checkins-triggers-set = Members can now name these triggers: { $triggers }.
# $count: how many members must name a trigger before /mod stats shows it
checkins-triggers-private = { $count ->
    [one] What members name stays private to them; `/mod stats` shows a trigger's count only once { $count } or more members named it.
   *[other] What members name stays private to them; `/mod stats` shows a trigger's count only once { $count } or more members named it.
}

## "Just for today": /checkin pledge, /checkin review, their prompts and buttons.
## Kind, never counting anything against the member. $date: a date written out.
cmd-checkin-pledge-description = "Just for today, I'll stay sober": a morning prompt at this local time (or off), or pledge now
cmd-checkin-review-description = "How was today?" each evening at this local time (or off); the answer fills in the day's mood

checkins-pledge-off = Morning pledge prompts are off. `/checkin pledge now` still pledges for today whenever you like.
checkins-pledge-on = Every morning at { $time } ({ $zone }) I'll send you a private "Just for today, I'll stay sober" with a Pledge button. Missed it? `/checkin pledge now` pledges for today at any hour.
checkins-pledge-title = Just for today
checkins-pledge-prompt =
    Just for today, I'll stay sober.
    One day is enough to think about. If you'd like to make today's promise to yourself, tap Pledge — or simply let it be a reminder.
checkins-pledge-button = Pledge
checkins-late = (This comes a little late — Haven was away for a while.)
# $asked: the prompt's own day, already over; $date: today
checkins-pledge-moved = That prompt was for { $asked }. A pledge is for the day you're in, so this one counts for today, { $date }.
checkins-pledge-again = You've already pledged for today — it still holds. Be gentle with yourself today.
checkins-pledged = Pledged for today, { $date }: just for today, you'll stay sober. That's all today asks — I'm glad you're here.
# $count: days pledged in a row, 2 or more
checkins-pledge-run = { $count ->
    [one] { $count } day of pledges in a row.
   *[other] { $count } days of pledges in a row.
}

checkins-review-off = Evening reviews are off. `/checkin` records your day any time.
checkins-review-on = Every evening at { $time } ({ $zone }) I'll ask "How was today?" privately — Easy, Okay, Hard or Very hard. Your answer fills in the day's mood (Easy 4, Okay 3, Hard 2, Very hard 1 of 5) and changes nothing else you entered.
checkins-review-title = How was today?
# $weekday: today's name (Monday)
checkins-review-today =
    How was today, { $weekday }? Tap what fits — there's no wrong answer.
    It fills in today's mood; anything else you wrote today stays as it is.
checkins-review-yesterday =
    How was yesterday, { $date }? Tap what fits — there's no wrong answer.
    It fills in that day's mood; anything else you wrote stays as it is.
checkins-review-earlier =
    How was { $date }? Tap what fits — there's no wrong answer.
    It fills in that day's mood; anything else you wrote stays as it is.
checkins-review-easy = Easy
checkins-review-okay = Okay
checkins-review-hard = Hard
checkins-review-veryhard = Very hard
# $count: very hard days in a row (3 or more)
checkins-hard-run-partners = That's { $count } very hard days in a row. You don't have to carry them alone. Your partners would want to know: the button below tells them privately that you could use a call (the same as `/sos`). And `/crisis` lists helplines, any hour.
checkins-hard-run-alone = That's { $count } very hard days in a row. You don't have to carry them alone. `/crisis` lists helplines, any hour — and a partner can help on days like these: `/partner request @member` asks someone you trust, `/partner pool join` finds you a small group.
checkins-hard-run-button = Let my partners know

## /checkin itself: the form, the reply, the daily prompt and its buttons,
## what partners and the check-in channel are told.
## $checkin: what was recorded (checkins-described-* joined by ", ").
cmd-checkin-description = Check in for today (no options opens a form)
cmd-checkin-mood-description = 1 very low – 5
cmd-checkin-craving-description = 0 – 10
cmd-checkin-sober-description = sober today, yes or no
cmd-checkin-note-description = private, encrypted
cmd-checkin-triggers-description = what weighed on you, comma separated (only you see them)

checkins-mood-1 = very low
checkins-mood-2 = low
checkins-mood-3 = okay
checkins-mood-4 = good
checkins-mood-5 = very good
checkins-described-mood = mood { $mood }/5 ({ $word })
checkins-described-craving = craving { $craving }/10
checkins-described-mood-short = mood { $mood }/5
checkins-described-sober = sober today
checkins-described-not-sober = not sober today

checkins-form-title = Daily check-in
checkins-form-submit = Check in
checkins-form-mood = Mood (1 very low – 5 very good)
checkins-form-craving = Craving (0 none – 10 very strong)
checkins-form-sober = Sober today
checkins-form-note = Note — only you can see it
checkins-form-triggers = Triggers today (optional, only you see them)
checkins-form-triggers-placeholder = Anything that weighed on you?
checkins-more-title = The rest of today's check-in
# $weekday: the day the check-in is for (Monday)
checkins-more-title-day = The rest of { $weekday }'s check-in
checkins-more-submit = Save
checkins-more-button = Add craving and a note

checkins-usage-need-both = mood: and craving: are needed for a check-in
checkins-usage-no-mood = mood: is missing; give mood and craving together
checkins-usage-no-craving = craving: is missing; give mood and craving together
checkins-no-forms = Check in with `/checkin mood:<1-5> craving:<0-10>` — for example `/checkin mood:4 craving:2 sober:yes triggers:stress`.
checkins-stale-button = That button no longer does anything. Try `/checkin` instead.
checkins-more-no-checkin = There is no check-in for today yet. Use `/checkin` to make one.

# $date: the day saved for (Monday 30 November)
checkins-saved-yesterday = Saved for yesterday, { $date }: { $checkin }.
checkins-saved-today = Saved for today, { $date }: { $checkin }.
checkins-saved-on = Saved for { $date }: { $checkin }.
checkins-added-on = Added to { $date }'s check-in: { $checkin }.
checkins-added-today = Added to today's check-in: { $checkin }.
checkins-updated = You had already checked in today, so I updated it: { $checkin }.
checkins-checked-in = Checked in for { $date }: { $checkin }.
checkins-note-saved = Your note is saved privately.
# $triggers: the triggers named, as the community's list writes them
checkins-triggers-noted = Triggers noted, only for you: { $triggers } (`/checkin patterns`).
checkins-hard-very-low = A very low day is hard, and you still checked in — that matters.
checkins-hard-craving = Cravings that strong are hard.
checkins-hard-not-sober = Thank you for being honest. A slip is part of many recoveries and doesn't undo the days behind it. Your sober counter stays as it is unless you choose to restart it (`/sober reset`).
checkins-help-now = If you need someone now, `/sos` reaches your partners and `/crisis` lists helplines.

checkins-prompt-title = Daily check-in
checkins-prompt = How are you today? Tap your mood — 1 very low, 5 very good — or use `/checkin` for the full form.

## Sharing: $name is the member's mention.
checkins-partner-title = Partner check-in
checkins-partner-checked-in = { $name } checked in: { $checkin }.
checkins-partner-updated = { $name } updated today's check-in: { $checkin }.
checkins-partner-high = Their craving is high today ({ $craving }/10) — they may appreciate you reaching out.
checkins-channel-named = { $name } checked in today: { $checkin }.
checkins-channel-anonymous = A member checked in today: { $checkin }.

## /checkin summary and the weekly summary
checkins-summary-title = Your check-ins
checkins-summary-none = No check-ins in the last 30 days yet. Your first one: `/checkin mood:4 craving:2`.
# $average: a number with one decimal, $scale: 5 or 10
checkins-average = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }/{ $scale }
# $days: 7, 30 or 90; $count: days with a check-in; $mood and $craving: checkins-average or —
checkins-summary-period = **Last { $days } days:** checked in { $count } of { $days } days · mood { $mood } · craving { $craving }
checkins-trend-lower = Cravings were lower this week than in the weeks before.
checkins-trend-higher = Cravings were higher this week than in the weeks before — be gentle with yourself, and reach out if it helps.
checkins-trend-steady = Cravings were about the same this week as in the weeks before.
cmd-checkin-summary-description = The last 7, 30 and 90 days, with charts

## The summary's chart. $first and $last: short dates (7 Dec); $year: 2026.
checkins-chart-title = Your check-ins, { $first } to { $last } { $year }
checkins-chart-mood = Mood (1 very low to 5 very good)
checkins-chart-craving = Craving (0 none to 10 very strong)
checkins-chart-gap = A gap in a line is a day without a check-in.

## /checkin patterns. $days: 30 or 90; $average and $other: averages with
## one decimal at most; $tag: a trigger as the member named it.
cmd-checkin-patterns-description = Your own trends over 30 or 90 days, in words — only you see them
checkins-patterns-title = Your patterns, last { $days } days — only you see this
checkins-patterns-chart-title = Your cravings, last { $days } days
checkins-patterns-by-weekday = Average craving by weekday
checkins-patterns-by-trigger = Average craving by trigger
checkins-patterns-chart-note = The dark line is your average craving. Only you see this.
checkins-patterns-nothing-named = Nothing named yet
checkins-patterns-name-triggers = Name what weighed on you with a check-in to see what it does to your cravings: `/checkin mood:3 craving:6 triggers:stress`.
# $count: check-ins with a craving so far; $needed: how many are needed (5)
checkins-patterns-too-few = Not enough check-ins with a craving in the last { $days } days to see patterns yet ({ $count } so far; { $needed } are needed). Keep checking in — patterns show up after a couple of weeks.
# $count: check-ins naming $tag; $total: all check-ins in the period
checkins-patterns-most-named = You named '{ $tag }' most often: with { $count } of your { $total } check-ins.
checkins-patterns-steady = Your cravings were about the same across days and triggers (around { NUMBER($average, maximumFractionDigits: 1) } on average) — no day or trigger stands out.
# $day: mon … sun; $part: morning, afternoon, evening, night, or all (the whole day)
checkins-patterns-weekday = Cravings are higher on { $part ->
        [morning] { $day ->
            [mon] Monday
            [tue] Tuesday
            [wed] Wednesday
            [thu] Thursday
            [fri] Friday
            [sat] Saturday
           *[sun] Sunday
        } mornings
        [afternoon] { $day ->
            [mon] Monday
            [tue] Tuesday
            [wed] Wednesday
            [thu] Thursday
            [fri] Friday
            [sat] Saturday
           *[sun] Sunday
        } afternoons
        [evening] { $day ->
            [mon] Monday
            [tue] Tuesday
            [wed] Wednesday
            [thu] Thursday
            [fri] Friday
            [sat] Saturday
           *[sun] Sunday
        } evenings
        [night] { $day ->
            [mon] Monday
            [tue] Tuesday
            [wed] Wednesday
            [thu] Thursday
            [fri] Friday
            [sat] Saturday
           *[sun] Sunday
        } nights
       *[all] { $day ->
            [mon] Mondays
            [tue] Tuesdays
            [wed] Wednesdays
            [thu] Thursdays
            [fri] Fridays
            [sat] Saturdays
           *[sun] Sundays
        }
    }: { NUMBER($average, maximumFractionDigits: 1) } on average, against { NUMBER($other, maximumFractionDigits: 1) } on other days.
# $count: days the trigger was named
checkins-patterns-trigger = After '{ $tag }' your craving averages { NUMBER($average, maximumFractionDigits: 1) } ({ $count ->
        [one] { $count } day
       *[other] { $count } days
    }), against { NUMBER($other, maximumFractionDigits: 1) } on days without it.
# A weekday's bar in the chart
checkins-weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}

## Triggers named wrongly ($tag: as typed; $offered: the community's list)
checkins-triggers-bad-name = “{ $tag }” is not a trigger name: use up to 32 letters, digits, spaces, ' or -, separated by commas — `/mod triggers stress, loneliness, work, family` (or `/mod triggers default`)
checkins-triggers-empty = give the triggers separated by commas — `/mod triggers stress, loneliness, work, family` (or `/mod triggers default`)
# $count: triggers given; $most: the most a list holds (25)
checkins-triggers-too-many = that is { $count } triggers; a list holds at most { $most } so the check-in form can offer them all — `/mod triggers stress, loneliness, work, family` (or `/mod triggers default`)
# $first and $last: the first and last of the community's triggers
checkins-triggers-not-offered = “{ $tag }” is not one of this community's triggers: { $offered } — for example `/checkin mood:3 craving:6 triggers:{ $first },{ $last }`

# The member's home (Slack App Home): this section's heading.
checkins-home-title = Today's check-in
# The home's buttons under it: one tap checks in with that mood (1 very low – 5 very good).
checkins-home-mood-1 = Mood 1
checkins-home-mood-2 = Mood 2
checkins-home-mood-3 = Mood 3
checkins-home-mood-4 = Mood 4
checkins-home-mood-5 = Mood 5

## /mod stats: each figure's name (the count follows it).
checkins-figure-week = check-ins this week
checkins-figure-reminders = members with reminders
# $tag: a trigger as the community's list writes it; $days: 30
checkins-figure-trigger = check-ins naming '{ $tag }' (last { $days } days)

## The default triggers (a community that set none offers these), one word each:
## members read and type them in their language; stored as the English code.
checkins-trigger-stress = stress
checkins-trigger-loneliness = loneliness
checkins-trigger-conflict = conflict
checkins-trigger-celebration = celebration
checkins-trigger-boredom = boredom
checkins-trigger-tiredness = tiredness
checkins-trigger-place = place
checkins-trigger-people = people

# The commands' examples in /help and usage errors: only the member's own words change.
cmd-checkin-example = /checkin mood:4 craving:2 sober:yes note:"long day" triggers:stress,people
cmd-mod-triggers-example = /mod triggers stress, loneliness, work, family

## Each form field's name in a problem with what was typed (bot/forms.py): English
## begins the sentence with it, so it is capitalised as a sentence starts.
checkins-field-mood = Mood
checkins-field-craving = Craving
checkins-field-sober = Sober today
checkins-field-note = The note
checkins-field-triggers = Triggers
