## /help and /haven help (cogs/help.py).

cmd-help-description = The commands you can use, with an example each
cmd-haven-help-description = The commands you can use (also plain `/haven`; Slack has no /help for apps)

help-title = Haven commands
# One command: $usage and $example as typed; $help: its description.
help-command = `{ $usage }` — { $help } (e.g. `{ $example }`)
# $group: what the member typed; $groups: the groups they may use ("haven, mod, sober").
help-no-group =
    There is no /{ $group } group. Groups: { $groups }.
    Example: `/help sober`
