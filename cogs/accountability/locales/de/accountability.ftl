## /sos, seine Knöpfe und Nachrichten, und /haven reasons (cogs/accountability).
## Duzen; kein Wort, das beschämt oder Schuld zuweist. Was sagt, dass jemand
## etwas bekommen hat oder weiß, bleibt genau so wahr wie im Englischen.

accountability-names = { $first } und { $last }

accountability-why-closed = die Direktnachrichten sind geschlossen
accountability-why-gone = das Konto ist nicht mehr aktiv
accountability-why-error = die Nachricht ist nicht angekommen

cmd-sos-description = Hilfe holen: sofort Krisenhilfe, und deine Partner werden privat benachrichtigt
accountability-sos-your-reasons = Deine Gründe:
accountability-sos-no-consent = Partner, die du mit `/partner` findest, werden benachrichtigt, wenn du `/sos` nutzt.
accountability-sos-unreachable = Ich erreiche deine Partner gerade nicht – bitte ruf jemanden direkt an oder schreib jemandem. Die Hilfsangebote oben sind jederzeit da.
accountability-sos-too-soon = Deine letzte Benachrichtigung ging { $last } raus; du kannst { $again } eine weitere senden (um { $at }). Die Hilfsangebote oben sind jetzt sofort da.
accountability-sos-no-partners = Du hast noch keine Partner, deshalb wurde niemand benachrichtigt.
accountability-sos-no-partners-moderators = Du hast noch keine Partner, deshalb wurde niemand benachrichtigt. Wenn du möchtest, sage ich den Moderatoren Bescheid – nur, dass jemand um Unterstützung gebeten hat, nicht wer.
accountability-sos-by-dm = { $count ->
    [one] { $names } hat deine Benachrichtigung per Privatnachricht bekommen.
   *[other] { $names } haben deine Benachrichtigung per Privatnachricht bekommen.
}
accountability-sos-in-space = Ich konnte { $name } nicht per Direktnachricht erreichen ({ $why }), deshalb habe ich im privaten Bereich, den ihr teilt, mit einer Erwähnung gepostet.
accountability-sos-not-reached = Ich konnte { $name } nicht erreichen ({ $why }), und ihr teilt keinen privaten Bereich, in dem ich eine Erwähnung posten könnte.
accountability-sos-no-one = Niemand hat deine Benachrichtigung bekommen – bitte ruf jemanden direkt an oder schreib jemandem.
accountability-sos-offer-moderators = Wenn du möchtest, sage ich den Moderatoren Bescheid – nur, dass jemand um Unterstützung gebeten hat, nicht wer.
accountability-sos-moderator-button = Moderatoren Bescheid sagen

accountability-sos-dm = { $name } könnte gerade einen Anruf gebrauchen. Eine Nachricht oder ein Anruf von dir kann viel bedeuten. Drück auf **Ich bin da**, damit { $name } es weiß.
accountability-sos-space-post = { $mention } – { $name } könnte gerade einen Anruf gebrauchen. Eine Nachricht oder ein Anruf von dir kann viel bedeuten. Drück auf **Ich bin da**, damit { $name } es weiß.
accountability-sos-here-button = Ich bin da
accountability-sos-here-first = { $name } ist für dich da – und hat auf **Ich bin da** gedrückt.
accountability-sos-here-too = Auch { $name } ist für dich da.
accountability-sos-here-closed = Diese Benachrichtigung ist nicht mehr offen. Danke, dass du auf andere achtest.
accountability-sos-here-already = { $name } weiß schon, dass du da bist. Danke.
accountability-sos-here-unreached = Danke. Ich konnte { $name } nicht Bescheid sagen ({ $why }), deshalb zählt eine Nachricht oder ein Anruf von dir umso mehr.
accountability-sos-here-told = Danke – { $name } weiß, dass du da bist.

accountability-sos-no-answer = Noch hat keiner deiner Partner geantwortet. Du musst nicht auf sie warten: Diese Angebote sind jetzt sofort da.
accountability-sos-no-answer-moderators = Noch hat keiner deiner Partner geantwortet. Du musst nicht auf sie warten: Diese Angebote sind jetzt sofort da. Wenn du möchtest, sage ich den Moderatoren, dass jemand um Unterstützung gebeten hat – nicht wer.

accountability-sos-moderators-stale = Dieser Knopf bewirkt nichts mehr. `/sos` oder `/crisis` jederzeit.
accountability-sos-moderators-already = Die Moderatoren wissen schon, dass jemand um Unterstützung gebeten hat.
accountability-sos-moderators-done = Erledigt – die Moderatoren wissen, dass jemand um Unterstützung gebeten hat; dein Name wurde nicht geteilt. `/crisis` ist jederzeit da.
accountability-sos-moderators-note = Jemand hat um Unterstützung gebeten.

