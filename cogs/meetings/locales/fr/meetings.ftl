## /meeting (cogs/meetings) : ce que les membres lisent sur les réunions.
## Les commandes, les options et le texte en `code` restent en anglais.
## Vouvoiement, comme le catalogue de /crisis.

cmd-meeting-list-description = Les réunions des 7 prochains jours, à votre heure

meetings-not-found = il n'y a pas de réunion #{ $id } ; voir `/meeting list`

meetings-list-none = Aucune réunion dans les 7 prochains jours.
meetings-list-heading = Réunions des 7 prochains jours (à votre heure) :
meetings-list-item = { $start } — **{ $title }** (#{ $id })
meetings-list-item-cancelled = { $start } — **{ $title }** (#{ $id }) — annulée cette fois-ci

meetings-join = Rejoindre : { $link }
meetings-type = Type : { $types }
meetings-language = Langue : { $language }
meetings-length = Durée : { $length }
meetings-dial-in = Par téléphone : { $phone }
meetings-passcode = Code d'accès : { $passcode }
meetings-passcode-ask = Code d'accès : demandez-le à Haven en privé — `/meeting list`

meetings-days = { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
meetings-hours = { $count ->
    [one] { $count } heure
    [many] { $count } d'heures
   *[other] { $count } heures
}
meetings-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}
meetings-lead-two = { $first } et { $second }
meetings-lead-three = { $first }, { $second } et { $third }

meetings-going = J'y vais
meetings-maybe = Peut-être
meetings-not-going = Je n'y vais pas
meetings-counts = J'y vais : { $going } · Peut-être : { $maybe } · Je n'y vais pas : { $no }

meetings-starts = Commence { $relative } — { $start }
meetings-late = _Publié un peu en retard : Haven a été brièvement hors ligne. Il est encore temps._
meetings-footer = Réunion #{ $id } · `/meeting rsvp { $id } going`
meetings-cancelled-note = Pas de réunion cette semaine : **{ $title }** du { $day } est annulée. À la prochaine fois.

meetings-going-starts = **{ $title }** commence { $relative } — { $start }.
meetings-going-see-you = Vous avez dit que vous veniez — à tout à l'heure. Si vos projets changent, ce n'est pas grave : `/meeting rsvp { $id } no`

meetings-rsvp-going = Vous participez à **{ $title }** le { $start }. Je vous enverrai un rappel privé { $lead } avant. Les autres ne voient que les totaux.
meetings-rsvp-going-soon = Vous participez à **{ $title }** le { $start } — cela commence bientôt, il n'y aura donc pas de rappel séparé. Les autres ne voient que les totaux.
meetings-rsvp-maybe = Noté « peut-être » pour **{ $title }** le { $start }. Aucune pression — venez si vous pouvez. Les autres ne voient que les totaux.
meetings-rsvp-no = Noté que vous ne venez pas à **{ $title }** le { $start }. Merci de nous avoir prévenus. Les autres ne voient que les totaux.
meetings-rsvp-no-upcoming = **{ $title }** n'a pas de prochaine réunion à laquelle répondre
meetings-rsvp-too-often = Vous avez changé votre réponse pour **{ $title }** plusieurs fois en quelques minutes ; elle reste donc **{ $answer ->
    [going] j'y vais
    [maybe] peut-être
   *[no] je n'y vais pas
}** pour l'instant. Vous pourrez la changer de nouveau { $wait }.
meetings-rsvp-remind-going-only = remind: est réservé à going — le rappel privé va aux membres qui viennent
meetings-button-gone = Ce bouton ne fait plus rien. Essayez `/meeting list`.

cmd-meeting-find-description = Les prochaines réunions qui correspondent, les nôtres et importées, à votre heure
meetings-find-none = { $within ->
    [one] Aucune réunion dans l'heure qui vient. Essayez within:168 pour toute la semaine, ou moins de types.
    [many] Aucune réunion dans les { $within } prochaines heures. Essayez within:168 pour toute la semaine, ou moins de types.
   *[other] Aucune réunion dans les { $within } prochaines heures. Essayez within:168 pour toute la semaine, ou moins de types.
}
meetings-find-none-filtered = { $within ->
    [one] Aucune réunion ({ $filters }) dans l'heure qui vient. Essayez within:168 pour toute la semaine, ou moins de types.
    [many] Aucune réunion ({ $filters }) dans les { $within } prochaines heures. Essayez within:168 pour toute la semaine, ou moins de types.
   *[other] Aucune réunion ({ $filters }) dans les { $within } prochaines heures. Essayez within:168 pour toute la semaine, ou moins de types.
}
meetings-find-heading = Prochaines réunions (à votre heure) :
meetings-find-heading-filtered = Prochaines réunions ({ $filters }) (à votre heure) :
meetings-find-in-language = en { $language }
meetings-find-online = en ligne
meetings-find-item = { $start } ({ $when }) — **{ $name }**
meetings-find-item-ours = { $start } ({ $when }) — **{ $name }** (#{ $id } · `/meeting rsvp { $id } going`)
meetings-find-now = maintenant
meetings-find-dial-in = par téléphone { $phone }
meetings-find-more = …et { $count } de plus ; affinez avec types: ou within:.

cmd-meeting-types-description = Les codes de type de réunion (de Meeting Guide) et leur signification
meetings-types-heading = Types de réunion (utilisez les codes dans types:O,D,ONL) :

# The member's home (Slack App Home): this section's heading.
meetings-home-title = Prochaines réunions

## calendar and subscriptions
## /meeting calendar et son fichier, /meeting subscribe et le calendrier qu'il
## sert, le message privé aux personnes inscrites à une réunion supprimée, et
## les noms des types de Meeting Guide. Dans le fichier, texte sans mise en forme.

cmd-meeting-calendar-description = Un fichier iCalendar (.ics) des réunions de la communauté
meetings-calendar-none = Il n'y a pas encore de réunion, donc pas de calendrier à donner.
meetings-calendar-file = { $count ->
    [one] { $count } série de réunions — ouvrez le fichier pour l'ajouter à votre calendrier.
    [many] { $count } séries de réunions — ouvrez le fichier pour les ajouter à votre calendrier.
   *[other] { $count } séries de réunions — ouvrez le fichier pour les ajouter à votre calendrier.
}
meetings-calendar-name = Réunions de { $community }
meetings-calendar-dial-in = Par téléphone : { $phone }
meetings-calendar-passcode = Code d'accès : { $passcode }

cmd-meeting-subscribe-description = Un lien de calendrier privé toujours à jour : mine (j'y vais), all ou revoke
meetings-subscribe-link-mine = Votre lien de calendrier privé (les réunions où vous allez) : { $link }
meetings-subscribe-link-all = Votre lien de calendrier privé (toutes les réunions de la communauté) : { $link }
meetings-subscribe-how = Ajoutez-le à votre application de calendrier comme abonnement. Il n'est qu'à vous — toute personne qui l'a peut voir ces réunions. `/meeting subscribe revoke` le révoque.
meetings-subscribe-replaced = Votre ancien lien pour ce calendrier ne fonctionne plus.
meetings-subscribe-nothing-to-revoke = Vous n'avez aucun lien de calendrier ; il n'y avait rien à révoquer.
meetings-subscribe-revoked = { $count ->
    [one] { $count } lien de calendrier révoqué : les calendriers qui l'utilisent ne se mettent plus à jour.
    [many] { $count } liens de calendrier révoqués : les calendriers qui les utilisent ne se mettent plus à jour.
   *[other] { $count } liens de calendrier révoqués : les calendriers qui les utilisent ne se mettent plus à jour.
}
meetings-subscribe-no-address = Haven n'a pas encore d'adresse publique, il ne peut donc pas donner de liens de calendrier : la personne qui administre Haven définit HAVEN_PUBLIC_URL (par exemple https://haven.example.org) et y sert HAVEN_HTTP_PORT. En attendant, `/meeting calendar` donne un fichier.

meetings-removed-note = **{ $title }** du { $start } n'aura pas lieu : l'équipe de modération a retiré cette réunion de Haven, et avec elle votre réponse et son rappel. `/meeting list` montre les réunions toujours prévues.

## Noms des types de Meeting Guide : ceux de la spécification
## (code4recovery/spec, data/types.json, commit 404117a). ONL n'y figure pas :
## « En ligne ».
meetings-type-name-11 = Méditation sur la 11e Étape
meetings-type-name-12x12 = 12 Étapes et 12 Traditions
meetings-type-name-A = Séculier
meetings-type-name-ABSI = Réflexions de Bill
meetings-type-name-AL = En même temps qu’Alateen
meetings-type-name-AL-AN = En même temps qu’Al-Anon
meetings-type-name-ASL = Langage des Signes
meetings-type-name-B = Gros Livre
meetings-type-name-BA = Garderie d’enfants disponible
meetings-type-name-BE = Nouveau/nouvelle
meetings-type-name-BI = Bisexuel
meetings-type-name-BRK = Petit déjeuner
meetings-type-name-C = Fermé
meetings-type-name-CAN = À la chandelle
meetings-type-name-CF = Enfants acceptés
meetings-type-name-D = Discussion
meetings-type-name-DB = Panier numérique
meetings-type-name-DD = Double diagnostic
meetings-type-name-DR = Réflexions quotidiennes
meetings-type-name-EN = Anglais
meetings-type-name-FF = Sans parfum
meetings-type-name-FR = Français
meetings-type-name-G = Gai
meetings-type-name-GER = Allemand
meetings-type-name-GR = La Vigne
meetings-type-name-H = Anniversaire
meetings-type-name-HE = Hébreu
meetings-type-name-ITA = Italien
meetings-type-name-JA = Japonais
meetings-type-name-KOR = Coréen
meetings-type-name-L = Lesbienne
meetings-type-name-LGBTQ = LGBTQ
meetings-type-name-LIT = Publications
meetings-type-name-LS = Vivre… Sans alcool
meetings-type-name-M = Hommes
meetings-type-name-MED = Méditation
meetings-type-name-N = Autochtone
meetings-type-name-NDG = Indigène
meetings-type-name-O = Ouvert(e)
meetings-type-name-ONL = En ligne
meetings-type-name-OUT = En plein air
meetings-type-name-P = Professionnels
meetings-type-name-POA = Preuve de Présence
meetings-type-name-POC = Gens de couleur
meetings-type-name-POL = Polonais
meetings-type-name-POR = Portugais
meetings-type-name-PUN = Pendjabi
meetings-type-name-RUS = Russe
meetings-type-name-S = Espagnol
meetings-type-name-SEN = Séniors
meetings-type-name-SM = Permis de fumer
meetings-type-name-SP = Conférencier
meetings-type-name-ST = Sur les Étapes
meetings-type-name-T = Transgenre
meetings-type-name-TC = Emplacement temporairement fermé
meetings-type-name-TR = Étude des Traditions
meetings-type-name-W = Femmes
meetings-type-name-X = Accès aux fauteuils roulants
meetings-type-name-XB = Toilettes accessibles aux fauteuils roulants
meetings-type-name-XT = Conversation croisée permise
meetings-type-name-Y = Jeunes

## moderators
## Les commandes /meeting des modérateurs. { $channel } reste dans <#…> ;
## { $host }, { $days } (mon/thu, ce que le modérateur a tapé) et { $zone }
## restent tels quels.

cmd-meeting-add-description = Ajouter une réunion récurrente (rappels 60 et 10 minutes avant, par défaut)
cmd-meeting-skip-description = Annuler une réunion (une courte note remplace le rappel)
cmd-meeting-remove-description = Supprimer une série de réunions et ses rappels en attente
cmd-meeting-mirror-description = Refléter la prochaine séance de chaque réunion en événement programmé (Discord)
cmd-meeting-import-description = Importer un flux Meeting Guide (12 Step Meeting List) ou NA BMLT dans /meeting find
cmd-meeting-sync-description = Mettre à jour les flux importés maintenant (tous, ou un par son id)
cmd-meeting-feeds-description = Les flux importés et leur dernière synchro ; remove:<id> en retire un et ses réunions
cmd-meeting-public-description = Mettre une réunion dans le flux public de la communauté, ou l'en retirer
cmd-meeting-feed-description = Publier les réunions public:yes en flux Meeting Guide (key: pour en restreindre l'accès)

meetings-no-channel = il n'y a pas encore de salon d'annonces : choisissez-en un avec `/mod channel announcements #salon`, ou indiquez channel:#salon
meetings-cannot-post = Je ne peux pas publier dans <#{ $channel }> : donnez à Haven la permission d'y envoyer des messages, ou choisissez un autre salon avec channel:#...

meetings-add-limit = Cette communauté a { $count } réunions ; Haven en garde au plus { $most }. Supprimez-en une dont vous n'avez plus besoin avec `/meeting remove <id>` (par exemple `/meeting remove 12`), puis ajoutez à nouveau celle-ci.
meetings-added = Réunion **{ $title }** (#{ $id }) ajoutée : { $days } à { $time } { $zone }, { $weeks ->
    [one] chaque semaine
    [many] toutes les { $weeks } semaines
   *[other] toutes les { $weeks } semaines
} ; annoncée dans <#{ $channel }> { $leads } avant.
meetings-added-public = Dans le flux public
meetings-added-first = Première réunion : { $start }.

meetings-mirrored = Sa prochaine réunion est reflétée en événement programmé.
meetings-mirror-failed = Je n'ai pas pu mettre à jour son événement programmé pour l'instant ; je réessaierai à la prochaine réunion.
meetings-mirror-unavailable = Cette plateforme n'a pas d'événements programmés : il n'y a rien à refléter. Les annonces et `/meeting calendar` fonctionnent comme avant.
meetings-mirror-on = Reflet activé : la prochaine séance de chaque réunion est un événement programmé ({ $done } sur { $count } pour l'instant). Le calendrier de Haven reste la référence : les modifications faites dans les événements eux-mêmes sont écrasées.
meetings-mirror-off = Reflet désactivé : { $done ->
    [one] { $done } événement programmé retiré.
    [many] { $done } d'événements programmés retirés.
   *[other] { $done } événements programmés retirés.
}
meetings-mirror-some-failed = { $count ->
    [one] { $count } n'a pas pu être mis à jour pour l'instant ; je réessaierai à chaque réunion.
    [many] { $count } n'ont pas pu être mis à jour pour l'instant ; je réessaierai à chaque réunion.
   *[other] { $count } n'ont pas pu être mis à jour pour l'instant ; je réessaierai à chaque réunion.
}

meetings-skip-not-that-day = **{ $title }** n'a pas lieu le { $day } ; voir `/meeting list`
meetings-skip-started = la réunion du { $day } a déjà commencé
meetings-skip-already = **{ $title }** du { $day } est déjà annulée.
meetings-skip-done = **{ $title }** du { $start } est annulée. Une courte note remplace son rappel.

meetings-removed = **{ $title }** (#{ $id }) est supprimée, avec ses rappels en attente.
meetings-removed-going-untold = { $going ->
    [one] { $going } membre avait dit venir : impossible de le prévenir.
    [many] { $going } de membres avaient dit venir : aucun n'a pu être prévenu.
   *[other] { $going } membres avaient dit venir : aucun n'a pu être prévenu.
}
meetings-removed-going-told = { $going ->
    [one] { $going } membre avait dit venir : prévenu par message privé.
    [many] { $going } de membres avaient dit venir. Prévenus par message privé : { $told }.
   *[other] { $going } membres avaient dit venir. Prévenus par message privé : { $told }.
}
meetings-removed-going-some = { $going ->
    [one] { $going } membre avait dit venir. Prévenus par message privé : { $told } ; injoignables par MP (MP fermés ou partis) : { $missed }.
    [many] { $going } de membres avaient dit venir. Prévenus par message privé : { $told } ; injoignables par MP (MP fermés ou partis) : { $missed }.
   *[other] { $going } membres avaient dit venir. Prévenus par message privé : { $told } ; injoignables par MP (MP fermés ou partis) : { $missed }.
}

meetings-cannot-post-note = Les rappels de **{ $title }** (réunion #{ $id }) ne sont pas publiés : je ne peux pas publier dans <#{ $channel }>. Donnez à Haven la permission d'y envoyer des messages, ou déplacez la réunion : `/meeting remove { $id }`, puis recréez-la avec `/meeting add` et channel:#...

meetings-public-off = **{ $title }** n'est plus dans le flux public.
meetings-public-on = **{ $title }** est dans le flux public (son code d'accès, jamais).
meetings-public-not-weekly = Les flux Meeting Guide n'ont pas de réunions toutes les n semaines : elle n'y figure donc pas.
meetings-no-public-url = Haven n'a pas encore d'adresse publique, il ne peut donc pas donner de liens : la personne qui l'exploite règle HAVEN_PUBLIC_URL (par exemple https://haven.example.org) et y sert HAVEN_HTTP_PORT.
meetings-feed-already-off = Le flux public est déjà désactivé.
meetings-feed-off = Le flux public est désactivé : son adresse répond désormais 404.
meetings-feed-on = Le flux public est activé : { $url }
meetings-feed-on-key = Le flux public est activé : { $url }?key=<votre clé>
meetings-feed-lists = { $count ->
    [one] Il contient { $count } réunion marquée publique (`/meeting public <id> yes`) ; les codes d'accès n'y figurent jamais.
    [many] Il contient { $count } de réunions marquées publiques (`/meeting public <id> yes`) ; les codes d'accès n'y figurent jamais.
   *[other] Il contient { $count } réunions marquées publiques (`/meeting public <id> yes`) ; les codes d'accès n'y figurent jamais.
}

meetings-import-twice = ce flux est déjà importé ; `/meeting sync` le met à jour
meetings-import-limit = cette communauté a { $count } flux ; retirez-en un d'abord avec `/meeting feeds remove:<id>`
meetings-import-failed = Rien n'a été importé : { $problem }.
meetings-import-usage = Utilisation : `/meeting import <url> [key:<clé de partage>] [tz:<fuseau>] [types:<codes>] [within:<fuseau ou région>]`
meetings-import-too-many = Rien n'a été importé : le flux compte { $count } réunions et cette communauté en a déjà { $listed } ; Haven en garde au plus { $most }. Restreignez-le avec within:<région> ou types:<codes>.
meetings-imported = Flux #{ $id } importé ({ $format }, { $host }) : { $result }.
meetings-imported-next = `/meeting find` affiche ses réunions ; il se synchronise à nouveau toutes les { $hours } heures, ou tout de suite avec `/meeting sync`.

meetings-sync-no-feed = il n'y a pas de flux importé #{ $id } ; voir `/meeting feeds`
meetings-sync-no-feeds = aucun flux n'est encore importé ; ajoutez-en un avec `/meeting import <url>`
meetings-sync-line = Flux #{ $id } ({ $host }) : { $result }
meetings-feeds-removed = Flux #{ $id } ({ $host }) retiré, avec ses réunions.
meetings-feeds-none = Aucun flux importé. Ajoutez-en un avec `/meeting import <url>`.
meetings-feeds-heading = Flux importés :
meetings-feeds-item = #{ $id } { $host } — synchronisé { $when } : { $result }
meetings-feeds-item-never = #{ $id } { $host } — jamais synchronisé : { $result }

meetings-feed-result = ajoutées : { $added }, mises à jour : { $updated }, retirées : { $removed }, inchangées : { $unchanged }
meetings-feed-result-skipped = ajoutées : { $added }, mises à jour : { $updated }, retirées : { $removed }, inchangées : { $unchanged } ; ignorées : { $skipped } ({ $reasons })
meetings-feed-skip-reason = { $reason ->
    [inactive] inactives
    [temporarily-closed] fermées temporairement
    [no-name] sans nom
    [no-valid-day] sans jour valide
    [no-valid-time] sans heure valide
    [no-slug] sans slug
    [unknown-zone] fuseau horaire inconnu
    [no-zone] sans fuseau horaire (indiquez tz:<fuseau> pour les importer)
    [not-a-meeting] pas des réunions
    [listed-twice] en double
   *[outside-filter] hors de votre filtre
} : { $count }
meetings-feed-not-synced = non synchronisé : { $problem } ; rien n'a changé
meetings-feed-too-many = non synchronisé : il compte maintenant { $count } réunions, plus que les { $most } que cette communauté peut garder ; rien n'a changé
meetings-feed-removed-meanwhile = retiré entre-temps

meetings-feed-error-private = { $host } est une adresse privée ou locale ; Haven ne lit que des flux sur l'internet public
meetings-feed-error-unreadable = cette adresse est illisible ; vérifiez-la et réessayez
meetings-feed-error-scheme = l'adresse d'un flux doit commencer par https:// ou http://
meetings-feed-error-password = l'adresse d'un flux ne peut pas contenir de nom d'utilisateur ni de mot de passe
meetings-feed-error-localhost = localhost n'est pas sur l'internet public ; utilisez l'adresse publique du flux
meetings-feed-error-status = le serveur du flux a répondu HTTP { $status }
meetings-feed-error-redirects = le flux a redirigé plus de { $count } fois
meetings-feed-error-timeout = le flux n'a pas répondu en { $seconds } secondes
meetings-feed-error-unreachable = le flux est injoignable ({ $problem }) ; vérifiez l'adresse
meetings-feed-error-not-json = l'adresse n'a pas renvoyé de JSON : est-ce bien le flux lui-même (pour 12 Step Meeting List : …/wp-admin/admin-ajax.php?action=meetings) et non une page web ?
meetings-feed-error-too-big = le flux dépasse { $megabytes } Mo
meetings-feed-error-not-a-list = le flux n'est pas une liste de réunions (un flux Meeting Guide est une liste JSON de réunions ; un flux BMLT est le résultat de switcher=GetSearchResults)
meetings-feed-error-too-long = le flux compte { $count } entrées ; Haven en lit au plus { $most }
meetings-feed-error-empty = le flux ne contient aucune réunion
meetings-feed-error-no-meetings = aucune des { $count } entrées du flux n'est une réunion au format Meeting Guide ou BMLT (chacune a besoin d'un nom, d'un jour et d'une heure)

meetings-option-weekday = « { $value } » n'est pas un jour de la semaine ; utilisez mon, tue, wed, thu, fri, sat ou sun
meetings-option-weeks = « { $value } » n'est pas un nombre de semaines ; écrivez-le comme 2w
meetings-option-weeks-range = toutes les { $weeks } semaines, ce n'est pas possible ; utilisez de 1w à { $most }w
meetings-option-link-length = ce lien fait { $length } caractères ; le maximum est { $most }
meetings-option-link = « { $value } » n'est pas un lien web ; il doit commencer par https:// ou http:// et n'avoir ni espaces ni <, >, |
meetings-option-phone = « { $value } » n'est pas un numéro de téléphone ; utilisez des chiffres, + et - (et , * # pour les pauses et les codes), comme +15550100,,123456#

## descriptions
cmd-meeting-rsvp-description = J'y vais, peut-être ou non à la prochaine réunion d'une série ; si oui : rappel privé 10 min avant

## /mod stats: each figure's name (the count follows it).
meetings-figure-series = réunions
meetings-figure-rsvps = réponses cette semaine

## A meeting type or language code typed wrongly (/meeting add, /meeting find). $codes: the wrong ones, quoted; $examples: codes with their names.
meetings-option-types-empty = il faut des codes de type, par exemple O,D,ONL
meetings-option-types-many = cela fait { $count } types ; le maximum est { $most }
meetings-option-types-unknown = { $count ->
    [one] { $codes } n’est pas un type de réunion
    [many] { $codes } ne sont pas des types de réunion
   *[other] { $codes } ne sont pas des types de réunion
} ; utilisez des codes Meeting Guide comme { $examples } — `/meeting types` les liste tous
meetings-option-language = « { $value } » n’est pas un code de langue ; écrivez-le comme en, es ou fi

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-meeting-add-example = /meeting add title:"Cercle du soir" day:mon,thu time:19:00 tz:Europe/Paris link:https://meet.example.org/circle duration:90 types:O,D
