## /checkin: ajustes e sequências (cogs/checkins). Veja en/checkins.ftl.

cmd-checkin-remind-description = Um lembrete privado todo dia neste horário local (ou off)
cmd-checkin-pause-description = Sem lembretes até essa data (viagens, férias)
cmd-checkin-resume-description = Retomar os lembretes pausados
cmd-checkin-streaks-description = Se a contagem de sequência aparece para você em algum lugar
cmd-checkin-streak-description = Dias seguidos com um check-in
cmd-checkin-weekly-description = Um resumo privado toda semana nesse dia (ou off)
cmd-checkin-share-description = Quem vê seus check-ins (privados por padrão)
cmd-checkin-share-sober-description = seus parceiros também veem se você ficou sóbrio(a) hoje (padrão: não)
cmd-mod-triggers-description = Os gatilhos que os membros podem citar num check-in (lista com vírgulas, ou default)

checkins-remind-off = Os lembretes diários estão desligados. Você ainda pode fazer seu check-in quando quiser com `/checkin`.
checkins-remind-on = Todo dia às { $time } ({ $zone }) vou te enviar um lembrete privado com botões de resposta rápida, a menos que você já tenha feito seu check-in nesse dia.
checkins-paused-until = Os lembretes estão pausados até { $date }.
checkins-zone-tip = Dica: defina seu fuso horário para o lembrete chegar no seu horário local: `/haven timezone America/Sao_Paulo`

checkins-pause-not-after-today = { $date } não é depois de hoje; os lembretes voltam na data que você informar
checkins-paused = Sem lembretes até { $date }: eles voltam nesse dia. `/checkin resume` traz de volta antes.
checkins-pause-no-prompt = (Você não tem nenhum lembrete diário; `/checkin remind 08:30` define um.)
checkins-resume-not-paused = Os lembretes não estavam pausados.
checkins-resume-back-on = Os lembretes voltaram.
checkins-resume-no-prompt = Você não tem nenhum lembrete diário; `/checkin remind 08:30` define um.
checkins-resume-next = O próximo chega às { $time } ({ $zone }).

checkins-streaks-on = A contagem de sequência voltou aos seus check-ins e resumos.
checkins-streaks-off = A contagem de sequência está desligada: nenhuma resposta, resumo ou resumo semanal a mostra. Seus check-ins contam do mesmo jeito. `/checkin streaks on` traz de volta.
checkins-streak-hidden-done = Você já fez seu check-in hoje. A contagem de sequência está desligada para você (`/checkin streaks on` mostra).
checkins-streak-hidden-not-yet = Ainda não há check-in hoje. A contagem de sequência está desligada para você (`/checkin streaks on` mostra).
checkins-streak-none = Nenhuma sequência no momento: um check-in hoje começa uma nova. `/checkin mood:4 craving:2`.
checkins-streak-days = { $days ->
    [one] Dia 1 de uma sequência: cada check-in conta.
    [many] { $days } dias seguidos: obrigado por estar presente por você.
   *[other] { $days } dias seguidos: obrigado por estar presente por você.
}
checkins-streak-keep-going = Faça seu check-in hoje para continuar.

checkins-weekly-off = Os resumos semanais estão desligados. `/checkin summary` funciona a qualquer hora.
checkins-weekly-on = { $day ->
    [mon] Toda segunda-feira
    [tue] Toda terça-feira
    [wed] Toda quarta-feira
    [thu] Toda quinta-feira
    [fri] Toda sexta-feira
    [sat] Todo sábado
   *[sun] Todo domingo
} às { $time } ({ $zone }) vou te enviar um resumo privado da sua semana.

checkins-share-sober-partners-only = sober:yes é só para parceiros; o canal nunca mostra isso. `/checkin share partners sober:yes`
checkins-share-private = Seus check-ins são privados: só você os vê. Suas notas nunca são compartilhadas.
checkins-share-partners = Depois de cada check-in, seus parceiros de apoio vão receber uma mensagem privada com seu humor e sua vontade de usar, mas não se você ficou sóbrio(a) hoje. Suas notas nunca são compartilhadas. Quando a vontade for { $high } ou mais, eles serão convidados a falar com você.
    `/checkin share partners sober:yes` também conta a eles se você ficou sóbrio(a).
