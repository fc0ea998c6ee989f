## /help und /haven help (cogs/help.py). Anrede: du.

cmd-help-description = Die Befehle, die du nutzen kannst, mit je einem Beispiel
cmd-haven-help-description = Die Befehle, die du nutzen kannst (auch nur `/haven`; Slack hat kein /help für Apps)

help-title = Haven-Befehle
help-command = `{ $usage }` — { $help } (z. B. `{ $example }`)
help-no-group =
    Es gibt keine Gruppe /{ $group }. Gruppen: { $groups }.
    Beispiel: `/help sober`
