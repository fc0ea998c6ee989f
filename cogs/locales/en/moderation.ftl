## /mod (cogs/moderation.py): every command but /mod discreet (cogs/discretion.py) and /mod language (bot/locales).

cmd-mod-channel-description = Where Haven posts announcements, milestones, check-ins, moderator notes
cmd-mod-role-description = Who counts as a moderator, besides server/workspace admins
cmd-mod-moderator-description = Name moderators one by one (for Slack, where there are no roles)
cmd-mod-resources-description = This community's own crisis and help resources, shown with /crisis
cmd-mod-stats-description = Counts only; groups under 5 are hidden
cmd-mod-audit-description = Recent moderator actions and data requests — no content

# $purpose: what the moderator typed (announcements, milestones, checkins, moderators); $channel: its id.
mod-channel-set = { $purpose ->
        [announcements] Announcements
        [milestones] Milestones
        [checkins] Checkins
       *[moderators] Moderators
    } will go to <#{ $channel }>.
# $role: the role's name as the moderator wrote it.
mod-role-set = Members with the **{ $role }** role can now use `/mod` commands.
# $member: a member's id (<@…> mentions them) or, when unknown, what was typed.
mod-moderator-unknown = @{ $member } isn't a Haven member here — they need to have used Haven in this community first; mention them like @sam
mod-moderator-added = <@{ $member }> can now use `/mod` commands.
mod-moderator-removed = <@{ $member }> is no longer a named moderator (workspace admins and the moderator role still are).
mod-resources-no-crisis = this Haven has no /crisis to add resources to
mod-resources-saved = Saved. `/crisis` now shows these with the standard helplines.
mod-stats-title = Community figures
# $count: a number, or mod-fewer-than.
mod-stats-members = members who use Haven: { $count }
# $label: a cog's own label for its figure.
mod-stats-figure = { $label }: { $count }
mod-fewer-than = fewer than { $count }
mod-audit-title = Audit trail
mod-audit-empty = No moderator actions or data requests yet.
# One line of the trail: $when a time the app shows; $actor and $target mentions;
# $action a command's path as typed ("mod role"); $outcome ok or denied.
mod-audit-line = { $when } { $actor } { $action } ({ $outcome ->
    [ok] ok
    [denied] denied
   *[as-recorded] { $outcome }
})
mod-audit-line-target = { $when } { $actor } { $action } { $target } ({ $outcome ->
    [ok] ok
    [denied] denied
   *[as-recorded] { $outcome }
})

## /mod setup and /mod country. $country: a crisis-country-* name ("the United Kingdom").
cmd-mod-setup-description = Current configuration at a glance
cmd-mod-country-description = The country whose emergency number and national helpline /crisis shows
mod-setup-title = Haven setup
# $purpose: as typed in /mod channel; $channel: the channel's name.
mod-setup-channel = { $purpose }: #{ $channel }
mod-setup-channel-unset = { $purpose }: not set
mod-setup-role = moderator role: { $role }
mod-setup-role-admins = moderator role: server/workspace admins only
mod-setup-named = named moderators: { $members }
mod-setup-resources-own = crisis resources: community text set
mod-setup-resources-default = crisis resources: Haven's defaults
mod-setup-country = country for /crisis: { $country }
mod-setup-country-unset = country for /crisis: not set
# $cogs: the cogs' names, as typed.
mod-setup-off = turned off: { $cogs }
mod-setup-off-nothing = turned off: nothing
mod-setup-change = Change with `/mod channel`, `/mod role`, `/mod resources`, `/mod country`.
mod-country-off = Done. `/crisis` shows Haven's general list again.
mod-country-no-crisis = this Haven has no crisis lines to set a country for
mod-country-set = Done. `/crisis` now starts with { $country }'s emergency number and national helpline.
mod-country-set-no-helpline = Done. `/crisis` now starts with { $country }'s emergency number. Haven has no verified national helpline for { $country } yet: add your own with `/mod resources`.

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-mod-resources-example = /mod resources Helsinki crisis line: 09 2525 0111
