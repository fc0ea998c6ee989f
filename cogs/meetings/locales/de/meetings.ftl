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
meetings-wait-minutes = { $count ->
    [one] in { $count } Minute
   *[other] in { $count } Minuten
}
meetings-wait-hours = { $count ->
    [one] in { $count } Stunde
   *[other] in { $count } Stunden
}
meetings-wait-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}
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
