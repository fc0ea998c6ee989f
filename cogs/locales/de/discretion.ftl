## /haven discreet, /haven quiet und /mod discreet (cogs/discretion.py). Anrede: du.

cmd-haven-discreet-description = Benachrichtigungen ohne Details: on, off oder die Voreinstellung der Community
cmd-haven-quiet-description = Stunden (in deiner Zone), in denen Fragen, Übersichten und Erinnerungen warten; oder off
cmd-mod-discreet-description = Die Voreinstellung der Community für Benachrichtigungen ohne Details

discretion-follows-default = Du folgst der Voreinstellung dieser Community, und die ist **{ $on ->
        [yes] an
       *[no] aus
    }**.
discretion-own-choice = Diskrete Benachrichtigungen sind für dich **{ $on ->
        [yes] an
       *[no] aus
    }**.
discretion-member-on = Benachrichtigungen über meine privaten Nachrichten zeigen nur „{ $notice }“; die Details stehen drinnen, wenn du sie öffnest.
discretion-member-off = Benachrichtigungen über meine privaten Nachrichten zeigen, was darin steht.

discretion-quiet-off = Die Ruhezeiten sind aus.{ $dnd ->
        [yes] {" "}In Slack wird dein „Nicht stören“ genauso beachtet.
       *[no] {""}
    }
discretion-quiet-on = Ruhezeiten: **{ $hours }**, { $zone }{ $zone_set ->
        [no] {" "}(in { $zone }, bis du deine Zone einstellst)
       *[yes] {""}
    }. Tägliche Fragen, Wochenübersichten, Erinnerungen deiner Begleitung und Glückwünsche, die in diese Zeit fallen, warten, bis sie vorbei ist — jede kommt trotzdem nur einmal. Alles Dringende und Antworten auf das, was du tust, warten nie.{ $dnd ->
        [yes] {" "}In Slack wird dein „Nicht stören“ genauso beachtet.
       *[no] {""}
    }

discretion-community = Diskrete Benachrichtigungen sind hier standardmäßig **{ $mode ->
        [on] an
       *[off] aus
    }**{ $unchanged ->
        [yes] {" "}(unverändert)
       *[no] {""}
    }: { $mode ->
        [on] Benachrichtigungen über private Nachrichten von { $bot } zeigen nur „{ $notice }“.
       *[off] Benachrichtigungen über private Nachrichten zeigen, was darin steht.
    } Mitglieder können mit `/haven discreet` selbst wählen (die Voreinstellung der Plattform ist { $platform ->
        [on] an
       *[off] aus
    }).
