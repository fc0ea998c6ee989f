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
# $answer: going, maybe or no, the answer that stays; $wait: a meetings-wait-* time
meetings-rsvp-too-often = You've changed your answer for **{ $title }** several times in a few minutes, so it stays **{ $answer ->
    [going] going
    [maybe] maybe
   *[no] not going
}** for now. You can change your answer again { $wait }.
meetings-wait-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
meetings-wait-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
meetings-wait-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
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