checkins-share-partners-sober = Depois de cada check-in, seus parceiros de apoio vão receber uma mensagem privada com seu humor, sua vontade de usar e se você ficou sóbrio(a) hoje (quando você disser). Suas notas nunca são compartilhadas. Quando a vontade for { $high } ou mais, eles serão convidados a falar com você.
    `/checkin share partners` para de compartilhar se você ficou sóbrio(a).
checkins-share-no-partners = Você ainda não tem parceiros; `/partner request @member` convida alguém.
checkins-share-named = O humor e a vontade de usar de cada check-in serão publicados com seu nome no canal de check-ins da comunidade. Suas notas nunca são compartilhadas.
checkins-share-anonymous = O humor e a vontade de usar de cada check-in serão publicados sem seu nome no canal de check-ins da comunidade. Suas notas nunca são compartilhadas.
checkins-share-no-channel = Ainda não há um canal de check-ins, então nada é publicado até que um moderador configure um.

checkins-triggers-default = De volta aos gatilhos padrão: { $triggers }.
checkins-triggers-set = Agora os membros podem citar estes gatilhos: { $triggers }.
checkins-triggers-private = { $count ->
    [one] O que cada membro cita fica privado; `/mod stats` mostra a contagem de um gatilho só quando { $count } membro ou mais o citaram.
    [many] O que cada membro cita fica privado; `/mod stats` mostra a contagem de um gatilho só quando { $count } membros ou mais o citaram.
   *[other] O que cada membro cita fica privado; `/mod stats` mostra a contagem de um gatilho só quando { $count } membros ou mais o citaram.
}

cmd-checkin-pledge-description = "Só por hoje, vou ficar sóbrio(a)": um lembrete de manhã neste horário local (ou off), ou now
cmd-checkin-review-description = "Como foi hoje?" toda noite neste horário local (ou off); a resposta preenche o humor do dia

checkins-pledge-off = Os lembretes do compromisso da manhã estão desligados. `/checkin pledge now` ainda registra seu compromisso de hoje quando você quiser.
checkins-pledge-on = Toda manhã às { $time } ({ $zone }) vou te enviar em particular "Só por hoje, vou ficar sóbrio(a)" com um botão Assumir compromisso. Perdeu? `/checkin pledge now` registra seu compromisso de hoje a qualquer hora.
checkins-pledge-title = Só por hoje
checkins-pledge-prompt =
    Só por hoje, vou ficar sóbrio(a).
    Um dia é o bastante para pensar. Se quiser fazer a promessa de hoje para você, toque em Assumir compromisso, ou simplesmente deixe que seja um lembrete.
checkins-pledge-button = Assumir compromisso
checkins-late = (Isto chega um pouco atrasado: o Haven ficou fora do ar por um tempo.)
checkins-pledge-moved = Aquele lembrete era para { $asked }. Um compromisso vale para o dia em que você está, então este conta para hoje, { $date }.
checkins-pledge-again = Você já assumiu o compromisso de hoje, e ele continua valendo. Seja gentil com você hoje.
checkins-pledged = Compromisso de hoje, { $date }: só por hoje, você vai ficar sóbrio(a). É tudo o que o dia pede; que bom que você está aqui.
checkins-pledge-run = { $count ->
    [one] { $count } dia seguido de compromissos.
    [many] { $count } dias seguidos de compromissos.
   *[other] { $count } dias seguidos de compromissos.
}

checkins-review-off = As revisões da noite estão desligadas. `/checkin` registra seu dia a qualquer hora.
checkins-review-on = Toda noite às { $time } ({ $zone }) vou perguntar em particular "Como foi hoje?": Fácil, Ok, Difícil ou Muito difícil. Sua resposta preenche o humor do dia (Fácil 4, Ok 3, Difícil 2, Muito difícil 1 de 5) e não muda mais nada do que você registrou.
checkins-review-title = Como foi hoje?
checkins-review-today =
    Como foi hoje, { $weekday }? Toque no que combina: não existe resposta errada.
    Isso preenche o humor de hoje; o resto que você escreveu hoje fica como está.
