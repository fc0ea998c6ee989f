## As palavras do motor (bot/): erros e os comandos de idioma.

error-usage =
    { $reason }
    Uso: `{ $usage }`
    Exemplo: `{ $example }`

cmd-haven-language-description = Escolha o idioma em que o Haven fala com você (auto: o do seu app)
cmd-haven-language-code-description = um código de idioma (en, es, pt-br, fr, de) ou auto
cmd-mod-language-description = O idioma da comunidade, para quem não escolheu nenhum
cmd-mod-language-code-description = um código de idioma (en, es, pt-br, fr, de)
language-chosen = Pronto: o Haven agora fala com você em { $language }. Com `/haven language auto`, volta a seguir o idioma do seu app.
language-auto = Pronto: o Haven agora segue o idioma do seu app ou, se não, o desta comunidade; neste momento, { $language }.
language-community = Pronto: { $language } agora é o idioma desta comunidade, para quem não escolheu nenhum e usa o app em um idioma que o Haven não fala.
