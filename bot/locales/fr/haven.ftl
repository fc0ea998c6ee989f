## Les mots du moteur (bot/) : erreurs et commandes de langue.

error-usage =
    { $reason }
    Utilisation : `{ $usage }`
    Exemple : `{ $example }`

cmd-haven-language-description = Choisissez la langue dans laquelle Haven vous parle (auto : celle de votre appli)
cmd-haven-language-code-description = un code de langue (en, es, pt-br, fr, de) ou auto
cmd-mod-language-description = La langue de la communauté, pour qui n'en a choisi aucune
cmd-mod-language-code-description = un code de langue (en, es, pt-br, fr, de)
language-chosen = C'est fait : Haven vous parle désormais en { $language }. `/haven language auto` suit de nouveau la langue de votre appli.
language-auto = C'est fait : Haven suit désormais la langue de votre appli, sinon celle de cette communauté ; pour l'instant, { $language }.
language-community = C'est fait : dans cette communauté, Haven parle désormais { $language } à qui n'a choisi aucune langue et dont l'appli est dans une langue que Haven ne parle pas.
