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
# Wer, was (ein Befehl, wie man ihn tippt), wem, und wie es ausging: $when, $actor, $action, $target; $outcome ok/denied.
mod-audit-line = { $when } { $actor } { $action } ({ $outcome ->
    [ok] ok
    [denied] abgelehnt
   *[as-recorded] { $outcome }
})
mod-audit-line-target = { $when } { $actor } { $action } { $target } ({ $outcome ->
    [ok] ok
    [denied] abgelehnt
   *[as-recorded] { $outcome }
})

## /mod setup und /mod country.
cmd-mod-setup-description = Die aktuelle Konfiguration auf einen Blick
cmd-mod-country-description = Das Land, dessen Notrufnummer und nationales Hilfetelefon /crisis zeigt
mod-setup-title = Haven-Einrichtung
mod-setup-channel = { $purpose }: #{ $channel }
mod-setup-channel-unset = { $purpose }: nicht gesetzt
mod-setup-role = Moderationsrolle: { $role }
mod-setup-role-admins = Moderationsrolle: nur Server-/Workspace-Admins
mod-setup-named = namentliche Moderatoren: { $members }
mod-setup-resources-own = Krisenangebote: eigener Text der Community
mod-setup-resources-default = Krisenangebote: Havens Voreinstellung
mod-setup-country = Land für /crisis: { $country }
mod-setup-country-unset = Land für /crisis: nicht gesetzt
mod-setup-off = ausgeschaltet: { $cogs }
mod-setup-off-nothing = ausgeschaltet: nichts
mod-setup-change = Ändern mit `/mod channel`, `/mod role`, `/mod resources`, `/mod country`.
mod-country-off = Erledigt. `/crisis` zeigt wieder Havens allgemeine Liste.
mod-country-no-crisis = dieses Haven hat keine Krisenlinien, für die man ein Land setzen könnte
mod-country-set = Erledigt. `/crisis` beginnt jetzt mit der Notrufnummer und dem nationalen Hilfetelefon für dieses Land: { $country }.
mod-country-set-no-helpline = Erledigt. `/crisis` beginnt jetzt mit der Notrufnummer für dieses Land: { $country }. Haven hat dafür noch kein geprüftes nationales Hilfetelefon: Füg dein eigenes mit `/mod resources` hinzu.

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-mod-resources-example = /mod resources Krisentelefon Helsinki: 09 2525 0111
