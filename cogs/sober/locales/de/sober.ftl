## /sober (cogs/sober). Duzen; warm, nie ein Wettbewerb. Ein Neuanfang ist ein
## Neuanfang: kein Wort nennt ihn Scheitern. Daten kommen ausgeschrieben
## („2. Januar 2025“);
## Befehle und Optionen (`/sober …`, label:) bleiben englisch.

cmd-sober-set-description = Einen Zähler starten oder sein Startdatum verschieben (rückwirkend)
cmd-sober-set-date-description = dein Startdatum
cmd-sober-set-label-description = welcher Zähler (Standard sobriety)
cmd-sober-set-note-description = eine private Notiz
cmd-sober-show-description = Deine Tage, der nächste Meilenstein und wie weit es noch ist
cmd-sober-show-label-description = welcher Zähler (Standard sobriety)
cmd-sober-cost-description = Geld und Zeit zurück: was es pro Tag gekostet hat (aus, solange du nichts angibst)
cmd-sober-cost-amount-description = was du pro Tag ausgegeben hast, oder off
cmd-sober-cost-currency-description = ISO-4217-Code, etwa EUR
cmd-sober-cost-hours-description = Stunden pro Tag, die es gekostet hat
cmd-sober-cost-label-description = welcher Zähler (Standard sobriety)
cmd-sober-reset-description = Ein Neuanfang; dein bisheriger Weg bleibt in deinem Verlauf
cmd-sober-reset-label-description = welcher Zähler (Standard sobriety)
cmd-sober-reset-date-description = der Neuanfang
cmd-sober-reset-note-description = eine private Notiz
cmd-sober-history-description = Frühere Abschnitte und ihre Länge
cmd-sober-history-label-description = welcher Zähler (Standard sobriety)
cmd-sober-share-description = Wie deine Meilensteine im Meilenstein-Kanal geteilt werden, und ob du Meilenstein-Rollen bekommst
cmd-sober-share-roles-description = ob du die Meilenstein-Rollen der Moderation bekommst (Standard off)
cmd-sober-remove-description = Einen Zähler und seinen Verlauf löschen (fragt vorher)
cmd-sober-remove-label-description = der Zähler, der gelöscht wird
cmd-sober-count-description = Deinen Starttag als Tag 0 (Standard) oder als Tag 1 zählen
cmd-sober-morning-description = Wann Glückwünsche zu Meilensteinen kommen (deine Ortszeit; Standard 09:00)
cmd-sober-morning-time-description = Ortszeit der Meilenstein-Nachrichten
cmd-sober-roles-description = Moderation: eine Rolle, die es bei einem Meilenstein gibt (wo die Plattform Rollen hat)
cmd-sober-roles-role-description = ein Rollenname, oder off

sober-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
sober-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
sober-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
sober-years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
sober-two = { $first } und { $last }
sober-three = { $first }, { $second } und { $last }

sober-summary = **{ $days }** seit dem { $date }
sober-summary-long = **{ $days }** ({ $duration }) seit dem { $date }
sober-summary-named = **{ $label }**: { $summary }
sober-summary-next = Nächster Meilenstein: **{ $milestone }** am { $date }; { $left ->
    [one] noch { $left } Tag.
   *[other] noch { $left } Tage.
}
sober-show-back = Das sind { $back }.
sober-no-counter = du hast noch keinen Zähler; starte einen mit `/sober set 2025-01-02`
sober-no-such-counter = du hast keinen Zähler namens { $label }; starte einen mit `/sober set 2025-01-02 label:{ $label }`
sober-no-such-counter-yours = du hast keinen Zähler namens { $label }; deine: { $names }
sober-which-counter = welcher Zähler? Du hast: { $names }; ergänze label:<name>

sober-too-many = du hast { $limit } Zähler, mehr geht nicht; entferne zuerst einen mit `/sober remove`
sober-started = Dein Zähler **{ $label }** läuft.
sober-overlap = Der { $date } liegt vor deinem Neuanfang am { $last_end }; das würde deinen Verlauf überschneiden. Um ganz neu zu beginnen, entferne diesen Zähler mit `/sober remove` und lege ihn neu an
sober-already-starts = Dein Zähler **{ $label }** beginnt schon am { $date }.
sober-backfilled = Erledigt: Dein Zähler **{ $label }** beginnt jetzt früher, am { $date }.
sober-corrected = Korrigiert: Dein Zähler **{ $label }** beginnt jetzt am { $date }.

sober-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
sober-back-money = etwa { $money } zurück
sober-back-hours = etwa { $hours } zurück
sober-back-both = etwa { $money } und { $hours } zurück
sober-per-day-money = { $money } pro Tag
sober-per-day-hours = { $hours } pro Tag
sober-per-day-both = { $money } und { $hours } pro Tag
sober-cost-off = Dein Zähler **{ $label }** zählt kein Geld und keine Zeit mehr.
sober-cost-off-alone = `off` nimmt nichts weiter: `/sober cost off label:alcohol`
sober-cost-no-hours = ohne Geld pro Tag gib die Stunden an, die es gekostet hat: `/sober cost 0 hours:2`; oder schalte es aus mit `/sober cost off`
sober-cost-set = Dein Zähler **{ $label }** zählt jetzt { $set_to }. `/sober cost off` beendet das; nur du siehst es.
sober-cost-set-back = Dein Zähler **{ $label }** zählt jetzt { $set_to }. Bisher sind das { $back }. `/sober cost off` beendet das; nur du siehst es.

