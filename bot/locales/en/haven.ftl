## The engine's own words (bot/): error vocabulary and the language commands.
## Member text arrives in { $placeholders } already escaped; leave it as it is.

# A command typed wrongly: the reason (one line), then how to type it.
error-usage =
    { $reason }
    Usage: `{ $usage }`
    Example: `{ $example }`

## /haven language and /mod language. $language: a language's own name ("Español").
cmd-haven-language-description = Choose the language Haven speaks to you (auto: your app's)
cmd-haven-language-code-description = a language code (en, es, pt-br, fr, de), or auto
cmd-mod-language-description = The community's language, for members who chose none
cmd-mod-language-code-description = a language code (en, es, pt-br, fr, de)
language-chosen = Done: Haven speaks { $language } to you now. `/haven language auto` follows your app's language again.
language-auto = Done: Haven follows your app's language now, else this community's; right now that is { $language }.
language-community = Done: { $language } is this community's language now, for members who chose none and whose app's language Haven does not speak.

## Erasure (bot/erasure.py): /haven delete, and withdrawing consent.
erasure-confirm = This erases everything Haven holds about you here — counters, check-ins, RSVPs, partnerships — and cannot be undone.
erasure-erase-button = Erase everything
erasure-keep-button = Keep my data
erasure-done = Everything Haven held about you in this community is erased. Take care of yourself — you're welcome back any time.
erasure-cancelled = Nothing was erased.
erasure-button-gone = That button no longer does anything. Try `/haven delete` again.

## The privacy notice and the answers to it (bot/consent.py, bot/consent_handlers.py).
cmd-haven-consent-description = Read the privacy notice; agree, or withdraw (erases your data, after asking)
consent-title = Privacy notice
consent-agree-button = Agree
consent-decline-button = Decline
consent-withdraw-button = Withdraw…
# $version: the notice's version; $stored: what Haven keeps (consent-stores-list).
consent-notice = **Before Haven keeps anything about you** (privacy notice v{ $version })
    Haven is peer support, not counselling or a crisis service.
    - If you agree, Haven stores what you give it here: { $stored } — in this community only.
    - Notes you write are encrypted. Replies to you are private unless you choose to share.
    - Moderators see counts and settings, never your check-ins or notes.
    - `/haven export` gives you all of it; `/haven delete` or `/haven consent withdraw` erases it.
    If you are in crisis right now, use `/crisis`.
# What the engine keeps of every member: the first item of $stored.
consent-stores-zone = your time zone
# $first: the items but the last, joined by ", "; $last: the last ("sober dates").
consent-stores-list = { $first } and { $last }
# Before the notice. $waiting: commands as typed ("`/sober set`, `/checkin`"); $command: one, without its slash.
consent-first-one = First, a word on privacy — then I'll do that for you.
consent-first-many = First, a word on privacy — then I'll do these, in order: { $waiting } (up to { $limit } can wait).
consent-first-full = First, a word on privacy. { $limit ->
        [one] { $limit } command already waits
       *[other] { $limit } commands already wait
    } for your answer ({ $waiting }), so I won't keep /{ $command } — run it again once you agree.
consent-status-agreed = You agreed to notice v{ $version }.
consent-status-not-agreed = You have not agreed yet, so Haven stores nothing about you.
consent-agreed = Thank you — you're in. Everything you share stays private unless you choose otherwise.
consent-already-in = You're already in — thank you.
# $commands: as typed ("`/sober set`, `/checkin`").
consent-resumed = Now doing what you asked, in order: { $commands }.
consent-lapsed = Not done, as you asked over { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } ago — please run again: { $commands }.
consent-zone-tip = Tip: set your time zone so days count at your midnight: `{ $example }`
consent-declined = No problem — Haven stores nothing about you. `/help` and `/crisis` still work, and you can agree later with `/haven consent agree`.
consent-declined-dropped = So I did not run { $commands }.
consent-nothing-to-erase = You had not agreed, so there is nothing of yours to erase.
consent-withdraw-lead = Withdrawing your consent erases everything Haven holds about you here.

## The zone question (bot/zone_question.py), before a command that counts in the member's zone.
zone-question = One thing first: which time zone are you in? Your days and reminders count in it.
# $zone: an IANA zone the member's profile names.
zone-question-suggested = Your profile says **{ $zone }** — tap below to use it, or type yours:
zone-use-button = Use { $zone }
zone-question-type = Type yours, for example:
zone-question-then = Then I'll do what you asked.
# $platform: Slack, Discord.
zone-from-profile = I'm using { $zone } from your { $platform } profile — `/haven timezone` to change.

## Refusals the engine says itself (bot/app.py). $command: a command without its slash; $cog: a cog's name.
refusal-moderators-only = /{ $command } is for moderators. If you help run this community, ask an admin to give you the moderator role (`/mod role`).
refusal-cog-off = { $cog } is turned off in this community.
refusal-button-moderators-only = That button is for moderators.

## When Haven itself failed (bot/app.py, bot/storage.py). $ref: a reference to quote to the operator.
storage-away = Haven can't reach its storage right now; nothing was lost. Please try again in a few minutes. (`/crisis` and `/sos` work all the same.)
error-failure = Something went wrong on Haven's side, and nothing was changed. Please try again in a moment. (reference { $ref })

## The Slack App Home's first lines (adapters/slack/app.py).
slack-home-intro = **Haven** — peer support, privately. `/help` lists everything.
slack-home-consent = Haven stores nothing about you until you agree to a short privacy notice. Run `/haven consent` to read it.

## Reading a command's options (bot/options.py, bot/parsing.py): one line each,
## then the usage and its example (error-usage). $option: the option's name as
## typed (date, label:); $value: what the member typed, already quoted (“soon”);
## $example: how a value is written (08:30, @sam). Keywords members type
## (today, yes, no, YYYY-MM-DD, HH:MM) stay as they are.
option-text-empty = { $option }: this needs some text
option-text-too-long = { $option }: that is { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }; the most is { $most }
option-not-whole-number = { $option }: { $value } is not a whole number
# $range: the numbers allowed, as typed ("1-5").
option-number-below = { $option }: { $value } is below { $least }; use { $range }
option-number-above = { $option }: { $value } is above { $most }; use { $range }
option-not-a-date = { $option }: { $value } is not a date; write it as YYYY-MM-DD or today
option-not-a-calendar-day = { $option }: { $value } is not a day on the calendar
# $date, $earliest, $today: YYYY-MM-DD, as typed; $zone: the member's time zone.
option-date-too-early = { $option }: { $date } is before { $earliest }
option-date-in-future = { $option }: { $date } is in the future (today is { $today } in { $zone })
option-date-passed = { $option }: { $date } has already passed
option-not-a-time = { $option }: { $value } is not a time; write it as HH:MM, like { $example }
option-not-a-time-of-day = { $option }: { $value } is not a time of day (00:00 to 23:59)
# $choices: the words allowed, as typed ("private, named").
option-not-a-choice = { $option }: { $value } is not one of: { $choices }
option-not-yes-no = { $option }: { $value } is not yes or no
option-not-a-member = { $option }: { $value } is not a member; mention them like { $example }
option-not-a-channel = { $option }: { $value } is not a channel; write it like { $example }
option-list-empty-item = { $option }: { $value } has an empty item; separate items with commas
option-list-too-many = { $option }: that is { $count ->
        [one] { $count } item
       *[other] { $count } items
    }; the most is { $most }
# $accepted: the forms allowed, as typed ("HH:MM|off").
option-none-fits = { $option }: { $value } is not { $accepted }
# $reason: why the value is refused, one sentence (a time zone's, below, or a cog's).
option-reason = { $option }: { $reason }
# $quote: the closing quote mark to type.
parse-quote-not-closed = a quote is not closed; put a closing { $quote }
parse-too-long = that is { $count } characters; a command takes at most { $most }
# $name: an option's name, as typed.
parse-given-twice = { $name }: is given twice
parse-not-an-option = { $name }: is not an option of this command
# $known: the command's options as typed ("label:, note:").
parse-not-an-option-known = { $name }: is not an option of this command; this command takes { $known }
# $word: what the member typed, quoted.
parse-word-too-many = { $word } is one word too many
# $usage: the option as the usage line shows it (<YYYY-MM-DD>).
parse-missing = { $usage } is missing

## A time zone that is not a place (bot/zones.py). $value: what the member
## typed, quoted; $places: zones to choose from, as a list of alternatives
## ("Europe/Helsinki or Europe/Athens"). Zone names stay as they are.
zone-fixed-offset = { $value } is a fixed offset, not a place: it would not follow daylight saving time. Did you mean { $places }?
zone-offset-places = { $value } is a fixed offset, not a place: it would not follow daylight saving time. Places at that offset today: { $places }
zone-offset-nowhere = { $value } is a fixed offset, not a place, and no place is at it today. Write your place's zone, like Europe/Helsinki or America/New_York.
zone-not-a-name = { $value } is not a time zone name like Europe/Helsinki or America/New_York.
zone-not-a-name-did-you-mean = { $value } is not a time zone name like Europe/Helsinki or America/New_York. Did you mean { $places }?

## A command, button or form Haven does not know (bot/app.py). $command: what
## the member typed, without its slash; $group: a command group (sober).
unknown-command = /{ $command } is not a command I know. Try `/help`.
unknown-command-in-group = /{ $command } is not a command I know.
unknown-command-group = /{ $group } commands:
# One command of the group: $usage as typed; $help: its description.
unknown-command-line = `{ $usage }` — { $help }
unknown-command-off = /{ $group } is turned off on this Haven. Try `/help`.
unknown-button = That button no longer does anything. Try the command again.
unknown-form = That form has expired. Run the command again to open a new one.

# An abuse limit (bot/cooldown.py). $wait: when, as Babel says it ("in 4 minutes").
error-too-soon = You have reached the limit for now; you can try again { $wait }.

# A discreet member's lock screen and notifications (bot/naming.py): nothing
# about recovery or support, only the bot's $name ("Haven", or the operator's).
private-notice = You have a private message from { $name }

## Quiet hours typed wrongly (bot/quiet.py), said after the option's name. $example: 22:00-07:30.
quiet-hours-shape = quiet hours look like `{ $example }` (from-to, 24-hour clock)
quiet-hours-range = hours go from 00 to 23 and minutes from 00 to 59
quiet-hours-same = the quiet hours must start and end at different times

## A form's answers that do not fit (bot/forms.py): one sentence each, shown
## under the input (Slack) or listed in a private reply (Discord). $field is
## the field's name as the form's cog says it in these sentences (English:
## capitalised, as it begins them: "Mood", "The note"); $low, $high, $most,
## $count are numbers; $choices a list ("mon, tue, or sun"); $wrong the
## member's own pick. The words yes and no are what a typed form takes.
form-needed = { $field } is needed.
form-whole-number = { $field } must be a whole number.
form-whole-number-between = { $field } must be a whole number from { $low } to { $high }.
form-whole-number-at-least = { $field } must be a whole number, at least { $low }.
form-whole-number-at-most = { $field } must be a whole number, at most { $high }.
form-between = { $field } must be from { $low } to { $high }.
form-at-least = { $field } must be at least { $low }.
form-at-most = { $field } must be at most { $high }.
form-yes-or-no = { $field } must be yes or no.
form-too-many-picks = { $field } can be at most { $most } of the choices offered.
form-not-a-choice = { $field } can be { $choices }; “{ $wrong }” is not one of them.
form-among-choices = { $field } must be among the choices offered.
form-one-of = { $field } must be { $choices }.
form-one-of-offered = { $field } must be one of the choices offered.
form-too-long = { $field } can be at most { $most ->
        [one] { $most } character
       *[other] { $most } characters
    } — yours has { $count }.
## Above the problems of a form (Discord lists them in a private reply), its button.
form-problems-heading = Some answers need another look:
form-try-again = Try again
## A form's problems as a list of lines (the console; a rare race on Slack).
form-problems = The form has problems:
