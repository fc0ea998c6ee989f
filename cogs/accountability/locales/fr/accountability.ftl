## /sos, ses boutons et messages, et /haven reasons (cogs/accountability).
## Vouvoiement, comme /crisis ; aucun mot qui culpabilise ou fasse honte. Ce
## qui dit que quelqu'un a reçu ou sait quelque chose reste exactement aussi
## vrai qu'en anglais, jamais plus.

accountability-names = { $first } et { $last }

accountability-why-closed = ses messages privés sont fermés
accountability-why-gone = son compte n'est plus actif
accountability-why-error = le message n'a pas pu être remis

cmd-sos-description = Demander du soutien : ressources d'urgence tout de suite, et vos partenaires alertés en privé
accountability-sos-your-reasons = Vos raisons :
accountability-sos-no-consent = Les partenaires que vous trouvez avec `/partner` sont alertés quand vous utilisez `/sos`.
accountability-sos-unreachable = Je ne peux pas joindre vos partenaires pour le moment : appelez ou écrivez directement à quelqu'un. Les ressources ci-dessus sont là à tout moment.
accountability-sos-too-soon = Votre dernière alerte est partie { $last } ; vous pourrez en envoyer une autre { $again } (à { $at }). Les ressources ci-dessus sont là tout de suite.
accountability-sos-no-partners = Vous n'avez pas encore de partenaires, donc personne n'a été alerté.
accountability-sos-no-partners-moderators = Vous n'avez pas encore de partenaires, donc personne n'a été alerté. Si vous le souhaitez, je peux prévenir les modérateurs : seulement que quelqu'un a demandé du soutien, pas qui.
accountability-sos-by-dm = { $count ->
    [one] { $names } a reçu votre alerte par message privé.
    [many] { $names } ont reçu votre alerte par message privé.
   *[other] { $names } ont reçu votre alerte par message privé.
}
accountability-sos-in-space = Je n'ai pas pu joindre { $name } par message privé ({ $why }), alors j'ai publié dans l'espace privé que vous partagez, avec une mention.
accountability-sos-not-reached = Je n'ai pas pu joindre { $name } ({ $why }) et vous ne partagez aucun espace privé où je pourrais faire une mention.
accountability-sos-no-one = Personne n'a reçu votre alerte : appelez ou écrivez directement à quelqu'un.
accountability-sos-offer-moderators = Si vous le souhaitez, je peux prévenir les modérateurs : seulement que quelqu'un a demandé du soutien, pas qui.
accountability-sos-moderator-button = Prévenir un modérateur

accountability-sos-dm = { $name } aurait bien besoin d'un appel en ce moment. Un message ou un appel de votre part peut compter beaucoup. Appuyez sur **Je suis là** pour le lui faire savoir.
accountability-sos-space-post = { $mention } : { $name } aurait bien besoin d'un appel en ce moment. Un message ou un appel de votre part peut compter beaucoup. Appuyez sur **Je suis là** pour le lui faire savoir.
accountability-sos-here-button = Je suis là
accountability-sos-here-first = { $name } est là pour vous : { $name } a appuyé sur **Je suis là**.
accountability-sos-here-too = { $name } est là pour vous, aussi.
accountability-sos-here-closed = Cette alerte n'est plus ouverte. Merci de veiller sur les autres.
accountability-sos-here-already = { $name } sait déjà que vous êtes là. Merci.
accountability-sos-here-unreached = Merci. Je n'ai pas pu joindre { $name } pour le lui dire ({ $why }), alors un message ou un appel de votre part compte d'autant plus.
accountability-sos-here-told = Merci : { $name } sait que vous êtes là.

accountability-sos-no-answer = Aucun de vos partenaires n'a encore répondu. Vous n'avez pas à attendre : ces lignes sont là tout de suite.
accountability-sos-no-answer-moderators = Aucun de vos partenaires n'a encore répondu. Vous n'avez pas à attendre : ces lignes sont là tout de suite. Si vous le souhaitez, je peux dire aux modérateurs que quelqu'un a demandé du soutien, pas qui.

accountability-sos-moderators-stale = Ce bouton ne fait plus rien. `/sos` ou `/crisis` à tout moment.
accountability-sos-moderators-already = Les modérateurs savent déjà que quelqu'un a demandé du soutien.
accountability-sos-moderators-done = C'est fait : les modérateurs savent que quelqu'un a demandé du soutien ; votre nom n'a pas été partagé. `/crisis` est là à tout moment.
accountability-sos-moderators-note = Quelqu'un a demandé du soutien.