checkins-review-yesterday =
    Como foi ontem, { $date }? Toque no que combina: não existe resposta errada.
    Isso preenche o humor desse dia; o resto que você escreveu fica como está.
checkins-review-earlier =
    Como foi { $date }? Toque no que combina: não existe resposta errada.
    Isso preenche o humor desse dia; o resto que você escreveu fica como está.
checkins-review-easy = Fácil
checkins-review-okay = Ok
checkins-review-hard = Difícil
checkins-review-veryhard = Muito difícil
checkins-hard-run-partners = São { $count } dias muito difíceis seguidos. Você não precisa carregar isso sozinho(a). Seus parceiros iam querer saber: o botão abaixo avisa a eles em particular que uma ligação faria bem (o mesmo que `/sos`). E `/crisis` lista linhas de apoio, a qualquer hora.
checkins-hard-run-alone = São { $count } dias muito difíceis seguidos. Você não precisa carregar isso sozinho(a). `/crisis` lista linhas de apoio, a qualquer hora, e um parceiro pode ajudar em dias assim: `/partner request @member` convida alguém de confiança, `/partner pool join` encontra um pequeno grupo para você.
checkins-hard-run-button = Avisar meus parceiros

cmd-checkin-description = Faça seu check-in de hoje (sem opções abre um formulário)
cmd-checkin-mood-description = 1 muito baixo – 5
cmd-checkin-craving-description = 0 – 10
cmd-checkin-sober-description = sóbrio(a) hoje, yes ou no
cmd-checkin-note-description = privada, criptografada
cmd-checkin-triggers-description = o que pesou em você, separado por vírgulas (só você vê)

checkins-mood-1 = muito baixo
checkins-mood-2 = baixo
checkins-mood-3 = ok
checkins-mood-4 = bom
checkins-mood-5 = muito bom
checkins-described-mood = humor { $mood }/5 ({ $word })
checkins-described-craving = vontade de usar { $craving }/10
checkins-described-mood-short = humor { $mood }/5
checkins-described-sober = sóbrio(a) hoje
checkins-described-not-sober = não sóbrio(a) hoje

checkins-form-title = Check-in diário
checkins-form-submit = Fazer check-in
checkins-form-mood = Humor (1 muito baixo – 5 muito bom)
checkins-form-craving = Vontade de usar (0 nenhuma – 10 muito forte)
checkins-form-sober = Sóbrio(a) hoje
checkins-form-note = Nota: só você pode ver
checkins-form-triggers = Gatilhos de hoje (opcional, só você vê)
checkins-form-triggers-placeholder = Algo pesou em você?
checkins-more-title = O resto do check-in de hoje
checkins-more-title-day = O resto do check-in de { $weekday }
checkins-more-submit = Salvar
checkins-more-button = Adicionar vontade de usar e uma nota

checkins-usage-need-both = mood: e craving: são necessários para um check-in
checkins-usage-no-mood = falta mood:; informe mood e craving juntos
checkins-usage-no-craving = falta craving:; informe mood e craving juntos
checkins-no-forms = Faça seu check-in com `/checkin mood:<1-5> craving:<0-10>`, por exemplo `/checkin mood:4 craving:2 sober:yes triggers:stress`.
checkins-stale-button = Esse botão não faz mais nada. Tente `/checkin`.
checkins-more-no-checkin = Ainda não há check-in de hoje. Use `/checkin` para fazer um.

