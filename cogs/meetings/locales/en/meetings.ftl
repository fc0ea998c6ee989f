## /meeting (cogs/meetings): what members read about meetings, in replies,
## channel posts and private reminders.
## Translators: keep every `/command`, option name (remind:, channel:) and
## code-formatted token in English: they are what members type. { $title },
## { $link }, { $phone } and { $passcode } are a moderator's own text;
## { $start } and { $relative } are times each reader's app shows in their own
## time; { $id } is a meeting's number.

cmd-meeting-list-description = The next 7 days of meetings, in your own time

## A meeting's number, when none has it (every /meeting command that takes one).
meetings-not-found = there is no meeting #{ $id }; see `/meeting list`

## /meeting list
meetings-list-none = No meetings in the next 7 days.
meetings-list-heading = Meetings in the next 7 days (in your time):
meetings-list-item = { $start } — **{ $title }** (#{ $id })
meetings-list-item-cancelled = { $start } — **{ $title }** (#{ $id }) — cancelled this time

## A meeting's details, in the list, its announcement and a member's reminder.
meetings-join = Join: { $link }
# $types: the Meeting Guide type names ("Open, Discussion")
meetings-type = Type: { $types }
meetings-language = Language: { $language }
# $length: a meetings-lead-* time ("1 hour and 30 minutes")
meetings-length = Length: { $length }
meetings-dial-in = Dial in: { $phone }
meetings-passcode = Passcode: { $passcode }
meetings-passcode-ask = Passcode: ask Haven privately — `/meeting list`

## A length of time, as people say it ("1 day and 2 hours"), built from these.
meetings-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
meetings-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
meetings-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
meetings-lead-two = { $first } and { $second }
meetings-lead-three = { $first }, { $second } and { $third }

## The three answers: the announcement's buttons and counts.
meetings-going = Going
meetings-maybe = Maybe
meetings-not-going = Not going
meetings-counts = Going: { $going } · Maybe: { $maybe } · Not going: { $no }

## The announcement posted in the meeting's channel before each start.
meetings-starts = Starts { $relative } — { $start }
meetings-late = _Posted a little late — Haven was briefly offline. There's still time._
meetings-footer = Meeting #{ $id } · `/meeting rsvp { $id } going`
# Posted instead of the reminder when moderators cancel one meeting; $day: its date.
meetings-cancelled-note = No meeting this week: **{ $title }** on { $day } is cancelled. See you next time.

## The private reminder of a member who said they're going.
meetings-going-starts = **{ $title }** starts { $relative } — { $start }.
meetings-going-see-you = You said you're going — see you there. If plans change, that's okay: `/meeting rsvp { $id } no`

## /meeting rsvp and the announcement's buttons.
# $lead: a meetings-lead-* time ("30 minutes")
meetings-rsvp-going = You're going to **{ $title }** on { $start }. I'll send you a private reminder { $lead } before. Only the counts are shown to others.
meetings-rsvp-going-soon = You're going to **{ $title }** on { $start } — it starts soon, so there's no separate reminder. Only the counts are shown to others.
meetings-rsvp-maybe = Marked as maybe for **{ $title }** on { $start }. No pressure — come if you can. Only the counts are shown to others.
meetings-rsvp-no = Marked as not going to **{ $title }** on { $start }. Thanks for letting us know. Only the counts are shown to others.
meetings-rsvp-no-upcoming = **{ $title }** has no upcoming meeting to answer for
# $answer: going, maybe or no, the answer that stays; $wait: how long to wait ("in 4 minutes", said by Babel)
meetings-rsvp-too-often = You've changed your answer for **{ $title }** several times in a few minutes, so it stays **{ $answer ->
    [going] going
    [maybe] maybe
   *[no] not going
}** for now. You can change your answer again { $wait }.
meetings-rsvp-remind-going-only = remind: is for going — the private reminder goes to members going
meetings-button-gone = That button no longer does anything. Try `/meeting list`.

## /meeting find: ours and imported meetings, soonest first.
cmd-meeting-find-description = The next meetings that match, ours and imported ones, in your time
# $filters: what the member asked for ("Open, in Spanish, online")
meetings-find-none = No meetings in the next { $within } hours. Try within:168 for the whole week, or fewer types.
meetings-find-none-filtered = No meetings ({ $filters }) in the next { $within } hours. Try within:168 for the whole week, or fewer types.
meetings-find-heading = Next meetings (in your time):
meetings-find-heading-filtered = Next meetings ({ $filters }) (in your time):
meetings-find-in-language = in { $language }
meetings-find-online = online
# $when: "now", or how soon as the member's app shows it
meetings-find-item = { $start } ({ $when }) — **{ $name }**
meetings-find-item-ours = { $start } ({ $when }) — **{ $name }** (#{ $id } · `/meeting rsvp { $id } going`)
meetings-find-now = now
meetings-find-dial-in = dial in { $phone }
meetings-find-more = …and { $count } more; narrow with types: or within:.

## /meeting types (the type names are the Meeting Guide spec's own).
cmd-meeting-types-description = The meeting type codes (Meeting Guide's) and what they mean
meetings-types-heading = Meeting types (use the codes in types:O,D,ONL):

# The member's home (Slack App Home): this section's heading.
meetings-home-title = Next meetings

## calendar and subscriptions
## /meeting calendar and its file, /meeting subscribe and the calendar it
## serves, the private message to members going to a removed meeting, and the
## Meeting Guide type names.
## The words inside a calendar file are plain text: no **bold** or `code`
## there. A calendar served to a subscription is in its member's own choice
## (/haven language), else the community's language.

cmd-meeting-calendar-description = An iCalendar (.ics) file of the community's meetings
meetings-calendar-none = There are no meetings yet, so there is no calendar to give.
# $count: how many meeting series the attached file holds
meetings-calendar-file = { $count ->
    [one] { $count } meeting series — open the file to add it to your calendar.
   *[other] { $count } meeting series — open the file to add them to your calendar.
}
# Inside the file: the calendar's name in the member's calendar app;
# $community: the community's name (or "Haven")
meetings-calendar-name = { $community } meetings
# Inside the file: lines of a meeting's description (plain text).
meetings-calendar-dial-in = Dial in: { $phone }
meetings-calendar-passcode = Passcode: { $passcode }

## /meeting subscribe
cmd-meeting-subscribe-description = A private calendar link that stays current: mine (going), all, or revoke
# $link: the private webcal:// link, shown once
meetings-subscribe-link-mine = Your private calendar link (the meetings you're going to): { $link }
meetings-subscribe-link-all = Your private calendar link (every community meeting): { $link }
meetings-subscribe-how = Add it to your calendar app as a subscription. It is yours alone — anyone with it can see these meetings. `/meeting subscribe revoke` ends it.
meetings-subscribe-replaced = Your earlier link for this calendar no longer works.
meetings-subscribe-nothing-to-revoke = You have no calendar links; there was nothing to revoke.
meetings-subscribe-revoked = { $count ->
    [one] Revoked { $count } calendar link: calendars using it stop updating.
   *[other] Revoked { $count } calendar links: calendars using them stop updating.
}
meetings-subscribe-no-address = Haven has no public address yet, so it cannot give calendar links: the operator sets HAVEN_PUBLIC_URL (for example https://haven.example.org) and serves HAVEN_HTTP_PORT there. Meanwhile `/meeting calendar` gives a file.

## The private message to each member going to a meeting moderators remove.
meetings-removed-note = **{ $title }** on { $start } won't take place: the moderators have removed this meeting from Haven, and your RSVP and its reminder with it. `/meeting list` shows the meetings still coming up.

## Meeting Guide type names (`/meeting types`, "Type: Open, Discussion").
## Spanish, French and Portuguese are the Meeting Guide spec's own, from
## code4recovery/spec data/types.json (commit 404117a, March 2026); English is
## the spec's too. ONL (Online) and GER (German: the spec's DE) are Haven's codes;
## ONL is not in the spec, so each catalogue names it itself. One plain
## misspelling in the spec is corrected (es TR "tradicion"). The spec's
## Portuguese is European: pt-BR adapts the names Brazilians say differently
## (its catalogue lists them and why). The spec has no German: de's names are
## Haven's, in German meeting lists' own words (sources in its catalogue).
meetings-type-name-11 = 11th Step Meditation
meetings-type-name-12x12 = 12 Steps & 12 Traditions
meetings-type-name-A = Secular
meetings-type-name-ABSI = As Bill Sees It
meetings-type-name-AL = Concurrent with Alateen
meetings-type-name-AL-AN = Concurrent with Al-Anon
meetings-type-name-ASL = American Sign Language
meetings-type-name-B = Big Book
meetings-type-name-BA = Babysitting Available
meetings-type-name-BE = Newcomer
meetings-type-name-BI = Bisexual
meetings-type-name-BRK = Breakfast
meetings-type-name-C = Closed
meetings-type-name-CAN = Candlelight
meetings-type-name-CF = Child-Friendly
meetings-type-name-D = Discussion
meetings-type-name-DB = Digital Basket
meetings-type-name-DD = Dual Diagnosis
meetings-type-name-DR = Daily Reflections
meetings-type-name-EN = English
meetings-type-name-FF = Fragrance Free
meetings-type-name-FR = French
meetings-type-name-G = Gay
meetings-type-name-GER = German
meetings-type-name-GR = Grapevine
meetings-type-name-H = Birthday
meetings-type-name-HE = Hebrew
meetings-type-name-ITA = Italian
meetings-type-name-JA = Japanese
meetings-type-name-KOR = Korean
meetings-type-name-L = Lesbian
meetings-type-name-LGBTQ = LGBTQ
meetings-type-name-LIT = Literature
meetings-type-name-LS = Living Sober
meetings-type-name-M = Men
meetings-type-name-MED = Meditation
meetings-type-name-N = Native American
meetings-type-name-NDG = Indigenous
meetings-type-name-O = Open
meetings-type-name-ONL = Online
meetings-type-name-OUT = Outdoor
meetings-type-name-P = Professionals
meetings-type-name-POA = Proof of Attendance
meetings-type-name-POC = People of Color
meetings-type-name-POL = Polish
meetings-type-name-POR = Portuguese
meetings-type-name-PUN = Punjabi
meetings-type-name-RUS = Russian
meetings-type-name-S = Spanish
meetings-type-name-SEN = Seniors
meetings-type-name-SM = Smoking Permitted
meetings-type-name-SP = Speaker
meetings-type-name-ST = Step Study
meetings-type-name-T = Transgender
meetings-type-name-TC = Location Temporarily Closed
meetings-type-name-TR = Tradition Study
meetings-type-name-W = Women
meetings-type-name-X = Wheelchair Access
meetings-type-name-XB = Wheelchair-Accessible Bathroom
meetings-type-name-XT = Cross Talk Permitted
meetings-type-name-Y = Young People

## moderators
## The moderators' /meeting commands: add, skip, remove, mirror, public, feed,
## import, sync and feeds. { $channel } is a channel's id inside <#…> (the
## platform shows its name); { $host } is a feed's web address's host;
## { $days } are the weekday codes the moderator typed (mon/thu); { $zone } a
## time zone's name (America/New_York). Keep them as they are.

cmd-meeting-add-description = Add a recurring meeting (reminders 60 and 10 minutes before by default)
cmd-meeting-skip-description = Cancel one meeting (a short note goes out instead of the reminder)
cmd-meeting-remove-description = Delete a meeting series and its pending reminders
cmd-meeting-mirror-description = Mirror each meeting's next occurrence as a scheduled event (Discord)
cmd-meeting-import-description = Import a Meeting Guide (12 Step Meeting List) or NA BMLT feed into /meeting find
cmd-meeting-sync-description = Bring imported feeds up to date now (all, or one by its id)
cmd-meeting-feeds-description = The imported feeds, when each last synced; remove:<id> drops one and its meetings
cmd-meeting-public-description = List a meeting in the community's public feed, or take it out
cmd-meeting-feed-description = Serve the meetings marked public:yes as a Meeting Guide feed (key: to restrict it)

## Where a meeting's reminders go.
meetings-no-channel = there is no announcements channel yet: set one with `/mod channel announcements #channel`, or pass channel:#channel
meetings-cannot-post = I can't post in <#{ $channel }> — give Haven permission to send messages there, or choose another channel with channel:#...

## /meeting add
# $count: the meetings the community has; $most: how many Haven keeps.
meetings-add-limit = This community has { $count } meetings; Haven keeps at most { $most }. Remove one you no longer need with `/meeting remove <id>` (for example `/meeting remove 12`), then add this one again.
# The series in a line. $time: its start (19:00); $leads: meetings-lead-* times joined ("1 hour, 10 minutes"); $weeks: every how many weeks.
meetings-added = Added **{ $title }** (#{ $id }): { $days } at { $time } { $zone }, { $weeks ->
    [one] every week
   *[other] every { $weeks } weeks
}; announced in <#{ $channel }> { $leads } before.
meetings-added-public = Listed in the public feed
meetings-added-first = First meeting: { $start }.

## The scheduled-event mirror, after add, skip and /meeting mirror.
meetings-mirrored = Its next meeting is mirrored as a scheduled event.
meetings-mirror-failed = I couldn't update its scheduled event just now; I'll try again at the next meeting.
meetings-mirror-unavailable = This platform has no scheduled events, so there is nothing to mirror. Announcements and `/meeting calendar` work as before.
# $done of $count meetings now have their event.
meetings-mirror-on = Mirror on: each meeting's next occurrence is a scheduled event ({ $done } of { $count } now). Haven's schedule stays the source of truth — edits made to the events themselves are overwritten.
meetings-mirror-off = Mirror off: removed { $done ->
    [one] { $done } scheduled event.
   *[other] { $done } scheduled events.
}
meetings-mirror-some-failed = { $count ->
    [one] { $count } could not be updated just now; I'll try again at each meeting.
   *[other] { $count } could not be updated just now; I'll try again at each meeting.
}

## /meeting skip. $day: the date the moderator typed, as the language writes it (Thursday, December 24, 2026).
meetings-skip-not-that-day = **{ $title }** does not meet on { $day }; see `/meeting list`
meetings-skip-started = the meeting on { $day } has already started
meetings-skip-already = **{ $title }** on { $day } is already cancelled.
meetings-skip-done = Cancelled **{ $title }** on { $start }. A short note replaces its reminder.

## /meeting remove. $going: members who had said they were going; $told: those a private message reached.
meetings-removed = Removed **{ $title }** (#{ $id }) and its pending reminders.
meetings-removed-going-untold = { $going ->
    [one] { $going } member had said they were going: none could be told.
   *[other] { $going } members had said they were going: none could be told.
}
meetings-removed-going-told = { $going ->
    [one] { $going } member had said they were going: { $told } told by private message.
   *[other] { $going } members had said they were going: { $told } told by private message.
}
# Some going members were told, $missed were not.
meetings-removed-going-some = { $going ->
    [one] { $going } member had said they were going: { $told } told by private message, { $missed } couldn't be reached by DM (closed or gone).
   *[other] { $going } members had said they were going: { $told } told by private message, { $missed } couldn't be reached by DM (closed or gone).
}

## Posted in the moderators' channel (in the community's language) when a meeting's reminders cannot go out.
meetings-cannot-post-note = Reminders for **{ $title }** (meeting #{ $id }) are not being posted: I can't post in <#{ $channel }>. Give Haven permission to send messages there, or move the meeting: `/meeting remove { $id }`, then `/meeting add` it again with channel:#...

## /meeting public and /meeting feed
meetings-public-off = **{ $title }** is no longer in the public feed.
meetings-public-on = **{ $title }** is listed in the public feed (its passcode never is).
meetings-public-not-weekly = Meeting Guide feeds have no every-n-weeks meetings, so it is left out there.
meetings-no-public-url = Haven has no public address yet, so it cannot give links: the operator sets HAVEN_PUBLIC_URL (for example https://haven.example.org) and serves HAVEN_HTTP_PORT there.
meetings-feed-already-off = The public feed is already off.
meetings-feed-off = The public feed is off: its address now answers 404.
# $url: the feed's address (with ?key=<your key> when it has a key).
meetings-feed-on = The public feed is on: { $url }
meetings-feed-on-key = The public feed is on: { $url }?key=<your key>
meetings-feed-lists = { $count ->
    [one] It lists { $count } meeting marked public (`/meeting public <id> yes`); passcodes are never in it.
   *[other] It lists { $count } meetings marked public (`/meeting public <id> yes`); passcodes are never in it.
}

## /meeting import. $format: "Meeting Guide" or "BMLT" (names); $result: a meetings-feed-result line.
meetings-import-twice = that feed is imported already; `/meeting sync` brings it up to date
meetings-import-limit = this community has { $count } feeds; remove one first with `/meeting feeds remove:<id>`
# $problem: a meetings-feed-error-* reason.
meetings-import-failed = Nothing was imported: { $problem }.
meetings-import-usage = Usage: `/meeting import <url> [key:<sharing key>] [tz:<zone>] [types:<codes>] [within:<zone or region>]`
meetings-import-too-many = Nothing was imported: the feed has { $count } meetings and this community already lists { $listed }; Haven keeps at most { $most }. Narrow it with within:<region> or types:<codes>.
meetings-imported = Imported feed #{ $id } ({ $format }, { $host }): { $result }.
meetings-imported-next = `/meeting find` shows its meetings; it syncs again every { $hours } hours, or now with `/meeting sync`.

## /meeting sync and /meeting feeds
meetings-sync-no-feed = there is no imported feed #{ $id }; see `/meeting feeds`
meetings-sync-no-feeds = no feeds are imported yet; add one with `/meeting import <url>`
meetings-sync-line = Feed #{ $id } ({ $host }): { $result }
meetings-feeds-removed = Removed feed #{ $id } ({ $host }) and its meetings.
meetings-feeds-none = No feeds are imported. Add one with `/meeting import <url>`.
meetings-feeds-heading = Imported feeds:
# $when: when it last synced, as the reader's app shows it; $result: what that sync did.
meetings-feeds-item = #{ $id } { $host } — synced { $when }: { $result }
meetings-feeds-item-never = #{ $id } { $host } — synced never: { $result }

## What a sync did (also kept, in the community's language, for /meeting feeds).
meetings-feed-result = { $added } added, { $updated } updated, { $removed } removed, { $unchanged } unchanged
# $reasons: meetings-feed-skip-reason items joined with "; ".
meetings-feed-result-skipped = { $added } added, { $updated } updated, { $removed } removed, { $unchanged } unchanged; { $skipped } skipped ({ $reasons })
# How many of the feed's entries were left out, and why.
meetings-feed-skip-reason = { $count } { $reason ->
    [inactive] inactive
    [temporarily-closed] temporarily closed
    [no-name] no name
    [no-valid-day] no valid day
    [no-valid-time] no valid time
    [no-slug] no slug
    [unknown-zone] unknown time zone
    [no-zone] no time zone (give tz:<zone> to import these)
    [not-a-meeting] not a meeting
    [listed-twice] listed twice
   *[outside-filter] outside your filter
}
meetings-feed-not-synced = not synced: { $problem }; nothing changed
meetings-feed-too-many = not synced: it now lists { $count } meetings, more than this community's room for { $most }; nothing changed
meetings-feed-removed-meanwhile = removed meanwhile

## Why a feed could not be read. $host: the address's host.
meetings-feed-error-private = { $host } is a private or local address; Haven only reads feeds on the public internet
meetings-feed-error-unreadable = that address cannot be read; check it and try again
meetings-feed-error-scheme = a feed's address must start with https:// or http://
meetings-feed-error-password = a feed's address may not hold a user name or password
meetings-feed-error-localhost = localhost is not on the public internet; use the feed's public address
# $status: an HTTP status number (404).
meetings-feed-error-status = the feed's server answered HTTP { $status }
meetings-feed-error-redirects = the feed redirected more than { $count } times
meetings-feed-error-timeout = the feed did not answer within { $seconds } seconds
# $problem: the network error's name (ClientConnectorError).
meetings-feed-error-unreachable = the feed could not be reached ({ $problem }); check the address
meetings-feed-error-not-json = the address did not return JSON — is it the feed itself (for 12 Step Meeting List: …/wp-admin/admin-ajax.php?action=meetings) and not a web page?
meetings-feed-error-too-big = the feed is larger than { $megabytes } MB
meetings-feed-error-not-a-list = the feed is not a list of meetings (a Meeting Guide feed is a JSON list of meetings; a BMLT one is the result of switcher=GetSearchResults)
meetings-feed-error-too-long = the feed lists { $count } entries; Haven reads at most { $most }
meetings-feed-error-empty = the feed lists no meetings
meetings-feed-error-no-meetings = none of the feed's { $count } entries is a meeting in the Meeting Guide or BMLT format (each needs a name, a day and a time)

## Option errors of /meeting add (English until the engine's parsing knows the member's language). $value: what was typed.
meetings-option-weekday = “{ $value }” is not a weekday; use mon, tue, wed, thu, fri, sat or sun
meetings-option-weeks = “{ $value }” is not a number of weeks; write it like 2w
meetings-option-weeks-range = every { $weeks } weeks is not possible; use 1w to { $most }w
meetings-option-link-length = that link is { $length } characters; the most is { $most }
meetings-option-link = “{ $value }” is not a web link; it must start with https:// or http:// and have no spaces or <, >, |
meetings-option-phone = “{ $value }” is not a phone number; use digits, + and - (and , * # for pauses and codes), like +15550100,,123456#

## descriptions
cmd-meeting-rsvp-description = Going, maybe or no for the next meeting of a series; going: a private reminder, 10 min before

## /mod stats: each figure's name (the count follows it).
meetings-figure-series = meetings
meetings-figure-rsvps = RSVPs this week

## A meeting type or language code typed wrongly (/meeting add, /meeting find). $codes: the wrong ones, quoted; $examples: codes with their names.
meetings-option-types-empty = this needs type codes, for example O,D,ONL
meetings-option-types-many = that is { $count } types; the most is { $most }
meetings-option-types-unknown = { $count ->
    [one] { $codes } is not a meeting type
   *[other] { $codes } are not meeting types
}; use Meeting Guide codes such as { $examples } — `/meeting types` lists them all
meetings-option-language = “{ $value }” is not a language code; write it like en, es or fi

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-meeting-add-example = /meeting add title:"Evening circle" day:mon,thu time:19:00 tz:America/New_York link:https://meet.example.org/circle duration:90 types:O,D
