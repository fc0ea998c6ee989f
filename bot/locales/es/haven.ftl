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

## Borrado (bot/erasure.py): /haven delete, y retirar el consentimiento.
erasure-confirm = Esto borra todo lo que Haven guarda sobre ti aquí — contadores, registros diarios, confirmaciones de asistencia, compañías — y no se puede deshacer.
erasure-erase-button = Borrar todo
erasure-keep-button = Conservar mis datos
erasure-done = Todo lo que Haven guardaba sobre ti en esta comunidad está borrado. Cuídate — aquí tienes siempre las puertas abiertas.
erasure-cancelled = No se borró nada.
erasure-button-gone = Ese botón ya no hace nada. Vuelve a probar `/haven delete`.

## El aviso de privacidad y las respuestas (bot/consent.py, bot/consent_handlers.py).
cmd-haven-consent-description = Lee el aviso de privacidad; acepta, o retira tu consentimiento (borra tus datos, tras preguntar)
consent-title = Aviso de privacidad
consent-agree-button = Acepto
consent-decline-button = No acepto
consent-withdraw-button = Retirar…
consent-notice = **Antes de que Haven guarde nada sobre ti** (aviso de privacidad v{ $version })
    Haven es apoyo entre pares, no asesoramiento profesional ni un servicio de crisis.
    - Si aceptas, Haven guarda lo que le des aquí: { $stored } — solo en esta comunidad.
    - Las notas que escribes se cifran. Las respuestas que recibes son privadas, salvo que elijas compartirlas.
    - Quienes moderan ven cifras y ajustes, nunca tus registros diarios ni tus notas.
    - `/haven export` te da todo; `/haven delete` o `/haven consent withdraw` lo borra.
    Si estás en crisis ahora mismo, usa `/crisis`.
consent-stores-zone = tu zona horaria
consent-stores-list = { $first } y { $last }
consent-first-one = Primero, unas palabras sobre privacidad — luego lo hago.
consent-first-many = Primero, unas palabras sobre privacidad — luego hago esto, en orden: { $waiting } (pueden esperar hasta { $limit }).
consent-first-full = Primero, unas palabras sobre privacidad. { $limit ->
        [one] Ya hay { $limit } comando esperando
        [many] Ya hay { $limit } de comandos esperando
       *[other] Ya hay { $limit } comandos esperando
    } tu respuesta ({ $waiting }), así que no guardo /{ $command } — vuelve a usarlo cuando aceptes.
consent-status-agreed = Aceptaste el aviso v{ $version }.
consent-status-not-agreed = Aún no has aceptado, así que Haven no guarda nada sobre ti.
consent-agreed = Gracias — ya estás dentro. Todo lo que compartas queda en privado, salvo que elijas otra cosa.
consent-already-in = Ya estás dentro — gracias.
consent-resumed = Ahora hago lo que pediste, en orden: { $commands }.
consent-lapsed = No lo hice, porque lo pediste hace más de { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } de minutos
       *[other] { $minutes } minutos
    } — vuelve a usar: { $commands }.
consent-zone-tip = Consejo: elige tu zona horaria para que los días cuenten desde tu medianoche: `{ $example }`
consent-declined = Sin problema — Haven no guarda nada sobre ti. `/help` y `/crisis` siguen funcionando, y puedes aceptar más tarde con `/haven consent agree`.
consent-declined-dropped = Así que no hice { $commands }.
consent-nothing-to-erase = No habías aceptado, así que no hay nada tuyo que borrar.
consent-withdraw-lead = Retirar tu consentimiento borra todo lo que Haven guarda sobre ti aquí.

