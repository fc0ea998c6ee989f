## /checkin: Einstellungen und Serien (cogs/checkins). Siehe en/checkins.ftl.

cmd-checkin-remind-description = Jeden Tag zu dieser Ortszeit eine private Erinnerung (oder off)
cmd-checkin-pause-description = Keine Erinnerungen bis zu diesem Datum (Reisen, Urlaub)
cmd-checkin-resume-description = Pausierte Erinnerungen wieder starten
cmd-checkin-streaks-description = Ob dir Serienzähler irgendwo angezeigt werden
cmd-checkin-streak-description = Tage in Folge mit einem Check-in
cmd-checkin-weekly-description = Jede Woche an diesem Tag eine private Zusammenfassung (oder off)
cmd-checkin-share-description = Wer deine Check-ins sieht (standardmäßig privat)
cmd-checkin-share-sober-description = Partner sehen auch, ob du heute nüchtern warst (standardmäßig nein)
cmd-mod-triggers-description = Die Auslöser, die Mitglieder beim Check-in nennen können (Liste mit Kommas, oder default)

checkins-remind-off = Die täglichen Erinnerungen sind aus. Du kannst trotzdem jederzeit mit `/checkin` einchecken.
checkins-remind-on = Jeden Tag um { $time } ({ $zone }) schicke ich dir eine private Erinnerung mit Schnellantwort-Buttons – außer du hast an dem Tag schon eingecheckt.
checkins-paused-until = Die Erinnerungen sind pausiert bis { $date }.
checkins-zone-tip = Tipp: Stell deine Zeitzone ein, damit die Erinnerung zu deiner Ortszeit kommt: `/haven timezone Europe/Berlin`

checkins-pause-not-after-today = { $date } liegt nicht nach heute; die Erinnerungen beginnen an dem Datum wieder, das du angibst
checkins-paused = Keine Erinnerungen bis { $date } – an dem Tag geht es wieder los. `/checkin resume` holt sie früher zurück.
checkins-pause-no-prompt = (Du hast keine tägliche Erinnerung; `/checkin remind 08:30` richtet eine ein.)
checkins-resume-not-paused = Die Erinnerungen waren nicht pausiert.
checkins-resume-back-on = Die Erinnerungen sind wieder an.
checkins-resume-no-prompt = Du hast keine tägliche Erinnerung; `/checkin remind 08:30` richtet eine ein.
checkins-resume-next = Die nächste kommt um { $time } ({ $zone }).

checkins-streaks-on = Serienzähler sind wieder in deinen Check-ins und Zusammenfassungen.
checkins-streaks-off = Serienzähler sind aus: keine Antwort, Zusammenfassung oder Wochenzusammenfassung zeigt einen. Deine Check-ins zählen genauso. `/checkin streaks on` holt sie zurück.
checkins-streak-hidden-done = Du hast heute eingecheckt. Serienzähler sind für dich aus (`/checkin streaks on` zeigt sie).
checkins-streak-hidden-not-yet = Heute noch kein Check-in. Serienzähler sind für dich aus (`/checkin streaks on` zeigt sie).
checkins-streak-none = Gerade keine Serie – ein Check-in heute beginnt eine: `/checkin mood:4 craving:2`.
checkins-streak-days = { $days ->
    [one] Tag 1 einer Serie – jeder Check-in zählt.
   *[other] { $days } Tage in Folge – danke, dass du für dich da bist.
}
checkins-streak-keep-going = Mach heute einen Check-in, damit sie weitergeht.

checkins-weekly-off = Die Wochenzusammenfassungen sind aus. `/checkin summary` geht jederzeit.
checkins-weekly-on = { $day ->
    [mon] Jeden Montag
    [tue] Jeden Dienstag
    [wed] Jeden Mittwoch
    [thu] Jeden Donnerstag
    [fri] Jeden Freitag
    [sat] Jeden Samstag
   *[sun] Jeden Sonntag
} um { $time } ({ $zone }) schicke ich dir eine private Zusammenfassung deiner Woche.

checkins-share-sober-partners-only = sober:yes gilt nur für Partner; der Kanal zeigt es nie – `/checkin share partners sober:yes`
checkins-share-private = Deine Check-ins sind privat: nur du siehst sie. Deine Notizen werden nie geteilt.
checkins-share-partners = Nach jedem Check-in bekommen deine Verantwortungspartner eine private Nachricht mit deiner Stimmung und deinem Suchtdruck – nicht, ob du heute nüchtern warst. Deine Notizen werden nie geteilt. Wenn der Suchtdruck bei { $high } oder mehr liegt, werden sie gebeten, sich bei dir zu melden.
    `/checkin share partners sober:yes` sagt ihnen auch, ob du nüchtern warst.
checkins-share-partners-sober = Nach jedem Check-in bekommen deine Verantwortungspartner eine private Nachricht mit deiner Stimmung, deinem Suchtdruck und ob du heute nüchtern warst (wenn du es sagst). Deine Notizen werden nie geteilt. Wenn der Suchtdruck bei { $high } oder mehr liegt, werden sie gebeten, sich bei dir zu melden.
    `/checkin share partners` teilt nicht mehr, ob du nüchtern warst.
checkins-share-no-partners = Du hast noch keine Partner; `/partner request @member` fragt jemanden.
checkins-share-named = Stimmung und Suchtdruck jedes Check-ins werden mit deinem Namen im Check-in-Kanal der Community gepostet. Deine Notizen werden nie geteilt.
checkins-share-anonymous = Stimmung und Suchtdruck jedes Check-ins werden ohne deinen Namen im Check-in-Kanal der Community gepostet. Deine Notizen werden nie geteilt.
checkins-share-no-channel = Es gibt noch keinen Check-in-Kanal, daher wird nichts gepostet, bis ein Moderator einen einrichtet.

checkins-triggers-default = Zurück zu den Standard-Auslösern: { $triggers }.
checkins-triggers-set = Mitglieder können jetzt diese Auslöser nennen: { $triggers }.
checkins-triggers-private = { $count ->
    [one] Was Mitglieder nennen, bleibt privat; `/mod stats` zeigt die Zahl eines Auslösers erst, wenn ihn { $count } Mitglied oder mehr genannt hat.
   *[other] Was Mitglieder nennen, bleibt privat; `/mod stats` zeigt die Zahl eines Auslösers erst, wenn ihn { $count } oder mehr Mitglieder genannt haben.
}

cmd-checkin-pledge-description = „Nur für heute bleibe ich nüchtern“: morgens eine Erinnerung zu dieser Ortszeit (oder off), oder now
cmd-checkin-review-description = „Wie war heute?“ jeden Abend zu dieser Ortszeit (oder off); die Antwort füllt die Stimmung des Tages

checkins-pledge-off = Die morgendlichen Vorsatz-Erinnerungen sind aus. `/checkin pledge now` fasst den Vorsatz für heute trotzdem, wann immer du magst.
checkins-pledge-on = Jeden Morgen um { $time } ({ $zone }) schicke ich dir privat „Nur für heute bleibe ich nüchtern“ mit einem Button Vorsatz fassen. Verpasst? `/checkin pledge now` fasst den Vorsatz für heute zu jeder Stunde.
checkins-pledge-title = Nur für heute
checkins-pledge-prompt =
    Nur für heute bleibe ich nüchtern.
    Ein Tag ist genug, um darüber nachzudenken. Wenn du dir heute dieses Versprechen geben möchtest, tippe auf Vorsatz fassen – oder lass es einfach eine Erinnerung sein.
checkins-pledge-button = Vorsatz fassen
checkins-late = (Das kommt etwas spät – Haven war eine Weile weg.)
checkins-pledge-moved = Diese Erinnerung war für { $asked }. Ein Vorsatz gilt für den Tag, in dem du bist, also zählt dieser für heute, { $date }.
checkins-pledge-again = Du hast deinen Vorsatz für heute schon gefasst – er gilt weiter. Sei heute sanft zu dir.
checkins-pledged = Vorsatz für heute, { $date }: Nur für heute bleibst du nüchtern. Mehr verlangt der Tag nicht – schön, dass du da bist.
checkins-pledge-run = { $count ->
    [one] { $count } Tag mit Vorsatz in Folge.
   *[other] { $count } Tage mit Vorsatz in Folge.
}

checkins-review-off = Die abendlichen Rückblicke sind aus. `/checkin` hält deinen Tag jederzeit fest.
checkins-review-on = Jeden Abend um { $time } ({ $zone }) frage ich dich privat „Wie war heute?“ – Leicht, Okay, Schwer oder Sehr schwer. Deine Antwort füllt die Stimmung des Tages (Leicht 4, Okay 3, Schwer 2, Sehr schwer 1 von 5) und ändert nichts anderes, was du eingetragen hast.
checkins-review-title = Wie war heute?
checkins-review-today =
    Wie war heute, { $weekday }? Tippe, was passt – es gibt keine falsche Antwort.
    Das füllt die heutige Stimmung; alles andere, was du heute geschrieben hast, bleibt, wie es ist.
checkins-review-yesterday =
    Wie war gestern, { $date }? Tippe, was passt – es gibt keine falsche Antwort.
    Das füllt die Stimmung dieses Tages; alles andere, was du geschrieben hast, bleibt, wie es ist.
checkins-review-earlier =
    Wie war { $date }? Tippe, was passt – es gibt keine falsche Antwort.
    Das füllt die Stimmung dieses Tages; alles andere, was du geschrieben hast, bleibt, wie es ist.
checkins-review-easy = Leicht
checkins-review-okay = Okay
checkins-review-hard = Schwer
checkins-review-veryhard = Sehr schwer
checkins-hard-run-partners = Das sind { $count } sehr schwere Tage in Folge. Du musst sie nicht allein tragen. Deine Partner würden es wissen wollen: Der Button unten sagt ihnen privat, dass dir ein Anruf guttun würde (wie `/sos`). Und `/crisis` listet Hilfetelefone, zu jeder Stunde.
checkins-hard-run-alone = Das sind { $count } sehr schwere Tage in Folge. Du musst sie nicht allein tragen. `/crisis` listet Hilfetelefone, zu jeder Stunde – und ein Partner kann an solchen Tagen helfen: `/partner request @member` fragt jemanden, dem du vertraust, `/partner pool join` findet eine kleine Gruppe für dich.
checkins-hard-run-button = Meinen Partnern Bescheid sagen

cmd-checkin-description = Check-in für heute (ohne Optionen öffnet sich ein Formular)
cmd-checkin-mood-description = 1 sehr schlecht – 5
cmd-checkin-craving-description = 0 – 10
cmd-checkin-sober-description = heute nüchtern, yes oder no
cmd-checkin-note-description = privat, verschlüsselt
cmd-checkin-triggers-description = was dich belastet hat, durch Kommas getrennt (nur du siehst es)

checkins-mood-1 = sehr schlecht
checkins-mood-2 = schlecht
checkins-mood-3 = okay
checkins-mood-4 = gut
checkins-mood-5 = sehr gut
checkins-described-mood = Stimmung { $mood }/5 ({ $word })
checkins-described-craving = Suchtdruck { $craving }/10
checkins-described-mood-short = Stimmung { $mood }/5
checkins-described-sober = heute nüchtern
checkins-described-not-sober = heute nicht nüchtern

checkins-form-title = Täglicher Check-in
checkins-form-submit = Einchecken
checkins-form-mood = Stimmung (1 sehr schlecht – 5 sehr gut)
checkins-form-craving = Suchtdruck (0 keiner – 10 sehr stark)
checkins-form-sober = Heute nüchtern
checkins-form-note = Notiz – nur du kannst sie sehen
checkins-form-triggers = Auslöser heute (optional, nur du siehst sie)
checkins-form-triggers-placeholder = Hat dich etwas belastet?
checkins-more-title = Der Rest des heutigen Check-ins
checkins-more-title-day = Der Rest des Check-ins vom { $weekday }
checkins-more-submit = Speichern
checkins-more-button = Suchtdruck und Notiz hinzufügen

checkins-usage-need-both = mood: und craving: sind für einen Check-in nötig
checkins-usage-no-mood = mood: fehlt; gib mood und craving zusammen an
checkins-usage-no-craving = craving: fehlt; gib mood und craving zusammen an
checkins-no-forms = Für einen Check-in: `/checkin mood:<1-5> craving:<0-10>` – zum Beispiel `/checkin mood:4 craving:2 sober:yes triggers:stress`.
checkins-stale-button = Dieser Button tut nichts mehr. Versuch es stattdessen mit `/checkin`.
checkins-more-no-checkin = Für heute gibt es noch keinen Check-in. Mit `/checkin` legst du einen an.

checkins-saved-yesterday = Gespeichert für gestern, { $date }: { $checkin }.
checkins-saved-today = Gespeichert für heute, { $date }: { $checkin }.
checkins-saved-on = Gespeichert für { $date }: { $checkin }.
checkins-added-on = Zum Check-in vom { $date } hinzugefügt: { $checkin }.
checkins-added-today = Zum heutigen Check-in hinzugefügt: { $checkin }.
checkins-updated = Du hattest heute schon eingecheckt, also habe ich ihn aktualisiert: { $checkin }.
checkins-checked-in = Eingecheckt für { $date }: { $checkin }.
checkins-note-saved = Deine Notiz ist privat gespeichert.
checkins-triggers-noted = Auslöser notiert, nur für dich: { $triggers } (`/checkin patterns`).
checkins-hard-very-low = Ein sehr schlechter Tag ist schwer, und du hast trotzdem eingecheckt – das zählt.
checkins-hard-craving = So starker Suchtdruck ist schwer.
checkins-hard-not-sober = Danke für deine Ehrlichkeit. Ein Ausrutscher gehört zu vielen Genesungswegen und macht die Tage davor nicht ungeschehen. Dein Nüchtern-Zähler bleibt, wie er ist, außer du entscheidest dich, neu zu beginnen (`/sober reset`).
checkins-help-now = Wenn du jetzt jemanden brauchst: `/sos` erreicht deine Partner und `/crisis` listet Hilfetelefone.

checkins-prompt-title = Täglicher Check-in
checkins-prompt = Wie geht es dir heute? Tippe deine Stimmung an – 1 sehr schlecht, 5 sehr gut – oder nutze `/checkin` für das ganze Formular.

checkins-partner-title = Check-in deines Partners
checkins-partner-checked-in = { $name } hat eingecheckt: { $checkin }.
checkins-partner-updated = { $name } hat den heutigen Check-in aktualisiert: { $checkin }.
checkins-partner-high = Der Suchtdruck ist heute hoch ({ $craving }/10) – vielleicht freut sich die Person, wenn du dich meldest.
checkins-channel-named = { $name } hat heute eingecheckt: { $checkin }.
checkins-channel-anonymous = Ein Mitglied hat heute eingecheckt: { $checkin }.

checkins-summary-title = Deine Check-ins
checkins-summary-none = In den letzten 30 Tagen noch keine Check-ins. Dein erster: `/checkin mood:4 craving:2`.
checkins-average = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }/{ $scale }
checkins-summary-period = **Letzte { $days } Tage:** an { $count } von { $days } Tagen eingecheckt · Stimmung { $mood } · Suchtdruck { $craving }
checkins-trend-lower = Der Suchtdruck war diese Woche niedriger als in den Wochen davor.
checkins-trend-higher = Der Suchtdruck war diese Woche höher als in den Wochen davor – sei sanft zu dir und melde dich bei jemandem, wenn es hilft.
checkins-trend-steady = Der Suchtdruck war diese Woche etwa so wie in den Wochen davor.
cmd-checkin-summary-description = Die letzten 7, 30 und 90 Tage, mit Diagrammen

checkins-chart-title = Deine Check-ins, { $first } bis { $last } { $year }
checkins-chart-mood = Stimmung (1 sehr schlecht bis 5 sehr gut)
checkins-chart-craving = Suchtdruck (0 keiner bis 10 sehr stark)
checkins-chart-gap = Eine Lücke in der Linie ist ein Tag ohne Check-in.

cmd-checkin-patterns-description = Deine eigenen Trends über 30 oder 90 Tage, in Worten – nur du siehst sie
checkins-patterns-title = Deine Muster, letzte { $days } Tage – nur du siehst das
checkins-patterns-chart-title = Dein Suchtdruck, letzte { $days } Tage
checkins-patterns-by-weekday = Durchschnittlicher Suchtdruck nach Wochentag
checkins-patterns-by-trigger = Durchschnittlicher Suchtdruck nach Auslöser
checkins-patterns-chart-note = Die dunkle Linie ist dein durchschnittlicher Suchtdruck. Nur du siehst das.
checkins-patterns-nothing-named = Noch nichts genannt
checkins-patterns-name-triggers = Nenne beim Check-in, was dich belastet hat, um zu sehen, was es mit deinem Suchtdruck macht: `/checkin mood:3 craving:6 triggers:stress`.
checkins-patterns-too-few = In den letzten { $days } Tagen gibt es noch nicht genug Check-ins mit Suchtdruck, um Muster zu sehen ({ $count } bisher; { $needed } sind nötig). Bleib dabei – Muster zeigen sich nach ein paar Wochen.
checkins-patterns-most-named = Am häufigsten hast du '{ $tag }' genannt: bei { $count } deiner { $total } Check-ins.
checkins-patterns-steady = Dein Suchtdruck war an allen Tagen und bei allen Auslösern etwa gleich (im Schnitt um { NUMBER($average, maximumFractionDigits: 1) }) – kein Tag und kein Auslöser sticht heraus.
checkins-patterns-weekday = Der Suchtdruck ist { $day ->
        [mon] montag
        [tue] dienstag
        [wed] mittwoch
        [thu] donnerstag
        [fri] freitag
        [sat] samstag
       *[sun] sonntag
    }{ $part ->
        [morning] morgens
        [afternoon] nachmittags
        [evening] abends
        [night] nachts
       *[all] s
    } höher: im Schnitt { NUMBER($average, maximumFractionDigits: 1) }, gegenüber { NUMBER($other, maximumFractionDigits: 1) } an anderen Tagen.
checkins-patterns-trigger = Nach '{ $tag }' liegt dein Suchtdruck im Schnitt bei { NUMBER($average, maximumFractionDigits: 1) } ({ $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }), gegenüber { NUMBER($other, maximumFractionDigits: 1) } an Tagen ohne.
checkins-weekday-short = { $day ->
    [mon] Mo
    [tue] Di
    [wed] Mi
    [thu] Do
    [fri] Fr
    [sat] Sa
   *[sun] So
}

checkins-triggers-bad-name = „{ $tag }“ ist kein Auslöser-Name: bis zu 32 Buchstaben, Ziffern, Leerzeichen, ' oder -, durch Kommas getrennt – `/mod triggers stress, loneliness, work, family` (oder `/mod triggers default`)
checkins-triggers-empty = gib die Auslöser durch Kommas getrennt an – `/mod triggers stress, loneliness, work, family` (oder `/mod triggers default`)
checkins-triggers-too-many = das sind { $count } Auslöser; eine Liste fasst höchstens { $most }, damit das Check-in-Formular alle anbieten kann – `/mod triggers stress, loneliness, work, family` (oder `/mod triggers default`)
checkins-triggers-not-offered = „{ $tag }“ ist keiner der Auslöser dieser Community: { $offered } – zum Beispiel `/checkin mood:3 craving:6 triggers:{ $first },{ $last }`

# The member's home (Slack App Home): this section's heading.
checkins-home-title = Der Check-in von heute
# Die Buttons darunter: ein Tipp checkt mit dieser Stimmung ein (1 sehr schlecht – 5 sehr gut).
checkins-home-mood-1 = Stimmung 1
checkins-home-mood-2 = Stimmung 2
checkins-home-mood-3 = Stimmung 3
checkins-home-mood-4 = Stimmung 4
checkins-home-mood-5 = Stimmung 5

## /mod stats: der Name jeder Zahl (die Zahl folgt ihm).
checkins-figure-week = Check-ins diese Woche
checkins-figure-reminders = Mitglieder mit täglicher Erinnerung
# $tag: ein Auslöser, wie ihn die Liste der Community schreibt; $days: 30
checkins-figure-trigger = Check-ins mit '{ $tag }' (letzte { $days } Tage)

## Die Standard-Auslöser (für eine Community ohne eigene Liste), je ein Wort:
## gelesen und getippt in deiner Sprache; gespeichert als englischer Code.
checkins-trigger-stress = Stress
checkins-trigger-loneliness = Einsamkeit
checkins-trigger-conflict = Konflikt
checkins-trigger-celebration = Feier
checkins-trigger-boredom = Langeweile
checkins-trigger-tiredness = Müdigkeit
checkins-trigger-place = Ort
checkins-trigger-people = Menschen

# The commands' examples in /help and usage errors: only the member's own words change.
cmd-checkin-example = /checkin mood:4 craving:2 sober:yes note:"langer Tag" triggers:Stress,Menschen
cmd-mod-triggers-example = /mod triggers Stress, Einsamkeit, Arbeit, Familie

## Der Name jedes Feldes in einem Problem mit der Eingabe (bot/forms.py): „Das Feld „Stimmung“ …“.
checkins-field-mood = „Stimmung“
checkins-field-craving = „Suchtdruck“
checkins-field-sober = „Heute nüchtern“
checkins-field-note = „Notiz“
checkins-field-triggers = „Auslöser“