cmd-haven-reasons-add-description = Halte einen kurzen eigenen Grund fest, auf deinem Weg zu bleiben; /sos zeigt ihn dir
cmd-haven-reasons-list-description = Deine eigenen Gründe, privat
cmd-haven-reasons-remove-description = Entferne einen deiner Gründe über seine Nummer in der Liste
accountability-reasons-full = du hast schon { $max } Gründe festgehalten; entferne zuerst einen (`/haven reasons list` zeigt ihre Nummern)
accountability-reasons-kept = Festgehalten (Grund { $number } von höchstens { $max }). Nur du siehst ihn – zusammen mit den Hilfsangeboten, wenn du `/sos` nutzt.
accountability-reasons-none = Du hast noch keine Gründe festgehalten. `/haven reasons add <a few words>` hält einen fest; `/sos` zeigt sie dir, wenn es schwer wird.
accountability-reasons-title = Deine Gründe
accountability-reasons-no-such = { $count ->
    [one] du hast { $count } Grund festgehalten; `/haven reasons list` zeigt ihre Nummern
   *[other] du hast { $count } Gründe festgehalten; `/haven reasons list` zeigt ihre Nummern
}
accountability-reasons-removed = Grund { $number } entfernt. Die anderen behalten ihre Reihenfolge.

accountability-quiet-nudge = { $name } hat seit ein paar Tagen nicht eingecheckt – eine freundliche Nachricht könnte helfen.

cmd-partner-list-description = Deine Partner und Gruppen
accountability-list-title = Deine Partner und Gruppen
accountability-list-pod = { $kind ->
    [pod] `pod:{ $id }` (Gruppe) mit { $names }
   *[pair] `pod:{ $id }` (Partnerschaft) mit { $names }
}
accountability-list-pod-space = { $kind ->
    [pod] `pod:{ $id }` (Gruppe) mit { $names } – Bereich { $space }
   *[pair] `pod:{ $id }` (Partnerschaft) mit { $names } – Bereich { $space }
}
accountability-list-asked = { $name } möchte mit dir Partner sein: `/partner accept @{ $user }`
accountability-list-waiting = wartet darauf, dass { $mention } auf deine Anfrage antwortet
accountability-list-pooled = du bist im Pool und wartest darauf, einer Gruppe zugeteilt zu werden
accountability-list-empty = Noch keine Partner oder Gruppen. `/partner request @member` fragt jemanden; `/partner pool join` lässt Haven dich einer Gruppe zuteilen.

cmd-partner-leave-description = Verlasse eine Partnerschaft oder Gruppe jederzeit; die anderen erfahren es neutral
accountability-leave-no-pod = du bist nicht in pod:{ $id }; `/partner list` zeigt deine
accountability-leave-not-partners = du und @{ $who } seid gerade keine Partner (wähl die Person beim Tippen aus der @-Liste); um eine Gruppe zu verlassen, nutze ihre pod:id aus `/partner list`
accountability-leave-done = Erledigt – du hast dich zurückgezogen. Die anderen bekommen eine kurze, neutrale Nachricht, ohne Grund.
accountability-leave-done-closed = Erledigt – du hast dich zurückgezogen. Die anderen bekommen eine kurze, neutrale Nachricht, ohne Grund. Der gemeinsame Bereich ist geschlossen.
accountability-left = { $kind ->
    [pod] { $name } hat sich aus eurer Gruppe zurückgezogen.
   *[pair] { $name } hat sich aus eurer Partnerschaft zurückgezogen.
}
accountability-left-closed = { $kind ->
    [pod] { $name } hat sich aus eurer Gruppe zurückgezogen. Euer gemeinsamer Bereich ist jetzt geschlossen. `/partner pool join` kann dich wieder zuteilen.
   *[pair] { $name } hat sich aus eurer Partnerschaft zurückgezogen. Euer gemeinsamer Bereich ist jetzt geschlossen. `/partner pool join` kann dich wieder zuteilen.
}

cmd-partner-pool-description = Melde dich an (oder ab), um einer kleinen Gruppe zugeteilt zu werden
accountability-pool-not-in = Du warst nicht im Pool – nichts zu ändern.
accountability-pool-left = Du hast den Pool verlassen; du wirst keiner Gruppe zugeteilt.
accountability-pool-already = Du bist schon im Pool. Bei der nächsten Zuteilung durch die Moderatoren kommst du in eine Gruppe.
accountability-pool-joined = Du bist im Pool. Bei der nächsten Zuteilung durch die Moderatoren kommst du in eine Gruppe von 2–4 Menschen, deren Ortszeit nah an deiner liegt, mit einem privaten Bereich. `/partner pool leave` nimmt dich heraus.
accountability-pool-tip = Tipp: Stell deine Zeitzone ein (`/haven timezone Europe/Helsinki`), damit Haven dich mit Menschen zusammenbringt, die wach sind, wenn du es bist.