## La pregunta de la zona horaria (bot/zone_question.py).
zone-question = Antes, una cosa: ¿en qué zona horaria estás? Tus días y recordatorios cuentan en ella.
zone-question-suggested = Tu perfil dice **{ $zone }** — toca abajo para usarla, o escribe la tuya:
zone-use-button = Usar { $zone }
zone-question-type = Escribe la tuya, por ejemplo:
zone-question-then = Luego hago lo que pediste.
zone-from-profile = Uso { $zone }, de tu perfil de { $platform } — `/haven timezone` para cambiarla.

## Negativas del motor (bot/app.py).
refusal-moderators-only = /{ $command } es para quienes moderan. Si ayudas a llevar esta comunidad, pide a una persona administradora que te dé el rol de moderación (`/mod role`).
refusal-cog-off = { $cog } está desactivado en esta comunidad.
refusal-button-moderators-only = Ese botón es para quienes moderan.

## Cuando falla Haven mismo (bot/app.py, bot/storage.py).
storage-away = Haven no puede acceder a su almacenamiento ahora mismo; no se perdió nada. Vuelve a intentarlo en unos minutos. (`/crisis` y `/sos` funcionan igual.)
error-failure = Algo salió mal por parte de Haven, y no se cambió nada. Vuelve a intentarlo en un momento. (referencia { $ref })

## Las primeras líneas de la pestaña Inicio de Slack (adapters/slack/app.py).
slack-home-intro = **Haven** — apoyo entre pares, en privado. `/help` lo muestra todo.
slack-home-consent = Haven no guarda nada sobre ti hasta que aceptes un breve aviso de privacidad. Usa `/haven consent` para leerlo.

## Leer las opciones de un comando (bot/options.py, bot/parsing.py). Lo que se escribe queda igual (today, yes, no, YYYY-MM-DD, HH:MM).
option-text-empty = { $option }: hace falta algo de texto
option-text-too-long = { $option }: son { $count ->
        [one] { $count } carácter
        [many] { $count } de caracteres
       *[other] { $count } caracteres
    }; el máximo es { $most }
option-not-whole-number = { $option }: { $value } no es un número entero
option-number-below = { $option }: { $value } es menor que { $least }; usa { $range }
option-number-above = { $option }: { $value } es mayor que { $most }; usa { $range }
option-not-a-date = { $option }: { $value } no es una fecha; escríbela como YYYY-MM-DD, o today
option-not-a-calendar-day = { $option }: { $value } no es un día del calendario
option-date-too-early = { $option }: { $date } es anterior a { $earliest }
option-date-in-future = { $option }: { $date } está en el futuro (hoy es { $today } en { $zone })
option-date-passed = { $option }: { $date } ya pasó
option-not-a-time = { $option }: { $value } no es una hora; escríbela como HH:MM, por ejemplo { $example }
option-not-a-time-of-day = { $option }: { $value } no es una hora del día (de 00:00 a 23:59)
option-not-a-choice = { $option }: { $value } no es ninguna de estas opciones: { $choices }
option-not-yes-no = { $option }: { $value } no es yes ni no
option-not-a-member = { $option }: { $value } no es un miembro; menciona a la persona, por ejemplo { $example }
option-not-a-channel = { $option }: { $value } no es un canal; escríbelo por ejemplo así: { $example }
option-list-empty-item = { $option }: { $value } tiene un elemento vacío; separa los elementos con comas
option-list-too-many = { $option }: son { $count ->
        [one] { $count } elemento
        [many] { $count } de elementos
       *[other] { $count } elementos
    }; el máximo es { $most }
option-none-fits = { $option }: { $value } no es { $accepted }
option-reason = { $option }: { $reason }
parse-quote-not-closed = hay unas comillas sin cerrar; añade un { $quote } de cierre
parse-too-long = son { $count } caracteres; un comando admite como mucho { $most }
parse-given-twice = { $name }: aparece dos veces
parse-not-an-option = { $name }: no es una opción de este comando
parse-not-an-option-known = { $name }: no es una opción de este comando; este comando admite { $known }
parse-word-too-many = { $word } es una palabra de más
parse-missing = falta { $usage }

