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
