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

## Lire les options d'une commande (bot/options.py, bot/parsing.py). Les mots que l'on tape restent tels quels (today, yes, no, YYYY-MM-DD, HH:MM).
option-text-empty = { $option } : il faut un peu de texte
option-text-too-long = { $option } : cela fait { $count ->
        [one] { $count } caractère
        [many] { $count } de caractères
       *[other] { $count } caractères
    } ; le maximum est { $most }
option-not-whole-number = { $option } : { $value } n'est pas un nombre entier
option-number-below = { $option } : { $value } est inférieur à { $least } ; utilisez { $range }
option-number-above = { $option } : { $value } est supérieur à { $most } ; utilisez { $range }
option-not-a-date = { $option } : { $value } n'est pas une date ; écrivez-la sous la forme YYYY-MM-DD, ou today
option-not-a-calendar-day = { $option } : { $value } n'est pas un jour du calendrier
option-date-too-early = { $option } : { $date } est avant le { $earliest }
option-date-in-future = { $option } : { $date } est dans le futur (nous sommes le { $today } à { $zone })
option-date-passed = { $option } : { $date } est déjà passé
option-not-a-time = { $option } : { $value } n'est pas une heure ; écrivez-la sous la forme HH:MM, par exemple { $example }
option-not-a-time-of-day = { $option } : { $value } n'est pas une heure de la journée (de 00:00 à 23:59)
option-not-a-choice = { $option } : { $value } ne fait pas partie de : { $choices }
option-not-yes-no = { $option } : { $value } n'est ni yes ni no
option-not-a-member = { $option } : { $value } n'est pas un membre ; mentionnez la personne, par exemple { $example }
option-not-a-channel = { $option } : { $value } n'est pas un salon ; écrivez-le par exemple { $example }
option-list-empty-item = { $option } : { $value } contient un élément vide ; séparez les éléments par des virgules
option-list-too-many = { $option } : cela fait { $count ->
        [one] { $count } élément
        [many] { $count } d'éléments
       *[other] { $count } éléments
    } ; le maximum est { $most }
option-none-fits = { $option } : { $value } ne correspond pas à { $accepted }
option-reason = { $option } : { $reason }
parse-quote-not-closed = un guillemet n'est pas fermé ; ajoutez un { $quote } fermant
parse-too-long = cela fait { $count } caractères ; une commande en accepte au plus { $most }
parse-given-twice = { $name }: est donné deux fois
parse-not-an-option = { $name }: n'est pas une option de cette commande
parse-not-an-option-known = { $name }: n'est pas une option de cette commande ; elle accepte { $known }
parse-word-too-many = { $word } est un mot de trop
parse-missing = { $usage } manque

## Un fuseau horaire qui n'est pas un lieu (bot/zones.py). Les noms de fuseaux restent tels quels.
zone-fixed-offset = { $value } est un décalage fixe, pas un lieu : il ne suivrait pas l'heure d'été. Vouliez-vous dire { $places } ?
zone-offset-places = { $value } est un décalage fixe, pas un lieu : il ne suivrait pas l'heure d'été. Lieux à ce décalage aujourd'hui : { $places }
zone-offset-nowhere = { $value } est un décalage fixe, pas un lieu, et aucun lieu n'y est aujourd'hui. Écrivez le fuseau de votre lieu, par exemple Europe/Helsinki ou America/New_York.
zone-not-a-name = { $value } n'est pas un nom de fuseau horaire comme Europe/Helsinki ou America/New_York.
zone-not-a-name-did-you-mean = { $value } n'est pas un nom de fuseau horaire comme Europe/Helsinki ou America/New_York. Vouliez-vous dire { $places } ?

## Une commande, un bouton ou un formulaire que Haven ne connaît pas (bot/app.py).
unknown-command = Je ne connais pas la commande /{ $command }. Essayez `/help`.
unknown-command-in-group = Je ne connais pas la commande /{ $command }.
unknown-command-group = Les commandes /{ $group } :
unknown-command-line = `{ $usage }` — { $help }
unknown-command-off = /{ $group } est désactivé sur ce Haven. Essayez `/help`.
unknown-button = Ce bouton ne fait plus rien. Relancez la commande.
unknown-form = Ce formulaire a expiré. Relancez la commande pour en ouvrir un nouveau.

error-too-soon = Vous avez atteint la limite pour le moment ; vous pourrez réessayer { $wait }.

# L'écran verrouillé d'un membre discret : rien sur le rétablissement ni le soutien.
private-notice = Vous avez un message privé de { $name }

## Heures de calme mal écrites (bot/quiet.py), après le nom de l'option.
quiet-hours-shape = les heures de calme s'écrivent ainsi : `{ $example }` (début-fin, horloge de 24 heures)
quiet-hours-range = les heures vont de 00 à 23 et les minutes de 00 à 59
quiet-hours-same = les heures de calme doivent commencer et finir à des heures différentes

## Réponses d’un formulaire qui ne conviennent pas (bot/forms.py) : une phrase
## chacune. $field est le nom du champ tel que le cog le dit (entre
## guillemets, « Humeur ») ; $low, $high, $most, $count sont des nombres ;
## $choices une liste ; $wrong le choix de la personne. yes et no sont ce
## qu’accepte un formulaire tapé.
form-needed = Le champ { $field } attend une réponse.
form-whole-number = Le champ { $field } doit être un nombre entier.
form-whole-number-between = Le champ { $field } doit être un nombre entier de { $low } à { $high }.
form-whole-number-at-least = Le champ { $field } doit être un nombre entier, au moins { $low }.
form-whole-number-at-most = Le champ { $field } doit être un nombre entier, au plus { $high }.
form-between = Le champ { $field } doit aller de { $low } à { $high }.
form-at-least = Le champ { $field } doit valoir au moins { $low }.
form-at-most = Le champ { $field } doit valoir au plus { $high }.
form-yes-or-no = Le champ { $field } doit être yes ou no.
form-too-many-picks = Le champ { $field } accepte au plus { $most } des choix proposés.
form-not-a-choice = Le champ { $field } peut être { $choices } ; « { $wrong } » n’en fait pas partie.
form-among-choices = Le champ { $field } doit faire partie des choix proposés.
form-one-of = Le champ { $field } doit être { $choices }.
form-one-of-offered = Le champ { $field } doit être l’un des choix proposés.
form-too-long = Le champ { $field } accepte au plus { $most ->
        [one] { $most } caractère
        [many] { $most } de caractères
       *[other] { $most } caractères
    } ; vous en avez écrit { $count }.
form-problems-heading = Certaines réponses sont à revoir :
form-try-again = Réessayer
form-problems = Le formulaire a des problèmes :
