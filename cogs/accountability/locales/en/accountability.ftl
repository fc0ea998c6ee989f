## /sos, its buttons and DMs, and /haven reasons (cogs/accountability).
## Translators: every sentence that says someone was told, has an alert or
## knows must stay exactly as true as here — never stronger ("has your
## alert" means the platform delivered it, not that they read it). Neutral
## wording: nobody is told why someone declined, left or was unavailable.
## Names arrive in { $name } and { $names } already escaped; keep every
## `/command` as written.

# Two or more names: $first is "alice, bob" (joined with ", "), $last "carol".
accountability-names = { $first } and { $last }

## Why a platform did not deliver a message ($why in the lines below).
accountability-why-closed = their direct messages are closed
accountability-why-gone = their account is no longer active
accountability-why-error = the message didn't go through

## /sos
cmd-sos-description = Reach out: crisis resources at once, and your partners alerted privately
accountability-sos-your-reasons = Your reasons:
accountability-sos-no-consent = Partners you find with `/partner` are alerted when you use `/sos`.
accountability-sos-unreachable = I can't reach your partners right now — please call or text someone directly. The resources above are there any time.
# $last, $again: a time the member's app shows ("5 minutes ago", "in 5 minutes"); $at: a clock time.
accountability-sos-too-soon = Your last alert went out { $last }; you can send another { $again } (at { $at }). The resources above are there right now.
accountability-sos-no-partners = You don't have partners yet, so no one was alerted.
accountability-sos-no-partners-moderators = You don't have partners yet, so no one was alerted. If you'd like, I can tell the moderators — only that someone asked for support, not who.
# $count: how many partners the private message reached; $names: who.
accountability-sos-by-dm = { $count ->
    [one] { $names } has your alert by private message.
   *[other] { $names } have your alert by private message.
}
accountability-sos-in-space = I couldn't reach { $name } by DM — { $why } — so I posted in the private space you share, mentioning them.
accountability-sos-not-reached = I couldn't reach { $name } — { $why } — and you share no private space where I could mention them.
accountability-sos-no-one = No one has your alert, so please call or text someone directly.
accountability-sos-offer-moderators = If you'd like, I can tell the moderators — only that someone asked for support, not who.
accountability-sos-moderator-button = Let a moderator know

## What a partner reads (in their own language), and their "I'm here" button.
accountability-sos-dm = { $name } could use a call right now. A message or call from you could mean a lot. Press **I'm here** so they know.
# $mention: the partner, mentioned in the private space the two share.
accountability-sos-space-post = { $mention } — { $name } could use a call right now. A message or call from you could mean a lot. Press **I'm here** so they know.
accountability-sos-here-button = I'm here
accountability-sos-here-first = { $name } is here for you — they pressed **I'm here**.
accountability-sos-here-too = { $name } is here for you too.
accountability-sos-here-closed = That alert is no longer open. Thank you for looking out.
accountability-sos-here-already = { $name } already knows you're there. Thank you.
accountability-sos-here-unreached = Thank you. I couldn't reach { $name } to say so — { $why } — so a call or a message from you matters all the more.
accountability-sos-here-told = Thank you — { $name } knows you're there.

## When no partner answered in time (a private message, then the helplines).
accountability-sos-no-answer = None of your partners has answered yet. You don't have to wait for them: these lines are there right now.
accountability-sos-no-answer-moderators = None of your partners has answered yet. You don't have to wait for them: these lines are there right now. If you'd like, I can tell the moderators that someone asked for support — not who.

## The anonymous note to the moderators, only when the member chooses it.
accountability-sos-moderators-stale = That button no longer does anything. `/sos` or `/crisis` any time.
accountability-sos-moderators-already = The moderators already know someone asked for support.
accountability-sos-moderators-done = Done — the moderators know someone asked for support; your name was not shared. `/crisis` is there any time.
accountability-sos-moderators-note = Someone asked for support.

## /haven reasons: a member's own reasons, shown to them with /sos.
cmd-haven-reasons-add-description = Keep a short reason of your own to stay on your path; /sos shows it to you
cmd-haven-reasons-list-description = Your own reasons, privately
cmd-haven-reasons-remove-description = Remove one of your reasons by its number in the list
# A refusal: like the others Haven gives, it starts in lower case.
accountability-reasons-full = you already keep { $max } reasons; remove one first (`/haven reasons list` shows their numbers)
accountability-reasons-kept = Kept (reason { $number } of at most { $max }). Only you see it — with the helplines, when you use `/sos`.
accountability-reasons-none = You keep no reasons yet. `/haven reasons add <a few words>` keeps one; `/sos` shows them to you when things are hard.
accountability-reasons-title = Your reasons
# A refusal, in lower case like the one above; $count may be 0.
accountability-reasons-no-such = { $count ->
    [one] you keep { $count } reason; `/haven reasons list` shows their numbers
   *[other] you keep { $count } reasons; `/haven reasons list` shows their numbers
}
accountability-reasons-removed = Removed reason { $number }. The others keep their order.

