## /checkin: ajustes y rachas (cogs/checkins). Ver en/checkins.ftl.

cmd-checkin-remind-description = Un aviso privado cada día a esta hora local (u off)
cmd-checkin-pause-description = Sin avisos hasta esa fecha (viajes, vacaciones)
cmd-checkin-resume-description = Reanudar los avisos en pausa
cmd-checkin-streaks-description = Si ves o no el conteo de tu racha en algún lugar
cmd-checkin-streak-description = Días seguidos con un check-in
cmd-checkin-weekly-description = Un resumen privado cada semana ese día (u off)
cmd-checkin-share-description = Quién ve tus check-ins (privados por defecto)
cmd-checkin-share-sober-description = tus compañeros también ven si hoy estuviste sobrio/a (por defecto no)
cmd-mod-triggers-description = Los detonantes que los miembros pueden nombrar en un check-in (lista con comas, o default)

checkins-remind-off = Los avisos diarios están desactivados. Puedes hacer tu check-in cuando quieras con `/checkin`.
checkins-remind-on = Cada día a las { $time } ({ $zone }) te enviaré un aviso privado con botones de respuesta rápida, salvo que ya hayas hecho tu check-in ese día.
checkins-paused-until = Los avisos están en pausa hasta el { $date }.
checkins-zone-tip = Consejo: configura tu zona horaria para que el aviso llegue a tu hora local: `/haven timezone Europe/Madrid`

checkins-pause-not-after-today = { $date } no es posterior a hoy; los avisos vuelven en la fecha que indiques
checkins-paused = Sin avisos hasta el { $date }: vuelven ese mismo día. `/checkin resume` los trae antes.
checkins-pause-no-prompt = (No tienes ningún aviso diario; `/checkin remind 08:30` configura uno.)
checkins-resume-not-paused = Los avisos no estaban en pausa.
checkins-resume-back-on = Los avisos vuelven a estar activos.
checkins-resume-no-prompt = No tienes ningún aviso diario; `/checkin remind 08:30` configura uno.
checkins-resume-next = El próximo llega a las { $time } ({ $zone }).

checkins-streaks-on = El conteo de rachas vuelve a aparecer en tus check-ins y resúmenes.
checkins-streaks-off = El conteo de rachas está desactivado: ninguna respuesta, resumen ni resumen semanal lo muestra. Tus check-ins cuentan igual. `/checkin streaks on` lo trae de vuelta.
checkins-streak-hidden-done = Ya hiciste tu check-in hoy. El conteo de rachas está desactivado para ti (`/checkin streaks on` lo muestra).
checkins-streak-hidden-not-yet = Todavía no hay check-in hoy. El conteo de rachas está desactivado para ti (`/checkin streaks on` lo muestra).
checkins-streak-none = Ahora no tienes una racha: un check-in hoy empieza una nueva. `/checkin mood:4 craving:2`.
checkins-streak-days = { $days ->
    [one] Día 1 de una racha: cada check-in cuenta.
    [many] { $days } días seguidos: gracias por estar presente para ti.
   *[other] { $days } días seguidos: gracias por estar presente para ti.
}
checkins-streak-keep-going = Haz tu check-in hoy para mantenerla.

checkins-weekly-off = Los resúmenes semanales están desactivados. `/checkin summary` funciona cuando quieras.
checkins-weekly-on = { $day ->
    [mon] Cada lunes
    [tue] Cada martes
    [wed] Cada miércoles
    [thu] Cada jueves
    [fri] Cada viernes
    [sat] Cada sábado
   *[sun] Cada domingo
} a las { $time } ({ $zone }) te enviaré un resumen privado de tu semana.

checkins-share-sober-partners-only = sober:yes es solo para tus compañeros; el canal nunca lo muestra. `/checkin share partners sober:yes`
checkins-share-private = Tus check-ins son privados: solo tú los ves. Tus notas nunca se comparten.
checkins-share-partners = Después de cada check-in, tus compañeros de apoyo recibirán un mensaje privado con tu estado de ánimo y tus ganas de consumir, pero no si hoy estuviste sobrio/a. Tus notas nunca se comparten. Cuando las ganas lleguen a { $high } o más, se les pedirá que te escriban.
    `/checkin share partners sober:yes` también les dice si estuviste sobrio/a.
