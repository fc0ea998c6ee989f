## /mod channel, role, moderator, resources, stats and audit (cogs/moderation.py).

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
