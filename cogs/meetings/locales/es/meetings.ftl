## /meeting (cogs/meetings): lo que leen los miembros sobre las reuniones.
## Los comandos, las opciones y el texto en `código` quedan en inglés.

cmd-meeting-list-description = Las reuniones de los próximos 7 días, en tu hora

meetings-not-found = no hay ninguna reunión #{ $id }; mira `/meeting list`

meetings-list-none = No hay reuniones en los próximos 7 días.
meetings-list-heading = Reuniones de los próximos 7 días (en tu hora):
meetings-list-item = { $start } — **{ $title }** (#{ $id })
meetings-list-item-cancelled = { $start } — **{ $title }** (#{ $id }) — cancelada esta vez

meetings-join = Entrar: { $link }
meetings-type = Tipo: { $types }
meetings-language = Idioma: { $language }
meetings-length = Duración: { $length }
meetings-dial-in = Por teléfono: { $phone }
meetings-passcode = Código de acceso: { $passcode }
meetings-passcode-ask = Código de acceso: pídeselo a Haven en privado — `/meeting list`

meetings-days = { $count ->
    [one] { $count } día
    [many] { $count } de días
   *[other] { $count } días
}
meetings-hours = { $count ->
    [one] { $count } hora
    [many] { $count } de horas
   *[other] { $count } horas
}
meetings-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
meetings-lead-two = { $first } y { $second }
meetings-lead-three = { $first }, { $second } y { $third }

meetings-going = Voy
meetings-maybe = Quizás
meetings-not-going = No voy
meetings-counts = Voy: { $going } · Quizás: { $maybe } · No voy: { $no }

meetings-starts = Empieza { $relative } — { $start }
meetings-late = _Publicado con un poco de retraso: Haven estuvo desconectado un momento. Todavía hay tiempo._
meetings-footer = Reunión #{ $id } · `/meeting rsvp { $id } going`
meetings-cancelled-note = Esta semana no hay reunión: **{ $title }** del { $day } se ha cancelado. Nos vemos la próxima vez.

meetings-going-starts = **{ $title }** empieza { $relative } — { $start }.
meetings-going-see-you = Dijiste que vienes: nos vemos allí. Si cambian tus planes, no pasa nada: `/meeting rsvp { $id } no`

meetings-rsvp-going = Vas a **{ $title }** el { $start }. Te enviaré un recordatorio privado { $lead } antes. Los demás solo ven los totales.
meetings-rsvp-going-soon = Vas a **{ $title }** el { $start }; empieza pronto, así que no habrá un recordatorio aparte. Los demás solo ven los totales.
meetings-rsvp-maybe = Anotado como quizás para **{ $title }** el { $start }. Sin presión: ven si puedes. Los demás solo ven los totales.
meetings-rsvp-no = Anotado que no vas a **{ $title }** el { $start }. Gracias por avisar. Los demás solo ven los totales.
meetings-rsvp-no-upcoming = **{ $title }** no tiene ninguna próxima reunión a la que responder
meetings-rsvp-too-often = Has cambiado tu respuesta para **{ $title }** varias veces en pocos minutos, así que por ahora se queda en **{ $answer ->
    [going] voy
    [maybe] quizás
   *[no] no voy
}**. Podrás cambiarla de nuevo { $wait }.
meetings-rsvp-remind-going-only = remind: es solo para going: el recordatorio privado es para quienes van
meetings-button-gone = Ese botón ya no hace nada. Prueba `/meeting list`.

cmd-meeting-find-description = Las próximas reuniones que coinciden, nuestras e importadas, en tu hora
meetings-find-none = { $within ->
    [one] No hay reuniones en la próxima hora. Prueba within:168 para toda la semana, o menos tipos.
    [many] No hay reuniones en las próximas { $within } horas. Prueba within:168 para toda la semana, o menos tipos.
   *[other] No hay reuniones en las próximas { $within } horas. Prueba within:168 para toda la semana, o menos tipos.
}
meetings-find-none-filtered = { $within ->
    [one] No hay reuniones ({ $filters }) en la próxima hora. Prueba within:168 para toda la semana, o menos tipos.
    [many] No hay reuniones ({ $filters }) en las próximas { $within } horas. Prueba within:168 para toda la semana, o menos tipos.
   *[other] No hay reuniones ({ $filters }) en las próximas { $within } horas. Prueba within:168 para toda la semana, o menos tipos.
}
meetings-find-heading = Próximas reuniones (en tu hora):
meetings-find-heading-filtered = Próximas reuniones ({ $filters }) (en tu hora):
meetings-find-in-language = en { $language }
meetings-find-online = en línea
meetings-find-item = { $start } ({ $when }) — **{ $name }**
meetings-find-item-ours = { $start } ({ $when }) — **{ $name }** (#{ $id } · `/meeting rsvp { $id } going`)
meetings-find-now = ahora
meetings-find-dial-in = por teléfono { $phone }
meetings-find-more = …y { $count } más; acota con types: o within:.

cmd-meeting-types-description = Los códigos de tipo de reunión (de Meeting Guide) y lo que significan
meetings-types-heading = Tipos de reunión (usa los códigos en types:O,D,ONL):

# The member's home (Slack App Home): this section's heading.
meetings-home-title = Próximas reuniones

## calendar and subscriptions
## /meeting calendar y su archivo, /meeting subscribe y el calendario que
## sirve, el mensaje privado a quienes iban a una reunión eliminada, y los
## nombres de los tipos de Meeting Guide. Dentro del archivo, texto sin formato.

cmd-meeting-calendar-description = Un archivo iCalendar (.ics) con las reuniones de la comunidad
meetings-calendar-none = Todavía no hay reuniones, así que no hay calendario que dar.
meetings-calendar-file = { $count ->
    [one] { $count } serie de reuniones: abre el archivo para añadirla a tu calendario.
    [many] { $count } series de reuniones: abre el archivo para añadirlas a tu calendario.
   *[other] { $count } series de reuniones: abre el archivo para añadirlas a tu calendario.
}
meetings-calendar-name = Reuniones de { $community }
meetings-calendar-dial-in = Por teléfono: { $phone }
meetings-calendar-passcode = Código de acceso: { $passcode }

cmd-meeting-subscribe-description = Un enlace privado de calendario que se mantiene al día: mine (voy), all o revoke
meetings-subscribe-link-mine = Tu enlace privado de calendario (las reuniones a las que vas): { $link }
meetings-subscribe-link-all = Tu enlace privado de calendario (todas las reuniones de la comunidad): { $link }
meetings-subscribe-how = Añádelo a tu app de calendario como suscripción. Es solo tuyo: quien lo tenga puede ver estas reuniones. `/meeting subscribe revoke` lo anula.
meetings-subscribe-replaced = Tu enlace anterior para este calendario ya no funciona.
meetings-subscribe-nothing-to-revoke = No tienes enlaces de calendario; no había nada que anular.
meetings-subscribe-revoked = { $count ->
    [one] Anulado { $count } enlace de calendario: los calendarios que lo usan dejan de actualizarse.
    [many] Anulados { $count } enlaces de calendario: los calendarios que los usan dejan de actualizarse.
   *[other] Anulados { $count } enlaces de calendario: los calendarios que los usan dejan de actualizarse.
}
meetings-subscribe-no-address = Haven aún no tiene una dirección pública, así que no puede dar enlaces de calendario: quien administra Haven configura HAVEN_PUBLIC_URL (por ejemplo https://haven.example.org) y sirve HAVEN_HTTP_PORT allí. Mientras tanto, `/meeting calendar` te da un archivo.

meetings-removed-note = **{ $title }** del { $start } no se celebrará: el equipo de moderación ha eliminado esta reunión de Haven, y con ella tu respuesta y su recordatorio. `/meeting list` muestra las reuniones que siguen en pie.

## Nombres de los tipos de Meeting Guide: los de la especificación
## (code4recovery/spec, data/types.json, commit 404117a). ONL no está en ella:
## «En línea».
meetings-type-name-11 = Meditación del Paso 11
meetings-type-name-12x12 = 12 Pasos y 12 Tradiciones
meetings-type-name-A = Secular
meetings-type-name-ABSI = Como lo ve Bill
meetings-type-name-AL = Concurrente con Alateen
meetings-type-name-AL-AN = Concurrente con Al-Anon
meetings-type-name-ASL = Lenguaje por señas
meetings-type-name-B = Libro Grande
meetings-type-name-BA = Guardería disponible
meetings-type-name-BE = Principiantes
meetings-type-name-BI = Bisexual
meetings-type-name-BRK = Desayuno
meetings-type-name-C = Cerrada
meetings-type-name-CAN = Luz de una vela
meetings-type-name-CF = Niño amigable
meetings-type-name-D = Discusión
meetings-type-name-DB = Canasta digital
meetings-type-name-DD = Diagnóstico dual
meetings-type-name-DR = Reflexiones Diarias
meetings-type-name-EN = Inglés
meetings-type-name-FF = Sin fragancia
meetings-type-name-FR = Francés
meetings-type-name-G = Gay
meetings-type-name-GER = Alemán
meetings-type-name-GR = La Viña
meetings-type-name-H = Cumpleaños
meetings-type-name-HE = Hebreo
meetings-type-name-ITA = Italiano
meetings-type-name-JA = Japonés
meetings-type-name-KOR = Coreano
meetings-type-name-L = Lesbiana
meetings-type-name-LGBTQ = LGBTQ
meetings-type-name-LIT = Literatura
meetings-type-name-LS = Viviendo Sobrio
meetings-type-name-M = Hombres
meetings-type-name-MED = Meditación
meetings-type-name-N = Nativo Americano
meetings-type-name-NDG = Indígena
meetings-type-name-O = Abierta
meetings-type-name-ONL = En línea
meetings-type-name-OUT = Al aire libre
meetings-type-name-P = Profesionales
meetings-type-name-POA = Prueba de Asistencia
meetings-type-name-POC = Gente de color
meetings-type-name-POL = Polaco
meetings-type-name-POR = Portugués
meetings-type-name-PUN = Punjabi
meetings-type-name-RUS = Ruso
meetings-type-name-S = Español
meetings-type-name-SEN = Personas mayores
meetings-type-name-SM = Se permite fumar
meetings-type-name-SP = Orador
meetings-type-name-ST = Estudio de pasos
meetings-type-name-T = Transgénero
meetings-type-name-TC = Ubicación temporalmente cerrada
meetings-type-name-TR = Estudio de tradición
meetings-type-name-W = Mujeres
meetings-type-name-X = Acceso en silla de ruedas
meetings-type-name-XB = Baño accesible para sillas de ruedas
meetings-type-name-XT = Se permite opinar
meetings-type-name-Y = Gente joven

## moderators
## Los comandos de /meeting de los moderadores. { $channel } va dentro de <#…>,
## { $host }, { $days } (mon/thu, lo que escribió el moderador) y { $zone } se
## dejan como están.

cmd-meeting-add-description = Añade una reunión periódica (recordatorios 60 y 10 minutos antes, por defecto)
cmd-meeting-skip-description = Cancela una reunión (sale una nota breve en lugar del recordatorio)
cmd-meeting-remove-description = Elimina una serie de reuniones y sus recordatorios pendientes
cmd-meeting-mirror-description = Refleja la próxima sesión de cada reunión como evento programado (Discord)
cmd-meeting-import-description = Importa un feed de Meeting Guide (12 Step Meeting List) o de NA BMLT a /meeting find
cmd-meeting-sync-description = Actualiza ahora los feeds importados (todos, o uno por su id)
cmd-meeting-feeds-description = Los feeds importados y su última sincronización; remove:<id> quita uno y sus reuniones
cmd-meeting-public-description = Incluye una reunión en el feed público de la comunidad, o la quita
cmd-meeting-feed-description = Publica las reuniones marcadas public:yes como feed de Meeting Guide (key: para restringirlo)

meetings-no-channel = todavía no hay canal de anuncios: elige uno con `/mod channel announcements #canal`, o indica channel:#canal
meetings-cannot-post = No puedo publicar en <#{ $channel }>: dale a Haven permiso para enviar mensajes allí, o elige otro canal con channel:#...

meetings-add-limit = Esta comunidad tiene { $count } reuniones; Haven guarda como máximo { $most }. Elimina una que ya no necesites con `/meeting remove <id>` (por ejemplo `/meeting remove 12`) y vuelve a añadir esta.
meetings-added = Añadida **{ $title }** (#{ $id }): { $days } a las { $time } { $zone }, { $weeks ->
    [one] cada semana
    [many] cada { $weeks } semanas
   *[other] cada { $weeks } semanas
}; se anuncia en <#{ $channel }> { $leads } antes.
meetings-added-public = Incluida en el feed público
meetings-added-first = Primera reunión: { $start }.

meetings-mirrored = Su próxima reunión aparece como evento programado.
meetings-mirror-failed = Ahora mismo no he podido actualizar su evento programado; lo intentaré de nuevo en la próxima reunión.
meetings-mirror-unavailable = Esta plataforma no tiene eventos programados, así que no hay nada que reflejar. Los anuncios y `/meeting calendar` funcionan como siempre.
meetings-mirror-on = Reflejo activado: la próxima sesión de cada reunión es un evento programado ({ $done } de { $count } ya). El calendario de Haven sigue siendo la referencia: los cambios hechos en los propios eventos se sobrescriben.
meetings-mirror-off = Reflejo desactivado: { $done ->
    [one] se ha quitado { $done } evento programado.
    [many] se han quitado { $done } de eventos programados.
   *[other] se han quitado { $done } eventos programados.
}
meetings-mirror-some-failed = { $count ->
    [one] { $count } no se ha podido actualizar ahora; lo intentaré de nuevo en cada reunión.
    [many] { $count } no se han podido actualizar ahora; lo intentaré de nuevo en cada reunión.
   *[other] { $count } no se han podido actualizar ahora; lo intentaré de nuevo en cada reunión.
}

meetings-skip-not-that-day = **{ $title }** no se reúne el { $day }; mira `/meeting list`
meetings-skip-started = la reunión del { $day } ya ha empezado
meetings-skip-already = **{ $title }** del { $day } ya está cancelada.
meetings-skip-done = Cancelada **{ $title }** del { $start }. Una nota breve sustituye a su recordatorio.

meetings-removed = Eliminada **{ $title }** (#{ $id }) con sus recordatorios pendientes.
meetings-removed-going-untold = { $going ->
    [one] { $going } miembro había dicho que iba: no se le ha podido avisar.
    [many] { $going } de miembros habían dicho que iban: no se ha podido avisar a ninguno.
   *[other] { $going } miembros habían dicho que iban: no se ha podido avisar a ninguno.
}
meetings-removed-going-told = { $going ->
    [one] { $going } miembro había dicho que iba: se le ha avisado por mensaje privado.
    [many] { $going } de miembros habían dicho que iban. Avisados por mensaje privado: { $told }.
   *[other] { $going } miembros habían dicho que iban. Avisados por mensaje privado: { $told }.
}
meetings-removed-going-some = { $going ->
    [one] { $going } miembro había dicho que iba. Avisados por mensaje privado: { $told }; sin poder recibir MD (cerrados o ya no están): { $missed }.
    [many] { $going } de miembros habían dicho que iban. Avisados por mensaje privado: { $told }; sin poder recibir MD (cerrados o ya no están): { $missed }.
   *[other] { $going } miembros habían dicho que iban. Avisados por mensaje privado: { $told }; sin poder recibir MD (cerrados o ya no están): { $missed }.
}

meetings-cannot-post-note = Los recordatorios de **{ $title }** (reunión #{ $id }) no se están publicando: no puedo publicar en <#{ $channel }>. Dale a Haven permiso para enviar mensajes allí, o mueve la reunión: `/meeting remove { $id }` y luego vuelve a crearla con `/meeting add` y channel:#...

meetings-public-off = **{ $title }** ya no está en el feed público.
meetings-public-on = **{ $title }** está en el feed público (su código de acceso nunca lo está).
meetings-public-not-weekly = Los feeds de Meeting Guide no admiten reuniones cada n semanas, así que allí queda fuera.
meetings-no-public-url = Haven aún no tiene una dirección pública, así que no puede dar enlaces: quien lo opera configura HAVEN_PUBLIC_URL (por ejemplo https://haven.example.org) y sirve HAVEN_HTTP_PORT allí.
meetings-feed-already-off = El feed público ya está desactivado.
meetings-feed-off = El feed público está desactivado: su dirección responde ahora 404.
meetings-feed-on = El feed público está activado: { $url }
meetings-feed-on-key = El feed público está activado: { $url }?key=<tu clave>
meetings-feed-lists = { $count ->
    [one] Incluye { $count } reunión marcada como pública (`/meeting public <id> yes`); nunca lleva códigos de acceso.
    [many] Incluye { $count } de reuniones marcadas como públicas (`/meeting public <id> yes`); nunca lleva códigos de acceso.
   *[other] Incluye { $count } reuniones marcadas como públicas (`/meeting public <id> yes`); nunca lleva códigos de acceso.
}

meetings-import-twice = ese feed ya está importado; `/meeting sync` lo pone al día
meetings-import-limit = esta comunidad tiene { $count } feeds; quita uno antes con `/meeting feeds remove:<id>`
meetings-import-failed = No se ha importado nada: { $problem }.
meetings-import-usage = Uso: `/meeting import <url> [key:<clave para compartir>] [tz:<zona>] [types:<códigos>] [within:<zona o región>]`
meetings-import-too-many = No se ha importado nada: el feed tiene { $count } reuniones y esta comunidad ya tiene { $listed }; Haven guarda como máximo { $most }. Acótalo con within:<región> o types:<códigos>.
meetings-imported = Importado el feed #{ $id } ({ $format }, { $host }): { $result }.
meetings-imported-next = `/meeting find` muestra sus reuniones; se sincroniza de nuevo cada { $hours } horas, o ahora con `/meeting sync`.

meetings-sync-no-feed = no hay ningún feed importado #{ $id }; mira `/meeting feeds`
meetings-sync-no-feeds = todavía no hay feeds importados; añade uno con `/meeting import <url>`
meetings-sync-line = Feed #{ $id } ({ $host }): { $result }
meetings-feeds-removed = Quitado el feed #{ $id } ({ $host }) con sus reuniones.
meetings-feeds-none = No hay feeds importados. Añade uno con `/meeting import <url>`.
meetings-feeds-heading = Feeds importados:
meetings-feeds-item = #{ $id } { $host } — sincronizado { $when }: { $result }
meetings-feeds-item-never = #{ $id } { $host } — nunca sincronizado: { $result }

meetings-feed-result = añadidas: { $added }, actualizadas: { $updated }, quitadas: { $removed }, sin cambios: { $unchanged }
meetings-feed-result-skipped = añadidas: { $added }, actualizadas: { $updated }, quitadas: { $removed }, sin cambios: { $unchanged }; omitidas: { $skipped } ({ $reasons })
meetings-feed-skip-reason = { $reason ->
    [inactive] inactivas
    [temporarily-closed] cerradas temporalmente
    [no-name] sin nombre
    [no-valid-day] sin día válido
    [no-valid-time] sin hora válida
    [no-slug] sin slug
    [unknown-zone] zona horaria desconocida
    [no-zone] sin zona horaria (indica tz:<zona> para importarlas)
    [not-a-meeting] no son reuniones
    [listed-twice] repetidas
   *[outside-filter] fuera de tu filtro
}: { $count }
meetings-feed-not-synced = sin sincronizar: { $problem }; no ha cambiado nada
meetings-feed-too-many = sin sincronizar: ahora tiene { $count } reuniones, más de las { $most } que caben en esta comunidad; no ha cambiado nada
meetings-feed-removed-meanwhile = quitado mientras tanto

meetings-feed-error-private = { $host } es una dirección privada o local; Haven solo lee feeds de internet pública
meetings-feed-error-unreadable = no se puede leer esa dirección; revísala e inténtalo de nuevo
meetings-feed-error-scheme = la dirección de un feed debe empezar por https:// o http://
meetings-feed-error-password = la dirección de un feed no puede llevar usuario ni contraseña
meetings-feed-error-localhost = localhost no está en internet pública; usa la dirección pública del feed
meetings-feed-error-status = el servidor del feed respondió HTTP { $status }
meetings-feed-error-redirects = el feed redirigió más de { $count } veces
meetings-feed-error-timeout = el feed no respondió en { $seconds } segundos
meetings-feed-error-unreachable = no se pudo contactar con el feed ({ $problem }); revisa la dirección
meetings-feed-error-not-json = la dirección no devolvió JSON: ¿es el propio feed (para 12 Step Meeting List: …/wp-admin/admin-ajax.php?action=meetings) y no una página web?
meetings-feed-error-too-big = el feed ocupa más de { $megabytes } MB
meetings-feed-error-not-a-list = el feed no es una lista de reuniones (un feed de Meeting Guide es una lista JSON de reuniones; uno de BMLT es el resultado de switcher=GetSearchResults)
meetings-feed-error-too-long = el feed tiene { $count } entradas; Haven lee como máximo { $most }
meetings-feed-error-empty = el feed no tiene reuniones
meetings-feed-error-no-meetings = ninguna de las { $count } entradas del feed es una reunión en formato Meeting Guide o BMLT (cada una necesita un nombre, un día y una hora)

meetings-option-weekday = «{ $value }» no es un día de la semana; usa mon, tue, wed, thu, fri, sat o sun
meetings-option-weeks = «{ $value }» no es un número de semanas; escríbelo como 2w
meetings-option-weeks-range = cada { $weeks } semanas no es posible; usa de 1w a { $most }w
meetings-option-link-length = ese enlace tiene { $length } caracteres; el máximo es { $most }
meetings-option-link = «{ $value }» no es un enlace web; debe empezar por https:// o http:// y no tener espacios ni <, >, |
meetings-option-phone = «{ $value }» no es un número de teléfono; usa cifras, + y - (y , * # para pausas y códigos), como +15550100,,123456#

## descriptions
cmd-meeting-rsvp-description = Voy, quizás o no a la próxima reunión de una serie; si vas: un recordatorio privado 10 min antes

## /mod stats: each figure's name (the count follows it).
meetings-figure-series = reuniones
meetings-figure-rsvps = respuestas esta semana

## A meeting type or language code typed wrongly (/meeting add, /meeting find). $codes: the wrong ones, quoted; $examples: codes with their names.
meetings-option-types-empty = hacen falta códigos de tipo, por ejemplo O,D,ONL
meetings-option-types-many = son { $count } tipos; el máximo es { $most }
meetings-option-types-unknown = { $count ->
    [one] { $codes } no es un tipo de reunión
    [many] { $codes } no son tipos de reunión
   *[other] { $codes } no son tipos de reunión
}; usa códigos de Meeting Guide como { $examples }; `/meeting types` los lista todos
meetings-option-language = “{ $value }” no es un código de idioma; escríbelo como en, es o fi

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-meeting-add-example = /meeting add title:"Círculo de la tarde" day:mon,thu time:19:00 tz:America/Mexico_City link:https://meet.example.org/circle duration:90 types:O,D