checkins-share-partners-sober = Después de cada check-in, tus compañeros de apoyo recibirán un mensaje privado con tu estado de ánimo, tus ganas de consumir y si hoy estuviste sobrio/a (cuando lo indiques). Tus notas nunca se comparten. Cuando las ganas lleguen a { $high } o más, se les pedirá que te escriban.
    `/checkin share partners` deja de compartir si estuviste sobrio/a.
checkins-share-no-partners = Todavía no tienes compañeros; `/partner request @member` se lo pide a alguien.
checkins-share-named = El estado de ánimo y las ganas de consumir de cada check-in se publicarán con tu nombre en el canal de check-ins de la comunidad. Tus notas nunca se comparten.
checkins-share-anonymous = El estado de ánimo y las ganas de consumir de cada check-in se publicarán sin tu nombre en el canal de check-ins de la comunidad. Tus notas nunca se comparten.
checkins-share-no-channel = Todavía no hay un canal de check-ins, así que no se publica nada hasta que un moderador lo configure.

checkins-triggers-default = Se vuelven a usar los detonantes predeterminados: { $triggers }.
checkins-triggers-set = Ahora los miembros pueden nombrar estos detonantes: { $triggers }.
checkins-triggers-private = { $count ->
    [one] Lo que cada miembro nombra es privado; `/mod stats` muestra el conteo de un detonante solo cuando { $count } miembro o más lo han nombrado.
    [many] Lo que cada miembro nombra es privado; `/mod stats` muestra el conteo de un detonante solo cuando { $count } miembros o más lo han nombrado.
   *[other] Lo que cada miembro nombra es privado; `/mod stats` muestra el conteo de un detonante solo cuando { $count } miembros o más lo han nombrado.
}

cmd-checkin-pledge-description = "Solo por hoy, me mantendré sobrio/a": un aviso matutino a esta hora local (u off), o now
cmd-checkin-review-description = "¿Cómo fue hoy?" cada noche a esta hora local (u off); la respuesta completa el ánimo del día

checkins-pledge-off = Los avisos del compromiso matutino están desactivados. `/checkin pledge now` sigue registrando tu compromiso de hoy cuando quieras.
checkins-pledge-on = Cada mañana a las { $time } ({ $zone }) te enviaré en privado "Solo por hoy, me mantendré sobrio/a" con un botón Comprometerme. ¿Se te pasó? `/checkin pledge now` registra tu compromiso de hoy a cualquier hora.
checkins-pledge-title = Solo por hoy
checkins-pledge-prompt =
    Solo por hoy, me mantendré sobrio/a.
    Un día es suficiente para pensar. Si quieres hacerte hoy esta promesa, toca Comprometerme, o simplemente deja que sea un recordatorio.
checkins-pledge-button = Comprometerme
checkins-late = (Esto llega un poco tarde: Haven estuvo fuera un rato.)
checkins-pledge-moved = Ese aviso era para el { $asked }. Un compromiso es para el día en que estás, así que este cuenta para hoy, { $date }.
checkins-pledge-again = Ya te comprometiste por hoy y sigue en pie. Sé amable contigo hoy.
checkins-pledged = Compromiso para hoy, { $date }: solo por hoy, te mantendrás sobrio/a. Es todo lo que pide el día; me alegra que estés aquí.
checkins-pledge-run = { $count ->
    [one] { $count } día seguido de compromisos.
    [many] { $count } días seguidos de compromisos.
   *[other] { $count } días seguidos de compromisos.
}

