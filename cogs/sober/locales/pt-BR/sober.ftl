## /sober (cogs/sober). Tratamento por "você"; acolhedor, nunca competitivo. Um
## novo começo é um novo começo: nenhuma palavra o chama de fracasso. As datas
## chegam já escritas ("2 de janeiro de 2025"); comandos e opções (`/sober …`, label:) ficam em inglês.

cmd-sober-set-description = Comece um contador ou mude a data de início dele (para trás)
cmd-sober-set-date-description = sua data de início
cmd-sober-set-label-description = qual contador (padrão sobriety)
cmd-sober-set-note-description = uma nota privada
cmd-sober-show-description = Seus dias, o próximo marco e quanto falta
cmd-sober-show-label-description = qual contador (padrão sobriety)
cmd-sober-cost-description = Dinheiro e tempo de volta: quanto custava por dia (desligado se você não definir)
cmd-sober-cost-amount-description = quanto você gastava por dia, ou off
cmd-sober-cost-currency-description = código ISO 4217, como EUR
cmd-sober-cost-hours-description = horas por dia que isso tomava
cmd-sober-cost-label-description = qual contador (padrão sobriety)
cmd-sober-reset-description = Um novo começo; o percurso até aqui fica no seu histórico
cmd-sober-reset-label-description = qual contador (padrão sobriety)
cmd-sober-reset-date-description = o novo começo
cmd-sober-reset-note-description = uma nota privada
cmd-sober-history-description = Seus percursos anteriores e a duração deles
cmd-sober-history-label-description = qual contador (padrão sobriety)
cmd-sober-share-description = Como seus marcos são compartilhados no canal de marcos, e se você recebe os cargos de marco
cmd-sober-share-roles-description = se você recebe os cargos de marco definidos pelos moderadores (padrão off)
cmd-sober-remove-description = Apaga um contador e o histórico dele (pergunta antes)
cmd-sober-remove-label-description = o contador a apagar
cmd-sober-count-description = Conte seu dia de início como dia 0 (padrão) ou como dia 1
cmd-sober-morning-description = Quando chegam os parabéns pelos marcos (seu horário local; padrão 09:00)
cmd-sober-morning-time-description = horário local das mensagens de marcos
cmd-sober-roles-description = Moderadores: um cargo dado ao chegar a um marco (onde a plataforma tem cargos)
cmd-sober-roles-role-description = o nome de um cargo, ou off

sober-days = { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
}
sober-weeks = { $count ->
    [one] { $count } semana
    [many] { $count } de semanas
   *[other] { $count } semanas
}
sober-months = { $count ->
    [one] { $count } mês
    [many] { $count } de meses
   *[other] { $count } meses
}
sober-years = { $count ->
    [one] { $count } ano
    [many] { $count } de anos
   *[other] { $count } anos
}
sober-two = { $first } e { $last }
sober-three = { $first }, { $second } e { $last }

sober-summary = **{ $days }** desde { $date }
sober-summary-long = **{ $days }** ({ $duration }) desde { $date }
sober-summary-named = **{ $label }**: { $summary }
sober-summary-next = Próximo marco: **{ $milestone }** em { $date }; { $left ->
    [one] falta { $left } dia.
    [many] faltam { $left } de dias.
   *[other] faltam { $left } dias.
}
sober-show-back = Isso dá { $back }.
sober-no-counter = você ainda não tem nenhum contador; comece um com `/sober set 2025-01-02`
sober-no-such-counter = você não tem nenhum contador chamado { $label }; comece um com `/sober set 2025-01-02 label:{ $label }`
sober-no-such-counter-yours = você não tem nenhum contador chamado { $label }; os seus: { $names }
sober-which-counter = qual contador? Você tem: { $names }; acrescente label:<nome>

sober-too-many = você tem { $limit } contadores, o máximo possível; primeiro remova um com `/sober remove`
sober-started = Seu contador **{ $label }** começou.
sober-overlap = { $date } é antes do seu novo começo em { $last_end }; isso se sobreporia ao seu histórico. Para recomeçar do zero, remova este contador com `/sober remove` e crie de novo
sober-already-starts = Seu contador **{ $label }** já começa em { $date }.
sober-backfilled = Feito: seu contador **{ $label }** agora começa antes, em { $date }.
sober-corrected = Corrigido: seu contador **{ $label }** agora começa em { $date }.