cmd-haven-reasons-add-description = Gardez une courte raison à vous de rester sur votre chemin ; /sos vous la montre
cmd-haven-reasons-list-description = Vos propres raisons, en privé
cmd-haven-reasons-remove-description = Retirez une de vos raisons par son numéro dans la liste
accountability-reasons-full = vous gardez déjà { $max } raisons ; retirez-en une d'abord (`/haven reasons list` montre leurs numéros)
accountability-reasons-kept = C'est gardé (raison { $number } sur { $max } au plus). Vous seul la voyez : avec les lignes d'écoute, quand vous utilisez `/sos`.
accountability-reasons-none = Vous ne gardez encore aucune raison. `/haven reasons add <a few words>` en garde une ; `/sos` vous les montre quand c'est difficile.
accountability-reasons-title = Vos raisons
accountability-reasons-no-such = { $count ->
    [one] vous gardez { $count } raison ; `/haven reasons list` montre leurs numéros
    [many] vous gardez { $count } de raisons ; `/haven reasons list` montre leurs numéros
   *[other] vous gardez { $count } raisons ; `/haven reasons list` montre leurs numéros
}
accountability-reasons-removed = Raison { $number } retirée. Les autres gardent leur ordre.

accountability-quiet-nudge = { $name } n'a pas fait de check-in depuis quelques jours : un message amical pourrait aider.

cmd-partner-list-description = Vos partenaires et groupes
accountability-list-title = Vos partenaires et groupes
accountability-list-pod = { $kind ->
    [pod] `pod:{ $id }` (groupe) avec { $names }
   *[pair] `pod:{ $id }` (partenaires) avec { $names }
}
accountability-list-pod-space = { $kind ->
    [pod] `pod:{ $id }` (groupe) avec { $names } — espace { $space }
   *[pair] `pod:{ $id }` (partenaires) avec { $names } — espace { $space }
}
accountability-list-asked = { $name } vous propose d'être partenaires : `/partner accept @{ $user }`
accountability-list-waiting = en attente de la réponse de { $mention } à votre demande
accountability-list-pooled = vous êtes dans la réserve, en attente d'un groupe
accountability-list-empty = Pas encore de partenaires ni de groupes. `/partner request @member` le propose à quelqu'un ; `/partner pool join` laisse Haven vous placer dans un groupe.

cmd-partner-leave-description = Quitter un partenariat ou un groupe à tout moment ; les autres en sont informés sobrement
accountability-leave-no-pod = vous n'êtes pas dans pod:{ $id } ; `/partner list` montre les vôtres
accountability-leave-not-partners = vous et @{ $who } n'êtes pas partenaires en ce moment (choisissez la personne dans la liste @ en tapant) ; pour quitter un groupe, utilisez son pod:id de `/partner list`
accountability-leave-done = C'est fait : vous vous êtes retiré·e. Les autres reçoivent une courte note neutre, sans raison donnée.
accountability-leave-done-closed = C'est fait : vous vous êtes retiré·e. Les autres reçoivent une courte note neutre, sans raison donnée. L'espace partagé est fermé.
accountability-left = { $kind ->
    [pod] { $name } s'est retiré·e de votre groupe.
   *[pair] { $name } s'est retiré·e de votre partenariat.
}
accountability-left-closed = { $kind ->
    [pod] { $name } s'est retiré·e de votre groupe. Votre espace partagé est maintenant fermé. `/partner pool join` peut vous placer à nouveau dans un groupe.
   *[pair] { $name } s'est retiré·e de votre partenariat. Votre espace partagé est maintenant fermé. `/partner pool join` peut vous placer à nouveau dans un groupe.
}

cmd-partner-pool-description = S'inscrire (ou se désinscrire) pour être placé·e dans un petit groupe
accountability-pool-not-in = Vous n'étiez pas dans la réserve : rien à changer.
accountability-pool-left = Vous avez quitté la réserve ; vous ne serez pas placé·e dans un groupe.
accountability-pool-already = Vous êtes déjà dans la réserve. La prochaine répartition des modérateurs vous placera dans un groupe.
accountability-pool-joined = Vous êtes dans la réserve. À la prochaine répartition des modérateurs, vous rejoindrez un groupe de 2 à 4 personnes dont les heures locales sont proches des vôtres, avec un espace privé. `/partner pool leave` vous en retire.
accountability-pool-tip = Astuce : indiquez votre fuseau horaire (`/haven timezone Europe/Helsinki`) pour que Haven vous associe à des personnes éveillées aux mêmes heures que vous.

