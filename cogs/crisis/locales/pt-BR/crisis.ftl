## /crisis (cogs/crisis). Tratamento por "você"; nenhuma palavra que culpe ou envergonhe.

cmd-crisis-description = Recursos de crise e linhas de apoio, agora mesmo

crisis-title = Você não está só
crisis-danger-general = **Se você estiver em perigo agora, ligue para o número de emergência local** (911 nos EUA e no Canadá, 112 na UE, 999 no Reino Unido, 000 na Austrália).
crisis-lifeline-us = **988 Suicide & Crisis Lifeline** (EUA): ligue ou envie mensagem de texto para o **988**, ou converse pelo chat em https://988lifeline.org
crisis-samhsa-us = **Linha Nacional de Ajuda da SAMHSA** (EUA, gratuita, 24 horas, encaminhamento para tratamento): **1-800-662-4357**
crisis-outside-us = Fora dos EUA: https://findahelpline.com lista linhas gratuitas e confidenciais por país.
crisis-closing = Haven é apoio entre pares, não é aconselhamento profissional nem um serviço de crise. Pedir ajuda é um gesto de força.
crisis-danger-country = **Se você estiver em perigo agora, ligue para { $emergency }** ({ $country }).
crisis-elsewhere = https://findahelpline.com lista linhas gratuitas e confidenciais em outros países.
crisis-from-community = **Desta comunidade:**
crisis-not-counselling = Haven é apoio entre pares, não é aconselhamento profissional nem um serviço de crise. Em crise? `/crisis`.

crisis-country-US = Estados Unidos
crisis-country-CA = Canadá
crisis-country-GB = Reino Unido
crisis-country-IE = Irlanda
crisis-country-AU = Austrália
crisis-country-NZ = Nova Zelândia
crisis-country-ES = Espanha
crisis-country-MX = México
crisis-country-BR = Brasil
crisis-country-PT = Portugal
crisis-country-FR = França
crisis-country-DE = Alemanha

crisis-helpline-US = **988 Suicide & Crisis Lifeline**: ligue ou envie mensagem de texto para o **{ $number }**, ou converse pelo chat em https://988lifeline.org (gratuita, 24 horas)
crisis-helpline-CA = **9-8-8 Suicide Crisis Helpline**: ligue ou envie mensagem de texto para o **{ $number }** (em inglês e francês, 24 horas)
crisis-helpline-GB = **Samaritans**: ligue para o **{ $number }** (gratuito, 24 horas)
crisis-helpline-IE = **Samaritans**: ligue para o **{ $number }** (gratuito, 24 horas)
crisis-helpline-AU = **Lifeline**: ligue para o **{ $number }** (24 horas)
crisis-helpline-NZ = **1737, Need to talk?**: ligue ou envie mensagem de texto para o **{ $number }** (gratuito, 24 horas)
crisis-helpline-PT = **SNS 24, aconselhamento psicológico**: ligue para o **{ $number }** e escolha a opção 4 (24 horas)
crisis-helpline-FR = **3114, numéro national de prévention du suicide**: ligue para o **{ $number }** (gratuito, 24 horas)
crisis-helpline-DE = **TelefonSeelsorge**: ligue para o **{ $number }** ou para o **{ $number2 }** (gratuito, anônimo, 24 horas)
