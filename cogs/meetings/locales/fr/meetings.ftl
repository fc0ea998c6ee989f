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
meetings-wait-minutes = { $count ->
    [one] dans { $count } minute
    [many] dans { $count } de minutes
   *[other] dans { $count } minutes
}
meetings-wait-hours = { $count ->
    [one] dans { $count } heure
    [many] dans { $count } d'heures
   *[other] dans { $count } heures
}
meetings-wait-days = { $count ->
    [one] dans { $count } jour
    [many] dans { $count } de jours
   *[other] dans { $count } jours
}
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
