## /sober: sober-day counters and milestones (cogs/sober). Warm and never
## competitive; a new start is a new start: no word calls it failing.
## Dates arrive as { $date }, written as the language does ("January 2, 2025"); a
## counter's name as { $label }, already escaped. Keep `/sober …` as it is.

cmd-sober-set-description = Start a counter, or move its start date (backfill)
cmd-sober-set-date-description = your start date
cmd-sober-set-label-description = which counter (default sobriety)
cmd-sober-set-note-description = a private note
cmd-sober-show-description = Your days, the next milestone and how far it is
cmd-sober-show-label-description = which counter (default sobriety)
cmd-sober-cost-description = Money and time back: what it cost a day (off unless you set it)
cmd-sober-cost-amount-description = what you spent a day, or off
cmd-sober-cost-currency-description = ISO 4217 code, like EUR
cmd-sober-cost-hours-description = hours a day it took
cmd-sober-cost-label-description = which counter (default sobriety)
cmd-sober-reset-description = A new start; the run so far stays in your history
cmd-sober-reset-label-description = which counter (default sobriety)
cmd-sober-reset-date-description = the new start
cmd-sober-reset-note-description = a private note
cmd-sober-history-description = Past runs with their lengths
cmd-sober-history-label-description = which counter (default sobriety)
# (/sober share's own description is longer than 100 characters, Discord's most: not translated.)
cmd-sober-share-description = How your milestones are shared in the milestones channel, and whether you get milestone roles
cmd-sober-share-roles-description = whether you get the milestone roles moderators set (default off)
cmd-sober-remove-description = Delete one counter and its history (asks first)
cmd-sober-remove-label-description = the counter to delete
cmd-sober-count-description = Count your start day as day 0 (default) or as day 1
cmd-sober-morning-description = When milestone congratulations arrive (your local time; default 09:00)
cmd-sober-morning-time-description = local time of milestone messages
cmd-sober-roles-description = Moderators: a role granted at a milestone (where the platform has roles)
cmd-sober-roles-role-description = a role name, or off

## Lengths of time. $count is a number.
sober-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
sober-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
sober-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
sober-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
# Two or three of the lengths above, together: "1 year, 2 months and 3 days".
sober-two = { $first } and { $last }
sober-three = { $first }, { $second } and { $last }

## /sober show, and the summary /sober set and /sober reset end with.
# $days: sober-days; $duration: the same in weeks, months, years
sober-summary = **{ $days }** since { $date }
sober-summary-long = **{ $days }** ({ $duration }) since { $date }
sober-summary-named = **{ $label }**: { $summary }
# $milestone: a milestone's name ("90 days"); $left: days to go, a number
sober-summary-next = Next milestone: **{ $milestone }** on { $date } — { $left ->
    [one] { $left } day to go.
   *[other] { $left } days to go.
}
# $back: sober-back
sober-show-back = That is { $back }.
sober-no-counter = you have no counter yet; start one with `/sober set 2025-01-02`
sober-no-such-counter = you have no counter named { $label }; start one with `/sober set 2025-01-02 label:{ $label }`
# $names: the member's counters, "alcohol, sobriety"
sober-no-such-counter-yours = you have no counter named { $label }; yours: { $names }
sober-which-counter = which counter? You have: { $names } — add label:<name>

## /sober set
sober-too-many = you have { $limit } counters, the most there can be; `/sober remove` one first
sober-started = Your **{ $label }** counter is started.
# $last_end: the start of the member's newest run
sober-overlap = { $date } is before your new start on { $last_end }; it would overlap your history. To start over, `/sober remove` this counter and set it again
sober-already-starts = Your **{ $label }** counter already starts on { $date }.
sober-backfilled = Backfilled: your **{ $label }** counter now starts on { $date }.
sober-corrected = Corrected: your **{ $label }** counter now starts on { $date }.

