## /checkin : réglages et séries (cogs/checkins). Voir en/checkins.ftl.

cmd-checkin-remind-description = Un rappel privé chaque jour à cette heure locale (ou off)
cmd-checkin-pause-description = Aucun rappel jusqu'à cette date (voyage, vacances)
cmd-checkin-resume-description = Relancer les rappels en pause
cmd-checkin-streaks-description = Si le compte de vos séries s'affiche quelque part pour vous
cmd-checkin-streak-description = Jours d'affilée avec un check-in
cmd-checkin-weekly-description = Un résumé privé chaque semaine ce jour-là (ou off)
cmd-checkin-share-description = Qui voit vos check-ins (privés par défaut)
cmd-checkin-share-sober-description = vos partenaires voient aussi si vous étiez sobre aujourd'hui (non par défaut)
cmd-mod-triggers-description = Les déclencheurs que les membres peuvent nommer avec un check-in (liste à virgules, ou default)

checkins-remind-off = Les rappels quotidiens sont désactivés. Vous pouvez toujours faire votre check-in quand vous voulez avec `/checkin`.
checkins-remind-on = Chaque jour à { $time } ({ $zone }), je vous enverrai un rappel privé avec des boutons de réponse rapide, sauf si vous avez déjà fait votre check-in ce jour-là.
checkins-paused-until = Les rappels sont en pause jusqu'au { $date }.
checkins-zone-tip = Astuce : indiquez votre fuseau horaire pour recevoir le rappel à votre heure locale : `/haven timezone Europe/Paris`

checkins-pause-not-after-today = { $date } n'est pas après aujourd'hui ; les rappels reprennent à la date que vous indiquez
checkins-paused = Aucun rappel jusqu'au { $date } : ils reprennent ce jour-là. `/checkin resume` les fait revenir plus tôt.
checkins-pause-no-prompt = (Vous n'avez aucun rappel quotidien ; `/checkin remind 08:30` en crée un.)
checkins-resume-not-paused = Les rappels n'étaient pas en pause.
checkins-resume-back-on = Les rappels sont de retour.
checkins-resume-no-prompt = Vous n'avez aucun rappel quotidien ; `/checkin remind 08:30` en crée un.
checkins-resume-next = Le prochain arrive à { $time } ({ $zone }).

checkins-streaks-on = Le compte de vos séries est de retour dans vos check-ins et vos résumés.
checkins-streaks-off = Le compte des séries est désactivé : aucune réponse, aucun résumé ni résumé hebdomadaire ne l'affiche. Vos check-ins comptent tout autant. `/checkin streaks on` le fait revenir.
checkins-streak-hidden-done = Vous avez fait votre check-in aujourd'hui. Le compte des séries est désactivé pour vous (`/checkin streaks on` l'affiche).
checkins-streak-hidden-not-yet = Pas encore de check-in aujourd'hui. Le compte des séries est désactivé pour vous (`/checkin streaks on` l'affiche).
checkins-streak-none = Pas de série en cours : un check-in aujourd'hui en commence une. `/checkin mood:4 craving:2`.
checkins-streak-days = { $days ->
    [one] Jour 1 d'une série : chaque check-in compte.
    [many] { $days } jours d'affilée : merci d'être là pour vous-même.
   *[other] { $days } jours d'affilée : merci d'être là pour vous-même.
}
checkins-streak-keep-going = Faites votre check-in aujourd'hui pour la poursuivre.

checkins-weekly-off = Les résumés hebdomadaires sont désactivés. `/checkin summary` fonctionne à tout moment.
checkins-weekly-on = { $day ->
    [mon] Chaque lundi
    [tue] Chaque mardi
    [wed] Chaque mercredi
    [thu] Chaque jeudi
    [fri] Chaque vendredi
    [sat] Chaque samedi
   *[sun] Chaque dimanche
} à { $time } ({ $zone }), je vous enverrai un résumé privé de votre semaine.

