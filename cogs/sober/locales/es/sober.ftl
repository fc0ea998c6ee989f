## /sober (cogs/sober). Tuteo; cálido, nunca competitivo. Un nuevo comienzo es
## un nuevo comienzo: ninguna palabra lo llama fracaso. Las fechas llegan ya
## escritas («2 de enero de 2025»); los comandos y opciones (`/sober …`, label:) quedan en inglés.

cmd-sober-set-description = Empieza un contador o mueve su fecha de inicio (hacia atrás)
cmd-sober-set-date-description = tu fecha de inicio
cmd-sober-set-label-description = qué contador (por defecto sobriety)
cmd-sober-set-note-description = una nota privada
cmd-sober-show-description = Tus días, el próximo hito y cuánto falta
cmd-sober-show-label-description = qué contador (por defecto sobriety)
cmd-sober-cost-description = Dinero y tiempo recuperados: lo que te costaba al día (apagado si no lo indicas)
cmd-sober-cost-amount-description = lo que gastabas al día, u off
cmd-sober-cost-currency-description = código ISO 4217, como EUR
cmd-sober-cost-hours-description = horas al día que te llevaba
cmd-sober-cost-label-description = qué contador (por defecto sobriety)
cmd-sober-reset-description = Un nuevo comienzo; lo recorrido queda en tu historial
cmd-sober-reset-label-description = qué contador (por defecto sobriety)
cmd-sober-reset-date-description = el nuevo comienzo
cmd-sober-reset-note-description = una nota privada
cmd-sober-history-description = Tus etapas anteriores y su duración
cmd-sober-history-label-description = qué contador (por defecto sobriety)
cmd-sober-share-description = Cómo se comparten tus hitos en el canal de hitos, y si recibes los roles de hito
cmd-sober-share-roles-description = si recibes los roles de hito que fijan los moderadores (por defecto off)
cmd-sober-remove-description = Borra un contador y su historial (pregunta antes)
cmd-sober-remove-label-description = el contador que quieres borrar
cmd-sober-count-description = Cuenta tu día de inicio como día 0 (por defecto) o como día 1
cmd-sober-morning-description = Cuándo llegan las felicitaciones por tus hitos (tu hora local; por defecto 09:00)
cmd-sober-morning-time-description = hora local de los mensajes de hitos
cmd-sober-roles-description = Moderadores: un rol que se da al llegar a un hito (donde la plataforma tiene roles)
cmd-sober-roles-role-description = el nombre de un rol, u off

sober-days = { $count ->
    [one] { $count } día
    [many] { $count } de días
   *[other] { $count } días
}
sober-weeks = { $count ->
    [one] { $count } semana
    [many] { $count } de semanas
   *[other] { $count } semanas
}
sober-months = { $count ->
    [one] { $count } mes
    [many] { $count } de meses
   *[other] { $count } meses
}
sober-years = { $count ->
    [one] { $count } año
    [many] { $count } de años
   *[other] { $count } años
}
sober-two = { $first } y { $last }
sober-three = { $first }, { $second } y { $last }

sober-summary = **{ $days }** desde el { $date }
sober-summary-long = **{ $days }** ({ $duration }) desde el { $date }
sober-summary-named = **{ $label }**: { $summary }
sober-summary-next = Próximo hito: **{ $milestone }** el { $date }; { $left ->
    [one] falta { $left } día.
    [many] faltan { $left } de días.
   *[other] faltan { $left } días.
}
sober-show-back = Eso es { $back }.
sober-no-counter = aún no tienes ningún contador; empieza uno con `/sober set 2025-01-02`
sober-no-such-counter = no tienes ningún contador llamado { $label }; empieza uno con `/sober set 2025-01-02 label:{ $label }`
sober-no-such-counter-yours = no tienes ningún contador llamado { $label }; los tuyos: { $names }
sober-which-counter = ¿qué contador? Tienes: { $names }; añade label:<nombre>

sober-too-many = tienes { $limit } contadores, el máximo posible; primero quita uno con `/sober remove`
sober-started = Tu contador **{ $label }** ha empezado.
sober-overlap = El { $date } es anterior a tu nuevo comienzo del { $last_end }; se solaparía con tu historial. Para empezar de cero, quita este contador con `/sober remove` y vuelve a crearlo
sober-already-starts = Tu contador **{ $label }** ya empieza el { $date }.
sober-backfilled = Hecho: tu contador **{ $label }** ahora empieza antes, el { $date }.
sober-corrected = Corregido: tu contador **{ $label }** ahora empieza el { $date }.