checkins-saved-yesterday = Salvo para ontem, { $date }: { $checkin }.
checkins-saved-today = Salvo para hoje, { $date }: { $checkin }.
checkins-saved-on = Salvo para { $date }: { $checkin }.
checkins-added-on = Adicionado ao check-in de { $date }: { $checkin }.
checkins-added-today = Adicionado ao check-in de hoje: { $checkin }.
checkins-updated = Você já tinha feito seu check-in hoje, então eu o atualizei: { $checkin }.
checkins-checked-in = Check-in de { $date }: { $checkin }.
checkins-note-saved = Sua nota foi salva em particular.
checkins-triggers-noted = Gatilhos anotados, só para você: { $triggers } (`/checkin patterns`).
checkins-hard-very-low = Um dia muito baixo é difícil, e mesmo assim você fez seu check-in: isso importa.
checkins-hard-craving = Vontades tão fortes são difíceis.
checkins-hard-not-sober = Obrigado pela sua sinceridade. Um deslize faz parte de muitas recuperações e não apaga os dias que ficaram para trás. Seu contador de sobriedade continua como está, a menos que você escolha recomeçar (`/sober reset`).
checkins-help-now = Se precisar de alguém agora, `/sos` chama seus parceiros e `/crisis` lista linhas de apoio.

checkins-prompt-title = Check-in diário
checkins-prompt = Como você está hoje? Toque no seu humor (1 muito baixo, 5 muito bom) ou use `/checkin` para o formulário completo.

checkins-partner-title = Check-in de parceiro
checkins-partner-checked-in = { $name } fez o check-in: { $checkin }.
checkins-partner-updated = { $name } atualizou o check-in de hoje: { $checkin }.
checkins-partner-high = A vontade de usar está alta hoje ({ $craving }/10): talvez seja bom você entrar em contato.
checkins-channel-named = { $name } fez o check-in hoje: { $checkin }.
checkins-channel-anonymous = Um membro fez o check-in hoje: { $checkin }.

checkins-summary-title = Seus check-ins
checkins-summary-none = Ainda não há check-ins nos últimos 30 dias. O primeiro: `/checkin mood:4 craving:2`.
checkins-average = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }/{ $scale }
checkins-summary-period = **Últimos { $days } dias:** check-in em { $count } de { $days } dias · humor { $mood } · vontade de usar { $craving }
checkins-trend-lower = A vontade de usar foi menor nesta semana do que nas semanas anteriores.
checkins-trend-higher = A vontade de usar foi maior nesta semana do que nas semanas anteriores: seja gentil com você e peça apoio se ajudar.
checkins-trend-steady = A vontade de usar foi parecida nesta semana com a das semanas anteriores.
cmd-checkin-summary-description = Os últimos 7, 30 e 90 dias, com gráficos

checkins-chart-title = Seus check-ins, de { $first } a { $last } de { $year }
checkins-chart-mood = Humor (1 muito baixo a 5 muito bom)
checkins-chart-craving = Vontade de usar (0 nenhuma a 10 muito forte)
checkins-chart-gap = Uma falha na linha é um dia sem check-in.

cmd-checkin-patterns-description = Suas próprias tendências em 30 ou 90 dias, em palavras; só você vê
checkins-patterns-title = Seus padrões, últimos { $days } dias: só você vê isto
checkins-patterns-chart-title = Sua vontade de usar, últimos { $days } dias
checkins-patterns-by-weekday = Vontade de usar média por dia da semana
checkins-patterns-by-trigger = Vontade de usar média por gatilho
checkins-patterns-chart-note = A linha escura é a sua média de vontade de usar. Só você vê isto.
checkins-patterns-nothing-named = Nada citado ainda
checkins-patterns-name-triggers = Cite o que pesou em você num check-in para ver o efeito na sua vontade de usar: `/checkin mood:3 craving:6 triggers:stress`.
checkins-patterns-too-few = Ainda não há check-ins suficientes com vontade de usar nos últimos { $days } dias para ver padrões ({ $count } até agora; são necessários { $needed }). Continue fazendo seus check-ins: os padrões aparecem depois de umas duas semanas.
checkins-patterns-most-named = O que você mais citou foi '{ $tag }': em { $count } dos seus { $total } check-ins.
checkins-patterns-steady = Sua vontade de usar foi parecida em todos os dias e gatilhos (em torno de { NUMBER($average, maximumFractionDigits: 1) } em média): nenhum dia ou gatilho se destaca.
checkins-patterns-weekday = A vontade de usar é maior { $day ->
        [mon] às segundas-feiras
        [tue] às terças-feiras
        [wed] às quartas-feiras
        [thu] às quintas-feiras
        [fri] às sextas-feiras
        [sat] aos sábados
       *[sun] aos domingos
    }{ $part ->
        [morning] {" "}de manhã
        [afternoon] {" "}à tarde
        [evening] {" "}à noite
        [night] {" "}de madrugada
       *[all] {""}
    }: { NUMBER($average, maximumFractionDigits: 1) } em média, contra { NUMBER($other, maximumFractionDigits: 1) } nos outros dias.
