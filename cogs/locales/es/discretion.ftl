## /haven discreet, /haven quiet y /mod discreet (cogs/discretion.py). Tuteo.

cmd-haven-discreet-description = Notificaciones sin detalles: on, off o lo predeterminado de esta comunidad
cmd-haven-quiet-description = Horas (en tu zona) en que las preguntas, resúmenes y avisos esperan; u off
cmd-mod-discreet-description = Lo predeterminado en esta comunidad para notificaciones sin detalles

discretion-follows-default = Sigues lo predeterminado de esta comunidad, que es **{ $on ->
        [yes] activadas
       *[no] desactivadas
    }**.
discretion-own-choice = Las notificaciones discretas están **{ $on ->
        [yes] activadas
       *[no] desactivadas
    }** para ti.
discretion-member-on = Las notificaciones de mis mensajes privados solo dicen «{ $notice }»; los detalles están dentro, cuando los abres.
discretion-member-off = Las notificaciones de mis mensajes privados muestran lo que dicen.

discretion-quiet-off = Las horas de silencio están desactivadas.{ $dnd ->
        [yes] {" "}En Slack, tu modo No molestar se respeta de la misma manera.
       *[no] {""}
    }
discretion-quiet-on = Horas de silencio: **{ $hours }**, { $zone }{ $zone_set ->
        [no] {" "}(en { $zone } hasta que elijas tu zona)
       *[yes] {""}
    }. Las preguntas diarias, los resúmenes semanales, los avisos de tu compañero o compañera y las felicitaciones que lleguen en ese horario esperan hasta que termine — y cada uno llega una sola vez. Lo urgente, y las respuestas a lo que haces, nunca esperan.{ $dnd ->
        [yes] {" "}En Slack, tu modo No molestar se respeta de la misma manera.
       *[no] {""}
    }

discretion-community = Las notificaciones discretas están **{ $mode ->
        [on] activadas
       *[off] desactivadas
    }** de forma predeterminada aquí{ $unchanged ->
        [yes] {" "}(sin cambios)
       *[no] {""}
    }: { $mode ->
        [on] las notificaciones de los mensajes privados de { $bot } solo dicen «{ $notice }».
       *[off] las notificaciones de los mensajes privados muestran lo que dicen.
    } Cada miembro puede elegir por su cuenta con `/haven discreet` (lo predeterminado de la plataforma es { $platform ->
        [on] activadas
       *[off] desactivadas
    }).