checkins-share-sober-partners-only = sober:yes est réservé aux partenaires ; le salon ne l'affiche jamais. `/checkin share partners sober:yes`
checkins-share-private = Vos check-ins sont privés : vous seul·e les voyez. Vos notes ne sont jamais partagées.
checkins-share-partners = Après chaque check-in, vos partenaires de soutien recevront un message privé avec votre humeur et votre envie de consommer, mais pas si vous étiez sobre aujourd'hui. Vos notes ne sont jamais partagées. Quand une envie atteint { $high } ou plus, on leur propose de vous écrire.
    `/checkin share partners sober:yes` leur dit aussi si vous étiez sobre.
checkins-share-partners-sober = Après chaque check-in, vos partenaires de soutien recevront un message privé avec votre humeur, votre envie de consommer et si vous étiez sobre aujourd'hui (quand vous le dites). Vos notes ne sont jamais partagées. Quand une envie atteint { $high } ou plus, on leur propose de vous écrire.
    `/checkin share partners` arrête de partager si vous étiez sobre.
checkins-share-no-partners = Vous n'avez pas encore de partenaires ; `/partner request @member` le propose à quelqu'un.
checkins-share-named = L'humeur et l'envie de chaque check-in seront publiées avec votre nom dans le salon des check-ins de la communauté. Vos notes ne sont jamais partagées.
checkins-share-anonymous = L'humeur et l'envie de chaque check-in seront publiées sans votre nom dans le salon des check-ins de la communauté. Vos notes ne sont jamais partagées.
checkins-share-no-channel = Aucun salon des check-ins n'est encore configuré : rien n'est publié tant qu'un modérateur n'en a pas choisi un.

checkins-triggers-default = Retour aux déclencheurs par défaut : { $triggers }.
checkins-triggers-set = Les membres peuvent désormais nommer ces déclencheurs : { $triggers }.
checkins-triggers-private = { $count ->
    [one] Ce que chaque membre nomme reste privé ; `/mod stats` n'affiche le compte d'un déclencheur qu'une fois nommé par { $count } membre ou plus.
    [many] Ce que chaque membre nomme reste privé ; `/mod stats` n'affiche le compte d'un déclencheur qu'une fois nommé par { $count } membres ou plus.
   *[other] Ce que chaque membre nomme reste privé ; `/mod stats` n'affiche le compte d'un déclencheur qu'une fois nommé par { $count } membres ou plus.
}

cmd-checkin-pledge-description = « Juste pour aujourd'hui, je reste sobre » : un rappel le matin à cette heure (ou off), ou now
cmd-checkin-review-description = « Comment s'est passée la journée ? » chaque soir à cette heure (ou off) ; remplit l'humeur du jour

checkins-pledge-off = Les rappels d'engagement du matin sont désactivés. `/checkin pledge now` enregistre toujours votre engagement du jour quand vous le souhaitez.
checkins-pledge-on = Chaque matin à { $time } ({ $zone }), je vous enverrai en privé « Juste pour aujourd'hui, je reste sobre » avec un bouton S'engager. Vous l'avez manqué ? `/checkin pledge now` enregistre votre engagement du jour à toute heure.
checkins-pledge-title = Juste pour aujourd'hui
checkins-pledge-prompt =
    Juste pour aujourd'hui, je reste sobre.
    Une journée, c'est assez pour y penser. Si vous voulez vous faire la promesse d'aujourd'hui, touchez S'engager, ou laissez simplement ce message vous le rappeler.
checkins-pledge-button = S'engager
checkins-late = (Ce message arrive un peu en retard : Haven a été absent un moment.)
checkins-pledge-moved = Ce rappel était pour le { $asked }. Un engagement vaut pour le jour où vous êtes, donc celui-ci compte pour aujourd'hui, { $date }.
checkins-pledge-again = Votre engagement d'aujourd'hui est déjà pris, et il tient toujours. Prenez soin de vous aujourd'hui.
checkins-pledged = Engagement pour aujourd'hui, { $date } : juste pour aujourd'hui, vous restez sobre. C'est tout ce que la journée demande ; merci d'être là.
checkins-pledge-run = { $count ->
    [one] { $count } jour d'engagement d'affilée.
    [many] { $count } jours d'engagement d'affilée.
   *[other] { $count } jours d'engagement d'affilée.
}

