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

## descriptions
cmd-meeting-rsvp-description = Dabei, vielleicht oder nicht beim nächsten Meeting einer Reihe; dabei: Erinnerung 10 Min. vorher
