## /haven timezone, /haven export et /haven delete (cogs/me.py). Vouvoiement.

cmd-haven-timezone-description = Choisir votre fuseau horaire (les jours et rappels le suivent)
cmd-haven-timezone-zone-description = un nom de fuseau IANA
cmd-haven-export-description = Recevoir toutes vos données dans un fichier JSON, en privé
cmd-haven-delete-description = Effacer tout ce qui vous concerne dans cette communauté

me-zone-button-gone = Ce bouton ne fonctionne plus. Tapez votre fuseau : `{ $example }`
me-zone-set = Votre fuseau horaire est maintenant **{ $zone }** : il est { $time } là-bas, le { $weekday } { $day } { $month }. Les jours et les rappels le suivent.{ $resume ->
        [yes] {" "}Maintenant, ce que vous avez demandé :
       *[no] {""}
    }

me-export-warning = Votre export contient vos notes privées. Avec certaines offres, les propriétaires d'un espace de travail Slack peuvent exporter les fichiers des messages privés. L'envoyer avec vos notes, ou avec chaque note remplacée par « { $withheld } » ?
me-export-with-notes = Envoyer avec les notes
me-export-without-notes = Envoyer sans les notes
me-export-button-gone = Ce bouton ne fait plus rien. Réessayez `/haven export`.
me-export-ready = Voici tout ce que Haven garde sur vous dans cette communauté. Personne d'autre que vous ne le voit.
me-export-ready-withheld = Voici tout ce que Haven garde sur vous dans cette communauté. Personne d'autre que vous ne le voit. Vos notes sont remplacées par « { $withheld } ».