checkins-review-off = Les bilans du soir sont désactivés. `/checkin` enregistre votre journée à tout moment.
checkins-review-on = Chaque soir à { $time } ({ $zone }), je vous demanderai en privé « Comment s'est passée la journée ? » : Facile, Correcte, Difficile ou Très difficile. Votre réponse remplit l'humeur du jour (Facile 4, Correcte 3, Difficile 2, Très difficile 1 sur 5) et ne change rien d'autre.
checkins-review-title = Comment s'est passée la journée ?
checkins-review-today =
    Comment s'est passé ce { $weekday } ? Touchez ce qui correspond : il n'y a pas de mauvaise réponse.
    Cela remplit l'humeur du jour ; tout ce que vous avez écrit aujourd'hui reste tel quel.
checkins-review-yesterday =
    Comment s'est passé hier, { $date } ? Touchez ce qui correspond : il n'y a pas de mauvaise réponse.
    Cela remplit l'humeur de ce jour-là ; tout ce que vous avez écrit reste tel quel.
checkins-review-earlier =
    Comment s'est passé le { $date } ? Touchez ce qui correspond : il n'y a pas de mauvaise réponse.
    Cela remplit l'humeur de ce jour-là ; tout ce que vous avez écrit reste tel quel.
checkins-review-easy = Facile
checkins-review-okay = Correcte
checkins-review-hard = Difficile
checkins-review-veryhard = Très difficile
checkins-hard-run-partners = Cela fait { $count } jours très difficiles d'affilée. Vous n'avez pas à les porter seul·e. Vos partenaires voudraient le savoir : le bouton ci-dessous leur dit en privé qu'un appel vous ferait du bien (comme `/sos`). Et `/crisis` liste des lignes d'écoute, à toute heure.
checkins-hard-run-alone = Cela fait { $count } jours très difficiles d'affilée. Vous n'avez pas à les porter seul·e. `/crisis` liste des lignes d'écoute, à toute heure, et un partenaire peut aider les jours comme ceux-ci : `/partner request @member` le propose à quelqu'un de confiance, `/partner pool join` vous trouve un petit groupe.
checkins-hard-run-button = Prévenir mes partenaires

cmd-checkin-description = Faire votre check-in du jour (sans option, ouvre un formulaire)
cmd-checkin-mood-description = 1 très bas – 5
cmd-checkin-craving-description = 0 – 10
cmd-checkin-sober-description = sobre aujourd'hui, yes ou no
cmd-checkin-note-description = privée, chiffrée
cmd-checkin-triggers-description = ce qui vous a pesé, séparé par des virgules (vous seul·e le voyez)

checkins-mood-1 = très bas
checkins-mood-2 = bas
checkins-mood-3 = correct
checkins-mood-4 = bien
checkins-mood-5 = très bien
checkins-described-mood = humeur { $mood }/5 ({ $word })
checkins-described-craving = envie de consommer { $craving }/10
checkins-described-mood-short = humeur { $mood }/5
checkins-described-sober = sobre aujourd'hui
checkins-described-not-sober = pas sobre aujourd'hui

checkins-form-title = Check-in du jour
checkins-form-submit = Valider
checkins-form-mood = Humeur (1 très bas – 5 très bien)
checkins-form-craving = Envie de consommer (0 aucune – 10 très forte)
checkins-form-sober = Sobre aujourd'hui
checkins-form-note = Note : vous seul·e pouvez la voir
checkins-form-triggers = Déclencheurs du jour (facultatif, vous seul·e les voyez)
checkins-form-triggers-placeholder = Quelque chose vous a pesé ?
checkins-more-title = La suite du check-in du jour
checkins-more-title-day = La suite du check-in de { $weekday }
checkins-more-submit = Enregistrer
checkins-more-button = Ajouter l'envie et une note

checkins-usage-need-both = mood: et craving: sont nécessaires pour un check-in
checkins-usage-no-mood = mood: manque ; donnez mood et craving ensemble
checkins-usage-no-craving = craving: manque ; donnez mood et craving ensemble
checkins-no-forms = Faites votre check-in avec `/checkin mood:<1-5> craving:<0-10>`, par exemple `/checkin mood:4 craving:2 sober:yes triggers:stress`.
checkins-stale-button = Ce bouton ne fait plus rien. Essayez plutôt `/checkin`.
checkins-more-no-checkin = Il n'y a pas encore de check-in aujourd'hui. Utilisez `/checkin` pour en faire un.

