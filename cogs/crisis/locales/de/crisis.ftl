## /crisis (cogs/crisis). Duzen; kein Wort, das beschämt oder Schuld zuweist.

cmd-crisis-description = Krisenhilfe und Beratungstelefone, sofort

crisis-title = Du bist nicht allein
crisis-danger-general = **Wenn du gerade in Gefahr bist, ruf die örtliche Notrufnummer an** (911 in den USA und Kanada, 112 in der EU, 999 im Vereinigten Königreich, 000 in Australien).
crisis-lifeline-us = **988 Suicide & Crisis Lifeline** (USA): Anruf oder SMS an die **988** oder Chat unter https://988lifeline.org
crisis-samhsa-us = **SAMHSA National Helpline** (USA, kostenlos, rund um die Uhr, Vermittlung in Behandlung): **1-800-662-4357**
crisis-outside-us = Außerhalb der USA: https://findahelpline.com listet kostenlose, vertrauliche Beratungstelefone nach Land.
crisis-closing = Haven ist Unterstützung unter Betroffenen (Peer-Support), keine professionelle Beratung und kein Krisendienst. Sich Hilfe zu holen, zeugt von Stärke.
crisis-danger-country = **Wenn du gerade in Gefahr bist, ruf die { $emergency } an** ({ $country }).
crisis-elsewhere = https://findahelpline.com listet kostenlose, vertrauliche Beratungstelefone in anderen Ländern.
crisis-from-community = **Von dieser Community:**
crisis-not-counselling = Haven ist Unterstützung unter Betroffenen (Peer-Support), keine professionelle Beratung und kein Krisendienst. In einer Krise? `/crisis`.

crisis-country-US = Vereinigte Staaten
crisis-country-CA = Kanada
crisis-country-GB = Vereinigtes Königreich
crisis-country-IE = Irland
crisis-country-AU = Australien
crisis-country-NZ = Neuseeland
crisis-country-ES = Spanien
crisis-country-MX = Mexiko
crisis-country-BR = Brasilien
crisis-country-PT = Portugal
crisis-country-FR = Frankreich
crisis-country-DE = Deutschland

crisis-helpline-US = **988 Suicide & Crisis Lifeline**: Anruf oder SMS an die **{ $number }** oder Chat unter https://988lifeline.org (kostenlos, rund um die Uhr)
crisis-helpline-CA = **9-8-8 Suicide Crisis Helpline**: Anruf oder SMS an die **{ $number }** (Englisch und Französisch, rund um die Uhr)
crisis-helpline-GB = **Samaritans**: Anruf unter **{ $number }** (kostenlos, rund um die Uhr)
crisis-helpline-IE = **Samaritans**: Anruf unter **{ $number }** (kostenlos, rund um die Uhr)
crisis-helpline-AU = **Lifeline**: Anruf unter **{ $number }** (rund um die Uhr)
crisis-helpline-NZ = **1737, Need to talk?**: Anruf oder SMS an die **{ $number }** (kostenlos, rund um die Uhr)
crisis-helpline-PT = **SNS 24, psychologische Beratung**: Anruf unter **{ $number }**, dann Option 4 (rund um die Uhr)
crisis-helpline-FR = **3114, numéro national de prévention du suicide**: Anruf unter **{ $number }** (kostenlos, rund um die Uhr)
crisis-helpline-DE = **TelefonSeelsorge**: Anruf unter **{ $number }** oder **{ $number2 }** (kostenlos, anonym, rund um die Uhr)
