## /crisis (cogs/crisis). Vouvoiement ; aucun mot qui culpabilise ou fasse honte.

cmd-crisis-description = Ressources d'urgence et lignes d'écoute, tout de suite

crisis-title = Quelqu'un est là pour vous
crisis-danger-general = **Si vous êtes en danger en ce moment, appelez le numéro d'urgence local** (911 aux États-Unis et au Canada, 112 dans l'UE, 999 au Royaume-Uni, 000 en Australie).
crisis-lifeline-us = **988 Suicide & Crisis Lifeline** (États-Unis) : appelez ou envoyez un SMS au **988**, ou écrivez sur https://988lifeline.org
crisis-samhsa-us = **Ligne nationale d'aide de la SAMHSA** (États-Unis, gratuite, 24 h/24, orientation vers un traitement) : **1-800-662-4357**
crisis-outside-us = Hors des États-Unis : https://findahelpline.com répertorie par pays des lignes gratuites et confidentielles.
crisis-closing = Haven est un soutien entre pairs, pas un service de conseil psychologique ni un service d'urgence. Demander de l'aide est un geste fort.
crisis-danger-country = **Si vous êtes en danger en ce moment, appelez le { $emergency }** ({ $country }).
crisis-elsewhere = https://findahelpline.com répertorie des lignes gratuites et confidentielles dans d'autres pays.
crisis-from-community = **De cette communauté :**
crisis-not-counselling = Haven est un soutien entre pairs, pas un service de conseil psychologique ni un service d'urgence. En crise ? `/crisis`.

crisis-country-US = États-Unis
crisis-country-CA = Canada
crisis-country-GB = Royaume-Uni
crisis-country-IE = Irlande
crisis-country-AU = Australie
crisis-country-NZ = Nouvelle-Zélande
crisis-country-ES = Espagne
crisis-country-MX = Mexique
crisis-country-BR = Brésil
crisis-country-PT = Portugal
crisis-country-FR = France
crisis-country-DE = Allemagne

crisis-helpline-US = **988 Suicide & Crisis Lifeline** : appelez ou envoyez un SMS au **{ $number }**, ou écrivez sur https://988lifeline.org (gratuit, 24 h/24)
crisis-helpline-CA = **9-8-8 : Ligne d'aide en cas de crise de suicide** : appelez ou textez le **{ $number }** (en anglais et en français, 24 h/24)
crisis-helpline-GB = **Samaritans** : appelez le **{ $number }** (gratuit, 24 h/24)
crisis-helpline-IE = **Samaritans** : appelez le **{ $number }** (gratuit, 24 h/24)
crisis-helpline-AU = **Lifeline** : appelez le **{ $number }** (24 h/24)
crisis-helpline-NZ = **1737, Need to talk?** : appelez ou envoyez un SMS au **{ $number }** (gratuit, 24 h/24)
crisis-helpline-PT = **SNS 24, soutien psychologique** : appelez le **{ $number }**, puis choisissez l'option 4 (24 h/24)
crisis-helpline-FR = **3114, numéro national de prévention du suicide** : appelez le **{ $number }** (gratuit, 24 h/24 et 7 j/7)
crisis-helpline-DE = **TelefonSeelsorge** : appelez le **{ $number }** ou le **{ $number2 }** (gratuit, anonyme, 24 h/24)