checkins-saved-yesterday = Enregistré pour hier, { $date } : { $checkin }.
checkins-saved-today = Enregistré pour aujourd'hui, { $date } : { $checkin }.
checkins-saved-on = Enregistré pour le { $date } : { $checkin }.
checkins-added-on = Ajouté au check-in du { $date } : { $checkin }.
checkins-added-today = Ajouté au check-in du jour : { $checkin }.
checkins-updated = Vous aviez déjà fait votre check-in aujourd'hui, je l'ai donc mis à jour : { $checkin }.
checkins-checked-in = Check-in du { $date } : { $checkin }.
checkins-note-saved = Votre note est enregistrée en privé.
checkins-triggers-noted = Déclencheurs notés, pour vous seul·e : { $triggers } (`/checkin patterns`).
checkins-hard-very-low = Une journée très basse, c'est dur, et vous avez quand même fait votre check-in : ça compte.
checkins-hard-craving = Des envies aussi fortes, c'est dur.
checkins-hard-not-sober = Merci pour votre sincérité. Un faux pas fait partie de bien des rétablissements et n'efface pas les jours déjà parcourus. Votre compteur de sobriété reste tel quel, sauf si vous choisissez de le recommencer (`/sober reset`).
checkins-help-now = Si vous avez besoin de quelqu'un maintenant, `/sos` prévient vos partenaires et `/crisis` liste des lignes d'écoute.

checkins-prompt-title = Check-in du jour
checkins-prompt = Comment allez-vous aujourd'hui ? Touchez votre humeur (1 très bas, 5 très bien) ou utilisez `/checkin` pour le formulaire complet.

checkins-partner-title = Check-in d'un partenaire
checkins-partner-checked-in = { $name } a fait son check-in : { $checkin }.
checkins-partner-updated = { $name } a mis à jour son check-in du jour : { $checkin }.
checkins-partner-high = Son envie de consommer est forte aujourd'hui ({ $craving }/10) : un message de votre part serait peut-être le bienvenu.
checkins-channel-named = { $name } a fait son check-in aujourd'hui : { $checkin }.
checkins-channel-anonymous = Un membre a fait son check-in aujourd'hui : { $checkin }.

checkins-summary-title = Vos check-ins
checkins-summary-none = Pas encore de check-in ces 30 derniers jours. Le premier : `/checkin mood:4 craving:2`.
checkins-average = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }/{ $scale }
checkins-summary-period = **{ $days } derniers jours :** check-in { $count } jours sur { $days } · humeur { $mood } · envie { $craving }
checkins-trend-lower = Les envies ont été plus faibles cette semaine que les semaines précédentes.
checkins-trend-higher = Les envies ont été plus fortes cette semaine que les semaines précédentes : prenez soin de vous, et demandez du soutien si cela aide.
checkins-trend-steady = Les envies ont été à peu près les mêmes cette semaine que les semaines précédentes.
cmd-checkin-summary-description = Les 7, 30 et 90 derniers jours, avec des graphiques

checkins-chart-title = Vos check-ins, du { $first } au { $last } { $year }
checkins-chart-mood = Humeur (1 très bas à 5 très bien)
checkins-chart-craving = Envie (0 aucune à 10 très forte)
checkins-chart-gap = Une coupure dans une ligne est un jour sans check-in.

