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

## descriptions
cmd-meeting-rsvp-description = Going, maybe or no for the next meeting of a series; going: a private reminder, 10 min before
