## The engine's own words (bot/): error vocabulary and the language commands.
## Member text arrives in { $placeholders } already escaped; leave it as it is.

# A command typed wrongly: the reason (one line), then how to type it.
error-usage =
    { $reason }
    Usage: `{ $usage }`
    Example: `{ $example }`

## /haven language and /mod language. $language: a language's own name ("Español").
cmd-haven-language-description = Choose the language Haven speaks to you (auto: your app's)
cmd-haven-language-code-description = a language code (en, es, pt-br, fr, de), or auto
cmd-mod-language-description = The community's language, for members who chose none
cmd-mod-language-code-description = a language code (en, es, pt-br, fr, de)
language-chosen = Done: Haven speaks { $language } to you now. `/haven language auto` follows your app's language again.
language-auto = Done: Haven follows your app's language now, else this community's; right now that is { $language }.
language-community = Done: { $language } is this community's language now, for members who chose none and whose app's language Haven does not speak.