cmd-checkin-patterns-description = Vos propres tendances sur 30 ou 90 jours, en mots ; vous seul·e les voyez
checkins-patterns-title = Vos tendances, { $days } derniers jours : vous seul·e voyez ceci
checkins-patterns-chart-title = Vos envies, { $days } derniers jours
checkins-patterns-by-weekday = Envie moyenne par jour de la semaine
checkins-patterns-by-trigger = Envie moyenne par déclencheur
checkins-patterns-chart-note = La ligne foncée est votre envie moyenne. Vous seul·e voyez ceci.
checkins-patterns-nothing-named = Rien de nommé pour l'instant
checkins-patterns-name-triggers = Nommez ce qui vous a pesé lors d'un check-in pour voir son effet sur vos envies : `/checkin mood:3 craving:6 triggers:stress`.
checkins-patterns-too-few = Pas encore assez de check-ins avec une envie ces { $days } derniers jours pour voir des tendances ({ $count } pour l'instant ; il en faut { $needed }). Continuez vos check-ins : les tendances apparaissent après deux semaines environ.
checkins-patterns-most-named = Vous avez nommé '{ $tag }' le plus souvent : dans { $count } de vos { $total } check-ins.
checkins-patterns-steady = Vos envies ont été à peu près les mêmes selon les jours et les déclencheurs (environ { NUMBER($average, maximumFractionDigits: 1) } en moyenne) : aucun jour ni déclencheur ne se distingue.
checkins-patterns-weekday = Les envies sont plus fortes le { $day ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    }{ $part ->
        [morning] {" "}matin
        [afternoon] {" "}après-midi
        [evening] {" "}soir
        [night] {" "}dans la nuit
       *[all] {""}
    } : { NUMBER($average, maximumFractionDigits: 1) } en moyenne, contre { NUMBER($other, maximumFractionDigits: 1) } les autres jours.
checkins-patterns-trigger = Après '{ $tag }', votre envie est en moyenne de { NUMBER($average, maximumFractionDigits: 1) } ({ $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }), contre { NUMBER($other, maximumFractionDigits: 1) } les jours sans.
checkins-weekday-short = { $day ->
    [mon] lun.
    [tue] mar.
    [wed] mer.
    [thu] jeu.
    [fri] ven.
    [sat] sam.
   *[sun] dim.
}

checkins-triggers-bad-name = « { $tag } » n'est pas un nom de déclencheur : jusqu'à 32 lettres, chiffres, espaces, ' ou -, séparés par des virgules. `/mod triggers stress, loneliness, work, family` (ou `/mod triggers default`)
checkins-triggers-empty = indiquez les déclencheurs séparés par des virgules. `/mod triggers stress, loneliness, work, family` (ou `/mod triggers default`)
checkins-triggers-too-many = cela fait { $count } déclencheurs ; une liste en contient au plus { $most } pour que le formulaire de check-in puisse tous les proposer. `/mod triggers stress, loneliness, work, family` (ou `/mod triggers default`)
checkins-triggers-not-offered = « { $tag } » ne fait pas partie des déclencheurs de cette communauté : { $offered }. Par exemple `/checkin mood:3 craving:6 triggers:{ $first },{ $last }`

# The member's home (Slack App Home): this section's heading.
checkins-home-title = Le check-in du jour
# Les boutons en dessous : un appui fait le check-in avec cette humeur (1 très bas – 5 très bien).
checkins-home-mood-1 = Humeur 1
checkins-home-mood-2 = Humeur 2
checkins-home-mood-3 = Humeur 3
checkins-home-mood-4 = Humeur 4
checkins-home-mood-5 = Humeur 5

## /mod stats : le nom de chaque chiffre (le nombre le suit).
checkins-figure-week = check-ins de cette semaine
checkins-figure-reminders = membres avec des rappels quotidiens
# $tag : un déclencheur tel que la liste de la communauté l'écrit ; $days : 30
checkins-figure-trigger = check-ins citant '{ $tag }' ({ $days } derniers jours)

## Les déclencheurs par défaut (ceux d'une communauté qui n'en a pas choisi), un mot
## chacun : lus et tapés dans votre langue ; enregistrés par leur code anglais.
checkins-trigger-stress = stress
checkins-trigger-loneliness = solitude
checkins-trigger-conflict = conflit
checkins-trigger-celebration = fête
checkins-trigger-boredom = ennui
checkins-trigger-tiredness = fatigue
checkins-trigger-place = lieu
checkins-trigger-people = personnes

# The commands' examples in /help and usage errors: only the member's own words change.
cmd-checkin-example = /checkin mood:4 craving:2 sober:yes note:"longue journée" triggers:stress,personnes
cmd-mod-triggers-example = /mod triggers stress, solitude, travail, famille

## Le nom de chaque champ dans un problème de saisie (bot/forms.py) : « Le champ « Humeur » … ».
checkins-field-mood = « Humeur »
checkins-field-craving = « Envie de consommer »
checkins-field-sober = « Sobre aujourd'hui »
checkins-field-note = « Note »
checkins-field-triggers = « Déclencheurs »
