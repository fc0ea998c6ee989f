## /sober (cogs/sober). Vouvoiement, comme /crisis ; chaleureux, jamais de
## compétition. Un nouveau départ est un nouveau départ : aucun mot ne parle
## d'échec. Les dates arrivent déjà écrites (« 2 janvier 2025 ») ; les commandes et
## options (`/sober …`, label:) restent en anglais.

cmd-sober-set-description = Lancer un compteur ou déplacer sa date de début (en arrière)
cmd-sober-set-date-description = votre date de début
cmd-sober-set-label-description = quel compteur (par défaut sobriety)
cmd-sober-set-note-description = une note privée
cmd-sober-show-description = Vos jours, la prochaine étape et combien il en reste
cmd-sober-show-label-description = quel compteur (par défaut sobriety)
cmd-sober-cost-description = Argent et temps retrouvés : ce que cela coûtait par jour (désactivé sauf réglage)
cmd-sober-cost-amount-description = ce que vous dépensiez par jour, ou off
cmd-sober-cost-currency-description = code ISO 4217, comme EUR
cmd-sober-cost-hours-description = heures par jour que cela prenait
cmd-sober-cost-label-description = quel compteur (par défaut sobriety)
cmd-sober-reset-description = Un nouveau départ ; le parcours jusqu'ici reste dans votre historique
cmd-sober-reset-label-description = quel compteur (par défaut sobriety)
cmd-sober-reset-date-description = le nouveau départ
cmd-sober-reset-note-description = une note privée
cmd-sober-history-description = Vos parcours passés et leur durée
cmd-sober-history-label-description = quel compteur (par défaut sobriety)
cmd-sober-share-description = Comment vos étapes sont partagées dans le salon des étapes, et si vous recevez les rôles d'étape
cmd-sober-share-roles-description = si vous recevez les rôles d'étape fixés par les modérateurs (par défaut off)
cmd-sober-remove-description = Supprimer un compteur et son historique (demande d'abord)
cmd-sober-remove-label-description = le compteur à supprimer
cmd-sober-count-description = Compter votre jour de début comme jour 0 (par défaut) ou comme jour 1
cmd-sober-morning-description = Quand arrivent les félicitations des étapes (votre heure locale ; par défaut 09:00)
cmd-sober-morning-time-description = heure locale des messages d'étape
cmd-sober-roles-description = Modérateurs : un rôle attribué à une étape (là où la plateforme a des rôles)
cmd-sober-roles-role-description = le nom d'un rôle, ou off

sober-days = { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
sober-weeks = { $count ->
    [one] { $count } semaine
    [many] { $count } de semaines
   *[other] { $count } semaines
}
sober-months = { $count ->
    [one] { $count } mois
    [many] { $count } de mois
   *[other] { $count } mois
}
sober-years = { $count ->
    [one] { $count } an
    [many] { $count } d'ans
   *[other] { $count } ans
}
sober-two = { $first } et { $last }
sober-three = { $first }, { $second } et { $last }

sober-summary = **{ $days }** depuis le { $date }
sober-summary-long = **{ $days }** ({ $duration }) depuis le { $date }
sober-summary-named = **{ $label }** : { $summary }
sober-summary-next = Prochaine étape : **{ $milestone }** le { $date } ; { $left ->
    [one] encore { $left } jour.
    [many] encore { $left } de jours.
   *[other] encore { $left } jours.
}
sober-show-back = Cela fait { $back }.
sober-no-counter = vous n'avez pas encore de compteur ; lancez-en un avec `/sober set 2025-01-02`
sober-no-such-counter = vous n'avez pas de compteur nommé { $label } ; lancez-en un avec `/sober set 2025-01-02 label:{ $label }`
sober-no-such-counter-yours = vous n'avez pas de compteur nommé { $label } ; les vôtres : { $names }
sober-which-counter = quel compteur ? Vous avez : { $names } ; ajoutez label:<nom>

sober-too-many = vous avez { $limit } compteurs, le maximum possible ; retirez-en d'abord un avec `/sober remove`
sober-started = Votre compteur **{ $label }** est lancé.
sober-overlap = Le { $date } est avant votre nouveau départ du { $last_end } ; cela chevaucherait votre historique. Pour tout reprendre à zéro, retirez ce compteur avec `/sober remove` puis recréez-le
sober-already-starts = Votre compteur **{ $label }** commence déjà le { $date }.
sober-backfilled = C'est fait : votre compteur **{ $label }** commence désormais plus tôt, le { $date }.
sober-corrected = Corrigé : votre compteur **{ $label }** commence désormais le { $date }.

sober-hours = { $hours ->
    [one] { $hours } heure
    [many] { $hours } d'heures
   *[other] { $hours } heures
}
sober-back-money = environ { $money } retrouvés
sober-back-hours = environ { $hours } retrouvées
sober-back-both = environ { $money } et { $hours } retrouvés
sober-per-day-money = { $money } par jour
sober-per-day-hours = { $hours } par jour
sober-per-day-both = { $money } et { $hours } par jour
sober-cost-off = Votre compteur **{ $label }** ne compte plus l'argent ni le temps.
sober-cost-off-alone = `off` ne prend rien d'autre : `/sober cost off label:alcohol`
sober-cost-no-hours = sans argent par jour, indiquez les heures que cela prenait : `/sober cost 0 hours:2` ; ou désactivez avec `/sober cost off`
sober-cost-set = Votre compteur **{ $label }** compte désormais { $set_to }. `/sober cost off` l'arrête ; personne d'autre ne le voit.
sober-cost-set-back = Votre compteur **{ $label }** compte désormais { $set_to }. Jusqu'ici, cela fait { $back }. `/sober cost off` l'arrête ; personne d'autre ne le voit.

sober-too-many-runs = votre compteur **{ $label }** garde { $limit } parcours, le maximum possible. Lancez un nouveau compteur pour votre nouveau départ (`/sober set today label:<nouveau nom>`), ou supprimez l'historique de celui-ci avec `/sober remove`
sober-reset-before = Le { $date } est avant le début de ce parcours, le { $start } ; pour corriger la date de début, utilisez `/sober set <date>`
sober-new-start = Chaque jour compte. Votre nouveau départ est le **{ $date }** sur votre compteur **{ $label }**.
sober-new-start-kept = Chaque jour compte. Votre nouveau départ est le **{ $date }** sur votre compteur **{ $label }**. { $days ->
    [one] Le jour d'avant reste dans votre historique (`/sober history`) : il était bien réel.
    [many] Les { $days } de jours d'avant restent dans votre historique (`/sober history`) : ils étaient bien réels et ils comptent toujours.
   *[other] Les { $days } jours d'avant restent dans votre historique (`/sober history`) : ils étaient bien réels et ils comptent toujours.
}
sober-be-gentle = Prenez soin de vous aujourd'hui. Si vous voulez parler à quelqu'un, `/sos` prévient vos partenaires et `/crisis` donne des lignes d'écoute.
sober-sharing-paused = Rien de ce nouveau départ n'est publié : pour l'instant, les étapes de ce compteur restent entre vous et Haven. **Partager à nouveau vos étapes ?**
sober-button-yes = Oui
sober-button-no = Non
sober-share-again-gone = Ce bouton ne fait plus rien. Essayez plutôt `/sober share named`.
sober-kept-private = Vos étapes **{ $label }** restent privées : les félicitations n'arrivent qu'à vous. Quand vous voudrez les partager à nouveau, `/sober share named` (ou `anonymous`).
sober-resumed-private = Vos étapes sont maintenant privées (`/sober share` le change).
sober-resumed-named = Votre prochaine étape **{ $label }** sera fêtée dans le salon des étapes avec votre nom, comme avant.
sober-resumed-anonymous = Votre prochaine étape **{ $label }** sera fêtée dans le salon des étapes sans votre nom, comme avant.

sober-history-title = Votre historique, visible par vous seulement
sober-history-current = { $start } → aujourd'hui : { $days }, et ça continue
sober-history-ended = { $start } → { $end } : { $days }
sober-history-with-back = { $line } ({ $back })
sober-history-note = _votre note_ : { $note }
sober-history-end-note = _votre note au nouveau départ_ : { $note }
sober-history-more = … et { $count ->
    [one] { $count } parcours plus ancien
    [many] { $count } de parcours plus anciens
   *[other] { $count } parcours plus anciens
} (`/haven export`)
sober-stats-current = parcours actuel { $days }
sober-stats-longest = le plus long { $days }
sober-stats-average = moyenne de { $average } jours sur { $runs } parcours

sober-share-usage = dites comment vos étapes sont partagées, si vous recevez des rôles d'étape, ou les deux : `/sober share named`, `/sober share roles:on`
sober-share-private = Vos étapes restent entre vous et Haven : un message privé, rien de publié.
sober-share-named = Quand vous atteindrez une étape, le salon des étapes dira « { $user } a atteint 90 jours » (jamais quel compteur, jamais vos notes).
sober-share-anonymous = Quand vous atteindrez une étape, le salon des étapes dira « Un membre a atteint 90 jours » : ni nom, ni compteur, ni notes.
sober-share-no-channel = Cette communauté n'a pas encore de salon des étapes : rien n'est publié tant qu'un modérateur n'en a pas choisi un (`/mod channel milestones #salon`).
sober-roles-on = Quand vous atteignez une étape qui a un rôle ici, vous recevez ce rôle ; tout le serveur peut le voir. `/sober share roles:off` arrête les nouveaux.
sober-roles-off = Vous ne recevez pas de rôles d'étape ; les étapes elles-mêmes restent comme vous l'avez choisi.
sober-roles-need-sharing = Les rôles ne sont attribués que si vous partagez vos étapes (`/sober share named` ou `/sober share anonymous`) ; les vôtres sont privées pour l'instant, donc aucun rôle n'est attribué.

sober-remove-ask = Cela supprime votre compteur **{ $label }** et tout son historique, sans retour possible.
sober-button-delete = Le supprimer
sober-button-keep = Le garder
sober-remove-gone = Ce compteur n'existe déjà plus. `/sober show` liste les vôtres.
sober-remove-kept = Rien n'a été supprimé ; votre compteur **{ $label }** reste.
sober-remove-stale = Ce bouton ne fait plus rien. Réessayez `/sober remove`.
sober-removed = Votre compteur **{ $label }** et son historique sont supprimés.

sober-count-from-zero = Votre jour de début est le jour 0 : un jour entier plus tard, vous avez 1 jour. Les étapes suivent ce choix.
sober-count-from-one = Votre jour de début compte comme jour 1. Les étapes suivent ce choix.
sober-morning-set = Les félicitations des étapes arriveront à { $time }, à votre heure ({ $zone }).

sober-role-off = Plus aucun rôle n'est attribué à { $milestone }.
sober-role-set = Les membres qui atteignent { $milestone } et ont activé les rôles (`/sober share roles:on`) recevront le rôle **{ $role }**.
sober-role-set-no-roles = Les membres qui atteignent { $milestone } et ont activé les rôles (`/sober share roles:on`) recevront le rôle **{ $role }**. (Cette plateforme n'a pas de rôles, donc ce n'est pas appliqué ici.)

sober-reached-today = 🎉 Aujourd'hui, c'est **{ $milestone }** ! Chacun de ces jours a compté : prenez un moment pour savourer celui-ci. Voici votre jeton.
sober-congratulation = 🎉 { $when ->
    [today] Aujourd'hui, vous atteignez
    [today-late] Aujourd'hui, vous avez atteint
    [yesterday] Hier, vous avez atteint
   *[date] Le { $date }, vous avez atteint
} **{ $milestone }** sur votre compteur **{ $label }** (depuis le { $start }). Chacun de ces jours a compté : prenez un moment pour savourer celui-ci. Voici votre jeton.
sober-late-this-morning = _Ce message arrive un peu tard ce matin, mais l'étape est tout aussi réelle._
sober-late = _Ce message arrive un peu tard, mais l'étape est tout aussi réelle._
sober-given-back = Cela fait { $back }, à garder pour vous.
sober-post-named = 🎉 { $user } a atteint **{ $milestone }**. Félicitations !
sober-post-anonymous = 🎉 Un membre a atteint **{ $milestone }**. Félicitations !
sober-chip-unit = { $unit ->
    [week] { $count ->
        [one] SEMAINE
        [many] SEMAINES
       *[other] SEMAINES
    }
    [month] { $count ->
        [one] MOIS
        [many] MOIS
       *[other] MOIS
    }
    [year] { $count ->
        [one] AN
        [many] ANS
       *[other] ANS
    }
   *[day] { $count ->
        [one] JOUR
        [many] JOURS
       *[other] JOURS
    }
}

# The member's home (Slack App Home): this section's heading.
sober-home-title = Jours de sobriété

## /mod stats : le nom de chaque chiffre (le nombre le suit).
sober-figure-counters = membres avec un compteur
sober-figure-sharing = membres qui partagent leurs étapes
# Only shown once five or more members share.
sober-figure-collective = jours cumulés de celles et ceux qui partagent

## Une valeur mal écrite dans les options de /sober.
sober-option-not-a-label = { $option } : { $value } n'est pas un nom de compteur ; utilisez jusqu'à 40 lettres, chiffres, espaces, - ou _, par exemple alcohol
sober-option-not-a-milestone = { $option } : { $value } n'est pas une étape ; utilisez 1d, 7d, 30d, 60d, 90d, 6m, 9m, 1y, 18m, ou 2y, 3y ...
sober-option-not-an-amount = { $option } : { $value } n'est pas un montant par jour ; indiquez un nombre comme 12 ou 12.50 (jusqu'à { $most }), ou off — par exemple `/sober cost 12.50 currency:EUR hours:2`
sober-option-not-a-currency = { $option } : { $value } n'est pas un code de devise ; utilisez les trois lettres de l'ISO 4217, comme EUR, USD, GBP ou JPY — `/sober cost 12 currency:EUR`
sober-option-not-hours = { $option } : { $value } n'est pas un nombre d'heures par jour ; indiquez un nombre de 0 à 24, comme 2 ou 1.5 — `/sober cost 12 hours:2`

# The commands' examples in /help and usage errors: only the member's own words change
# (a counter's name, a role's).
cmd-sober-set-example = /sober set 2025-01-02 label:alcool
cmd-sober-show-example = /sober show label:alcool
cmd-sober-cost-example = /sober cost 12.50 currency:EUR hours:2 label:alcool
cmd-sober-reset-example = /sober reset label:alcool date:2026-11-20
cmd-sober-history-example = /sober history label:alcool
cmd-sober-remove-example = /sober remove label:alcool confirm
cmd-sober-roles-example = /sober roles 90d 90 jours

# The default counter's name (stored as "sobriety"; a member's own counters keep their own names).
# A member may also type it to name that counter: /sober show label:sobriété
sober-default-label = sobriété
