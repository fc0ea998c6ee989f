## /mod channel, role, moderator, resources, stats et audit (cogs/moderation.py). Vouvoiement.

cmd-mod-channel-description = Où Haven publie annonces, étapes franchies, check-ins et notes de modération
cmd-mod-role-description = Qui compte comme modérateur, en plus des admins du serveur ou de l'espace
cmd-mod-moderator-description = Nommer les modérateurs un par un (pour Slack, qui n'a pas de rôles)
cmd-mod-resources-description = Les ressources d'aide et de crise propres à la communauté, affichées avec /crisis
cmd-mod-stats-description = Des chiffres seulement ; les groupes de moins de 5 sont masqués
cmd-mod-audit-description = Actions de modération et demandes de données récentes — sans contenu

mod-channel-set = { $purpose ->
        [announcements] Les annonces iront
        [milestones] Les étapes franchies iront
        [checkins] Les check-ins iront
       *[moderators] Les notes de modération iront
    } dans <#{ $channel }>.
mod-role-set = Les membres ayant le rôle **{ $role }** peuvent maintenant utiliser les commandes `/mod`.
mod-moderator-unknown = @{ $member } n'est pas membre de Haven ici — il faut avoir déjà utilisé Haven dans cette communauté ; mentionnez la personne ainsi : @sam
mod-moderator-added = <@{ $member }> peut maintenant utiliser les commandes `/mod`.
mod-moderator-removed = <@{ $member }> n'est plus modérateur nommément (les admins de l'espace et le rôle de modération le restent).
mod-resources-no-crisis = ce Haven n'a pas de /crisis auquel ajouter des ressources
mod-resources-saved = Enregistré. `/crisis` affiche maintenant ces ressources avec les lignes d'écoute habituelles.
mod-stats-title = Chiffres de la communauté
mod-stats-members = membres qui utilisent Haven : { $count }
mod-stats-figure = { $label } : { $count }
mod-fewer-than = moins de { $count }
mod-audit-title = Journal d'audit
mod-audit-empty = Aucune action de modération ni demande de données pour l'instant.
# Qui, quoi (une commande telle qu'on la tape), à qui, et le résultat: $when, $actor, $action, $target; $outcome ok/denied.
mod-audit-line = { $when } { $actor } { $action } ({ $outcome ->
    [ok] ok
    [denied] refusé
   *[as-recorded] { $outcome }
})
mod-audit-line-target = { $when } { $actor } { $action } { $target } ({ $outcome ->
    [ok] ok
    [denied] refusé
   *[as-recorded] { $outcome }
})

## /mod setup et /mod country.
cmd-mod-setup-description = La configuration actuelle en un coup d'œil
cmd-mod-country-description = Le pays dont /crisis affiche le numéro d'urgence et la ligne d'écoute nationale
mod-setup-title = Configuration de Haven
mod-setup-channel = { $purpose } : #{ $channel }
mod-setup-channel-unset = { $purpose } : non défini
mod-setup-role = rôle de modération : { $role }
mod-setup-role-admins = rôle de modération : admins du serveur ou de l'espace seulement
mod-setup-named = modérateurs nommés : { $members }
mod-setup-resources-own = ressources de crise : texte propre à la communauté
mod-setup-resources-default = ressources de crise : celles de Haven par défaut
mod-setup-country = pays pour /crisis : { $country }
mod-setup-country-unset = pays pour /crisis : non défini
mod-setup-off = désactivé : { $cogs }
mod-setup-off-nothing = désactivé : rien
mod-setup-change = Modifiez avec `/mod channel`, `/mod role`, `/mod resources`, `/mod country`.
mod-country-off = C'est fait. `/crisis` affiche de nouveau la liste générale de Haven.
mod-country-no-crisis = ce Haven n'a pas de lignes de crise pour lesquelles choisir un pays
mod-country-set = C'est fait. `/crisis` commence maintenant par le numéro d'urgence et la ligne d'écoute nationale pour ce pays : { $country }.
mod-country-set-no-helpline = C'est fait. `/crisis` commence maintenant par le numéro d'urgence pour ce pays : { $country }. Haven n'a pas encore de ligne d'écoute nationale vérifiée pour ce pays : ajoutez la vôtre avec `/mod resources`.

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-mod-resources-example = /mod resources Ligne de crise d’Helsinki : 09 2525 0111