## The quiet nudge: a DM to a partner (in their language) when a member who shares
## check-ins with them has gone quiet. Gentle: never a reproach.
accountability-quiet-nudge = { $name } hasn't checked in for a few days — a friendly message might help.

## /partner list. $id: a pod's number, written in `pod:3` as members type it.
cmd-partner-list-description = Your partners and pods
accountability-list-title = Your partners and pods
accountability-list-pod = { $kind ->
    [pod] `pod:{ $id }` (pod) with { $names }
   *[pair] `pod:{ $id }` (partners) with { $names }
}
# $space: the private space, as the platform links it.
accountability-list-pod-space = { $kind ->
    [pod] `pod:{ $id }` (pod) with { $names } — space { $space }
   *[pair] `pod:{ $id }` (partners) with { $names } — space { $space }
}
accountability-list-asked = { $name } asked to partner with you: `/partner accept @{ $user }`
accountability-list-waiting = waiting for { $mention } to answer your request
accountability-list-pooled = you're in the pool, waiting to be matched into a pod
accountability-list-empty = No partners or pods yet. `/partner request @member` asks someone; `/partner pool join` lets Haven match you into a pod.

## /partner leave, and the neutral note the others get (in their language).
cmd-partner-leave-description = Leave a partnership or pod at any time; the others are told neutrally
accountability-leave-no-pod = you're not in pod:{ $id }; `/partner list` shows yours
# $who: what the member typed, as written.
accountability-leave-not-partners = you and @{ $who } aren't partners right now (pick them from the @ list as you type); to leave a pod, use its pod:id from `/partner list`
accountability-leave-done = Done — you've stepped away. The others get a short neutral note, no reason given.
accountability-leave-done-closed = Done — you've stepped away. The others get a short neutral note, no reason given. The shared space is closed.
accountability-left = { $kind ->
    [pod] { $name } has stepped away from your pod.
   *[pair] { $name } has stepped away from your partnership.
}
accountability-left-closed = { $kind ->
    [pod] { $name } has stepped away from your pod. Your shared space is now closed. `/partner pool join` can match you again.
   *[pair] { $name } has stepped away from your partnership. Your shared space is now closed. `/partner pool join` can match you again.
}

## /partner pool
cmd-partner-pool-description = Opt in (or out) of being matched into a small pod
accountability-pool-not-in = You weren't in the pool — nothing to change.
accountability-pool-left = You've left the pool; you won't be matched.
accountability-pool-already = You're already in the pool. A moderator's next match will place you in a pod.
accountability-pool-joined = You're in the pool. When moderators next match, you'll join a pod of 2–4 people whose local hours are close to yours, with a private space. `/partner pool leave` takes you out.
# A line of its own under the one above, for a member with no time zone set.
accountability-pool-tip = Tip: set your time zone (`/haven timezone Europe/Helsinki`) so Haven matches you with people awake when you are.

## /partner match and the scheduled match: counts only, never who.
cmd-partner-match-description = Moderators: form pods now from the pool (time-zone aware, avoids repeats)
accountability-match-too-few = Fewer than 2 members are in the pool, so no pods were formed.
accountability-match-formed = { $count ->
    [one] Formed { $count } pod from the pool.
   *[other] Formed { $count } pods from the pool.
}
accountability-match-left = { $count ->
    [one] { $count } member stays in the pool for next time.
   *[other] { $count } members stay in the pool for next time.
}
accountability-match-unreached = { $count ->
    [one] { $count } matched member couldn't be told by DM; they'll find the pod in `/partner list`.
   *[other] { $count } matched members couldn't be told by DM; they'll find the pod in `/partner list`.
}
accountability-match-scheduled-title = Scheduled pod matching
accountability-match-late = (This ran a little later than planned.)
# To each member matched, in their language.
accountability-matched = You've been matched into a pod with { $names }. Say hello when you're ready; `/partner leave` steps away at any time, no reason needed.
accountability-matched-space = You've been matched into a pod with { $names }. Your private space: { $space }. Say hello when you're ready; `/partner leave` steps away at any time, no reason needed.
accountability-no-new-pod = No new pod this week: everyone in the pool has already been in a pod with you or isn't available to you. You stay in the pool for the next match; `/partner pool leave` takes you out.

