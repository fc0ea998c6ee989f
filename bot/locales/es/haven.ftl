## Las palabras del motor (bot/): errores y los comandos de idioma.

error-usage =
    { $reason }
    Uso: `{ $usage }`
    Ejemplo: `{ $example }`

cmd-haven-language-description = Elige el idioma en que Haven te habla (auto: el de tu app)
cmd-haven-language-code-description = un código de idioma (en, es, pt-br, fr, de) o auto
cmd-mod-language-description = El idioma de la comunidad, para quien no haya elegido uno
cmd-mod-language-code-description = un código de idioma (en, es, pt-br, fr, de)
language-chosen = Listo: Haven te habla ahora en { $language }. Con `/haven language auto` vuelve a seguir el idioma de tu app.
language-auto = Listo: Haven sigue ahora el idioma de tu app o, si no, el de esta comunidad; en este momento, { $language }.
language-community = Listo: { $language } es ahora el idioma de esta comunidad, para quien no haya elegido uno y use su app en un idioma que Haven no habla.