sober-hours = { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
sober-back-money = cerca de { $money } de volta
sober-back-hours = cerca de { $hours } de volta
sober-back-both = cerca de { $money } e { $hours } de volta
sober-per-day-money = { $money } por dia
sober-per-day-hours = { $hours } por dia
sober-per-day-both = { $money } e { $hours } por dia
sober-cost-off = Seu contador **{ $label }** não conta mais dinheiro nem tempo.
sober-cost-off-alone = `off` não leva mais nada: `/sober cost off label:alcohol`
sober-cost-no-hours = sem dinheiro por dia, informe as horas que isso tomava: `/sober cost 0 hours:2`; ou desligue com `/sober cost off`
sober-cost-set = Seu contador **{ $label }** agora conta { $set_to }. `/sober cost off` para isso; só você vê.
sober-cost-set-back = Seu contador **{ $label }** agora conta { $set_to }. Até agora isso dá { $back }. `/sober cost off` para isso; só você vê.

sober-too-many-runs = seu contador **{ $label }** guarda { $limit } percursos, o máximo possível. Comece um novo contador para o seu novo começo (`/sober set today label:<novo nome>`), ou apague o histórico deste com `/sober remove`
sober-reset-before = { $date } é antes do início deste percurso, em { $start }; para corrigir a data de início use `/sober set <data>`
sober-new-start = Cada dia conta. Seu novo começo é **{ $date }** no seu contador **{ $label }**.
sober-new-start-kept = Cada dia conta. Seu novo começo é **{ $date }** no seu contador **{ $label }**. { $days ->
    [one] O dia anterior fica no seu histórico (`/sober history`): ele foi real.
    [many] Os { $days } de dias anteriores ficam no seu histórico (`/sober history`): eles foram reais e continuam importando.
   *[other] Os { $days } dias anteriores ficam no seu histórico (`/sober history`): eles foram reais e continuam importando.
}
sober-be-gentle = Seja gentil com você hoje. Se quiser conversar com alguém, `/sos` chama seus parceiros e `/crisis` mostra linhas de apoio.
sober-sharing-paused = Nada sobre este novo começo é publicado: por enquanto, os marcos deste contador ficam entre você e o Haven. **Compartilhar seus marcos de novo?**
sober-button-yes = Sim
sober-button-no = Não
sober-share-again-gone = Esse botão não faz mais nada. Tente `/sober share named`.
sober-kept-private = Seus marcos de **{ $label }** continuam privados: os parabéns chegam só para você. Quando quiser compartilhá-los de novo, `/sober share named` (ou `anonymous`).
sober-resumed-private = Seus marcos agora são privados (`/sober share` muda isso).
sober-resumed-named = Seu próximo marco de **{ $label }** será celebrado no canal de marcos com seu nome, como antes.
sober-resumed-anonymous = Seu próximo marco de **{ $label }** será celebrado no canal de marcos sem seu nome, como antes.

sober-history-title = Seu histórico; só você vê
sober-history-current = { $start } → hoje: { $days } e contando
sober-history-ended = { $start } → { $end }: { $days }
sober-history-with-back = { $line } ({ $back })
sober-history-note = _sua nota_: { $note }
sober-history-end-note = _sua nota no novo começo_: { $note }
sober-history-more = … e { $count ->
    [one] { $count } percurso anterior
    [many] { $count } de percursos anteriores
   *[other] { $count } percursos anteriores
} (`/haven export`)
sober-stats-current = percurso atual { $days }
sober-stats-longest = o mais longo { $days }
sober-stats-average = média de { $average } dias em { $runs } percursos

sober-share-usage = diga como seus marcos são compartilhados, se você recebe cargos de marco, ou os dois: `/sober share named`, `/sober share roles:on`
sober-share-private = Seus marcos ficam entre você e o Haven: uma mensagem privada, nada publicado.
sober-share-named = Quando você chegar a um marco, o canal de marcos vai dizer “{ $user } chegou a 90 dias” (nunca qual contador, nunca suas notas).
sober-share-anonymous = Quando você chegar a um marco, o canal de marcos vai dizer “Uma pessoa chegou a 90 dias”: sem nome, sem contador, sem notas.
sober-share-no-channel = Esta comunidade ainda não tem um canal de marcos, então nada é publicado até que um moderador defina um (`/mod channel milestones #canal`).
sober-roles-on = Quando você chegar a um marco que tem um cargo aqui, você recebe esse cargo; todo o servidor pode vê-lo. `/sober share roles:off` evita novos.
sober-roles-off = Você não recebe cargos de marco; os marcos em si continuam como você escolheu.
sober-roles-need-sharing = Cargos só são dados enquanto você compartilha seus marcos (`/sober share named` ou `/sober share anonymous`); os seus agora são privados, então nenhum cargo é dado.

sober-remove-ask = Isto apaga seu contador **{ $label }** e todo o histórico dele, e não pode ser desfeito.
sober-button-delete = Apagar
sober-button-keep = Manter
sober-remove-gone = Esse contador já não existe. `/sober show` lista os seus.
sober-remove-kept = Nada foi apagado; seu contador **{ $label }** continua.
sober-remove-stale = Esse botão não faz mais nada. Tente `/sober remove` de novo.
sober-removed = Seu contador **{ $label }** e o histórico dele foram apagados.

sober-count-from-zero = Seu dia de início é o dia 0: um dia inteiro depois você tem 1 dia. Os marcos seguem isso.
sober-count-from-one = Seu dia de início conta como dia 1. Os marcos seguem isso.
sober-morning-set = Os parabéns pelos marcos vão chegar às { $time }, no seu horário ({ $zone }).

sober-role-off = Nenhum cargo é mais dado ao chegar a { $milestone }.
sober-role-set = Quem chegar a { $milestone } e tiver ativado os cargos (`/sober share roles:on`) vai receber o cargo **{ $role }**.
sober-role-set-no-roles = Quem chegar a { $milestone } e tiver ativado os cargos (`/sober share roles:on`) vai receber o cargo **{ $role }**. (Esta plataforma não tem cargos, então isso não vale aqui.)

sober-reached-today = 🎉 Hoje você chega a **{ $milestone }**! Cada um desses dias contou: tire um momento para sentir este. Aqui está sua ficha.
sober-congratulation = 🎉 { $when ->
    [today] Hoje você chega a
    [today-late] Hoje você chegou a
    [yesterday] Ontem você chegou a
   *[date] Em { $date } você chegou a
} **{ $milestone }** no seu contador **{ $label }** (desde { $start }). Cada um desses dias contou: tire um momento para sentir este. Aqui está sua ficha.
sober-late-this-morning = _Esta mensagem chega um pouco tarde hoje de manhã, mas o marco é igualmente real._
sober-late = _Esta mensagem chega um pouco tarde, mas o marco é igualmente real._
sober-given-back = Isso dá { $back }, e é seu.
sober-post-named = 🎉 { $user } chegou a **{ $milestone }**. Parabéns!
sober-post-anonymous = 🎉 Uma pessoa da comunidade chegou a **{ $milestone }**. Parabéns!
sober-chip-unit = { $unit ->
    [week] { $count ->
        [one] SEMANA
        [many] SEMANAS
       *[other] SEMANAS
    }
    [month] { $count ->
        [one] MÊS
        [many] MESES
       *[other] MESES
    }
    [year] { $count ->
        [one] ANO
        [many] ANOS
       *[other] ANOS
    }
   *[day] { $count ->
        [one] DIA
        [many] DIAS
       *[other] DIAS
    }
}

# The member's home (Slack App Home): this section's heading.
sober-home-title = Dias de sobriedade

## /mod stats: o nome de cada número (a contagem vem depois).
sober-figure-counters = membros com um contador
sober-figure-sharing = membros que compartilham marcos
# Only shown once five or more members share.
sober-figure-collective = dias somados de quem compartilha

## Um valor digitado errado nas opções do /sober.
sober-option-not-a-label = { $option }: { $value } não é um nome de contador; use até 40 letras, algarismos, espaços, - ou _, por exemplo alcohol
sober-option-not-a-milestone = { $option }: { $value } não é um marco; use 1d, 7d, 30d, 60d, 90d, 6m, 9m, 1y, 18m, ou 2y, 3y ...
sober-option-not-an-amount = { $option }: { $value } não é um valor por dia; informe um número como 12 ou 12.50 (até { $most }), ou off — por exemplo `/sober cost 12.50 currency:EUR hours:2`
sober-option-not-a-currency = { $option }: { $value } não é um código de moeda; use as três letras da ISO 4217, como EUR, USD, GBP ou JPY — `/sober cost 12 currency:EUR`
sober-option-not-hours = { $option }: { $value } não são horas por dia; informe um número de 0 a 24, como 2 ou 1.5 — `/sober cost 12 hours:2`

# The commands' examples in /help and usage errors: only the member's own words change
# (a counter's name, a role's).
cmd-sober-set-example = /sober set 2025-01-02 label:álcool
cmd-sober-show-example = /sober show label:álcool
cmd-sober-cost-example = /sober cost 12.50 currency:EUR hours:2 label:álcool
cmd-sober-reset-example = /sober reset label:álcool date:2026-11-20
cmd-sober-history-example = /sober history label:álcool
cmd-sober-remove-example = /sober remove label:álcool confirm
cmd-sober-roles-example = /sober roles 90d 90 dias

# The default counter's name (stored as "sobriety"; a member's own counters keep their own names).
# A member may also type it to name that counter: /sober show label:sobriedade
sober-default-label = sobriedade