## Money and time back (/sober cost). $money: an amount ("$4,380"); $hours: a number.
sober-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
sober-back-money = about { $money } back
sober-back-hours = about { $hours } back
sober-back-both = about { $money } and { $hours } back
sober-per-day-money = { $money } a day
sober-per-day-hours = { $hours } a day
sober-per-day-both = { $money } and { $hours } a day
sober-cost-off = Your **{ $label }** counter no longer counts money or time.
sober-cost-off-alone = `off` takes nothing else — `/sober cost off label:alcohol`
sober-cost-no-hours = with no money a day, give the hours it took — `/sober cost 0 hours:2`; or turn it off with `/sober cost off`
# $set_to: sober-per-day-*
sober-cost-set = Your **{ $label }** counter now counts { $set_to }. `/sober cost off` stops it; only you see it.
sober-cost-set-back = Your **{ $label }** counter now counts { $set_to }. So far that is { $back }. `/sober cost off` stops it; only you see it.

## /sober reset
sober-too-many-runs = your **{ $label }** counter keeps { $limit } runs, the most there can be. Start a new counter for your new start (`/sober set today label:<new name>`), or delete this one's history with `/sober remove`
sober-reset-before = { $date } is before this run's start on { $start }; to correct the start date use `/sober set <date>`
sober-new-start = Every day counts. Your new start is **{ $date }** on your **{ $label }** counter.
sober-new-start-kept = Every day counts. Your new start is **{ $date }** on your **{ $label }** counter. { $days ->
    [one] The 1 day before it stays in your history (`/sober history`) — it was real.
   *[other] The { $days } days before it stay in your history (`/sober history`) — they were real and they still matter.
}
sober-be-gentle = Be gentle with yourself today. If you'd like someone to talk to, `/sos` reaches your partners and `/crisis` lists help lines.
sober-sharing-paused = Nothing about this new start is posted: this counter's milestones stay between you and Haven for now. **Share your milestones again?**
sober-button-yes = Yes
sober-button-no = No
sober-share-again-gone = That button no longer does anything. Try `/sober share named` instead.
sober-kept-private = Your **{ $label }** milestones stay private: congratulations come to you alone. Whenever you'd like them shared again, `/sober share named` (or `anonymous`).
sober-resumed-private = Your milestones are private now (`/sober share` changes that).
sober-resumed-named = Your next **{ $label }** milestone will be celebrated in the milestones channel with your name, as before.
sober-resumed-anonymous = Your next **{ $label }** milestone will be celebrated in the milestones channel without your name, as before.

## /sober history
sober-history-title = Your history — only you see this
# $days: sober-days
sober-history-current = { $start } → today: { $days } and counting
sober-history-ended = { $start } → { $end }: { $days }
# $line: sober-history-current or -ended; $back: sober-back-*
sober-history-with-back = { $line } ({ $back })
sober-history-note = _your note_: { $note }
sober-history-end-note = _your note at the new start_: { $note }
sober-history-more = … and { $count } earlier runs (`/haven export`)
# The line of figures under a counter's name; $days: sober-days
sober-stats-current = current run { $days }
sober-stats-longest = longest { $days }
# $average: a number with at most one decimal; $runs: a number
sober-stats-average = average { $average } days over { $runs } runs

## /sober share
sober-share-usage = say how your milestones are shared, whether you get milestone roles, or both: `/sober share named`, `/sober share roles:on`
sober-share-private = Your milestones stay between you and Haven: a private message, nothing posted.
# $user: the member's mention
sober-share-named = When you reach a milestone, the milestones channel will read “{ $user } reached 90 days” (never which counter, never your notes).
sober-share-anonymous = When you reach a milestone, the milestones channel will read “A member reached 90 days” — no name, no counter, no notes.
sober-share-no-channel = This community has no milestones channel yet, so nothing is posted until a moderator sets one (`/mod channel milestones #channel`).
sober-roles-on = When you reach a milestone that has a role here, you get that role — everyone in the server can see it. `/sober share roles:off` stops new ones.
sober-roles-off = You get no milestone roles; the milestones themselves stay as you chose.
sober-roles-need-sharing = Roles are granted only while you share your milestones (`/sober share named` or `/sober share anonymous`); yours are private now, so no role is granted.

## /sober remove
sober-remove-ask = This deletes your **{ $label }** counter and its whole history, and cannot be undone.
sober-button-delete = Delete it
sober-button-keep = Keep it
sober-remove-gone = That counter is already gone. `/sober show` lists yours.
sober-remove-kept = Nothing was deleted; your **{ $label }** counter stays.
sober-remove-stale = That button no longer does anything. Try `/sober remove` again.
sober-removed = Your **{ $label }** counter and its history are deleted.

