## /haven discreet, /haven quiet e /mod discreet (cogs/discretion.py). Tratamento: você.

cmd-haven-discreet-description = Notificações sem detalhes: on, off ou o padrão desta comunidade
cmd-haven-quiet-description = Horas (no seu fuso) em que perguntas, resumos e lembretes esperam; ou off
cmd-mod-discreet-description = O padrão desta comunidade para notificações sem detalhes

discretion-follows-default = Você segue o padrão desta comunidade, que é **{ $on ->
        [yes] ativadas
       *[no] desativadas
    }**.
discretion-own-choice = As notificações discretas estão **{ $on ->
        [yes] ativadas
       *[no] desativadas
    }** para você.
discretion-member-on = As notificações das minhas mensagens privadas dizem apenas “{ $notice }”; os detalhes estão dentro, quando você abrir.
discretion-member-off = As notificações das minhas mensagens privadas mostram o que elas dizem.

discretion-quiet-off = O horário de silêncio está desativado.{ $dnd ->
        [yes] {" "}No Slack, o seu Não perturbe é respeitado do mesmo jeito.
       *[no] {""}
    }
discretion-quiet-on = Horário de silêncio: **{ $hours }**, { $zone }{ $zone_set ->
        [no] {" "}(em { $zone } até você escolher o seu fuso)
       *[yes] {""}
    }. Perguntas diárias, resumos semanais, lembretes da sua dupla e parabéns que caírem nesse horário esperam até ele terminar — e cada um chega uma vez só. O que for urgente, e as respostas ao que você faz, nunca esperam.{ $dnd ->
        [yes] {" "}No Slack, o seu Não perturbe é respeitado do mesmo jeito.
       *[no] {""}
    }

discretion-community = As notificações discretas estão **{ $mode ->
        [on] ativadas
       *[off] desativadas
    }** por padrão aqui{ $unchanged ->
        [yes] {" "}(sem mudança)
       *[no] {""}
    }: { $mode ->
        [on] as notificações das mensagens privadas de { $bot } dizem apenas “{ $notice }”.
       *[off] as notificações das mensagens privadas mostram o que elas dizem.
    } Cada membro pode escolher por conta própria com `/haven discreet` (o padrão da plataforma é { $platform ->
        [on] ativadas
       *[off] desativadas
    }).
