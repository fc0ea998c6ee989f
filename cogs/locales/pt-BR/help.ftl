## /help e /haven help (cogs/help.py). Tratamento: você.

cmd-help-description = Os comandos que você pode usar, com um exemplo de cada
cmd-haven-help-description = Os comandos que você pode usar (também só `/haven`; o Slack não tem /help para apps)

help-title = Comandos do Haven
help-command = `{ $usage }` — { $help } (ex.: `{ $example }`)
help-no-group =
    Não existe o grupo /{ $group }. Grupos: { $groups }.
    Exemplo: `/help sober`
