## /haven discreet, /haven quiet and /mod discreet (cogs/discretion.py).
## $notice: what a lock screen shows for a discreet message ("You have a private message from Haven").

cmd-haven-discreet-description = Notifications without details: on, off, or this community's default
cmd-haven-quiet-description = Hours (in your zone) when prompts, summaries and nudges wait; or off
cmd-mod-discreet-description = This community's default for notifications without details

# $on: "yes" when discreet notifications are now on for the member.
discretion-follows-default = You follow this community's default, which is **{ $on ->
        [yes] on
       *[no] off
    }**.
discretion-own-choice = Discreet notifications are **{ $on ->
        [yes] on
       *[no] off
    }** for you.
discretion-member-on = Notifications of my private messages say only “{ $notice }”; the details are inside, when you open them.
discretion-member-off = Notifications of my private messages show what they say.

# $dnd: "yes" on a platform whose Do Not Disturb Haven also respects (Slack).
discretion-quiet-off = Quiet hours are off.{ $dnd ->
        [yes] {" "}On Slack, your Do Not Disturb is respected the same way.
       *[no] {""}
    }
# $hours: "22:00-07:30"; $zone: an IANA zone; $zone_set: "no" while the member has set none.
discretion-quiet-on = Quiet hours: **{ $hours }**, { $zone }{ $zone_set ->
        [no] {" "}(in { $zone } until you set your zone)
       *[yes] {""}
    }. Daily prompts, weekly summaries, partner nudges and congratulations that fall due then wait until they end — each still comes once. Anything urgent, and answers to what you do, never wait.{ $dnd ->
        [yes] {" "}On Slack, your Do Not Disturb is respected the same way.
       *[no] {""}
    }

# /mod discreet. $mode: on or off; $platform: the platform's own default (on or off); $bot: Haven's name.
discretion-community = Discreet notifications are **{ $mode ->
        [on] on
       *[off] off
    }** by default here{ $unchanged ->
        [yes] {" "}(unchanged)
       *[no] {""}
    }: { $mode ->
        [on] notifications of { $bot }'s private messages say only “{ $notice }”.
       *[off] notifications of private messages show what they say.
    } Members can choose for themselves with `/haven discreet` (the platform's default is { $platform ->
        [on] on
       *[off] off
    }).