sober-hours = { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
sober-back-money = unos { $money } recuperados
sober-back-hours = unas { $hours } recuperadas
sober-back-both = unos { $money } y { $hours } recuperados
sober-per-day-money = { $money } al día
sober-per-day-hours = { $hours } al día
sober-per-day-both = { $money } y { $hours } al día
sober-cost-off = Tu contador **{ $label }** ya no cuenta dinero ni tiempo.
sober-cost-off-alone = `off` no lleva nada más: `/sober cost off label:alcohol`
sober-cost-no-hours = si no gastabas dinero, indica las horas que te llevaba: `/sober cost 0 hours:2`; o apágalo con `/sober cost off`
sober-cost-set = Tu contador **{ $label }** ahora cuenta { $set_to }. `/sober cost off` lo detiene; solo tú lo ves.
sober-cost-set-back = Tu contador **{ $label }** ahora cuenta { $set_to }. Hasta ahora son { $back }. `/sober cost off` lo detiene; solo tú lo ves.

sober-too-many-runs = tu contador **{ $label }** guarda { $limit } etapas, el máximo posible. Empieza un contador nuevo para tu nuevo comienzo (`/sober set today label:<nuevo nombre>`), o borra el historial de este con `/sober remove`
sober-reset-before = El { $date } es anterior al inicio de esta etapa, el { $start }; para corregir la fecha de inicio usa `/sober set <fecha>`
sober-new-start = Cada día cuenta. Tu nuevo comienzo es el **{ $date }** en tu contador **{ $label }**.
sober-new-start-kept = Cada día cuenta. Tu nuevo comienzo es el **{ $date }** en tu contador **{ $label }**. { $days ->
    [one] El día anterior queda en tu historial (`/sober history`): fue real.
    [many] Los { $days } de días anteriores quedan en tu historial (`/sober history`): fueron reales y siguen importando.
   *[other] Los { $days } días anteriores quedan en tu historial (`/sober history`): fueron reales y siguen importando.
}
sober-be-gentle = Sé amable contigo hoy. Si quieres hablar con alguien, `/sos` avisa a tus compañeros y `/crisis` te muestra líneas de ayuda.
sober-sharing-paused = Nada de este nuevo comienzo se publica: por ahora, los hitos de este contador quedan entre tú y Haven. **¿Quieres volver a compartir tus hitos?**
sober-button-yes = Sí
sober-button-no = No
sober-share-again-gone = Ese botón ya no hace nada. Prueba con `/sober share named`.
sober-kept-private = Tus hitos de **{ $label }** siguen siendo privados: las felicitaciones te llegan solo a ti. Cuando quieras volver a compartirlos, `/sober share named` (o `anonymous`).
sober-resumed-private = Ahora tus hitos son privados (`/sober share` lo cambia).
sober-resumed-named = Tu próximo hito de **{ $label }** se celebrará en el canal de hitos con tu nombre, como antes.
sober-resumed-anonymous = Tu próximo hito de **{ $label }** se celebrará en el canal de hitos sin tu nombre, como antes.

sober-history-title = Tu historial; solo tú lo ves
sober-history-current = { $start } → hoy: { $days } y sumando
sober-history-ended = { $start } → { $end }: { $days }
sober-history-with-back = { $line } ({ $back })
sober-history-note = _tu nota_: { $note }
sober-history-end-note = _tu nota en el nuevo comienzo_: { $note }
sober-history-more = … y { $count ->
    [one] { $count } etapa anterior
    [many] { $count } de etapas anteriores
   *[other] { $count } etapas anteriores
} (`/haven export`)
sober-stats-current = etapa actual { $days }
sober-stats-longest = la más larga { $days }
sober-stats-average = media de { $average } días en { $runs } etapas

sober-share-usage = di cómo se comparten tus hitos, si recibes roles de hito, o ambas cosas: `/sober share named`, `/sober share roles:on`
sober-share-private = Tus hitos quedan entre tú y Haven: un mensaje privado, nada publicado.
sober-share-named = Cuando llegues a un hito, el canal de hitos dirá «{ $user } llegó a 90 días» (nunca qué contador, nunca tus notas).
sober-share-anonymous = Cuando llegues a un hito, el canal de hitos dirá «Una persona llegó a 90 días»: sin nombre, sin contador, sin notas.
sober-share-no-channel = Esta comunidad aún no tiene canal de hitos, así que no se publica nada hasta que un moderador lo configure (`/mod channel milestones #canal`).
sober-roles-on = Cuando llegues a un hito que tenga un rol aquí, recibirás ese rol; todo el servidor puede verlo. `/sober share roles:off` evita los nuevos.
sober-roles-off = No recibes roles de hito; los hitos en sí siguen como elegiste.
sober-roles-need-sharing = Los roles solo se dan mientras compartes tus hitos (`/sober share named` o `/sober share anonymous`); ahora los tuyos son privados, así que no se da ningún rol.

sober-remove-ask = Esto borra tu contador **{ $label }** y todo su historial, y no se puede deshacer.
sober-button-delete = Borrarlo
sober-button-keep = Conservarlo
sober-remove-gone = Ese contador ya no existe. `/sober show` muestra los tuyos.
sober-remove-kept = No se borró nada; tu contador **{ $label }** sigue ahí.
sober-remove-stale = Ese botón ya no hace nada. Vuelve a probar con `/sober remove`.
sober-removed = Tu contador **{ $label }** y su historial están borrados.

sober-count-from-zero = Tu día de inicio es el día 0: un día completo después llevas 1 día. Los hitos lo siguen.
sober-count-from-one = Tu día de inicio cuenta como día 1. Los hitos lo siguen.
sober-morning-set = Las felicitaciones por tus hitos llegarán a las { $time }, tu hora ({ $zone }).

sober-role-off = Ya no se da ningún rol al llegar a { $milestone }.
sober-role-set = Quienes lleguen a { $milestone } y hayan activado los roles (`/sober share roles:on`) recibirán el rol **{ $role }**.
sober-role-set-no-roles = Quienes lleguen a { $milestone } y hayan activado los roles (`/sober share roles:on`) recibirán el rol **{ $role }**. (Esta plataforma no tiene roles, así que aquí no se aplica).

sober-reached-today = 🎉 ¡Hoy llegas a **{ $milestone }**! Cada uno de esos días contó: tómate un momento para sentir este. Aquí tienes tu ficha.
sober-congratulation = 🎉 { $when ->
    [today] Hoy llegas a
    [today-late] Hoy llegaste a
    [yesterday] Ayer llegaste a
   *[date] El { $date } llegaste a
} **{ $milestone }** en tu contador **{ $label }** (desde el { $start }). Cada uno de esos días contó: tómate un momento para sentir este. Aquí tienes tu ficha.
sober-late-this-morning = _Este mensaje llega un poco tarde esta mañana, pero el hito es igual de real._
sober-late = _Este mensaje llega un poco tarde, pero el hito es igual de real._
sober-given-back = Eso es { $back }: tuyos para quedártelos.
sober-post-named = 🎉 { $user } llegó a **{ $milestone }**. ¡Felicidades!
sober-post-anonymous = 🎉 Una persona de la comunidad llegó a **{ $milestone }**. ¡Felicidades!
sober-chip-unit = { $unit ->
    [week] { $count ->
        [one] SEMANA
        [many] SEMANAS
       *[other] SEMANAS
    }
    [month] { $count ->
        [one] MES
        [many] MESES
       *[other] MESES
    }
    [year] { $count ->
        [one] AÑO
        [many] AÑOS
       *[other] AÑOS
    }
   *[day] { $count ->
        [one] DÍA
        [many] DÍAS
       *[other] DÍAS
    }
}

# The member's home (Slack App Home): this section's heading.
sober-home-title = Días de sobriedad

## /mod stats: el nombre de cada cifra (le sigue el número).
sober-figure-counters = miembros con un contador
sober-figure-sharing = miembros que comparten sus hitos
# Only shown once five or more members share.
sober-figure-collective = días sumados entre quienes comparten

## Un valor mal escrito en las opciones de /sober.
sober-option-not-a-label = { $option }: { $value } no es un nombre de contador; usa hasta 40 letras, cifras, espacios, - o _, por ejemplo alcohol
sober-option-not-a-milestone = { $option }: { $value } no es un hito; usa 1d, 7d, 30d, 60d, 90d, 6m, 9m, 1y, 18m, o 2y, 3y ...
sober-option-not-an-amount = { $option }: { $value } no es una cantidad al día; indica un número como 12 o 12.50 (hasta { $most }), u off — por ejemplo `/sober cost 12.50 currency:EUR hours:2`
sober-option-not-a-currency = { $option }: { $value } no es un código de moneda; usa las tres letras de ISO 4217, como EUR, USD, GBP o JPY — `/sober cost 12 currency:EUR`
sober-option-not-hours = { $option }: { $value } no son horas al día; indica un número de 0 a 24, como 2 o 1.5 — `/sober cost 12 hours:2`

# The commands' examples in /help and usage errors: only the member's own words change
# (a counter's name, a role's).
cmd-sober-set-example = /sober set 2025-01-02 label:alcohol
cmd-sober-show-example = /sober show label:alcohol
cmd-sober-cost-example = /sober cost 12.50 currency:EUR hours:2 label:alcohol
cmd-sober-reset-example = /sober reset label:alcohol date:2026-11-20
cmd-sober-history-example = /sober history label:alcohol
cmd-sober-remove-example = /sober remove label:alcohol confirm
cmd-sober-roles-example = /sober roles 90d 90 días

# The default counter's name (stored as "sobriety"; a member's own counters keep their own names).
# A member may also type it to name that counter: /sober show label:sobriedad
sober-default-label = sobriedad