cmd-partner-match-description = Modérateurs : former des groupes maintenant depuis la réserve (selon les fuseaux, sans répétition)
accountability-match-too-few = Moins de 2 personnes sont dans la réserve : aucun groupe n'a été formé.
accountability-match-formed = { $count ->
    [one] { $count } groupe formé depuis la réserve.
    [many] { $count } de groupes formés depuis la réserve.
   *[other] { $count } groupes formés depuis la réserve.
}
accountability-match-left = { $count ->
    [one] { $count } personne reste dans la réserve pour la prochaine fois.
    [many] { $count } de personnes restent dans la réserve pour la prochaine fois.
   *[other] { $count } personnes restent dans la réserve pour la prochaine fois.
}
accountability-match-unreached = { $count ->
    [one] { $count } personne placée n'a pas pu être prévenue par message privé ; elle trouvera le groupe dans `/partner list`.
    [many] { $count } de personnes placées n'ont pas pu être prévenues par message privé ; elles trouveront le groupe dans `/partner list`.
   *[other] { $count } personnes placées n'ont pas pu être prévenues par message privé ; elles trouveront le groupe dans `/partner list`.
}
accountability-match-scheduled-title = Répartition programmée des groupes
accountability-match-late = (Elle a eu lieu un peu plus tard que prévu.)
accountability-matched = Vous avez été placé·e dans un groupe avec { $names }. Dites bonjour quand vous serez prêt·e ; `/partner leave` permet de vous retirer à tout moment, sans raison à donner.
accountability-matched-space = Vous avez été placé·e dans un groupe avec { $names }. Votre espace privé : { $space }. Dites bonjour quand vous serez prêt·e ; `/partner leave` permet de vous retirer à tout moment, sans raison à donner.
accountability-no-new-pod = Pas de nouveau groupe cette semaine : toutes les personnes de la réserve ont déjà été dans un groupe avec vous ou ne sont pas disponibles pour vous. Vous restez dans la réserve pour la prochaine répartition ; `/partner pool leave` vous en retire.

cmd-partner-schedule-description = Modérateurs : répartir la réserve en groupes chaque semaine à une heure locale (ou off)
cmd-partner-schedule-day-description = jour de la semaine, ou off
cmd-partner-schedule-time-description = l'heure locale de la communauté
cmd-partner-schedule-size-description = taille des groupes
accountability-schedule-not-scheduled = La répartition des groupes n'était pas programmée : rien à changer.
accountability-schedule-off = La répartition programmée des groupes est désactivée. `/partner match` forme toujours des groupes quand vous le décidez.
accountability-schedule-no-time = indiquez aussi l'heure, dans le fuseau de la communauté, par exemple 18:00
accountability-schedule-set = La réserve sera répartie en groupes d'environ { $size } personnes { $day ->
        [mon] chaque lundi
        [tue] chaque mardi
        [wed] chaque mercredi
        [thu] chaque jeudi
        [fri] chaque vendredi
        [sat] chaque samedi
       *[sun] chaque dimanche
    } à { $at } ({ $zone }). Les personnes placées sont prévenues en privé ; le canal des modérateurs, s'il existe, ne reçoit que des chiffres. `/partner schedule off` l'arrête.
accountability-schedule-set-next = La réserve sera répartie en groupes d'environ { $size } personnes { $day ->
        [mon] chaque lundi
        [tue] chaque mardi
        [wed] chaque mercredi
        [thu] chaque jeudi
        [fri] chaque vendredi
        [sat] chaque samedi
       *[sun] chaque dimanche
    } à { $at } ({ $zone }). La prochaine aura lieu { $next }. Les personnes placées sont prévenues en privé ; le canal des modérateurs, s'il existe, ne reçoit que des chiffres. `/partner schedule off` l'arrête.

accountability-welcome-title = { $kind ->
    [pod] Bienvenue dans votre groupe
   *[pair] Bienvenue dans votre partenariat
}
accountability-welcome =
    Cet espace privé est réservé à { $names }.
    - Ce qui se dit ici reste ici : merci de garder tout cela confidentiel.
    - Le soutien entre pairs ne remplace pas une aide professionnelle. En crise ? Utilisez `/crisis` à tout moment.
    - Chacun peut se retirer à tout moment avec `/partner leave`, sans raison à donner.
    - Besoin de quelqu'un maintenant ? Appuyez sur **SOS** ou utilisez `/sos` pour alerter vos partenaires en privé.
    Haven ne conserve ni ne lit ce que vous écrivez ici.
accountability-welcome-sos-button = SOS