cmd-partner-match-description = Moderatoren: jetzt Gruppen aus dem Pool bilden (nach Zeitzone, ohne Wiederholungen)
accountability-match-too-few = Weniger als 2 Personen sind im Pool, deshalb wurden keine Gruppen gebildet.
accountability-match-formed = { $count ->
    [one] { $count } Gruppe aus dem Pool gebildet.
   *[other] { $count } Gruppen aus dem Pool gebildet.
}
accountability-match-left = { $count ->
    [one] { $count } Person bleibt für das nächste Mal im Pool.
   *[other] { $count } Personen bleiben für das nächste Mal im Pool.
}
accountability-match-unreached = { $count ->
    [one] { $count } zugeteilte Person konnte nicht per Direktnachricht benachrichtigt werden; sie findet die Gruppe unter `/partner list`.
   *[other] { $count } zugeteilte Personen konnten nicht per Direktnachricht benachrichtigt werden; sie finden die Gruppe unter `/partner list`.
}
accountability-match-scheduled-title = Geplante Gruppenzuteilung
accountability-match-late = (Das lief etwas später als geplant.)
accountability-matched = Du bist jetzt in einer Gruppe mit { $names }. Sag Hallo, wenn du so weit bist; mit `/partner leave` kannst du dich jederzeit zurückziehen, ohne Grund.
accountability-matched-space = Du bist jetzt in einer Gruppe mit { $names }. Euer privater Bereich: { $space }. Sag Hallo, wenn du so weit bist; mit `/partner leave` kannst du dich jederzeit zurückziehen, ohne Grund.
accountability-no-new-pod = Diese Woche keine neue Gruppe: Alle im Pool waren schon mit dir in einer Gruppe oder sind für dich nicht verfügbar. Du bleibst für die nächste Zuteilung im Pool; `/partner pool leave` nimmt dich heraus.

cmd-partner-schedule-description = Moderatoren: den Pool jede Woche zu einer Ortszeit in Gruppen aufteilen (oder off)
cmd-partner-schedule-day-description = Wochentag, oder off
cmd-partner-schedule-time-description = die Ortszeit der Community
cmd-partner-schedule-size-description = Gruppengröße
accountability-schedule-not-scheduled = Die Gruppenzuteilung war nicht geplant – nichts zu ändern.
accountability-schedule-off = Die geplante Gruppenzuteilung ist aus. `/partner match` bildet weiterhin Gruppen, wann immer du willst.
accountability-schedule-no-time = gib auch die Uhrzeit an, in der Zeitzone der Community, etwa 18:00
accountability-schedule-set = Der Pool wird { $day ->
        [mon] jeden Montag
        [tue] jeden Dienstag
        [wed] jeden Mittwoch
        [thu] jeden Donnerstag
        [fri] jeden Freitag
        [sat] jeden Samstag
       *[sun] jeden Sonntag
    } um { $at } ({ $zone }) in Gruppen von etwa { $size } Personen aufgeteilt. Zugeteilte Mitglieder werden privat benachrichtigt; der Moderatorenkanal, falls eingerichtet, bekommt nur Zahlen. `/partner schedule off` beendet es.
accountability-schedule-set-next = Der Pool wird { $day ->
        [mon] jeden Montag
        [tue] jeden Dienstag
        [wed] jeden Mittwoch
        [thu] jeden Donnerstag
        [fri] jeden Freitag
        [sat] jeden Samstag
       *[sun] jeden Sonntag
    } um { $at } ({ $zone }) in Gruppen von etwa { $size } Personen aufgeteilt. Das nächste Mal: { $next }. Zugeteilte Mitglieder werden privat benachrichtigt; der Moderatorenkanal, falls eingerichtet, bekommt nur Zahlen. `/partner schedule off` beendet es.

accountability-welcome-title = { $kind ->
    [pod] Willkommen in eurer Gruppe
   *[pair] Willkommen in eurer Partnerschaft
}
accountability-welcome =
    Dieser private Bereich ist nur für { $names }.
    - Was hier gesagt wird, bleibt hier: Bitte behandelt es vertraulich.
    - Unterstützung unter Betroffenen ersetzt keine professionelle Hilfe. In einer Krise? Nutze jederzeit `/crisis`.
    - Alle können sich jederzeit mit `/partner leave` zurückziehen, ohne Grund.
    - Brauchst du jetzt jemanden? Drück auf **SOS** oder nutze `/sos`, um deine Partner privat zu benachrichtigen.
    Haven speichert und liest nicht, was ihr hier schreibt.
