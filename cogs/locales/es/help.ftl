## /help y /haven help (cogs/help.py). Tuteo.

cmd-help-description = Los comandos que puedes usar, con un ejemplo de cada uno
cmd-haven-help-description = Los comandos que puedes usar (también `/haven` solo; Slack no tiene /help para apps)

help-title = Comandos de Haven
help-command = `{ $usage }` — { $help } (p. ej. `{ $example }`)
help-no-group =
    No hay ningún grupo /{ $group }. Grupos: { $groups }.
    Ejemplo: `/help sober`