checkins-review-off = Los repasos de la noche están desactivados. `/checkin` registra tu día cuando quieras.
checkins-review-on = Cada noche a las { $time } ({ $zone }) te preguntaré en privado "¿Cómo fue hoy?": Fácil, Bien, Difícil o Muy difícil. Tu respuesta completa el ánimo del día (Fácil 4, Bien 3, Difícil 2, Muy difícil 1 de 5) y no cambia nada más de lo que anotaste.
checkins-review-title = ¿Cómo fue hoy?
checkins-review-today =
    ¿Cómo fue hoy, { $weekday }? Toca lo que encaje: no hay respuesta incorrecta.
    Completa el ánimo de hoy; todo lo demás que escribiste hoy queda como está.
checkins-review-yesterday =
    ¿Cómo fue ayer, { $date }? Toca lo que encaje: no hay respuesta incorrecta.
    Completa el ánimo de ese día; todo lo demás que escribiste queda como está.
checkins-review-earlier =
    ¿Cómo fue el { $date }? Toca lo que encaje: no hay respuesta incorrecta.
    Completa el ánimo de ese día; todo lo demás que escribiste queda como está.
checkins-review-easy = Fácil
checkins-review-okay = Bien
checkins-review-hard = Difícil
checkins-review-veryhard = Muy difícil
checkins-hard-run-partners = Llevas { $count } días muy difíciles seguidos. No tienes que cargarlos a solas. Tus compañeros querrían saberlo: el botón de abajo les dice en privado que te vendría bien una llamada (igual que `/sos`). Y `/crisis` muestra líneas de ayuda, a cualquier hora.
checkins-hard-run-alone = Llevas { $count } días muy difíciles seguidos. No tienes que cargarlos a solas. `/crisis` muestra líneas de ayuda, a cualquier hora, y un compañero puede ayudar en días así: `/partner request @member` se lo pide a alguien de confianza, `/partner pool join` te busca un grupo pequeño.
checkins-hard-run-button = Avisar a mis compañeros

cmd-checkin-description = Haz tu check-in de hoy (sin opciones abre un formulario)
cmd-checkin-mood-description = 1 muy bajo – 5
cmd-checkin-craving-description = 0 – 10
cmd-checkin-sober-description = sobrio/a hoy, yes o no
cmd-checkin-note-description = privada, cifrada
cmd-checkin-triggers-description = lo que te pesó, separado por comas (solo tú lo ves)

checkins-mood-1 = muy bajo
checkins-mood-2 = bajo
checkins-mood-3 = regular
checkins-mood-4 = bien
checkins-mood-5 = muy bien
checkins-described-mood = ánimo { $mood }/5 ({ $word })
checkins-described-craving = ganas de consumir { $craving }/10
checkins-described-mood-short = ánimo { $mood }/5
checkins-described-sober = sobrio/a hoy
checkins-described-not-sober = no sobrio/a hoy

checkins-form-title = Check-in diario
checkins-form-submit = Hacer check-in
checkins-form-mood = Ánimo (1 muy bajo – 5 muy bien)
checkins-form-craving = Ganas de consumir (0 nada – 10 muy fuertes)
checkins-form-sober = Sobrio/a hoy
checkins-form-note = Nota: solo tú puedes verla
checkins-form-triggers = Detonantes de hoy (opcional, solo tú los ves)
checkins-form-triggers-placeholder = ¿Algo que te pesó?
checkins-more-title = El resto del check-in de hoy
checkins-more-title-day = El resto del check-in del { $weekday }
checkins-more-submit = Guardar
checkins-more-button = Añadir ganas de consumir y una nota

checkins-usage-need-both = mood: y craving: son necesarios para un check-in
checkins-usage-no-mood = falta mood:; indica mood y craving juntos
checkins-usage-no-craving = falta craving:; indica mood y craving juntos
checkins-no-forms = Haz tu check-in con `/checkin mood:<1-5> craving:<0-10>`, por ejemplo `/checkin mood:4 craving:2 sober:yes triggers:stress`.
checkins-stale-button = Ese botón ya no hace nada. Prueba con `/checkin`.
checkins-more-no-checkin = Todavía no hay un check-in de hoy. Usa `/checkin` para hacerlo.