## /sober count and /sober morning
sober-count-from-zero = Your start day is day 0: one full day later you have 1 day. Milestones follow it.
sober-count-from-one = Your start day counts as day 1. Milestones follow it.
# $time: 07:30; $zone: the member's time zone (Europe/Madrid)
sober-morning-set = Milestone congratulations will arrive at { $time }, your time ({ $zone }).

## /sober roles (moderators). $milestone: a milestone's name; $role: as the moderator wrote it
sober-role-off = No role is granted at { $milestone } any more.
sober-role-set = Members who reach { $milestone } and have turned roles on (`/sober share roles:on`) will get the role **{ $role }**.
sober-role-set-no-roles = Members who reach { $milestone } and have turned roles on (`/sober share roles:on`) will get the role **{ $role }**. (This platform has no roles, so it is skipped here.)

## Milestones: the reply that reaches one today, the morning DM, the channel's post.
sober-reached-today = 🎉 Today is **{ $milestone }**! Every one of those days counted — take a moment to feel this one. Here is your chip.
# $when: today, today-late, yesterday or another day ($date)
sober-congratulation = 🎉 { $when ->
    [today] Today you reach
    [today-late] Today you reached
    [yesterday] Yesterday you reached
   *[date] On { $date } you reached
} **{ $milestone }** on your **{ $label }** counter (since { $start }). Every one of those days counted — take a moment to feel this one. Here is your chip.
sober-late-this-morning = _This note comes a little late this morning, but the milestone is just as real._
sober-late = _This note comes a little late, but the milestone is just as real._
# $back: sober-back-*
sober-given-back = That is { $back } — yours to keep.
sober-post-named = 🎉 { $user } reached **{ $milestone }**. Congratulations!
sober-post-anonymous = 🎉 A member reached **{ $milestone }**. Congratulations!
# The unit on the milestone chip, in capitals under the number.
sober-chip-unit = { $unit ->
    [week] { $count ->
        [one] WEEK
       *[other] WEEKS
    }
    [month] { $count ->
        [one] MONTH
       *[other] MONTHS
    }
    [year] { $count ->
        [one] YEAR
       *[other] YEARS
    }
   *[day] { $count ->
        [one] DAY
       *[other] DAYS
    }
}

# The member's home (Slack App Home): this section's heading.
sober-home-title = Sober days

## /mod stats: each figure's name (the count follows it).
sober-figure-counters = members with a counter
sober-figure-sharing = members who share milestones
# Only shown once five or more members share.
sober-figure-collective = collective days among members who share

## A value of /sober's own options typed wrongly. $option: the option's name; $value: what was typed, quoted; $most: the largest amount a day.
sober-option-not-a-label = { $option }: { $value } is not a counter name; use up to 40 letters, digits, spaces, - or _, like alcohol
sober-option-not-a-milestone = { $option }: { $value } is not a milestone; use 1d, 7d, 30d, 60d, 90d, 6m, 9m, 1y, 18m, or 2y, 3y ...
sober-option-not-an-amount = { $option }: { $value } is not an amount a day; give a number like 12 or 12.50 (up to { $most }), or off — for example `/sober cost 12.50 currency:EUR hours:2`
sober-option-not-a-currency = { $option }: { $value } is not a currency code; use the three letters of ISO 4217, like EUR, USD, GBP or JPY — `/sober cost 12 currency:EUR`
sober-option-not-hours = { $option }: { $value } is not hours a day; give a number from 0 to 24, like 2 or 1.5 — `/sober cost 12 hours:2`

# The commands' examples in /help and usage errors: only the member's own words change
# (a counter's name, a role's).
cmd-sober-set-example = /sober set 2025-01-02 label:alcohol
cmd-sober-show-example = /sober show label:alcohol
cmd-sober-cost-example = /sober cost 12.50 currency:EUR hours:2 label:alcohol
cmd-sober-reset-example = /sober reset label:alcohol date:2026-11-20
cmd-sober-history-example = /sober history label:alcohol
cmd-sober-remove-example = /sober remove label:alcohol confirm
cmd-sober-roles-example = /sober roles 90d 90 Days

# The default counter's name (stored as "sobriety"; a member's own counters keep their own names).
# A member may also type it to name that counter: /sober show label:sobriety
sober-default-label = sobriety
