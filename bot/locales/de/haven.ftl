## Die Worte des Kerns (bot/): Fehler und die Sprachbefehle.

error-usage =
    { $reason }
    Verwendung: `{ $usage }`
    Beispiel: `{ $example }`

cmd-haven-language-description = Wähle die Sprache, in der Haven mit dir spricht (auto: die deiner App)
cmd-haven-language-code-description = ein Sprachcode (en, es, pt-br, fr, de) oder auto
cmd-mod-language-description = Die Sprache der Community, für alle, die keine gewählt haben
cmd-mod-language-code-description = ein Sprachcode (en, es, pt-br, fr, de)
language-chosen = Erledigt: Haven spricht jetzt { $language } mit dir. `/haven language auto` folgt wieder der Sprache deiner App.
language-auto = Erledigt: Haven folgt jetzt der Sprache deiner App, sonst der dieser Community; gerade ist das { $language }.
language-community = Erledigt: { $language } ist jetzt die Sprache dieser Community, für alle, die keine gewählt haben und deren App eine Sprache nutzt, die Haven nicht spricht.

## Löschen (bot/erasure.py): /haven delete und das Zurückziehen der Einwilligung.
erasure-confirm = Das löscht alles, was Haven hier über dich speichert — Zähler, Check-ins, Zusagen zu Treffen, Partnerschaften — und lässt sich nicht rückgängig machen.
erasure-erase-button = Alles löschen
erasure-keep-button = Meine Daten behalten
erasure-done = Alles, was Haven in dieser Community über dich gespeichert hatte, ist gelöscht. Pass gut auf dich auf — du bist jederzeit wieder willkommen.
erasure-cancelled = Es wurde nichts gelöscht.
erasure-button-gone = Dieser Knopf tut nichts mehr. Versuch `/haven delete` noch einmal.

## Der Datenschutzhinweis und die Antworten darauf (bot/consent.py, bot/consent_handlers.py). Anrede: du.
cmd-haven-consent-description = Lies den Datenschutzhinweis; stimm zu oder zieh zurück (löscht deine Daten, nach Rückfrage)
consent-title = Datenschutzhinweis
consent-agree-button = Zustimmen
consent-decline-button = Ablehnen
consent-withdraw-button = Zurückziehen…
consent-notice = **Bevor Haven irgendetwas über dich speichert** (Datenschutzhinweis v{ $version })
    Haven ist Unterstützung unter Gleichen, keine professionelle Beratung und kein Krisendienst.
    - Wenn du zustimmst, speichert Haven, was du hier angibst: { $stored } — nur in dieser Community.
    - Notizen, die du schreibst, werden verschlüsselt. Antworten an dich sind privat, außer du entscheidest dich zu teilen.
    - Moderatorinnen und Moderatoren sehen Zahlen und Einstellungen, nie deine Check-ins oder Notizen.
    - `/haven export` gibt dir alles davon; `/haven delete` oder `/haven consent withdraw` löscht es.
    Wenn du gerade in einer Krise bist, nutze `/crisis`.
consent-stores-zone = deine Zeitzone
consent-stores-list = { $first } und { $last }
consent-first-one = Zuerst ein Wort zum Datenschutz — dann mache ich das für dich.
consent-first-many = Zuerst ein Wort zum Datenschutz — dann mache ich Folgendes, der Reihe nach: { $waiting } (bis zu { $limit } können warten).
consent-first-full = Zuerst ein Wort zum Datenschutz. { $limit ->
        [one] { $limit } Befehl wartet
       *[other] { $limit } Befehle warten
    } schon auf deine Antwort ({ $waiting }), deshalb behalte ich /{ $command } nicht — führ ihn noch einmal aus, sobald du zugestimmt hast.
consent-status-agreed = Du hast dem Hinweis v{ $version } zugestimmt.
consent-status-not-agreed = Du hast noch nicht zugestimmt, daher speichert Haven nichts über dich.
consent-agreed = Danke — du bist dabei. Alles, was du teilst, bleibt privat, außer du entscheidest anders.
consent-already-in = Du bist schon dabei — danke.
consent-resumed = Jetzt erledige ich, worum du gebeten hast, der Reihe nach: { $commands }.
consent-lapsed = Nicht erledigt, weil du vor mehr als { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } darum gebeten hast — bitte noch einmal ausführen: { $commands }.
consent-zone-tip = Tipp: Stell deine Zeitzone ein, damit die Tage um deine Mitternacht wechseln: `{ $example }`
consent-declined = Kein Problem — Haven speichert nichts über dich. `/help` und `/crisis` funktionieren weiter, und du kannst später mit `/haven consent agree` zustimmen.
consent-declined-dropped = Deshalb habe ich { $commands } nicht ausgeführt.
consent-nothing-to-erase = Du hattest nicht zugestimmt, also gibt es nichts von dir zu löschen.
consent-withdraw-lead = Wenn du deine Einwilligung zurückziehst, wird alles gelöscht, was Haven hier über dich speichert.

## Die Frage nach der Zeitzone (bot/zone_question.py).
zone-question = Eine Sache vorab: In welcher Zeitzone bist du? Deine Tage und Erinnerungen richten sich nach ihr.
zone-question-suggested = Dein Profil sagt **{ $zone }** — tipp unten, um sie zu nutzen, oder gib deine ein:
zone-use-button = { $zone } nutzen
zone-question-type = Gib deine ein, zum Beispiel:
zone-question-then = Danach mache ich, worum du gebeten hast.
zone-from-profile = Ich nutze { $zone } aus deinem { $platform }-Profil — `/haven timezone` zum Ändern.

## Absagen der Engine selbst (bot/app.py).
refusal-moderators-only = /{ $command } ist für die Moderation. Wenn du hilfst, diese Community zu leiten, bitte eine Admin-Person, dir die Moderationsrolle zu geben (`/mod role`).
refusal-cog-off = { $cog } ist in dieser Community ausgeschaltet.
refusal-button-moderators-only = Dieser Knopf ist für die Moderation.

## Wenn Haven selbst ein Problem hat (bot/app.py, bot/storage.py).
storage-away = Haven erreicht seinen Speicher gerade nicht; es ist nichts verloren gegangen. Versuch es in ein paar Minuten noch einmal. (`/crisis` und `/sos` funktionieren trotzdem.)
error-failure = Auf Havens Seite ist etwas schiefgelaufen, und nichts wurde geändert. Versuch es gleich noch einmal. (Referenz { $ref })

## Die ersten Zeilen des Slack-App-Home (adapters/slack/app.py).
slack-home-intro = **Haven** — Unterstützung unter Gleichen, privat. `/help` zeigt alles.
slack-home-consent = Haven speichert nichts über dich, bis du einem kurzen Datenschutzhinweis zustimmst. Mit `/haven consent` kannst du ihn lesen.

## Die Optionen eines Befehls lesen (bot/options.py, bot/parsing.py). Was man tippt, bleibt wie es ist (today, yes, no, YYYY-MM-DD, HH:MM).
option-text-empty = { $option }: Hier fehlt Text
option-text-too-long = { $option }: Das sind { $count ->
        [one] { $count } Zeichen
       *[other] { $count } Zeichen
    }; höchstens { $most } gehen
option-not-whole-number = { $option }: { $value } ist keine ganze Zahl
option-number-below = { $option }: { $value } ist kleiner als { $least }; nimm { $range }
option-number-above = { $option }: { $value } ist größer als { $most }; nimm { $range }
option-not-a-date = { $option }: { $value } ist kein Datum; schreib es als YYYY-MM-DD oder today
option-not-a-calendar-day = { $option }: { $value } ist kein Tag im Kalender
option-date-too-early = { $option }: { $date } liegt vor dem { $earliest }
option-date-in-future = { $option }: { $date } liegt in der Zukunft (heute ist der { $today } in { $zone })
option-date-passed = { $option }: { $date } ist schon vorbei
option-not-a-time = { $option }: { $value } ist keine Uhrzeit; schreib sie als HH:MM, zum Beispiel { $example }
option-not-a-time-of-day = { $option }: { $value } ist keine Uhrzeit (00:00 bis 23:59)
option-not-a-choice = { $option }: { $value } ist keins von: { $choices }
option-not-yes-no = { $option }: { $value } ist weder yes noch no
option-not-a-member = { $option }: { $value } ist kein Mitglied; erwähne die Person, zum Beispiel { $example }
option-not-a-channel = { $option }: { $value } ist kein Kanal; schreib ihn zum Beispiel so: { $example }
option-list-empty-item = { $option }: { $value } hat einen leeren Eintrag; trenne die Einträge mit Kommas
option-list-too-many = { $option }: Das sind { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }; höchstens { $most } gehen
option-none-fits = { $option }: { $value } ist nicht { $accepted }
option-reason = { $option }: { $reason }
parse-quote-not-closed = Ein Anführungszeichen ist nicht geschlossen; setz ein schließendes { $quote }
parse-too-long = Das sind { $count } Zeichen; ein Befehl nimmt höchstens { $most }
parse-given-twice = { $name }: steht zweimal da
parse-not-an-option = { $name }: ist keine Option dieses Befehls
parse-not-an-option-known = { $name }: ist keine Option dieses Befehls; er nimmt { $known }
parse-word-too-many = { $word } ist ein Wort zu viel
parse-missing = { $usage } fehlt

## Eine Zeitzone, die kein Ort ist (bot/zones.py). Namen von Zeitzonen bleiben, wie sie sind.
zone-fixed-offset = { $value } ist ein fester Versatz, kein Ort: Er würde der Sommerzeit nicht folgen. Meintest du { $places }?
zone-offset-places = { $value } ist ein fester Versatz, kein Ort: Er würde der Sommerzeit nicht folgen. Orte mit diesem Versatz heute: { $places }
zone-offset-nowhere = { $value } ist ein fester Versatz, kein Ort, und heute liegt kein Ort darauf. Schreib die Zone deines Orts, zum Beispiel Europe/Helsinki oder America/New_York.
zone-not-a-name = { $value } ist kein Zeitzonenname wie Europe/Helsinki oder America/New_York.
zone-not-a-name-did-you-mean = { $value } ist kein Zeitzonenname wie Europe/Helsinki oder America/New_York. Meintest du { $places }?

## Ein Befehl, Knopf oder Formular, das Haven nicht kennt (bot/app.py).
unknown-command = Den Befehl /{ $command } kenne ich nicht. Versuch `/help`.
unknown-command-in-group = Den Befehl /{ $command } kenne ich nicht.
unknown-command-group = Befehle von /{ $group }:
unknown-command-line = `{ $usage }` — { $help }
unknown-command-off = /{ $group } ist auf diesem Haven ausgeschaltet. Versuch `/help`.
unknown-button = Dieser Knopf tut nichts mehr. Nutz den Befehl noch einmal.
unknown-form = Dieses Formular ist abgelaufen. Nutz den Befehl noch einmal, um ein neues zu öffnen.

error-too-soon = Für den Moment ist die Grenze erreicht; du kannst es { $wait } noch einmal versuchen.

# Der Sperrbildschirm eines diskreten Mitglieds: nichts über Genesung oder Unterstützung.
private-notice = Du hast eine private Nachricht von { $name }

## Falsch getippte Ruhezeiten (bot/quiet.py), nach dem Namen der Option.
quiet-hours-shape = Ruhezeiten schreibt man so: `{ $example }` (von-bis, 24-Stunden-Uhr)
quiet-hours-range = Stunden gehen von 00 bis 23 und Minuten von 00 bis 59
quiet-hours-same = Die Ruhezeiten müssen zu verschiedenen Zeiten beginnen und enden

## Antworten eines Formulars, die nicht passen (bot/forms.py): je ein Satz.
## $field ist der Name des Feldes, wie das Cog ihn sagt (in Anführungszeichen,
## „Stimmung“); $low, $high, $most, $count sind Zahlen; $choices eine Liste;
## $wrong die Auswahl der Person. yes und no nimmt ein getipptes Formular an.
form-needed = Das Feld { $field } braucht eine Antwort.
form-whole-number = Das Feld { $field } muss eine ganze Zahl sein.
form-whole-number-between = Das Feld { $field } muss eine ganze Zahl von { $low } bis { $high } sein.
form-whole-number-at-least = Das Feld { $field } muss eine ganze Zahl sein, mindestens { $low }.
form-whole-number-at-most = Das Feld { $field } muss eine ganze Zahl sein, höchstens { $high }.
form-between = Das Feld { $field } muss zwischen { $low } und { $high } liegen.
form-at-least = Das Feld { $field } muss mindestens { $low } sein.
form-at-most = Das Feld { $field } darf höchstens { $high } sein.
form-yes-or-no = Das Feld { $field } muss yes oder no sein.
form-too-many-picks = Im Feld { $field } gehen höchstens { $most } der angebotenen Möglichkeiten.
form-not-a-choice = Das Feld { $field } kann { $choices } sein; „{ $wrong }“ gehört nicht dazu.
form-among-choices = Das Feld { $field } muss eine der angebotenen Möglichkeiten sein.
form-one-of = Das Feld { $field } muss { $choices } sein.
form-one-of-offered = Das Feld { $field } muss eine der angebotenen Möglichkeiten sein.
form-too-long = Im Feld { $field } gehen höchstens { $most } Zeichen, du hast { $count } geschrieben.
form-problems-heading = Manche Antworten brauchen noch einen Blick:
form-try-again = Nochmal versuchen
form-problems = Das Formular hat Probleme:
