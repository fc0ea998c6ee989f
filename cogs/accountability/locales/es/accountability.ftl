## /sos, sus botones y mensajes, y /haven reasons (cogs/accountability).
## Tuteo; sin palabras que culpen o avergüencen. Lo que dice que alguien
## recibió o sabe algo es exactamente tan cierto como en inglés, nunca más.

accountability-names = { $first } y { $last }

accountability-why-closed = tiene los mensajes directos cerrados
accountability-why-gone = su cuenta ya no está activa
accountability-why-error = el mensaje no se pudo entregar

cmd-sos-description = Pide apoyo: recursos de crisis al instante y un aviso privado a tus compañeros
accountability-sos-your-reasons = Tus motivos:
accountability-sos-no-consent = Los compañeros que encuentres con `/partner` recibirán un aviso cuando uses `/sos`.
accountability-sos-unreachable = Ahora mismo no puedo contactar a tus compañeros: por favor, llama o escribe directamente a alguien. Los recursos de arriba están disponibles siempre.
accountability-sos-too-soon = Tu último aviso salió { $last }; puedes enviar otro { $again } (a las { $at }). Los recursos de arriba están disponibles ahora mismo.
accountability-sos-no-partners = Aún no tienes compañeros, así que no se avisó a nadie.
accountability-sos-no-partners-moderators = Aún no tienes compañeros, así que no se avisó a nadie. Si quieres, puedo decírselo a los moderadores: solo que alguien pidió apoyo, no quién.
accountability-sos-by-dm = { $count ->
    [one] { $names } tiene tu aviso en un mensaje privado.
    [many] { $names } tienen tu aviso en un mensaje privado.
   *[other] { $names } tienen tu aviso en un mensaje privado.
}
accountability-sos-in-space = No pude contactar a { $name } por mensaje directo ({ $why }), así que publiqué en el espacio privado que comparten, con una mención.
accountability-sos-not-reached = No pude contactar a { $name } ({ $why }) y no comparten ningún espacio privado donde pueda hacer una mención.
accountability-sos-no-one = Nadie tiene tu aviso, así que por favor llama o escribe directamente a alguien.
accountability-sos-offer-moderators = Si quieres, puedo decírselo a los moderadores: solo que alguien pidió apoyo, no quién.
accountability-sos-moderator-button = Avisar a un moderador

accountability-sos-dm = A { $name } le vendría bien una llamada ahora mismo. Un mensaje o una llamada tuya puede significar mucho. Pulsa **Estoy aquí** para que lo sepa.
accountability-sos-space-post = { $mention }: a { $name } le vendría bien una llamada ahora mismo. Un mensaje o una llamada tuya puede significar mucho. Pulsa **Estoy aquí** para que lo sepa.
accountability-sos-here-button = Estoy aquí
accountability-sos-here-first = { $name } está aquí para ti: pulsó **Estoy aquí**.
accountability-sos-here-too = { $name } también está aquí para ti.
accountability-sos-here-closed = Ese aviso ya no está abierto. Gracias por estar pendiente.
accountability-sos-here-already = { $name } ya sabe que estás ahí. Gracias.
accountability-sos-here-unreached = Gracias. No pude contactar a { $name } para decírselo ({ $why }), así que un mensaje o una llamada tuya importa aún más.
accountability-sos-here-told = Gracias: { $name } sabe que estás ahí.

accountability-sos-no-answer = Ninguno de tus compañeros ha respondido todavía. No tienes que esperar: estas líneas están disponibles ahora mismo.
accountability-sos-no-answer-moderators = Ninguno de tus compañeros ha respondido todavía. No tienes que esperar: estas líneas están disponibles ahora mismo. Si quieres, puedo decirles a los moderadores que alguien pidió apoyo, no quién.

accountability-sos-moderators-stale = Ese botón ya no hace nada. `/sos` o `/crisis` cuando lo necesites.
accountability-sos-moderators-already = Los moderadores ya saben que alguien pidió apoyo.
accountability-sos-moderators-done = Hecho: los moderadores saben que alguien pidió apoyo; tu nombre no se compartió. `/crisis` está disponible siempre.
accountability-sos-moderators-note = Alguien pidió apoyo.

