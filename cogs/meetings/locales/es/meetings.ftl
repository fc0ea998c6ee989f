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
meetings-wait-minutes = { $count ->
    [one] en { $count } minuto
    [many] en { $count } de minutos
   *[other] en { $count } minutos
}
meetings-wait-hours = { $count ->
    [one] en { $count } hora
    [many] en { $count } de horas
   *[other] en { $count } horas
}
meetings-wait-days = { $count ->
    [one] en { $count } día
    [many] en { $count } de días
   *[other] en { $count } días
}
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
