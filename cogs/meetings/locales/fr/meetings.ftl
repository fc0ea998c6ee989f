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

## descriptions
cmd-meeting-rsvp-description = J'y vais, peut-être ou non à la prochaine réunion d'une série ; si oui : rappel privé 10 min avant
