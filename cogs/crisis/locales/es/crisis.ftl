## /crisis (cogs/crisis). Tuteo; sin palabras que culpen o avergüencen.

cmd-crisis-description = Recursos de crisis y líneas de ayuda, ahora mismo

crisis-title = No estás a solas
crisis-danger-general = **Si estás en peligro ahora mismo, llama al número de emergencias de tu zona** (911 en EE. UU. y Canadá, 112 en la UE, 999 en el Reino Unido, 000 en Australia).
crisis-lifeline-us = **988 Suicide & Crisis Lifeline** (EE. UU.): llama o envía un mensaje de texto al **988**, o chatea en https://988lifeline.org
crisis-samhsa-us = **Línea Nacional de Ayuda de SAMHSA** (EE. UU., gratuita, 24/7, orientación hacia tratamiento): **1-800-662-4357**
crisis-outside-us = Fuera de EE. UU.: https://findahelpline.com reúne líneas gratuitas y confidenciales por país.
crisis-closing = Haven es apoyo entre pares, no asesoramiento profesional ni un servicio de crisis. Pedir ayuda es un acto de fortaleza.
crisis-danger-country = **Si estás en peligro ahora mismo, llama al { $emergency }** ({ $country }).
crisis-elsewhere = https://findahelpline.com reúne líneas gratuitas y confidenciales de otros países.
crisis-from-community = **De esta comunidad:**
crisis-not-counselling = Haven es apoyo entre pares, no asesoramiento profesional ni un servicio de crisis. ¿Estás en crisis? `/crisis`.

crisis-country-US = Estados Unidos
crisis-country-CA = Canadá
crisis-country-GB = Reino Unido
crisis-country-IE = Irlanda
crisis-country-AU = Australia
crisis-country-NZ = Nueva Zelanda
crisis-country-ES = España
crisis-country-MX = México
crisis-country-BR = Brasil
crisis-country-PT = Portugal
crisis-country-FR = Francia
crisis-country-DE = Alemania

crisis-helpline-US = **988 Suicide & Crisis Lifeline**: llama o envía un mensaje de texto al **{ $number }**, o chatea en https://988lifeline.org (gratuita, 24/7)
crisis-helpline-CA = **9-8-8 Suicide Crisis Helpline**: llama o envía un mensaje de texto al **{ $number }** (en inglés y francés, 24/7)
crisis-helpline-GB = **Samaritans**: llama al **{ $number }** (gratuito, 24/7)
crisis-helpline-IE = **Samaritans**: llama al **{ $number }** (gratuito, 24/7)
crisis-helpline-AU = **Lifeline**: llama al **{ $number }** (24/7)
crisis-helpline-NZ = **1737, Need to talk?**: llama o envía un mensaje de texto al **{ $number }** (gratuito, 24/7)
crisis-helpline-PT = **SNS 24, apoyo psicológico**: llama al **{ $number }** y elige la opción 4 (24/7)
crisis-helpline-FR = **3114, numéro national de prévention du suicide**: llama al **{ $number }** (gratuito, 24/7)
crisis-helpline-DE = **TelefonSeelsorge**: llama al **{ $number }** o al **{ $number2 }** (gratuito, anónimo, 24/7)
