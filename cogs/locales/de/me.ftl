## /haven timezone, /haven export und /haven delete (cogs/me.py). Anrede: du.

cmd-haven-timezone-description = Stell deine Zeitzone ein (Tage und Erinnerungen richten sich danach)
cmd-haven-timezone-zone-description = ein IANA-Zonenname
cmd-haven-export-description = Hol dir alle deine Daten als JSON-Datei, privat
cmd-haven-delete-description = Lösch alles über dich in dieser Community

me-zone-button-gone = Dieser Knopf funktioniert nicht mehr. Tipp deine Zone ein: `{ $example }`
me-zone-set = Deine Zeitzone ist jetzt **{ $zone }** — dort ist es { $time } am { $weekday }, { $day }. { $month }. Tage und Erinnerungen richten sich danach.{ $resume ->
        [yes] {" "}Jetzt zu dem, worum du gebeten hast:
       *[no] {""}
    }

me-export-warning = Dein Export enthält deine privaten Notizen. Bei manchen Slack-Tarifen können die Inhaber des Workspace Dateien aus Direktnachrichten exportieren. Mit deinen Notizen senden oder jede Notiz durch „{ $withheld }“ ersetzt?
me-export-with-notes = Mit Notizen senden
me-export-without-notes = Ohne Notizen senden
me-export-button-gone = Dieser Knopf tut nichts mehr. Versuch `/haven export` noch einmal.
me-export-ready = Hier ist alles, was Haven in dieser Community über dich speichert. Nur du siehst das.
me-export-ready-withheld = Hier ist alles, was Haven in dieser Community über dich speichert. Nur du siehst das. Deine Notizen sind durch „{ $withheld }“ ersetzt.
