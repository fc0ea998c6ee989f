## Les mots du moteur (bot/) : erreurs et commandes de langue.

error-usage =
    { $reason }
    Utilisation : `{ $usage }`
    Exemple : `{ $example }`

cmd-haven-language-description = Choisissez la langue dans laquelle Haven vous parle (auto : celle de votre appli)
cmd-haven-language-code-description = un code de langue (en, es, pt-br, fr, de) ou auto
cmd-mod-language-description = La langue de la communauté, pour qui n'en a choisi aucune
cmd-mod-language-code-description = un code de langue (en, es, pt-br, fr, de)
language-chosen = C'est fait : Haven vous parle désormais en { $language }. `/haven language auto` suit de nouveau la langue de votre appli.
language-auto = C'est fait : Haven suit désormais la langue de votre appli, sinon celle de cette communauté ; pour l'instant, { $language }.
language-community = C'est fait : dans cette communauté, Haven parle désormais { $language } à qui n'a choisi aucune langue et dont l'appli est dans une langue que Haven ne parle pas.

## Effacement (bot/erasure.py) : /haven delete, et le retrait du consentement.
erasure-confirm = Cela efface tout ce que Haven garde sur vous ici — compteurs, check-ins, réponses aux réunions, binômes — et ne peut pas être annulé.
erasure-erase-button = Tout effacer
erasure-keep-button = Garder mes données
erasure-done = Tout ce que Haven gardait sur vous dans cette communauté est effacé. Prenez soin de vous — vous pouvez revenir quand vous voulez.
erasure-cancelled = Rien n'a été effacé.
erasure-button-gone = Ce bouton ne fait plus rien. Réessayez `/haven delete`.

## L'avis de confidentialité et les réponses (bot/consent.py, bot/consent_handlers.py). Vouvoiement.
cmd-haven-consent-description = Lire l'avis de confidentialité ; accepter, ou retirer (efface vos données, après confirmation)
consent-title = Avis de confidentialité
consent-agree-button = J'accepte
consent-decline-button = Je refuse
consent-withdraw-button = Retirer…
consent-notice = **Avant que Haven garde quoi que ce soit sur vous** (avis de confidentialité v{ $version })
    Haven est un soutien entre pairs, pas un service de conseil psychologique ni un service d'urgence.
    - Si vous acceptez, Haven garde ce que vous lui confiez ici : { $stored } — dans cette communauté seulement.
    - Les notes que vous écrivez sont chiffrées. Les réponses qui vous sont adressées sont privées, sauf si vous choisissez de les partager.
    - Les modérateurs voient des chiffres et des réglages, jamais vos check-ins ni vos notes.
    - `/haven export` vous donne tout ; `/haven delete` ou `/haven consent withdraw` l'efface.
    Si vous êtes en crise en ce moment, utilisez `/crisis`.
consent-stores-zone = votre fuseau horaire
consent-stores-list = { $first } et { $last }
consent-first-one = D'abord, un mot sur la confidentialité — ensuite je m'en occupe.
consent-first-many = D'abord, un mot sur la confidentialité — ensuite je fais ceci, dans l'ordre : { $waiting } (jusqu'à { $limit } peuvent attendre).
consent-first-full = D'abord, un mot sur la confidentialité. { $limit ->
        [one] { $limit } commande attend
        [many] { $limit } de commandes attendent
       *[other] { $limit } commandes attendent
    } déjà votre réponse ({ $waiting }), donc je ne garde pas /{ $command } — relancez-la une fois que vous aurez accepté.
consent-status-agreed = Vous avez accepté l'avis v{ $version }.
consent-status-not-agreed = Vous n'avez pas encore accepté, donc Haven ne garde rien sur vous.
consent-agreed = Merci — c'est fait. Tout ce que vous partagez reste privé, sauf si vous choisissez autrement.
consent-already-in = C'est déjà fait — merci.
consent-resumed = Je fais maintenant ce que vous avez demandé, dans l'ordre : { $commands }.
consent-lapsed = Pas fait, car vous l'avez demandé il y a plus de { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } de minutes
       *[other] { $minutes } minutes
    } — relancez : { $commands }.
consent-zone-tip = Astuce : choisissez votre fuseau horaire pour que les jours comptent à partir de votre minuit : `{ $example }`
consent-declined = Pas de souci — Haven ne garde rien sur vous. `/help` et `/crisis` fonctionnent toujours, et vous pouvez accepter plus tard avec `/haven consent agree`.
consent-declined-dropped = Je n'ai donc pas lancé { $commands }.
consent-nothing-to-erase = Vous n'aviez pas accepté, donc il n'y a rien à vous à effacer.
consent-withdraw-lead = Retirer votre consentement efface tout ce que Haven garde sur vous ici.

## La question du fuseau horaire (bot/zone_question.py).
zone-question = D'abord, une question : dans quel fuseau horaire êtes-vous ? Vos jours et vos rappels s'y comptent.
zone-question-suggested = Votre profil indique **{ $zone }** — touchez ci-dessous pour l'utiliser, ou tapez le vôtre :
zone-use-button = Utiliser { $zone }
zone-question-type = Tapez le vôtre, par exemple :
zone-question-then = Ensuite, je fais ce que vous avez demandé.
zone-from-profile = J'utilise { $zone }, d'après votre profil { $platform } — `/haven timezone` pour le changer.

## Refus du moteur lui-même (bot/app.py).
refusal-moderators-only = /{ $command } est réservé à la modération. Si vous aidez à animer cette communauté, demandez à un administrateur de vous donner le rôle de modération (`/mod role`).
refusal-cog-off = { $cog } est désactivé dans cette communauté.
refusal-button-moderators-only = Ce bouton est réservé à la modération.

## Quand Haven lui-même a un problème (bot/app.py, bot/storage.py).
storage-away = Haven n'arrive pas à joindre son stockage pour le moment ; rien n'a été perdu. Réessayez dans quelques minutes. (`/crisis` et `/sos` fonctionnent quand même.)
error-failure = Un problème est survenu du côté de Haven, et rien n'a été modifié. Réessayez dans un instant. (référence { $ref })

## Les premières lignes de l'onglet Accueil de Slack (adapters/slack/app.py).
slack-home-intro = **Haven** — du soutien entre pairs, en privé. `/help` liste tout.
slack-home-consent = Haven ne garde rien sur vous tant que vous n'avez pas accepté un court avis de confidentialité. Lancez `/haven consent` pour le lire.