cmd-partner-request-description = Proposer à quelqu'un d'être votre partenaire de soutien ; la réponse reste privée
accountability-request-self = vous ne pouvez pas être votre propre partenaire : `/partner pool join` vous en trouve un
accountability-request-partners = { $name } et vous êtes déjà partenaires.
accountability-request-asked = Vous avez déjà fait la demande à { $mention }. Si cette personne utilise Haven ici, elle peut répondre à tout moment pendant les deux semaines où une demande reste ouverte.
accountability-request-they-asked = { $name } vous a déjà fait la demande : `/partner accept @{ $user }` pour dire oui.
accountability-request-declined = { $mention } n'est pas disponible en ce moment. Vous pourrez refaire la demande à partir du { $again }.
accountability-request-sent = Si { $mention } utilise Haven ici, cette personne recevra votre demande en privé : par message privé ou dans `/partner list`. Rien n'est mis en place sans son accord, et je vous préviendrai quand elle répondra.
accountability-request-waiting = { $count ->
    [one] Vous avez { $count } demande en attente de réponse. Laissez-lui un peu de temps : vous pourrez demander à quelqu'un d'autre une fois qu'elle aura reçu une réponse (ou après deux semaines).
    [many] Vous avez { $count } de demandes en attente de réponse. Laissez-leur un peu de temps : vous pourrez demander à quelqu'un d'autre dès que l'une d'elles aura reçu une réponse (ou après deux semaines).
   *[other] Vous avez { $count } demandes en attente de réponse. Laissez-leur un peu de temps : vous pourrez demander à quelqu'un d'autre dès que l'une d'elles aura reçu une réponse (ou après deux semaines).
}
accountability-request-daily = { $count ->
    [one] Vous avez envoyé { $count } demande de partenariat ces dernières 24 heures. Vous pourrez demander à quelqu'un d'autre { $again } (à { $at }).
    [many] Vous avez envoyé { $count } de demandes de partenariat ces dernières 24 heures. Vous pourrez demander à quelqu'un d'autre { $again } (à { $at }).
   *[other] Vous avez envoyé { $count } demandes de partenariat ces dernières 24 heures. Vous pourrez demander à quelqu'un d'autre { $again } (à { $at }).
}
accountability-request-dm-title = Une demande de partenariat
accountability-request-dm = { $name } aimerait être votre partenaire de soutien. Si vous acceptez, Haven ouvre un espace privé rien que pour vous deux. Aucune raison n'est nécessaire : si vous refusez, cette personne apprendra seulement que vous n'êtes pas disponible en ce moment.
accountability-request-accept-button = Accepter
accountability-request-decline-button = Pas maintenant

cmd-partner-accept-description = Accepter une demande de partenariat (comme son bouton Accepter)
cmd-partner-decline-description = Refuser une demande de partenariat ; la personne apprend seulement que vous n'êtes pas disponible
accountability-answer-closed = Cette demande n'est plus ouverte.
accountability-declined-note = { $name } n'est pas disponible en ce moment.
accountability-declined-unreached = Refusée. Je n'ai pas pu joindre { $name }, donc rien ne lui a été envoyé.
accountability-declined = Refusée. { $name } apprend seulement que vous n'êtes pas disponible en ce moment.
accountability-accepted = { $name } et vous êtes maintenant partenaires.
accountability-accepted-ended = Ce partenariat a pris fin entre-temps ; plus rien à mettre en place.
accountability-accepted-note = { $name } a accepté : vous êtes maintenant partenaires.
accountability-accepted-note-space = { $name } a accepté : vous êtes maintenant partenaires. Votre espace privé : { $space }.
accountability-accepted-space-told = Votre espace privé : { $space }. { $name } sait que vous avez dit oui.
accountability-accepted-space-unreached = Votre espace privé : { $space }. Je n'ai pas pu prévenir { $name } par message privé ({ $why }) ; cette personne le verra dans `/partner list`.
accountability-accepted-told = { $name } et vous pouvez vous retrouver dans `/partner list`. { $name } sait que vous avez dit oui.
accountability-accepted-unreached = { $name } et vous pouvez vous retrouver dans `/partner list`. Je n'ai pas pu prévenir { $name } par message privé ({ $why }) ; cette personne le verra dans `/partner list`.

# The member's home (Slack App Home): this section's heading.
accountability-home-title = Partenaires et groupes

## /mod stats : le nom de chaque chiffre (le nombre le suit).
accountability-figure-pods = groupes et binômes

accountability-option-not-a-pod = { $option } : { $value } n'est ni un groupe ni un binôme (pod) ; écrivez-le ainsi : pod:3

# The command's example in /help and usage errors: only the member's own words change.
cmd-haven-reasons-add-example = /haven reasons add La remise de diplôme de ma fille en juin
