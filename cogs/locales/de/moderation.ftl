## /mod channel, role, moderator, resources, stats und audit (cogs/moderation.py). Anrede: du.

cmd-mod-channel-description = Wo Haven Ankündigungen, Meilensteine, Check-ins und Moderationsnotizen postet
cmd-mod-role-description = Wer außer den Server-/Workspace-Admins als Moderation zählt
cmd-mod-moderator-description = Moderatoren einzeln benennen (für Slack, wo es keine Rollen gibt)
cmd-mod-resources-description = Eigene Krisen- und Hilfsangebote dieser Community, gezeigt mit /crisis
cmd-mod-stats-description = Nur Zahlen; Gruppen unter 5 werden ausgeblendet
cmd-mod-audit-description = Letzte Moderationsaktionen und Datenanfragen — ohne Inhalte

mod-channel-set = { $purpose ->
        [announcements] Ankündigungen kommen
        [milestones] Meilensteine kommen
        [checkins] Check-ins kommen
       *[moderators] Moderationsnotizen kommen
    } nach <#{ $channel }>.
mod-role-set = Mitglieder mit der Rolle **{ $role }** können jetzt `/mod`-Befehle nutzen.
mod-moderator-unknown = @{ $member } ist hier kein Haven-Mitglied — die Person muss Haven in dieser Community schon benutzt haben; erwähne sie so: @sam
mod-moderator-added = <@{ $member }> kann jetzt `/mod`-Befehle nutzen.
mod-moderator-removed = <@{ $member }> ist nicht mehr namentlich Moderator (Workspace-Admins und die Moderationsrolle bleiben es).
mod-resources-no-crisis = dieses Haven hat kein /crisis, dem man Angebote hinzufügen könnte
mod-resources-saved = Gespeichert. `/crisis` zeigt diese jetzt zusammen mit den üblichen Hilfetelefonen.
mod-stats-title = Zahlen der Community
mod-stats-members = Mitglieder, die Haven nutzen: { $count }
mod-stats-figure = { $label }: { $count }
mod-fewer-than = weniger als { $count }
mod-audit-title = Audit-Protokoll
mod-audit-empty = Noch keine Moderationsaktionen oder Datenanfragen.
