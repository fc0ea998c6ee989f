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

## descriptions
cmd-meeting-rsvp-description = Voy, quizás o no a la próxima reunión de una serie; si vas: un recordatorio privado 10 min antes
