## /meeting (cogs/meetings): o que os membros leem sobre as reuniões.
## Comandos, opções e o texto em `código` ficam em inglês.

cmd-meeting-list-description = As reuniões dos próximos 7 dias, no seu horário

meetings-not-found = não existe a reunião #{ $id }; veja `/meeting list`

meetings-list-none = Nenhuma reunião nos próximos 7 dias.
meetings-list-heading = Reuniões nos próximos 7 dias (no seu horário):
meetings-list-item = { $start } — **{ $title }** (#{ $id })
meetings-list-item-cancelled = { $start } — **{ $title }** (#{ $id }) — cancelada desta vez

meetings-join = Entrar: { $link }
meetings-type = Tipo: { $types }
meetings-language = Idioma: { $language }
meetings-length = Duração: { $length }
meetings-dial-in = Por telefone: { $phone }
meetings-passcode = Senha: { $passcode }
meetings-passcode-ask = Senha: peça ao Haven em particular — `/meeting list`

meetings-days = { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
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
meetings-lead-two = { $first } e { $second }
meetings-lead-three = { $first }, { $second } e { $third }

meetings-going = Vou
meetings-maybe = Talvez
meetings-not-going = Não vou
meetings-counts = Vou: { $going } · Talvez: { $maybe } · Não vou: { $no }

meetings-starts = Começa { $relative } — { $start }
meetings-late = _Publicado um pouco atrasado — o Haven ficou fora do ar por um momento. Ainda dá tempo._
meetings-footer = Reunião #{ $id } · `/meeting rsvp { $id } going`
meetings-cancelled-note = Sem reunião esta semana: **{ $title }** em { $day } foi cancelada. Até a próxima.

meetings-going-starts = **{ $title }** começa { $relative } — { $start }.
meetings-going-see-you = Você disse que vai — nos vemos lá. Se os planos mudarem, tudo bem: `/meeting rsvp { $id } no`

meetings-rsvp-going = Você vai a **{ $title }** em { $start }. Vou te mandar um lembrete privado { $lead } antes. Os outros veem só os totais.
meetings-rsvp-going-soon = Você vai a **{ $title }** em { $start } — começa logo, então não haverá um lembrete à parte. Os outros veem só os totais.
meetings-rsvp-maybe = Marcado como talvez para **{ $title }** em { $start }. Sem pressão — venha se puder. Os outros veem só os totais.
meetings-rsvp-no = Marcado que você não vai a **{ $title }** em { $start }. Obrigado por avisar. Os outros veem só os totais.
meetings-rsvp-no-upcoming = **{ $title }** não tem nenhuma próxima reunião para responder
meetings-rsvp-too-often = Você mudou sua resposta para **{ $title }** várias vezes em poucos minutos, então por enquanto ela fica como **{ $answer ->
    [going] vou
    [maybe] talvez
   *[no] não vou
}**. Você poderá mudá-la de novo { $wait }.
meetings-wait-minutes = { $count ->
    [one] em { $count } minuto
    [many] em { $count } de minutos
   *[other] em { $count } minutos
}
meetings-wait-hours = { $count ->
    [one] em { $count } hora
    [many] em { $count } de horas
   *[other] em { $count } horas
}
meetings-wait-days = { $count ->
    [one] em { $count } dia
    [many] em { $count } de dias
   *[other] em { $count } dias
}
meetings-rsvp-remind-going-only = remind: é só para going — o lembrete privado vai para quem vai
meetings-button-gone = Esse botão não faz mais nada. Tente `/meeting list`.

cmd-meeting-find-description = As próximas reuniões que combinam, nossas e importadas, no seu horário
meetings-find-none = { $within ->
    [one] Nenhuma reunião na próxima hora. Tente within:168 para a semana inteira, ou menos tipos.
    [many] Nenhuma reunião nas próximas { $within } horas. Tente within:168 para a semana inteira, ou menos tipos.
   *[other] Nenhuma reunião nas próximas { $within } horas. Tente within:168 para a semana inteira, ou menos tipos.
}
meetings-find-none-filtered = { $within ->
    [one] Nenhuma reunião ({ $filters }) na próxima hora. Tente within:168 para a semana inteira, ou menos tipos.
    [many] Nenhuma reunião ({ $filters }) nas próximas { $within } horas. Tente within:168 para a semana inteira, ou menos tipos.
   *[other] Nenhuma reunião ({ $filters }) nas próximas { $within } horas. Tente within:168 para a semana inteira, ou menos tipos.
}
meetings-find-heading = Próximas reuniões (no seu horário):
meetings-find-heading-filtered = Próximas reuniões ({ $filters }) (no seu horário):
meetings-find-in-language = em { $language }
meetings-find-online = online
meetings-find-item = { $start } ({ $when }) — **{ $name }**
meetings-find-item-ours = { $start } ({ $when }) — **{ $name }** (#{ $id } · `/meeting rsvp { $id } going`)
meetings-find-now = agora
meetings-find-dial-in = por telefone { $phone }
meetings-find-more = …e mais { $count }; filtre com types: ou within:.

cmd-meeting-types-description = Os códigos de tipo de reunião (do Meeting Guide) e o que significam
meetings-types-heading = Tipos de reunião (use os códigos em types:O,D,ONL):

# The member's home (Slack App Home): this section's heading.
meetings-home-title = Próximas reuniões

## descriptions
cmd-meeting-rsvp-description = Vou, talvez ou não à próxima reunião de uma série; se for: um lembrete privado 10 min antes