accountability-welcome-sos-button = SOS

cmd-partner-request-description = Bitte jemanden, dein Accountability-Partner zu sein; die Antwort kommt privat
accountability-request-self = du kannst nicht dein eigener Partner sein – `/partner pool join` findet jemanden für dich
accountability-request-partners = Du und { $name } seid schon Partner.
accountability-request-asked = Du hast { $mention } schon gefragt. Wenn diese Person Haven hier nutzt, kann sie jederzeit in den zwei Wochen antworten, die eine Anfrage offen bleibt.
accountability-request-they-asked = { $name } hat dich schon gefragt – `/partner accept @{ $user }`, um Ja zu sagen.
accountability-request-declined = { $mention } ist gerade nicht verfügbar. Du kannst ab { $again } wieder fragen.
accountability-request-sent = Wenn { $mention } Haven hier nutzt, bekommt diese Person deine Anfrage privat – per Direktnachricht oder in `/partner list`. Nichts wird eingerichtet, solange sie nicht annimmt, und ich sage dir Bescheid, wenn sie antwortet.
accountability-request-waiting = { $count ->
    [one] Du hast { $count } Anfrage, die auf eine Antwort wartet. Gib ihr etwas Zeit – du kannst jemand Neues fragen, sobald sie beantwortet ist (oder nach zwei Wochen).
   *[other] Du hast { $count } Anfragen, die auf eine Antwort warten. Gib ihnen etwas Zeit – du kannst jemand Neues fragen, sobald eine davon beantwortet ist (oder nach zwei Wochen).
}
accountability-request-daily = { $count ->
    [one] Du hast in den letzten 24 Stunden { $count } Partneranfrage gesendet. Du kannst { $again } jemand Neues fragen (um { $at }).
   *[other] Du hast in den letzten 24 Stunden { $count } Partneranfragen gesendet. Du kannst { $again } jemand Neues fragen (um { $at }).
}
accountability-request-dm-title = Eine Partneranfrage
accountability-request-dm = { $name } möchte gern mit dir Accountability-Partner sein. Wenn du annimmst, öffnet Haven einen privaten Bereich nur für euch beide. Ein Grund ist in keinem Fall nötig – wenn du ablehnst, erfährt die Person nur, dass du gerade nicht verfügbar bist.
accountability-request-accept-button = Annehmen
accountability-request-decline-button = Ablehnen

cmd-partner-accept-description = Eine Partneranfrage annehmen (wie ihr Knopf Annehmen)
cmd-partner-decline-description = Eine Partneranfrage ablehnen; die Person erfährt nur, dass du nicht verfügbar bist
accountability-answer-closed = Diese Anfrage ist nicht mehr offen.
accountability-declined-note = { $name } ist gerade nicht verfügbar.
accountability-declined-unreached = Abgelehnt. Ich konnte { $name } nicht erreichen, deshalb wurde nichts gesendet.
accountability-declined = Abgelehnt. { $name } erfährt nur, dass du gerade nicht verfügbar bist.
accountability-accepted = Du und { $name } seid jetzt Partner.
accountability-accepted-ended = Diese Partnerschaft ist inzwischen beendet; es gibt nichts mehr einzurichten.
accountability-accepted-note = { $name } hat angenommen – ihr seid jetzt Partner.
accountability-accepted-note-space = { $name } hat angenommen – ihr seid jetzt Partner. Euer privater Bereich: { $space }.
accountability-accepted-space-told = Euer privater Bereich: { $space }. { $name } weiß, dass du Ja gesagt hast.
accountability-accepted-space-unreached = Euer privater Bereich: { $space }. Ich konnte { $name } nicht per Direktnachricht Bescheid sagen ({ $why }); die Person sieht es in `/partner list`.
accountability-accepted-told = Du und { $name } findet euch in `/partner list`. { $name } weiß, dass du Ja gesagt hast.
accountability-accepted-unreached = Du und { $name } findet euch in `/partner list`. Ich konnte { $name } nicht per Direktnachricht Bescheid sagen ({ $why }); die Person sieht es in `/partner list`.

# The member's home (Slack App Home): this section's heading.
accountability-home-title = Partner und Gruppen

## /mod stats: der Name jeder Zahl (die Zahl folgt ihm).
accountability-figure-pods = Gruppen und Partnerschaften

accountability-option-not-a-pod = { $option }: { $value } ist keine Gruppe und kein Paar (pod); schreib es so: pod:3

# The command's example in /help and usage errors: only the member's own words change.
cmd-haven-reasons-add-example = /haven reasons add Der Schulabschluss meiner Tochter im Juni