cmd-haven-reasons-add-description = Guarda un motivo propio, breve, para seguir en tu camino; /sos te lo muestra
cmd-haven-reasons-list-description = Tus propios motivos, en privado
cmd-haven-reasons-remove-description = Quita uno de tus motivos por su número en la lista
accountability-reasons-full = ya guardas { $max } motivos; quita uno primero (`/haven reasons list` muestra sus números)
accountability-reasons-kept = Guardado (motivo { $number } de { $max } como máximo). Solo tú lo ves: junto a las líneas de ayuda, cuando usas `/sos`.
accountability-reasons-none = Aún no guardas ningún motivo. `/haven reasons add <a few words>` guarda uno; `/sos` te los muestra cuando las cosas se ponen difíciles.
accountability-reasons-title = Tus motivos
accountability-reasons-no-such = { $count ->
    [one] guardas { $count } motivo; `/haven reasons list` muestra sus números
    [many] guardas { $count } de motivos; `/haven reasons list` muestra sus números
   *[other] guardas { $count } motivos; `/haven reasons list` muestra sus números
}
accountability-reasons-removed = Motivo { $number } quitado. Los demás mantienen su orden.

accountability-quiet-nudge = { $name } lleva unos días sin hacer su check-in: un mensaje amistoso podría ayudar.

cmd-partner-list-description = Tus compañeros y grupos
accountability-list-title = Tus compañeros y grupos
accountability-list-pod = { $kind ->
    [pod] `pod:{ $id }` (grupo) con { $names }
   *[pair] `pod:{ $id }` (compañeros) con { $names }
}
accountability-list-pod-space = { $kind ->
    [pod] `pod:{ $id }` (grupo) con { $names }: espacio { $space }
   *[pair] `pod:{ $id }` (compañeros) con { $names }: espacio { $space }
}
accountability-list-asked = { $name } te pidió ser tu compañero de apoyo: `/partner accept @{ $user }`
accountability-list-waiting = esperando a que { $mention } responda a tu solicitud
accountability-list-pooled = estás en la lista de espera para formar un grupo
accountability-list-empty = Aún no tienes compañeros ni grupos. `/partner request @member` se lo pide a alguien; `/partner pool join` deja que Haven te asigne a un grupo.

cmd-partner-leave-description = Deja un compañero o grupo cuando quieras; a los demás se les avisa de forma neutral
accountability-leave-no-pod = no estás en pod:{ $id }; `/partner list` muestra los tuyos
accountability-leave-not-partners = tú y @{ $who } no son compañeros ahora mismo (elige a la persona de la lista @ mientras escribes); para dejar un grupo, usa su pod:id de `/partner list`
accountability-leave-done = Hecho: te has apartado. Los demás reciben una nota breve y neutral, sin ningún motivo.
accountability-leave-done-closed = Hecho: te has apartado. Los demás reciben una nota breve y neutral, sin ningún motivo. El espacio compartido está cerrado.
accountability-left = { $kind ->
    [pod] { $name } se ha apartado de tu grupo.
   *[pair] { $name } se ha apartado de la relación de compañeros de apoyo que compartían.
}
accountability-left-closed = { $kind ->
    [pod] { $name } se ha apartado de tu grupo. El espacio del grupo ya está cerrado. `/partner pool join` puede asignarte de nuevo.
   *[pair] { $name } se ha apartado de la relación de compañeros de apoyo. El espacio que compartían ya está cerrado. `/partner pool join` puede asignarte de nuevo.
}

cmd-partner-pool-description = Apúntate (o date de baja) para que te asignen a un grupo pequeño
accountability-pool-not-in = No estabas en la lista de espera: no hay nada que cambiar.
accountability-pool-left = Saliste de la lista de espera; no te asignarán a ningún grupo.
accountability-pool-already = Ya estás en la lista de espera. La próxima asignación de los moderadores te pondrá en un grupo.
accountability-pool-joined = Estás en la lista de espera. Cuando los moderadores hagan la próxima asignación, entrarás en un grupo de 2 a 4 personas con horarios locales parecidos a los tuyos, con un espacio privado. `/partner pool leave` te saca de la lista.
accountability-pool-tip = Consejo: indica tu zona horaria (`/haven timezone Europe/Helsinki`) para que Haven te junte con personas que están despiertas cuando tú lo estás.