checkins-patterns-trigger = Depois de '{ $tag }' sua vontade de usar fica em { NUMBER($average, maximumFractionDigits: 1) } em média ({ $count ->
        [one] { $count } dia
        [many] { $count } dias
       *[other] { $count } dias
    }), contra { NUMBER($other, maximumFractionDigits: 1) } nos dias sem ele.
checkins-weekday-short = { $day ->
    [mon] seg
    [tue] ter
    [wed] qua
    [thu] qui
    [fri] sex
    [sat] sáb
   *[sun] dom
}

checkins-triggers-bad-name = “{ $tag }” não é um nome de gatilho: use até 32 letras, dígitos, espaços, ' ou -, separados por vírgulas. `/mod triggers stress, loneliness, work, family` (ou `/mod triggers default`)
checkins-triggers-empty = informe os gatilhos separados por vírgulas. `/mod triggers stress, loneliness, work, family` (ou `/mod triggers default`)
checkins-triggers-too-many = são { $count } gatilhos; uma lista aceita no máximo { $most } para que o formulário de check-in possa oferecer todos. `/mod triggers stress, loneliness, work, family` (ou `/mod triggers default`)
checkins-triggers-not-offered = “{ $tag }” não é um dos gatilhos desta comunidade: { $offered }. Por exemplo `/checkin mood:3 craving:6 triggers:{ $first },{ $last }`

# The member's home (Slack App Home): this section's heading.
checkins-home-title = Check-in de hoje
# Os botões abaixo: um toque faz o check-in com esse humor (1 muito baixo – 5 muito bom).
checkins-home-mood-1 = Humor 1
checkins-home-mood-2 = Humor 2
checkins-home-mood-3 = Humor 3
checkins-home-mood-4 = Humor 4
checkins-home-mood-5 = Humor 5

## /mod stats: o nome de cada número (a contagem vem depois).
checkins-figure-week = check-ins desta semana
checkins-figure-reminders = membros com lembretes diários
# $tag: um gatilho como a lista da comunidade o escreve; $days: 30
checkins-figure-trigger = check-ins que citam '{ $tag }' (últimos { $days } dias)

## Os gatilhos padrão (os de uma comunidade que não definiu outros), uma palavra
## cada: lidos e digitados no seu idioma; guardados pelo código em inglês.
checkins-trigger-stress = estresse
checkins-trigger-loneliness = solidão
checkins-trigger-conflict = conflito
checkins-trigger-celebration = comemoração
checkins-trigger-boredom = tédio
checkins-trigger-tiredness = cansaço
checkins-trigger-place = lugar
checkins-trigger-people = pessoas

# The commands' examples in /help and usage errors: only the member's own words change.
cmd-checkin-example = /checkin mood:4 craving:2 sober:yes note:"dia longo" triggers:estresse,pessoas
cmd-mod-triggers-example = /mod triggers estresse, solidão, trabalho, família

## O nome de cada campo num problema com o que foi digitado (bot/forms.py): “O campo “Humor” …”.
checkins-field-mood = “Humor”
checkins-field-craving = “Vontade de usar”
checkins-field-sober = “Sóbrio(a) hoje”
checkins-field-note = “Nota”
checkins-field-triggers = “Gatilhos”