checkins-saved-yesterday = Guardado para ayer, { $date }: { $checkin }.
checkins-saved-today = Guardado para hoy, { $date }: { $checkin }.
checkins-saved-on = Guardado para el { $date }: { $checkin }.
checkins-added-on = Añadido al check-in del { $date }: { $checkin }.
checkins-added-today = Añadido al check-in de hoy: { $checkin }.
checkins-updated = Ya habías hecho tu check-in hoy, así que lo actualicé: { $checkin }.
checkins-checked-in = Check-in del { $date }: { $checkin }.
checkins-note-saved = Tu nota se guardó en privado.
checkins-triggers-noted = Detonantes anotados, solo para ti: { $triggers } (`/checkin patterns`).
checkins-hard-very-low = Un día muy bajo es duro, y aun así hiciste tu check-in: eso importa.
checkins-hard-craving = Unas ganas tan fuertes son duras.
checkins-hard-not-sober = Gracias por tu sinceridad. Un desliz forma parte de muchas recuperaciones y no borra los días que llevas. Tu contador de días sobrio/a sigue igual, salvo que decidas reiniciarlo (`/sober reset`).
checkins-help-now = Si necesitas a alguien ahora, `/sos` avisa a tus compañeros y `/crisis` muestra líneas de ayuda.

checkins-prompt-title = Check-in diario
checkins-prompt = ¿Cómo estás hoy? Toca tu ánimo (1 muy bajo, 5 muy bien) o usa `/checkin` para el formulario completo.

checkins-partner-title = Check-in de un compañero
checkins-partner-checked-in = { $name } hizo su check-in: { $checkin }.
checkins-partner-updated = { $name } actualizó su check-in de hoy: { $checkin }.
checkins-partner-high = Hoy sus ganas de consumir son altas ({ $craving }/10): quizá agradezca que le escribas.
checkins-channel-named = { $name } hizo su check-in hoy: { $checkin }.
checkins-channel-anonymous = Un miembro hizo su check-in hoy: { $checkin }.

checkins-summary-title = Tus check-ins
checkins-summary-none = Todavía no hay check-ins en los últimos 30 días. El primero: `/checkin mood:4 craving:2`.
checkins-average = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }/{ $scale }
checkins-summary-period = **Últimos { $days } días:** check-in { $count } de { $days } días · ánimo { $mood } · ganas de consumir { $craving }
checkins-trend-lower = Esta semana las ganas de consumir fueron más bajas que en las semanas anteriores.
checkins-trend-higher = Esta semana las ganas de consumir fueron más altas que en las semanas anteriores: sé amable contigo y pide apoyo si te ayuda.
checkins-trend-steady = Esta semana las ganas de consumir fueron parecidas a las de las semanas anteriores.
cmd-checkin-summary-description = Los últimos 7, 30 y 90 días, con gráficos

checkins-chart-title = Tus check-ins, del { $first } al { $last } de { $year }
checkins-chart-mood = Ánimo (1 muy bajo a 5 muy bien)
checkins-chart-craving = Ganas de consumir (0 nada a 10 muy fuertes)
checkins-chart-gap = Un hueco en la línea es un día sin check-in.

cmd-checkin-patterns-description = Tus propias tendencias en 30 o 90 días, en palabras; solo tú las ves
checkins-patterns-title = Tus patrones, últimos { $days } días: solo tú ves esto
checkins-patterns-chart-title = Tus ganas de consumir, últimos { $days } días
checkins-patterns-by-weekday = Ganas de consumir medias por día de la semana
checkins-patterns-by-trigger = Ganas de consumir medias por detonante
checkins-patterns-chart-note = La línea oscura es tu media de ganas de consumir. Solo tú ves esto.
checkins-patterns-nothing-named = Nada nombrado todavía
checkins-patterns-name-triggers = Nombra lo que te pesó en un check-in para ver cómo afecta a tus ganas de consumir: `/checkin mood:3 craving:6 triggers:stress`.
checkins-patterns-too-few = Todavía no hay suficientes check-ins con ganas de consumir en los últimos { $days } días para ver patrones ({ $count } por ahora; se necesitan { $needed }). Sigue haciendo tus check-ins: los patrones aparecen después de un par de semanas.
checkins-patterns-most-named = El que más nombraste fue '{ $tag }': en { $count } de tus { $total } check-ins.
checkins-patterns-steady = Tus ganas de consumir fueron parecidas en todos los días y detonantes (alrededor de { NUMBER($average, maximumFractionDigits: 1) } de media): ningún día ni detonante destaca.
checkins-patterns-weekday = Las ganas de consumir son más altas { $day ->
        [mon] los lunes
        [tue] los martes
        [wed] los miércoles
        [thu] los jueves
        [fri] los viernes
        [sat] los sábados
       *[sun] los domingos
    }{ $part ->
        [morning] {" "}por la mañana
        [afternoon] {" "}por la tarde
        [evening] {" "}al anochecer
        [night] {" "}por la noche
       *[all] {""}
    }: { NUMBER($average, maximumFractionDigits: 1) } de media, frente a { NUMBER($other, maximumFractionDigits: 1) } los demás días.