## Una zona horaria que no es un lugar (bot/zones.py). Los nombres de zonas quedan igual.
zone-fixed-offset = { $value } es un desfase fijo, no un lugar: no seguiría el horario de verano. ¿Quisiste decir { $places }?
zone-offset-places = { $value } es un desfase fijo, no un lugar: no seguiría el horario de verano. Lugares con ese desfase hoy: { $places }
zone-offset-nowhere = { $value } es un desfase fijo, no un lugar, y hoy ningún lugar lo tiene. Escribe la zona de tu lugar, por ejemplo Europe/Helsinki o America/New_York.
zone-not-a-name = { $value } no es un nombre de zona horaria como Europe/Helsinki o America/New_York.
zone-not-a-name-did-you-mean = { $value } no es un nombre de zona horaria como Europe/Helsinki o America/New_York. ¿Quisiste decir { $places }?

## Un comando, botón o formulario que Haven no conoce (bot/app.py).
unknown-command = No conozco el comando /{ $command }. Prueba `/help`.
unknown-command-in-group = No conozco el comando /{ $command }.
unknown-command-group = Comandos de /{ $group }:
unknown-command-line = `{ $usage }` — { $help }
unknown-command-off = /{ $group } está desactivado en este Haven. Prueba `/help`.
unknown-button = Ese botón ya no hace nada. Vuelve a usar el comando.
unknown-form = Ese formulario caducó. Vuelve a usar el comando para abrir uno nuevo.

error-too-soon = Llegaste al límite por ahora; puedes volver a intentarlo { $wait }.

# La pantalla de bloqueo de un miembro discreto: nada sobre recuperación ni apoyo.
private-notice = Tienes un mensaje privado de { $name }

## Horas de silencio mal escritas (bot/quiet.py), tras el nombre de la opción.
quiet-hours-shape = las horas de silencio se escriben así: `{ $example }` (desde-hasta, reloj de 24 horas)
quiet-hours-range = las horas van de 00 a 23 y los minutos de 00 a 59
quiet-hours-same = las horas de silencio deben empezar y terminar a horas distintas

## Respuestas de un formulario que no encajan (bot/forms.py): una frase cada
## una. $field es el nombre del campo tal como lo dice el cog (entre comillas,
## «Ánimo»); $low, $high, $most, $count son números; $choices una lista
## («mon, tue o sun»); $wrong lo que eligió la persona. yes y no son lo que
## acepta un formulario escrito.
form-needed = El campo { $field } necesita una respuesta.
form-whole-number = El campo { $field } debe ser un número entero.
form-whole-number-between = El campo { $field } debe ser un número entero del { $low } al { $high }.
form-whole-number-at-least = El campo { $field } debe ser un número entero, como mínimo { $low }.
form-whole-number-at-most = El campo { $field } debe ser un número entero, como máximo { $high }.
form-between = El campo { $field } debe estar entre { $low } y { $high }.
form-at-least = El campo { $field } debe ser como mínimo { $low }.
form-at-most = El campo { $field } debe ser como máximo { $high }.
form-yes-or-no = El campo { $field } debe ser yes o no.
form-too-many-picks = El campo { $field } admite como máximo { $most } de las opciones ofrecidas.
form-not-a-choice = El campo { $field } puede ser { $choices }; «{ $wrong }» no es una de ellas.
form-among-choices = El campo { $field } debe estar entre las opciones ofrecidas.
form-one-of = El campo { $field } debe ser { $choices }.
form-one-of-offered = El campo { $field } debe ser una de las opciones ofrecidas.
form-too-long = El campo { $field } admite como máximo { $most ->
        [one] { $most } carácter
        [many] { $most } de caracteres
       *[other] { $most } caracteres
    }; has escrito { $count }.
form-problems-heading = Hay respuestas que conviene revisar:
form-try-again = Intentar de nuevo
form-problems = El formulario tiene problemas:
