## /meeting (cogs/meetings): was Mitglieder über Meetings lesen.
## Befehle, Optionen und Text in `Code` bleiben englisch.

cmd-meeting-list-description = Die Meetings der nächsten 7 Tage, in deiner Zeit

meetings-not-found = es gibt kein Meeting #{ $id }; siehe `/meeting list`

meetings-list-none = Keine Meetings in den nächsten 7 Tagen.
meetings-list-heading = Meetings in den nächsten 7 Tagen (in deiner Zeit):
meetings-list-item = { $start } — **{ $title }** (#{ $id })
meetings-list-item-cancelled = { $start } — **{ $title }** (#{ $id }) — diesmal abgesagt

meetings-join = Teilnehmen: { $link }
meetings-type = Art: { $types }
meetings-language = Sprache: { $language }
meetings-length = Dauer: { $length }
meetings-dial-in = Einwahl: { $phone }
meetings-passcode = Kenncode: { $passcode }
meetings-passcode-ask = Kenncode: frag Haven privat — `/meeting list`

meetings-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
meetings-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
meetings-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
meetings-lead-two = { $first } und { $second }
meetings-lead-three = { $first }, { $second } und { $third }

meetings-going = Dabei
meetings-maybe = Vielleicht
meetings-not-going = Nicht dabei
meetings-counts = Dabei: { $going } · Vielleicht: { $maybe } · Nicht dabei: { $no }

meetings-starts = Beginnt { $relative } — { $start }
meetings-late = _Etwas verspätet gepostet – Haven war kurz offline. Es ist noch Zeit._
meetings-footer = Meeting #{ $id } · `/meeting rsvp { $id } going`
meetings-cancelled-note = Diese Woche kein Meeting: **{ $title }** am { $day } fällt aus. Bis zum nächsten Mal.

meetings-going-starts = **{ $title }** beginnt { $relative } — { $start }.
meetings-going-see-you = Du hast gesagt, dass du kommst – bis gleich. Wenn sich deine Pläne ändern, ist das in Ordnung: `/meeting rsvp { $id } no`

meetings-rsvp-going = Du bist bei **{ $title }** am { $start } dabei. Ich schicke dir { $lead } vorher eine private Erinnerung. Andere sehen nur die Zahlen.
meetings-rsvp-going-soon = Du bist bei **{ $title }** am { $start } dabei – es beginnt bald, darum gibt es keine eigene Erinnerung. Andere sehen nur die Zahlen.
meetings-rsvp-maybe = Als „vielleicht“ vermerkt für **{ $title }** am { $start }. Kein Druck – komm, wenn du kannst. Andere sehen nur die Zahlen.
meetings-rsvp-no = Vermerkt, dass du nicht zu **{ $title }** am { $start } kommst. Danke, dass du Bescheid gibst. Andere sehen nur die Zahlen.
meetings-rsvp-no-upcoming = **{ $title }** hat kein kommendes Meeting, auf das du antworten kannst
meetings-rsvp-too-often = Du hast deine Antwort für **{ $title }** in wenigen Minuten mehrmals geändert, darum bleibt sie vorerst bei **{ $answer ->
    [going] dabei
    [maybe] vielleicht
   *[no] nicht dabei
}**. Du kannst sie { $wait } wieder ändern.
meetings-rsvp-remind-going-only = remind: gilt nur für going – die private Erinnerung geht an alle, die dabei sind
meetings-button-gone = Dieser Knopf tut nichts mehr. Versuch es mit `/meeting list`.

cmd-meeting-find-description = Die nächsten passenden Meetings, unsere und importierte, in deiner Zeit
meetings-find-none = { $within ->
    [one] Keine Meetings in der nächsten Stunde. Versuch within:168 für die ganze Woche oder weniger Arten.
   *[other] Keine Meetings in den nächsten { $within } Stunden. Versuch within:168 für die ganze Woche oder weniger Arten.
}
meetings-find-none-filtered = { $within ->
    [one] Keine Meetings ({ $filters }) in der nächsten Stunde. Versuch within:168 für die ganze Woche oder weniger Arten.
   *[other] Keine Meetings ({ $filters }) in den nächsten { $within } Stunden. Versuch within:168 für die ganze Woche oder weniger Arten.
}
meetings-find-heading = Nächste Meetings (in deiner Zeit):
meetings-find-heading-filtered = Nächste Meetings ({ $filters }) (in deiner Zeit):
meetings-find-in-language = auf { $language }
meetings-find-online = online
meetings-find-item = { $start } ({ $when }) — **{ $name }**
meetings-find-item-ours = { $start } ({ $when }) — **{ $name }** (#{ $id } · `/meeting rsvp { $id } going`)
meetings-find-now = jetzt
meetings-find-dial-in = Einwahl { $phone }
meetings-find-more = …und { $count } weitere; grenz die Suche mit types: oder within: ein.

cmd-meeting-types-description = Die Codes der Meeting-Arten (von Meeting Guide) und ihre Bedeutung
meetings-types-heading = Meeting-Arten (nutze die Codes in types:O,D,ONL):

# The member's home (Slack App Home): this section's heading.
meetings-home-title = Nächste Meetings

## calendar and subscriptions
## /meeting calendar und seine Datei, /meeting subscribe und der Kalender
## dahinter, die private Nachricht an alle, die zu einem entfernten Meeting
## kommen wollten, und die Namen der Meeting-Guide-Arten. In der Datei: reiner
## Text ohne Formatierung.

cmd-meeting-calendar-description = Eine iCalendar-Datei (.ics) mit den Meetings der Community
meetings-calendar-none = Es gibt noch keine Meetings, also auch keinen Kalender.
meetings-calendar-file = { $count ->
    [one] { $count } Meeting-Reihe – öffne die Datei, um sie deinem Kalender hinzuzufügen.
   *[other] { $count } Meeting-Reihen – öffne die Datei, um sie deinem Kalender hinzuzufügen.
}
meetings-calendar-name = Meetings von { $community }
meetings-calendar-dial-in = Einwahl: { $phone }
meetings-calendar-passcode = Kenncode: { $passcode }

cmd-meeting-subscribe-description = Ein privater Kalenderlink, der aktuell bleibt: mine (dabei), all oder revoke
meetings-subscribe-link-mine = Dein privater Kalenderlink (die Meetings, bei denen du dabei bist): { $link }
meetings-subscribe-link-all = Dein privater Kalenderlink (alle Meetings der Community): { $link }
meetings-subscribe-how = Füge ihn deiner Kalender-App als Abonnement hinzu. Er gehört nur dir – wer ihn hat, kann diese Meetings sehen. `/meeting subscribe revoke` beendet ihn.
meetings-subscribe-replaced = Dein früherer Link für diesen Kalender funktioniert nicht mehr.
meetings-subscribe-nothing-to-revoke = Du hast keine Kalenderlinks; es gab nichts zu widerrufen.
meetings-subscribe-revoked = { $count ->
    [one] { $count } Kalenderlink widerrufen: Kalender, die ihn nutzen, werden nicht mehr aktualisiert.
   *[other] { $count } Kalenderlinks widerrufen: Kalender, die sie nutzen, werden nicht mehr aktualisiert.
}
meetings-subscribe-no-address = Haven hat noch keine öffentliche Adresse und kann deshalb keine Kalenderlinks geben: Wer Haven betreibt, setzt HAVEN_PUBLIC_URL (zum Beispiel https://haven.example.org) und stellt HAVEN_HTTP_PORT dort bereit. Bis dahin gibt dir `/meeting calendar` eine Datei.

meetings-removed-note = **{ $title }** am { $start } findet nicht statt: Die Moderation hat dieses Meeting aus Haven entfernt und damit auch deine Antwort und ihre Erinnerung. `/meeting list` zeigt die Meetings, die weiter stattfinden.

## Namen der Meeting-Guide-Arten. Die Spezifikation (code4recovery/spec,
## data/types.json, commit 404117a) hat keine deutschen Namen; diese hier folgen
## dem Sprachgebrauch deutschsprachiger Meetingslisten, wo es ihn gibt:
## „offene“ und „geschlossene“ Meetings, Schritte-Meeting, Blaues-Buch-Meeting,
## Meetings für Frauen, für junge Leute, für Beginner (anonyme-alkoholiker.de,
## /meetings/onlinemeetings/; narcotics-anonymous.de, Fragen und Antworten:
## Teilnahme-Bescheinigungen). Buchtitel wie die deutschen AA-Ausgaben: „Blaues
## Buch“ (faz.net), „Wie Bill es sieht“, „Gedanken zum Tag“, „Zwölf Schritte und
## Zwölf Traditionen“ (aa-welt.de), „Trocken bleiben – nüchtern leben“
## (legimi.de). Sprachen als „…sprachig“; Personengruppen geschlechtsneutral
## („Für Neue“, „Junge Leute“, „Ältere Menschen“, „Für Fachleute“).
meetings-type-name-11 = Meditation zum 11. Schritt
meetings-type-name-12x12 = 12 Schritte und 12 Traditionen
meetings-type-name-A = Säkular
meetings-type-name-ABSI = Wie Bill es sieht
meetings-type-name-AL = Gleichzeitig mit Alateen
meetings-type-name-AL-AN = Gleichzeitig mit Al-Anon
meetings-type-name-ASL = Amerikanische Gebärdensprache
meetings-type-name-B = Blaues Buch
meetings-type-name-BA = Kinderbetreuung vorhanden
meetings-type-name-BE = Für Neue
meetings-type-name-BI = Bisexuell
meetings-type-name-BRK = Frühstück
meetings-type-name-C = Geschlossenes Meeting
meetings-type-name-CAN = Bei Kerzenlicht
meetings-type-name-CF = Kinder willkommen
meetings-type-name-D = Themenmeeting
meetings-type-name-DB = Digitale Spendenmöglichkeit
meetings-type-name-DD = Doppeldiagnose
meetings-type-name-DR = Gedanken zum Tag
meetings-type-name-EN = Englischsprachig
meetings-type-name-FF = Duftfrei
meetings-type-name-FR = Französischsprachig
meetings-type-name-G = Schwul
meetings-type-name-GER = Deutschsprachig
meetings-type-name-GR = Grapevine
meetings-type-name-H = Geburtstagsmeeting
meetings-type-name-HE = Hebräischsprachig
meetings-type-name-ITA = Italienischsprachig
meetings-type-name-JA = Japanischsprachig
meetings-type-name-KOR = Koreanischsprachig
meetings-type-name-L = Lesbisch
meetings-type-name-LGBTQ = LGBTQ
meetings-type-name-LIT = Literaturmeeting
meetings-type-name-LS = Trocken bleiben – nüchtern leben
meetings-type-name-M = Männer
meetings-type-name-MED = Meditation
meetings-type-name-N = Native Americans
meetings-type-name-NDG = Indigene
meetings-type-name-O = Offenes Meeting
meetings-type-name-ONL = Online
meetings-type-name-OUT = Im Freien
meetings-type-name-P = Für Fachleute
meetings-type-name-POA = Teilnahmebescheinigung
meetings-type-name-POC = People of Color
meetings-type-name-POL = Polnischsprachig
meetings-type-name-POR = Portugiesischsprachig
meetings-type-name-PUN = Punjabisprachig
meetings-type-name-RUS = Russischsprachig
meetings-type-name-S = Spanischsprachig
meetings-type-name-SEN = Ältere Menschen
meetings-type-name-SM = Rauchen erlaubt
meetings-type-name-SP = Sprechermeeting
meetings-type-name-ST = Schritte-Meeting
meetings-type-name-T = Transgender
meetings-type-name-TC = Ort vorübergehend geschlossen
meetings-type-name-TR = Traditionen-Meeting
meetings-type-name-W = Frauen
meetings-type-name-X = Rollstuhlgerecht
meetings-type-name-XB = Rollstuhlgerechtes WC
meetings-type-name-XT = Eingehen auf Beiträge erlaubt
meetings-type-name-Y = Junge Leute

## moderators
## Die /meeting-Befehle der Moderatoren. { $channel } steht in <#…>;
## { $host }, { $days } (mon/thu, wie die Moderation es getippt hat) und
## { $zone } bleiben, wie sie sind.

cmd-meeting-add-description = Ein wiederkehrendes Meeting anlegen (Erinnerungen standardmäßig 60 und 10 Minuten vorher)
cmd-meeting-skip-description = Ein Meeting absagen (statt der Erinnerung geht ein kurzer Hinweis raus)
cmd-meeting-remove-description = Eine Meeting-Reihe und ihre ausstehenden Erinnerungen löschen
cmd-meeting-mirror-description = Den nächsten Termin jedes Meetings als geplantes Event spiegeln (Discord)
cmd-meeting-import-description = Einen Feed von Meeting Guide (12 Step Meeting List) oder NA BMLT in /meeting find importieren
cmd-meeting-sync-description = Importierte Feeds jetzt aktualisieren (alle oder einen über seine id)
cmd-meeting-feeds-description = Die importierten Feeds und ihr letzter Abgleich; remove:<id> entfernt einen samt Meetings
cmd-meeting-public-description = Ein Meeting in den öffentlichen Feed der Community aufnehmen oder herausnehmen
cmd-meeting-feed-description = Meetings mit public:yes als Meeting-Guide-Feed anbieten (key: zum Einschränken)

meetings-no-channel = es gibt noch keinen Ankündigungskanal: lege einen mit `/mod channel announcements #kanal` fest oder gib channel:#kanal an
meetings-cannot-post = Ich kann in <#{ $channel }> nicht posten — gib Haven dort die Berechtigung, Nachrichten zu senden, oder wähle mit channel:#... einen anderen Kanal.

meetings-add-limit = Diese Community hat { $count } Meetings; Haven behält höchstens { $most }. Entferne eines, das du nicht mehr brauchst, mit `/meeting remove <id>` (zum Beispiel `/meeting remove 12`) und lege dieses dann noch einmal an.
meetings-added = **{ $title }** (#{ $id }) angelegt: { $days } um { $time } { $zone }, { $weeks ->
    [one] jede Woche
   *[other] alle { $weeks } Wochen
}; angekündigt in <#{ $channel }> { $leads } vorher.
meetings-added-public = Im öffentlichen Feed
meetings-added-first = Erstes Meeting: { $start }.

meetings-mirrored = Sein nächster Termin ist als geplantes Event gespiegelt.
meetings-mirror-failed = Ich konnte sein geplantes Event gerade nicht aktualisieren; ich versuche es beim nächsten Meeting wieder.
meetings-mirror-unavailable = Diese Plattform hat keine geplanten Events, es gibt also nichts zu spiegeln. Ankündigungen und `/meeting calendar` funktionieren wie bisher.
meetings-mirror-on = Spiegeln an: Der nächste Termin jedes Meetings ist ein geplantes Event (jetzt { $done } von { $count }). Havens Zeitplan bleibt maßgeblich — Änderungen direkt an den Events werden überschrieben.
meetings-mirror-off = Spiegeln aus: { $done ->
    [one] { $done } geplantes Event entfernt.
   *[other] { $done } geplante Events entfernt.
}
meetings-mirror-some-failed = { $count ->
    [one] { $count } konnte gerade nicht aktualisiert werden; ich versuche es bei jedem Meeting wieder.
   *[other] { $count } konnten gerade nicht aktualisiert werden; ich versuche es bei jedem Meeting wieder.
}

meetings-skip-not-that-day = **{ $title }** findet am { $day } nicht statt; siehe `/meeting list`
meetings-skip-started = das Meeting am { $day } hat schon begonnen
meetings-skip-already = **{ $title }** am { $day } ist schon abgesagt.
meetings-skip-done = **{ $title }** am { $start } abgesagt. Ein kurzer Hinweis ersetzt die Erinnerung.

meetings-removed = **{ $title }** (#{ $id }) und seine ausstehenden Erinnerungen gelöscht.
meetings-removed-going-untold = { $going ->
    [one] { $going } Mitglied hatte zugesagt: konnte nicht benachrichtigt werden.
   *[other] { $going } Mitglieder hatten zugesagt: keines konnte benachrichtigt werden.
}
meetings-removed-going-told = { $going ->
    [one] { $going } Mitglied hatte zugesagt: per privater Nachricht benachrichtigt.
   *[other] { $going } Mitglieder hatten zugesagt: { $told } per privater Nachricht benachrichtigt.
}
meetings-removed-going-some = { $going ->
    [one] { $going } Mitglied hatte zugesagt: { $told } per privater Nachricht benachrichtigt, { $missed } per Direktnachricht nicht erreichbar (geschlossen oder nicht mehr da).
   *[other] { $going } Mitglieder hatten zugesagt: { $told } per privater Nachricht benachrichtigt, { $missed } per Direktnachricht nicht erreichbar (geschlossen oder nicht mehr da).
}

meetings-cannot-post-note = Erinnerungen für **{ $title }** (Meeting #{ $id }) werden nicht gepostet: Ich kann in <#{ $channel }> nicht posten. Gib Haven dort die Berechtigung, Nachrichten zu senden, oder verlege das Meeting: `/meeting remove { $id }` und dann mit `/meeting add` und channel:#... neu anlegen.

meetings-public-off = **{ $title }** ist nicht mehr im öffentlichen Feed.
meetings-public-on = **{ $title }** steht im öffentlichen Feed (sein Zugangscode nie).
meetings-public-not-weekly = Meeting-Guide-Feeds kennen keine Meetings alle n Wochen, dort fehlt es daher.
meetings-no-public-url = Haven hat noch keine öffentliche Adresse und kann deshalb keine Links geben: Wer Haven betreibt, setzt HAVEN_PUBLIC_URL (zum Beispiel https://haven.example.org) und stellt HAVEN_HTTP_PORT dort bereit.
meetings-feed-already-off = Der öffentliche Feed ist schon aus.
meetings-feed-off = Der öffentliche Feed ist aus: Seine Adresse antwortet jetzt mit 404.
meetings-feed-on = Der öffentliche Feed ist an: { $url }
meetings-feed-on-key = Der öffentliche Feed ist an: { $url }?key=<dein Schlüssel>
meetings-feed-lists = { $count ->
    [one] Er enthält { $count } als öffentlich markiertes Meeting (`/meeting public <id> yes`); Zugangscodes stehen nie darin.
   *[other] Er enthält { $count } als öffentlich markierte Meetings (`/meeting public <id> yes`); Zugangscodes stehen nie darin.
}

meetings-import-twice = dieser Feed ist schon importiert; `/meeting sync` bringt ihn auf den neuesten Stand
meetings-import-limit = diese Community hat { $count } Feeds; entferne zuerst einen mit `/meeting feeds remove:<id>`
meetings-import-failed = Nichts importiert: { $problem }.
meetings-import-usage = Verwendung: `/meeting import <url> [key:<Freigabeschlüssel>] [tz:<Zone>] [types:<Codes>] [within:<Zone oder Region>]`
meetings-import-too-many = Nichts importiert: Der Feed hat { $count } Meetings und diese Community listet schon { $listed }; Haven behält höchstens { $most }. Grenze ihn mit within:<Region> oder types:<Codes> ein.
meetings-imported = Feed #{ $id } importiert ({ $format }, { $host }): { $result }.
meetings-imported-next = `/meeting find` zeigt seine Meetings; er wird alle { $hours } Stunden neu abgeglichen, oder jetzt mit `/meeting sync`.

meetings-sync-no-feed = es gibt keinen importierten Feed #{ $id }; siehe `/meeting feeds`
meetings-sync-no-feeds = noch keine Feeds importiert; füge einen mit `/meeting import <url>` hinzu
meetings-sync-line = Feed #{ $id } ({ $host }): { $result }
meetings-feeds-removed = Feed #{ $id } ({ $host }) samt seinen Meetings entfernt.
meetings-feeds-none = Keine Feeds importiert. Füge einen mit `/meeting import <url>` hinzu.
meetings-feeds-heading = Importierte Feeds:
meetings-feeds-item = #{ $id } { $host } — abgeglichen { $when }: { $result }
meetings-feeds-item-never = #{ $id } { $host } — nie abgeglichen: { $result }

meetings-feed-result = hinzugefügt: { $added }, aktualisiert: { $updated }, entfernt: { $removed }, unverändert: { $unchanged }
meetings-feed-result-skipped = hinzugefügt: { $added }, aktualisiert: { $updated }, entfernt: { $removed }, unverändert: { $unchanged }; übersprungen: { $skipped } ({ $reasons })
meetings-feed-skip-reason = { $reason ->
    [inactive] inaktiv
    [temporarily-closed] vorübergehend geschlossen
    [no-name] ohne Namen
    [no-valid-day] ohne gültigen Tag
    [no-valid-time] ohne gültige Uhrzeit
    [no-slug] ohne Slug
    [unknown-zone] unbekannte Zeitzone
    [no-zone] ohne Zeitzone (gib tz:<Zone> an, um sie zu importieren)
    [not-a-meeting] keine Meetings
    [listed-twice] doppelt gelistet
   *[outside-filter] außerhalb deines Filters
}: { $count }
meetings-feed-not-synced = nicht abgeglichen: { $problem }; nichts geändert
meetings-feed-too-many = nicht abgeglichen: Er listet jetzt { $count } Meetings, mehr als die { $most }, für die diese Community Platz hat; nichts geändert
meetings-feed-removed-meanwhile = inzwischen entfernt

meetings-feed-error-private = { $host } ist eine private oder lokale Adresse; Haven liest nur Feeds im öffentlichen Internet
meetings-feed-error-unreadable = diese Adresse kann nicht gelesen werden; prüfe sie und versuche es noch einmal
meetings-feed-error-scheme = die Adresse eines Feeds muss mit https:// oder http:// beginnen
meetings-feed-error-password = die Adresse eines Feeds darf keinen Benutzernamen und kein Passwort enthalten
meetings-feed-error-localhost = localhost ist nicht im öffentlichen Internet; nimm die öffentliche Adresse des Feeds
meetings-feed-error-status = der Server des Feeds antwortete mit HTTP { $status }
meetings-feed-error-redirects = der Feed hat mehr als { $count }-mal weitergeleitet
meetings-feed-error-timeout = der Feed hat nicht innerhalb von { $seconds } Sekunden geantwortet
meetings-feed-error-unreachable = der Feed war nicht erreichbar ({ $problem }); prüfe die Adresse
meetings-feed-error-not-json = die Adresse lieferte kein JSON — ist es der Feed selbst (bei 12 Step Meeting List: …/wp-admin/admin-ajax.php?action=meetings) und keine Webseite?
meetings-feed-error-too-big = der Feed ist größer als { $megabytes } MB
meetings-feed-error-not-a-list = der Feed ist keine Liste von Meetings (ein Meeting-Guide-Feed ist eine JSON-Liste von Meetings; ein BMLT-Feed ist das Ergebnis von switcher=GetSearchResults)
meetings-feed-error-too-long = der Feed hat { $count } Einträge; Haven liest höchstens { $most }
meetings-feed-error-empty = der Feed listet keine Meetings
meetings-feed-error-no-meetings = keiner der { $count } Einträge des Feeds ist ein Meeting im Meeting-Guide- oder BMLT-Format (jedes braucht einen Namen, einen Tag und eine Uhrzeit)

meetings-option-weekday = „{ $value }“ ist kein Wochentag; nimm mon, tue, wed, thu, fri, sat oder sun
meetings-option-weeks = „{ $value }“ ist keine Anzahl Wochen; schreib es wie 2w
meetings-option-weeks-range = alle { $weeks } Wochen geht nicht; nimm 1w bis { $most }w
meetings-option-link-length = dieser Link hat { $length } Zeichen; höchstens { $most } sind möglich
meetings-option-link = „{ $value }“ ist kein Weblink; er muss mit https:// oder http:// beginnen und darf keine Leerzeichen oder <, >, | enthalten
meetings-option-phone = „{ $value }“ ist keine Telefonnummer; nimm Ziffern, + und - (und , * # für Pausen und Codes), etwa +15550100,,123456#

## descriptions
cmd-meeting-rsvp-description = Dabei, vielleicht oder nicht beim nächsten Meeting einer Reihe; dabei: Erinnerung 10 Min. vorher

## /mod stats: each figure's name (the count follows it).
meetings-figure-series = Meetings
meetings-figure-rsvps = Zusagen und Absagen diese Woche

## A meeting type or language code typed wrongly (/meeting add, /meeting find). $codes: the wrong ones, quoted; $examples: codes with their names.
meetings-option-types-empty = Hier braucht es Typ-Codes, zum Beispiel O,D,ONL
meetings-option-types-many = Das sind { $count } Typen; höchstens { $most } sind möglich
meetings-option-types-unknown = { $count ->
    [one] { $codes } ist kein Meeting-Typ
   *[other] { $codes } sind keine Meeting-Typen
}; nutze Meeting-Guide-Codes wie { $examples } – `/meeting types` listet alle auf
meetings-option-language = „{ $value }“ ist kein Sprachcode; schreibe ihn wie en, es oder fi

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-meeting-add-example = /meeting add title:"Abendkreis" day:mon,thu time:19:00 tz:Europe/Berlin link:https://meet.example.org/circle duration:90 types:O,D
