## /help et /haven help (cogs/help.py). Vouvoiement.

cmd-help-description = Les commandes que vous pouvez utiliser, avec un exemple pour chacune
cmd-haven-help-description = Les commandes que vous pouvez utiliser (aussi `/haven` seul ; Slack n'a pas de /help pour les apps)

help-title = Commandes de Haven
help-command = `{ $usage }` — { $help } (p. ex. `{ $example }`)
help-no-group =
    Il n'y a pas de groupe /{ $group }. Groupes : { $groups }.
    Exemple : `/help sober`