## /partner schedule
cmd-partner-schedule-description = Moderators: match the pool into pods every week at a local time (or off)
cmd-partner-schedule-day-description = day of the week, or off
cmd-partner-schedule-time-description = the community's local time
cmd-partner-schedule-size-description = pod size
accountability-schedule-not-scheduled = Pod matching wasn't scheduled — nothing to change.
accountability-schedule-off = Scheduled pod matching is off. `/partner match` still forms pods whenever you choose.
# A usage error's reason: lower case, one line.
accountability-schedule-no-time = give the time too, in the community's time zone, like 18:00
# $day: mon … sun; $at: "18:00"; $zone: a time zone's name ("Europe/Helsinki").
accountability-schedule-set = The pool will be matched into pods of about { $size } every { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } at { $at } ({ $zone }). Matched members are told privately; the moderators' channel, if set, gets counts only. `/partner schedule off` stops it.
# $next: the next match, as the member's app shows a date and time.
accountability-schedule-set-next = The pool will be matched into pods of about { $size } every { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } at { $at } ({ $zone }). The next is { $next }. Matched members are told privately; the moderators' channel, if set, gets counts only. `/partner schedule off` stops it.

## The welcome in a new private space (the community's language: several read it).
accountability-welcome-title = { $kind ->
    [pod] Welcome to your pod
   *[pair] Welcome to your partnership
}
accountability-welcome =
    This private space is for { $names } only.
    - What's said here stays here: please keep it confidential.
    - Peer support is not a substitute for professional help. In crisis? Use `/crisis` any time.
    - Anyone can step away at any time with `/partner leave`, no reason needed.
    - Need someone now? Press **SOS** or use `/sos` to alert your partners privately.
    Haven does not store or read what you write here.
accountability-welcome-sos-button = SOS

## /partner request: the answer reads the same whoever was named (a member,
## someone who never joined, someone whose DMs are closed) — keep it so.
## $mention: the person named, as the platform mentions them; $user: their id.
cmd-partner-request-description = Ask a member to be your accountability partner; they answer privately
accountability-request-self = you can't be your own partner — `/partner pool join` finds you one
accountability-request-partners = You and { $name } are already partners.
accountability-request-asked = You've already asked { $mention }. If they use Haven here, they can answer any time in the two weeks a request stays open.
accountability-request-they-asked = { $name } has already asked you — `/partner accept @{ $user }` to say yes.
# $again: a date and time the member's app shows.
accountability-request-declined = { $mention } isn't available right now. You can ask again from { $again }.
accountability-request-sent = If { $mention } uses Haven here, they'll get your request privately — by DM, or in `/partner list`. Nothing is set up unless they accept, and I'll let you know when they answer.
accountability-request-waiting = { $count ->
    [one] You have { $count } request waiting for an answer. Give it a little time — you can ask someone new once it is answered (or after two weeks).
   *[other] You have { $count } requests waiting for an answer. Give them a little time — you can ask someone new once one of them is answered (or after two weeks).
}
# $again: when, as the member's app shows it ("in 3 hours"); $at: a clock time.
accountability-request-daily = { $count ->
    [one] You've sent { $count } partner request in the last day. You can ask someone new { $again } (at { $at }).
   *[other] You've sent { $count } partner requests in the last day. You can ask someone new { $again } (at { $at }).
}
# The request, to the member asked (in their language).
accountability-request-dm-title = A partner request
accountability-request-dm = { $name } would like to be accountability partners with you. If you accept, Haven opens a private space just for the two of you. No reason is needed either way — if you decline, they only hear that you're not available right now.
accountability-request-accept-button = Accept
accountability-request-decline-button = Decline

## /partner accept and /partner decline (and the request's buttons).
cmd-partner-accept-description = Accept a partner request (the same as its Accept button)
cmd-partner-decline-description = Decline a partner request; they only hear you're not available
accountability-answer-closed = That request is no longer open.
# To the member who asked (in their language): never why.
accountability-declined-note = { $name } isn't available right now.
accountability-declined-unreached = Declined. I couldn't reach { $name }, so nothing was sent to them.
accountability-declined = Declined. { $name } only hears that you're not available right now.
accountability-accepted = You and { $name } are partners now.
accountability-accepted-ended = That partnership has ended since; nothing more to set up.
# To the member who asked (in their language).
accountability-accepted-note = { $name } accepted — you're partners now.
accountability-accepted-note-space = { $name } accepted — you're partners now. Your private space: { $space }.
# To the member who accepted, once the space is set up.
accountability-accepted-space-told = Your private space: { $space }. { $name } knows you said yes.
accountability-accepted-space-unreached = Your private space: { $space }. I couldn't tell { $name } by DM — { $why } — they'll see it in `/partner list`.
accountability-accepted-told = { $name } and you can find each other in `/partner list`. { $name } knows you said yes.
accountability-accepted-unreached = { $name } and you can find each other in `/partner list`. I couldn't tell { $name } by DM — { $why } — they'll see it in `/partner list`.

# The member's home (Slack App Home): this section's heading.
accountability-home-title = Partners and pods

## /mod stats: each figure's name (the count follows it).
accountability-figure-pods = pods and partnerships

# A pod typed wrongly. $option: the option's name; $value: what was typed, quoted.
accountability-option-not-a-pod = { $option }: { $value } is not a pod; write it like pod:3

# The command's example in /help and usage errors: only the member's own words change.
cmd-haven-reasons-add-example = /haven reasons add My daughter's graduation in June
