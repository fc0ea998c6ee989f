## /crisis: what a member reads when things are hardest (cogs/crisis).
## Translators: keep every number exactly as written here; say in every
## language that Haven is peer support, not counselling or a crisis service;
## no word that blames or shames. Numbers of a country's lines arrive as
## { $number } and { $number2 } from cogs/crisis/lines.py.

cmd-crisis-description = Crisis and helpline resources, right now

crisis-title = You're not alone
crisis-danger-general = **If you are in danger right now, call your local emergency number** (911 in the US and Canada, 112 in the EU, 999 in the UK, 000 in Australia).
crisis-lifeline-us = **988 Suicide & Crisis Lifeline** (US): call or text **988**, or chat at https://988lifeline.org
crisis-samhsa-us = **SAMHSA National Helpline** (US, free, 24/7, treatment referral): **1-800-662-4357**
crisis-outside-us = Outside the US: https://findahelpline.com lists free, confidential lines by country.
crisis-closing = Haven is peer support, not counselling or a crisis service. Reaching out is a strong thing to do.
# $emergency: the number(s) to call ("112 or 999"); $country: a crisis-country-* name
crisis-danger-country = **If you are in danger right now, call { $emergency }** ({ $country }).
crisis-elsewhere = https://findahelpline.com lists free, confidential lines in other countries.
crisis-from-community = **From this community:**
crisis-not-counselling = Haven is peer support, not counselling or a crisis service. In crisis? `/crisis`.

## Countries, as the parenthesis after the emergency number names them.
crisis-country-US = the United States
crisis-country-CA = Canada
crisis-country-GB = the United Kingdom
crisis-country-IE = Ireland
crisis-country-AU = Australia
crisis-country-NZ = New Zealand
crisis-country-ES = Spain
crisis-country-MX = Mexico
crisis-country-BR = Brazil
crisis-country-PT = Portugal
crisis-country-FR = France
crisis-country-DE = Germany

## Each country's national line. Its own name stays as the line calls itself.
crisis-helpline-US = **988 Suicide & Crisis Lifeline**: call or text **{ $number }**, or chat at https://988lifeline.org (free, 24/7)
crisis-helpline-CA = **9-8-8 Suicide Crisis Helpline**: call or text **{ $number }** (English and French, 24/7)
crisis-helpline-GB = **Samaritans**: call **{ $number }** (free, 24/7)
crisis-helpline-IE = **Samaritans**: call **{ $number }** (free, 24/7)
crisis-helpline-AU = **Lifeline**: call **{ $number }** (24/7)
crisis-helpline-NZ = **1737, Need to talk?**: call or text **{ $number }** (free, 24/7)
crisis-helpline-PT = **SNS 24 psychological counselling**: call **{ $number }**, then option 4 (24/7)
crisis-helpline-FR = **3114, numéro national de prévention du suicide**: call **{ $number }** (free, 24/7)
crisis-helpline-DE = **TelefonSeelsorge**: call **{ $number }** or **{ $number2 }** (free, anonymous, 24/7)