cmd-partner-match-description = Moderadores: formar grupos ahora con la lista de espera (según zona horaria, sin repetir)
accountability-match-too-few = Hay menos de 2 personas en la lista de espera, así que no se formó ningún grupo.
accountability-match-formed = { $count ->
    [one] Se formó { $count } grupo con la lista de espera.
    [many] Se formaron { $count } de grupos con la lista de espera.
   *[other] Se formaron { $count } grupos con la lista de espera.
}
accountability-match-left = { $count ->
    [one] { $count } persona sigue en la lista de espera para la próxima vez.
    [many] { $count } de personas siguen en la lista de espera para la próxima vez.
   *[other] { $count } personas siguen en la lista de espera para la próxima vez.
}
accountability-match-unreached = { $count ->
    [one] A { $count } persona asignada no se le pudo avisar por mensaje directo; encontrará el grupo en `/partner list`.
    [many] A { $count } de personas asignadas no se les pudo avisar por mensaje directo; encontrarán el grupo en `/partner list`.
   *[other] A { $count } personas asignadas no se les pudo avisar por mensaje directo; encontrarán el grupo en `/partner list`.
}
accountability-match-scheduled-title = Asignación programada de grupos
accountability-match-late = (Se hizo un poco más tarde de lo previsto).
accountability-matched = Te asignaron a un grupo con { $names }. Saluda cuando quieras; `/partner leave` te permite apartarte cuando quieras, sin dar motivos.
accountability-matched-space = Te asignaron a un grupo con { $names }. Su espacio privado: { $space }. Saluda cuando quieras; `/partner leave` te permite apartarte cuando quieras, sin dar motivos.
accountability-no-new-pod = Esta semana no hay grupo nuevo: todas las personas de la lista de espera ya estuvieron en un grupo contigo o no están disponibles para ti. Sigues en la lista para la próxima asignación; `/partner pool leave` te saca de ella.

cmd-partner-schedule-description = Moderadores: asignar grupos cada semana a una hora local (u off para parar)
cmd-partner-schedule-day-description = día de la semana, u off
cmd-partner-schedule-time-description = la hora local de la comunidad
cmd-partner-schedule-size-description = tamaño del grupo
accountability-schedule-not-scheduled = La asignación de grupos no estaba programada: no hay nada que cambiar.
accountability-schedule-off = La asignación programada de grupos está desactivada. `/partner match` sigue formando grupos cuando lo decidas.
accountability-schedule-no-time = indica también la hora, en la zona horaria de la comunidad, por ejemplo 18:00
accountability-schedule-set = La lista de espera se repartirá en grupos de unas { $size } personas { $day ->
        [mon] cada lunes
        [tue] cada martes
        [wed] cada miércoles
        [thu] cada jueves
        [fri] cada viernes
        [sat] cada sábado
       *[sun] cada domingo
    } a las { $at } ({ $zone }). A las personas asignadas se les avisa en privado; el canal de moderadores, si existe, solo recibe cifras. `/partner schedule off` lo detiene.
accountability-schedule-set-next = La lista de espera se repartirá en grupos de unas { $size } personas { $day ->
        [mon] cada lunes
        [tue] cada martes
        [wed] cada miércoles
        [thu] cada jueves
        [fri] cada viernes
        [sat] cada sábado
       *[sun] cada domingo
    } a las { $at } ({ $zone }). La próxima es { $next }. A las personas asignadas se les avisa en privado; el canal de moderadores, si existe, solo recibe cifras. `/partner schedule off` lo detiene.

accountability-welcome-title = { $kind ->
    [pod] Te damos la bienvenida a tu grupo
   *[pair] Te damos la bienvenida a tu espacio de compañeros
}
accountability-welcome =
    Este espacio privado es solo para { $names }.
    - Lo que se dice aquí se queda aquí: por favor, mantenlo en confidencia.
    - El apoyo entre pares no sustituye la ayuda profesional. ¿En crisis? Usa `/crisis` cuando lo necesites.
    - Cualquiera puede apartarse en cualquier momento con `/partner leave`, sin dar motivos.
    - ¿Necesitas a alguien ahora? Pulsa **SOS** o usa `/sos` para avisar en privado a tus compañeros.
    Haven no guarda ni lee lo que escribes aquí.