sober-too-many-runs = dein Zähler **{ $label }** bewahrt { $limit } Abschnitte, mehr geht nicht. Starte für deinen Neuanfang einen neuen Zähler (`/sober set today label:<neuer name>`) oder lösche den Verlauf dieses Zählers mit `/sober remove`
sober-reset-before = Der { $date } liegt vor dem Start dieses Abschnitts am { $start }; um das Startdatum zu korrigieren, nutze `/sober set <datum>`
sober-new-start = Jeder Tag zählt. Dein Neuanfang ist der **{ $date }** auf deinem Zähler **{ $label }**.
sober-new-start-kept = Jeder Tag zählt. Dein Neuanfang ist der **{ $date }** auf deinem Zähler **{ $label }**. { $days ->
    [one] Der 1 Tag davor bleibt in deinem Verlauf (`/sober history`): Er war echt.
   *[other] Die { $days } Tage davor bleiben in deinem Verlauf (`/sober history`): Sie waren echt und sie zählen weiter.
}
sober-be-gentle = Sei heute gut zu dir. Wenn du mit jemandem reden möchtest, erreicht `/sos` deine Partner und `/crisis` zeigt Hilfetelefone.
sober-sharing-paused = Über diesen Neuanfang wird nichts gepostet: Die Meilensteine dieses Zählers bleiben vorerst zwischen dir und Haven. **Deine Meilensteine wieder teilen?**
sober-button-yes = Ja
sober-button-no = Nein
sober-share-again-gone = Dieser Knopf tut nichts mehr. Versuch stattdessen `/sober share named`.
sober-kept-private = Deine Meilensteine bei **{ $label }** bleiben privat: Glückwünsche kommen nur zu dir. Wenn du sie wieder teilen möchtest: `/sober share named` (oder `anonymous`).
sober-resumed-private = Deine Meilensteine sind jetzt privat (`/sober share` ändert das).
sober-resumed-named = Dein nächster Meilenstein bei **{ $label }** wird im Meilenstein-Kanal mit deinem Namen gefeiert, wie bisher.
sober-resumed-anonymous = Dein nächster Meilenstein bei **{ $label }** wird im Meilenstein-Kanal ohne deinen Namen gefeiert, wie bisher.

sober-history-title = Dein Verlauf; nur du siehst ihn
sober-history-current = { $start } → heute: { $days } und es werden mehr
sober-history-ended = { $start } → { $end }: { $days }
sober-history-with-back = { $line } ({ $back })
sober-history-note = _deine Notiz_: { $note }
sober-history-end-note = _deine Notiz zum Neuanfang_: { $note }
sober-history-more = … und { $count ->
    [one] { $count } früherer Abschnitt
   *[other] { $count } frühere Abschnitte
} (`/haven export`)
sober-stats-current = aktueller Abschnitt { $days }
sober-stats-longest = längster { $days }
sober-stats-average = im Schnitt { $average } Tage über { $runs } Abschnitte

sober-share-usage = sag, wie deine Meilensteine geteilt werden, ob du Meilenstein-Rollen bekommst, oder beides: `/sober share named`, `/sober share roles:on`
sober-share-private = Deine Meilensteine bleiben zwischen dir und Haven: eine private Nachricht, nichts wird gepostet.
sober-share-named = Wenn du einen Meilenstein erreichst, steht im Meilenstein-Kanal „{ $user } hat 90 Tage erreicht“ (nie welcher Zähler, nie deine Notizen).
sober-share-anonymous = Wenn du einen Meilenstein erreichst, steht im Meilenstein-Kanal „Jemand hat 90 Tage erreicht“: kein Name, kein Zähler, keine Notizen.
sober-share-no-channel = Diese Community hat noch keinen Meilenstein-Kanal, also wird nichts gepostet, bis die Moderation einen festlegt (`/mod channel milestones #kanal`).
sober-roles-on = Wenn du einen Meilenstein erreichst, zu dem es hier eine Rolle gibt, bekommst du diese Rolle; alle auf dem Server können sie sehen. `/sober share roles:off` beendet neue.
sober-roles-off = Du bekommst keine Meilenstein-Rollen; die Meilensteine selbst bleiben, wie du sie gewählt hast.
sober-roles-need-sharing = Rollen gibt es nur, solange du deine Meilensteine teilst (`/sober share named` oder `/sober share anonymous`); deine sind gerade privat, also gibt es keine Rolle.

sober-remove-ask = Das löscht deinen Zähler **{ $label }** und seinen ganzen Verlauf und lässt sich nicht rückgängig machen.
sober-button-delete = Löschen
sober-button-keep = Behalten
sober-remove-gone = Diesen Zähler gibt es schon nicht mehr. `/sober show` zeigt deine.
sober-remove-kept = Nichts wurde gelöscht; dein Zähler **{ $label }** bleibt.
sober-remove-stale = Dieser Knopf tut nichts mehr. Versuch `/sober remove` noch einmal.
sober-removed = Dein Zähler **{ $label }** und sein Verlauf sind gelöscht.

sober-count-from-zero = Dein Starttag ist Tag 0: einen ganzen Tag später hast du 1 Tag. Die Meilensteine richten sich danach.
sober-count-from-one = Dein Starttag zählt als Tag 1. Die Meilensteine richten sich danach.
sober-morning-set = Glückwünsche zu Meilensteinen kommen um { $time }, deiner Zeit ({ $zone }).

sober-role-off = Bei { $milestone } gibt es keine Rolle mehr.
sober-role-set = Wer { $milestone } erreicht und Rollen eingeschaltet hat (`/sober share roles:on`), bekommt die Rolle **{ $role }**.
sober-role-set-no-roles = Wer { $milestone } erreicht und Rollen eingeschaltet hat (`/sober share roles:on`), bekommt die Rolle **{ $role }**. (Diese Plattform hat keine Rollen, deshalb entfällt das hier.)

sober-reached-today = 🎉 Heute ist es so weit: **{ $milestone }**! Jeder dieser Tage hat gezählt: Nimm dir einen Moment, das zu spüren. Hier ist dein Chip.
sober-congratulation = 🎉 { $when ->
    [today] Heute erreichst du
    [today-late] Heute hast du
    [yesterday] Gestern hast du
   *[date] Am { $date } hast du
} **{ $milestone }** auf deinem Zähler **{ $label }** { $when ->
    [today] (seit dem { $start }).
   *[date] erreicht (seit dem { $start }).
} Jeder dieser Tage hat gezählt: Nimm dir einen Moment, das zu spüren. Hier ist dein Chip.
sober-late-this-morning = _Diese Nachricht kommt heute Morgen etwas spät, aber der Meilenstein ist genauso echt._
sober-late = _Diese Nachricht kommt etwas spät, aber der Meilenstein ist genauso echt._
sober-given-back = Das sind { $back }, und das bleibt dir.
sober-post-named = 🎉 { $user } hat **{ $milestone }** erreicht. Herzlichen Glückwunsch!
sober-post-anonymous = 🎉 Jemand hat **{ $milestone }** erreicht. Herzlichen Glückwunsch!
sober-chip-unit = { $unit ->
    [week] { $count ->
        [one] WOCHE
       *[other] WOCHEN
    }
    [month] { $count ->
        [one] MONAT
       *[other] MONATE
    }
    [year] { $count ->
        [one] JAHR
       *[other] JAHRE
    }
   *[day] { $count ->
        [one] TAG
       *[other] TAGE
    }
}

# The member's home (Slack App Home): this section's heading.
sober-home-title = Nüchterne Tage

## /mod stats: der Name jeder Zahl (die Zahl folgt ihm).
sober-figure-counters = Mitglieder mit einem Zähler
sober-figure-sharing = Mitglieder, die Meilensteine teilen
# Only shown once five or more members share.
sober-figure-collective = gemeinsame Tage aller, die teilen

## Ein falsch getippter Wert in den Optionen von /sober.
sober-option-not-a-label = { $option }: { $value } ist kein Name für einen Zähler; nimm bis zu 40 Buchstaben, Ziffern, Leerzeichen, - oder _, zum Beispiel alcohol
sober-option-not-a-milestone = { $option }: { $value } ist kein Meilenstein; nimm 1d, 7d, 30d, 60d, 90d, 6m, 9m, 1y, 18m oder 2y, 3y ...
sober-option-not-an-amount = { $option }: { $value } ist kein Betrag pro Tag; gib eine Zahl wie 12 oder 12.50 an (bis { $most }), oder off — zum Beispiel `/sober cost 12.50 currency:EUR hours:2`
sober-option-not-a-currency = { $option }: { $value } ist kein Währungscode; nimm die drei Buchstaben nach ISO 4217, wie EUR, USD, GBP oder JPY — `/sober cost 12 currency:EUR`
sober-option-not-hours = { $option }: { $value } sind keine Stunden pro Tag; gib eine Zahl von 0 bis 24 an, wie 2 oder 1.5 — `/sober cost 12 hours:2`

# The commands' examples in /help and usage errors: only the member's own words change
# (a counter's name, a role's).
cmd-sober-set-example = /sober set 2025-01-02 label:Alkohol
cmd-sober-show-example = /sober show label:Alkohol
cmd-sober-cost-example = /sober cost 12.50 currency:EUR hours:2 label:Alkohol
cmd-sober-reset-example = /sober reset label:Alkohol date:2026-11-20
cmd-sober-history-example = /sober history label:Alkohol
cmd-sober-remove-example = /sober remove label:Alkohol confirm
cmd-sober-roles-example = /sober roles 90d 90 Tage

# The default counter's name (stored as "sobriety"; a member's own counters keep their own names).
# A member may also type it to name that counter: /sober show label:Nüchternheit
sober-default-label = Nüchternheit
