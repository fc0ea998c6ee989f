## /haven discreet, /haven quiet et /mod discreet (cogs/discretion.py). Vouvoiement.

cmd-haven-discreet-description = Notifications sans détails : on, off, ou le réglage par défaut de la communauté
cmd-haven-quiet-description = Heures (dans votre fuseau) où questions, résumés et rappels attendent ; ou off
cmd-mod-discreet-description = Le réglage par défaut de la communauté pour les notifications sans détails

discretion-follows-default = Vous suivez le réglage par défaut de cette communauté : **{ $on ->
        [yes] activées
       *[no] désactivées
    }**.
discretion-own-choice = Les notifications discrètes sont **{ $on ->
        [yes] activées
       *[no] désactivées
    }** pour vous.
discretion-member-on = Les notifications de mes messages privés disent seulement « { $notice } » ; les détails sont à l'intérieur, quand vous les ouvrez.
discretion-member-off = Les notifications de mes messages privés montrent ce qu'ils disent.

discretion-quiet-off = Les heures de calme sont désactivées.{ $dnd ->
        [yes] {" "}Sur Slack, votre mode Ne pas déranger est respecté de la même façon.
       *[no] {""}
    }
discretion-quiet-on = Heures de calme : **{ $hours }**, { $zone }{ $zone_set ->
        [no] {" "}(en { $zone } tant que vous n'avez pas choisi votre fuseau)
       *[yes] {""}
    }. Les questions du jour, les résumés de la semaine, les rappels de votre binôme et les félicitations prévus pendant ces heures attendent qu'elles se terminent — chacun arrive quand même une seule fois. Ce qui est urgent, et les réponses à ce que vous faites, n'attendent jamais.{ $dnd ->
        [yes] {" "}Sur Slack, votre mode Ne pas déranger est respecté de la même façon.
       *[no] {""}
    }

discretion-community = Les notifications discrètes sont **{ $mode ->
        [on] activées
       *[off] désactivées
    }** par défaut ici{ $unchanged ->
        [yes] {" "}(inchangé)
       *[no] {""}
    } : { $mode ->
        [on] les notifications des messages privés de { $bot } disent seulement « { $notice } ».
       *[off] les notifications des messages privés montrent ce qu'ils disent.
    } Chaque membre peut choisir pour lui-même avec `/haven discreet` (par défaut, la plateforme les a { $platform ->
        [on] activées
       *[off] désactivées
    }).