accountability-welcome-sos-button = SOS

cmd-partner-request-description = Pide a alguien ser tu compañero de apoyo; responde en privado
accountability-request-self = no puedes ser tu propio compañero: `/partner pool join` te busca uno
accountability-request-partners = { $name } y tú ya son compañeros.
accountability-request-asked = Ya se lo pediste a { $mention }. Si usa Haven aquí, puede responder en cualquier momento durante las dos semanas que una solicitud sigue abierta.
accountability-request-they-asked = { $name } ya te lo pidió: `/partner accept @{ $user }` para decir que sí.
accountability-request-declined = { $mention } no está disponible ahora mismo. Puedes volver a pedírselo a partir del { $again }.
accountability-request-sent = Si { $mention } usa Haven aquí, recibirá tu solicitud en privado: por mensaje directo o en `/partner list`. No se configura nada a menos que acepte, y te avisaré cuando responda.
accountability-request-waiting = { $count ->
    [one] Tienes { $count } solicitud esperando respuesta. Dale un poco de tiempo: podrás pedírselo a alguien más cuando la respondan (o pasadas dos semanas).
    [many] Tienes { $count } de solicitudes esperando respuesta. Dales un poco de tiempo: podrás pedírselo a alguien más cuando respondan una (o pasadas dos semanas).
   *[other] Tienes { $count } solicitudes esperando respuesta. Dales un poco de tiempo: podrás pedírselo a alguien más cuando respondan una (o pasadas dos semanas).
}
accountability-request-daily = { $count ->
    [one] Enviaste { $count } solicitud de compañero en el último día. Podrás pedírselo a alguien más { $again } (a las { $at }).
    [many] Enviaste { $count } de solicitudes de compañero en el último día. Podrás pedírselo a alguien más { $again } (a las { $at }).
   *[other] Enviaste { $count } solicitudes de compañero en el último día. Podrás pedírselo a alguien más { $again } (a las { $at }).
}
accountability-request-dm-title = Una solicitud de compañero
accountability-request-dm = { $name } quiere que sean compañeros de apoyo. Si aceptas, Haven abre un espacio privado solo para ustedes dos. No hace falta dar motivos: si no aceptas, solo sabrá que ahora mismo no estás disponible.
accountability-request-accept-button = Aceptar
accountability-request-decline-button = Ahora no

cmd-partner-accept-description = Acepta una solicitud de compañero (igual que su botón Aceptar)
cmd-partner-decline-description = Rechaza una solicitud de compañero; solo sabrá que no estás disponible
accountability-answer-closed = Esa solicitud ya no está abierta.
accountability-declined-note = { $name } no está disponible ahora mismo.
accountability-declined-unreached = Rechazada. No pude contactar a { $name }, así que no se le envió nada.
accountability-declined = Rechazada. { $name } solo sabrá que ahora mismo no estás disponible.
accountability-accepted = { $name } y tú ya son compañeros.
accountability-accepted-ended = Esa relación de compañeros ya terminó; no hay nada más que preparar.
accountability-accepted-note = { $name } aceptó: ya son compañeros.
accountability-accepted-note-space = { $name } aceptó: ya son compañeros. Su espacio privado: { $space }.
accountability-accepted-space-told = Su espacio privado: { $space }. { $name } sabe que dijiste que sí.
accountability-accepted-space-unreached = Su espacio privado: { $space }. No pude avisar a { $name } por mensaje directo ({ $why }); lo verá en `/partner list`.
accountability-accepted-told = { $name } y tú pueden encontrarse en `/partner list`. { $name } sabe que dijiste que sí.
accountability-accepted-unreached = { $name } y tú pueden encontrarse en `/partner list`. No pude avisar a { $name } por mensaje directo ({ $why }); lo verá en `/partner list`.

# The member's home (Slack App Home): this section's heading.
accountability-home-title = Compañeros y grupos

## /mod stats: el nombre de cada cifra (le sigue el número).
accountability-figure-pods = grupos y parejas de compañeros

accountability-option-not-a-pod = { $option }: { $value } no es un grupo ni una pareja (pod); escríbelo así: pod:3

# The command's example in /help and usage errors: only the member's own words change.
cmd-haven-reasons-add-example = /haven reasons add La graduación de mi hija en junio