checkins-patterns-trigger = Después de '{ $tag }' tus ganas de consumir son de { NUMBER($average, maximumFractionDigits: 1) } de media ({ $count ->
        [one] { $count } día
        [many] { $count } días
       *[other] { $count } días
    }), frente a { NUMBER($other, maximumFractionDigits: 1) } los días sin él.
checkins-weekday-short = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}

checkins-triggers-bad-name = “{ $tag }” no es un nombre de detonante: usa hasta 32 letras, dígitos, espacios, ' o -, separados por comas. `/mod triggers stress, loneliness, work, family` (o `/mod triggers default`)
checkins-triggers-empty = indica los detonantes separados por comas. `/mod triggers stress, loneliness, work, family` (o `/mod triggers default`)
checkins-triggers-too-many = son { $count } detonantes; una lista admite como máximo { $most } para que el formulario del check-in pueda ofrecerlos todos. `/mod triggers stress, loneliness, work, family` (o `/mod triggers default`)
checkins-triggers-not-offered = “{ $tag }” no es uno de los detonantes de esta comunidad: { $offered }. Por ejemplo `/checkin mood:3 craving:6 triggers:{ $first },{ $last }`

# The member's home (Slack App Home): this section's heading.
checkins-home-title = El check-in de hoy
# Los botones de debajo: un toque hace el check-in con ese ánimo (1 muy bajo – 5 muy bien).
checkins-home-mood-1 = Ánimo 1
checkins-home-mood-2 = Ánimo 2
checkins-home-mood-3 = Ánimo 3
checkins-home-mood-4 = Ánimo 4
checkins-home-mood-5 = Ánimo 5

## /mod stats: el nombre de cada cifra (le sigue el número).
checkins-figure-week = check-ins de esta semana
checkins-figure-reminders = miembros con avisos diarios
# $tag: un detonante tal como lo escribe la lista de la comunidad; $days: 30
checkins-figure-trigger = check-ins que nombran '{ $tag }' (últimos { $days } días)

## Los detonantes por defecto (los de una comunidad que no fijó otros), una palabra
## cada uno: se leen y se escriben en tu idioma; se guardan con su código en inglés.
checkins-trigger-stress = estrés
checkins-trigger-loneliness = soledad
checkins-trigger-conflict = conflicto
checkins-trigger-celebration = celebración
checkins-trigger-boredom = aburrimiento
checkins-trigger-tiredness = cansancio
checkins-trigger-place = lugar
checkins-trigger-people = personas

# The commands' examples in /help and usage errors: only the member's own words change.
cmd-checkin-example = /checkin mood:4 craving:2 sober:yes note:"día largo" triggers:estrés,personas
cmd-mod-triggers-example = /mod triggers estrés, soledad, trabajo, familia

## El nombre de cada campo en un problema con lo escrito (bot/forms.py): «El campo «Ánimo» …».
checkins-field-mood = «Ánimo»
checkins-field-craving = «Ganas de consumir»
checkins-field-sober = «Sobrio/a hoy»
checkins-field-note = «Nota»
checkins-field-triggers = «Detonantes»
