## /sos, seus botões e mensagens, e /haven reasons (cogs/accountability).
## Tratamento por "você"; nenhuma palavra que culpe ou envergonhe. O que diz
## que alguém recebeu ou sabe algo é exatamente tão verdadeiro quanto em inglês.

accountability-names = { $first } e { $last }

accountability-why-closed = as mensagens diretas estão fechadas
accountability-why-gone = a conta não está mais ativa
accountability-why-error = a mensagem não foi entregue

cmd-sos-description = Peça apoio: recursos de crise na hora e um aviso privado aos seus parceiros
accountability-sos-your-reasons = Seus motivos:
accountability-sos-no-consent = Os parceiros que você encontrar com `/partner` recebem um aviso quando você usa `/sos`.
accountability-sos-unreachable = Não consigo falar com seus parceiros agora: por favor, ligue ou mande mensagem direto para alguém. Os recursos acima estão aí a qualquer hora.
accountability-sos-too-soon = Seu último aviso saiu { $last }; você pode enviar outro { $again } (às { $at }). Os recursos acima estão aí agora mesmo.
accountability-sos-no-partners = Você ainda não tem parceiros, então ninguém foi avisado.
accountability-sos-no-partners-moderators = Você ainda não tem parceiros, então ninguém foi avisado. Se quiser, posso contar aos moderadores: só que alguém pediu apoio, não quem.
accountability-sos-by-dm = { $count ->
    [one] { $names } recebeu seu aviso por mensagem privada.
    [many] { $names } receberam seu aviso por mensagem privada.
   *[other] { $names } receberam seu aviso por mensagem privada.
}
accountability-sos-in-space = Não consegui falar com { $name } por mensagem direta ({ $why }), então publiquei no espaço privado que vocês compartilham, com uma menção.
accountability-sos-not-reached = Não consegui falar com { $name } ({ $why }) e vocês não compartilham nenhum espaço privado onde eu pudesse fazer uma menção.
accountability-sos-no-one = Ninguém recebeu seu aviso, então, por favor, ligue ou mande mensagem direto para alguém.
accountability-sos-offer-moderators = Se quiser, posso contar aos moderadores: só que alguém pediu apoio, não quem.
accountability-sos-moderator-button = Avisar um moderador

accountability-sos-dm = { $name } precisaria de uma ligação agora. Uma mensagem ou ligação sua pode fazer muita diferença. Toque em **Estou aqui** para que saiba.
accountability-sos-space-post = { $mention }: { $name } precisaria de uma ligação agora. Uma mensagem ou ligação sua pode fazer muita diferença. Toque em **Estou aqui** para que saiba.
accountability-sos-here-button = Estou aqui
accountability-sos-here-first = { $name } está aqui por você: tocou em **Estou aqui**.
accountability-sos-here-too = { $name } também está aqui por você.
accountability-sos-here-closed = Esse aviso não está mais aberto. Obrigado por cuidar.
accountability-sos-here-already = { $name } já sabe que você está aí. Obrigado.
accountability-sos-here-unreached = Obrigado. Não consegui falar com { $name } para contar ({ $why }), então uma mensagem ou ligação sua importa ainda mais.
accountability-sos-here-told = Obrigado: { $name } sabe que você está aí.

accountability-sos-no-answer = Nenhum dos seus parceiros respondeu ainda. Você não precisa esperar: estas linhas estão aí agora mesmo.
accountability-sos-no-answer-moderators = Nenhum dos seus parceiros respondeu ainda. Você não precisa esperar: estas linhas estão aí agora mesmo. Se quiser, posso contar aos moderadores que alguém pediu apoio, não quem.

accountability-sos-moderators-stale = Esse botão não faz mais nada. `/sos` ou `/crisis` a qualquer hora.
accountability-sos-moderators-already = Os moderadores já sabem que alguém pediu apoio.
accountability-sos-moderators-done = Pronto: os moderadores sabem que alguém pediu apoio; seu nome não foi compartilhado. `/crisis` está aí a qualquer hora.
accountability-sos-moderators-note = Alguém pediu apoio.

cmd-haven-reasons-add-description = Guarde um motivo seu, curto, para seguir no seu caminho; /sos mostra para você
cmd-haven-reasons-list-description = Seus próprios motivos, em particular
cmd-haven-reasons-remove-description = Remova um dos seus motivos pelo número na lista
accountability-reasons-full = você já guarda { $max } motivos; remova um antes (`/haven reasons list` mostra os números)
accountability-reasons-kept = Guardado (motivo { $number } de no máximo { $max }). Só você vê: junto com as linhas de apoio, quando usa `/sos`.
accountability-reasons-none = Você ainda não guarda nenhum motivo. `/haven reasons add <a few words>` guarda um; `/sos` mostra para você quando as coisas ficam difíceis.
accountability-reasons-title = Seus motivos
accountability-reasons-no-such = { $count ->
    [one] você guarda { $count } motivo; `/haven reasons list` mostra os números
    [many] você guarda { $count } de motivos; `/haven reasons list` mostra os números
   *[other] você guarda { $count } motivos; `/haven reasons list` mostra os números
}
accountability-reasons-removed = Motivo { $number } removido. Os outros mantêm a ordem.

accountability-quiet-nudge = { $name } não faz check-in há alguns dias — uma mensagem amiga pode ajudar.

cmd-partner-list-description = Seus parceiros e grupos
accountability-list-title = Seus parceiros e grupos
accountability-list-pod = { $kind ->
    [pod] `pod:{ $id }` (grupo) com { $names }
   *[pair] `pod:{ $id }` (parceria) com { $names }
}
accountability-list-pod-space = { $kind ->
    [pod] `pod:{ $id }` (grupo) com { $names }: espaço { $space }
   *[pair] `pod:{ $id }` (parceria) com { $names }: espaço { $space }
}
accountability-list-asked = { $name } pediu para ser sua parceria de apoio: `/partner accept @{ $user }`
accountability-list-waiting = aguardando { $mention } responder ao seu pedido
accountability-list-pooled = você está na fila, aguardando para entrar em um grupo
accountability-list-empty = Ainda não há parceiros nem grupos. `/partner request @member` faz o pedido a alguém; `/partner pool join` deixa o Haven colocar você em um grupo.

cmd-partner-leave-description = Saia de uma parceria ou grupo quando quiser; os outros recebem um aviso neutro
accountability-leave-no-pod = você não está em pod:{ $id }; `/partner list` mostra os seus
accountability-leave-not-partners = você e @{ $who } não são parceiros agora (escolha a pessoa na lista @ enquanto digita); para sair de um grupo, use o pod:id dele em `/partner list`
accountability-leave-done = Pronto: você se afastou. Os outros recebem uma nota curta e neutra, sem motivo.
accountability-leave-done-closed = Pronto: você se afastou. Os outros recebem uma nota curta e neutra, sem motivo. O espaço compartilhado foi fechado.
accountability-left = { $kind ->
    [pod] { $name } se afastou do seu grupo.
   *[pair] { $name } se afastou da parceria de vocês.
}
accountability-left-closed = { $kind ->
    [pod] { $name } se afastou do seu grupo. O espaço compartilhado foi fechado. `/partner pool join` pode colocar você em um grupo de novo.
   *[pair] { $name } se afastou da parceria de vocês. O espaço compartilhado foi fechado. `/partner pool join` pode colocar você em um grupo de novo.
}

cmd-partner-pool-description = Entre (ou saia) da fila para formar um grupo pequeno
accountability-pool-not-in = Você não estava na fila: nada a mudar.
accountability-pool-left = Você saiu da fila; não vai entrar em um grupo.
accountability-pool-already = Você já está na fila. A próxima formação de grupos pelos moderadores vai colocar você em um grupo.
accountability-pool-joined = Você está na fila. Quando os moderadores formarem os próximos grupos, você vai entrar em um grupo de 2 a 4 pessoas com horários locais próximos aos seus, com um espaço privado. `/partner pool leave` tira você da fila.
accountability-pool-tip = Dica: defina seu fuso horário (`/haven timezone Europe/Helsinki`) para o Haven juntar você com pessoas acordadas nos mesmos horários que você.

cmd-partner-match-description = Moderadores: formar grupos agora com a fila (por fuso horário, sem repetir)
accountability-match-too-few = Há menos de 2 pessoas na fila, então nenhum grupo foi formado.
accountability-match-formed = { $count ->
    [one] { $count } grupo formado com a fila.
    [many] { $count } de grupos formados com a fila.
   *[other] { $count } grupos formados com a fila.
}
accountability-match-left = { $count ->
    [one] { $count } pessoa continua na fila para a próxima vez.
    [many] { $count } de pessoas continuam na fila para a próxima vez.
   *[other] { $count } pessoas continuam na fila para a próxima vez.
}
accountability-match-unreached = { $count ->
    [one] { $count } pessoa do grupo não pôde ser avisada por mensagem direta; vai encontrar o grupo em `/partner list`.
    [many] { $count } de pessoas dos grupos não puderam ser avisadas por mensagem direta; vão encontrar o grupo em `/partner list`.
   *[other] { $count } pessoas dos grupos não puderam ser avisadas por mensagem direta; vão encontrar o grupo em `/partner list`.
}
accountability-match-scheduled-title = Formação de grupos agendada
accountability-match-late = (Isto rodou um pouco mais tarde do que o previsto.)
accountability-matched = Você entrou em um grupo com { $names }. Diga oi quando quiser; `/partner leave` permite se afastar a qualquer momento, sem precisar de motivo.
accountability-matched-space = Você entrou em um grupo com { $names }. O espaço privado de vocês: { $space }. Diga oi quando quiser; `/partner leave` permite se afastar a qualquer momento, sem precisar de motivo.
accountability-no-new-pod = Nenhum grupo novo nesta semana: todas as pessoas da fila já estiveram em um grupo com você ou não estão disponíveis para você. Você continua na fila para a próxima formação; `/partner pool leave` tira você da fila.

cmd-partner-schedule-description = Moderadores: formar grupos com a fila toda semana num horário local (ou off)
cmd-partner-schedule-day-description = dia da semana, ou off
cmd-partner-schedule-time-description = o horário local da comunidade
cmd-partner-schedule-size-description = tamanho do grupo
accountability-schedule-not-scheduled = A formação de grupos não estava agendada: nada a mudar.
accountability-schedule-off = A formação de grupos agendada está desligada. `/partner match` continua formando grupos quando você quiser.
accountability-schedule-no-time = informe também o horário, no fuso horário da comunidade, por exemplo 18:00
accountability-schedule-set = A fila vai ser dividida em grupos de cerca de { $size } pessoas { $day ->
        [mon] toda segunda-feira
        [tue] toda terça-feira
        [wed] toda quarta-feira
        [thu] toda quinta-feira
        [fri] toda sexta-feira
        [sat] todo sábado
       *[sun] todo domingo
    } às { $at } ({ $zone }). As pessoas dos grupos são avisadas em particular; o canal dos moderadores, se houver, recebe só números. `/partner schedule off` desliga.
accountability-schedule-set-next = A fila vai ser dividida em grupos de cerca de { $size } pessoas { $day ->
        [mon] toda segunda-feira
        [tue] toda terça-feira
        [wed] toda quarta-feira
        [thu] toda quinta-feira
        [fri] toda sexta-feira
        [sat] todo sábado
       *[sun] todo domingo
    } às { $at } ({ $zone }). A próxima é { $next }. As pessoas dos grupos são avisadas em particular; o canal dos moderadores, se houver, recebe só números. `/partner schedule off` desliga.

accountability-welcome-title = { $kind ->
    [pod] Boas-vindas ao seu grupo
   *[pair] Boas-vindas à sua parceria
}
accountability-welcome =
    Este espaço privado é só para { $names }.
    - O que é dito aqui fica aqui: por favor, mantenha em sigilo.
    - Apoio entre pares não substitui ajuda profissional. Em crise? Use `/crisis` a qualquer hora.
    - Qualquer pessoa pode se afastar a qualquer momento com `/partner leave`, sem precisar de motivo.
    - Precisa de alguém agora? Toque em **SOS** ou use `/sos` para avisar seus parceiros em particular.
    O Haven não guarda nem lê o que vocês escrevem aqui.
accountability-welcome-sos-button = SOS

cmd-partner-request-description = Peça a alguém para ser sua parceria de apoio; a resposta é em particular
accountability-request-self = você não pode ser sua própria parceria: `/partner pool join` encontra alguém para você
accountability-request-partners = Você e { $name } já são parceiros.
accountability-request-asked = Você já fez o pedido a { $mention }. Se essa pessoa usa o Haven aqui, pode responder a qualquer momento nas duas semanas em que um pedido fica aberto.
accountability-request-they-asked = { $name } já fez o pedido a você: `/partner accept @{ $user }` para dizer sim.
accountability-request-declined = { $mention } não está disponível agora. Você pode pedir de novo a partir de { $again }.
accountability-request-sent = Se { $mention } usa o Haven aqui, vai receber seu pedido em particular: por mensagem direta ou em `/partner list`. Nada é configurado sem que a pessoa aceite, e eu aviso você quando ela responder.
accountability-request-waiting = { $count ->
    [one] Você tem { $count } pedido aguardando resposta. Dê um tempo: você pode pedir a outra pessoa quando ele for respondido (ou depois de duas semanas).
    [many] Você tem { $count } de pedidos aguardando resposta. Dê um tempo: você pode pedir a outra pessoa quando um deles for respondido (ou depois de duas semanas).
   *[other] Você tem { $count } pedidos aguardando resposta. Dê um tempo: você pode pedir a outra pessoa quando um deles for respondido (ou depois de duas semanas).
}
accountability-request-daily = { $count ->
    [one] Você enviou { $count } pedido de parceria no último dia. Você pode pedir a outra pessoa { $again } (às { $at }).
    [many] Você enviou { $count } de pedidos de parceria no último dia. Você pode pedir a outra pessoa { $again } (às { $at }).
   *[other] Você enviou { $count } pedidos de parceria no último dia. Você pode pedir a outra pessoa { $again } (às { $at }).
}
accountability-request-dm-title = Um pedido de parceria
accountability-request-dm = { $name } gostaria de formar uma parceria de apoio com você. Se você aceitar, o Haven abre um espaço privado só para vocês dois. Não é preciso dar motivo: se você recusar, a pessoa só fica sabendo que você não está disponível agora.
accountability-request-accept-button = Aceitar
accountability-request-decline-button = Agora não

cmd-partner-accept-description = Aceite um pedido de parceria (o mesmo que o botão Aceitar)
cmd-partner-decline-description = Recuse um pedido de parceria; a pessoa só fica sabendo que você não está disponível
accountability-answer-closed = Esse pedido não está mais aberto.
accountability-declined-note = { $name } não está disponível agora.
accountability-declined-unreached = Recusado. Não consegui falar com { $name }, então nada foi enviado.
accountability-declined = Recusado. { $name } só fica sabendo que você não está disponível agora.
accountability-accepted = Você e { $name } agora são parceiros.
accountability-accepted-ended = Essa parceria já terminou; não há mais nada a configurar.
accountability-accepted-note = { $name } aceitou: agora vocês são parceiros.
accountability-accepted-note-space = { $name } aceitou: agora vocês são parceiros. O espaço privado de vocês: { $space }.
accountability-accepted-space-told = O espaço privado de vocês: { $space }. { $name } sabe que você disse sim.
accountability-accepted-space-unreached = O espaço privado de vocês: { $space }. Não consegui avisar { $name } por mensagem direta ({ $why }); a pessoa vai ver em `/partner list`.
accountability-accepted-told = Você e { $name } podem se encontrar em `/partner list`. { $name } sabe que você disse sim.
accountability-accepted-unreached = Você e { $name } podem se encontrar em `/partner list`. Não consegui avisar { $name } por mensagem direta ({ $why }); a pessoa vai ver em `/partner list`.

# The member's home (Slack App Home): this section's heading.
accountability-home-title = Parceiros e grupos

## /mod stats: o nome de cada número (a contagem vem depois).
accountability-figure-pods = grupos e parcerias

accountability-option-not-a-pod = { $option }: { $value } não é um grupo nem uma dupla (pod); escreva assim: pod:3

# The command's example in /help and usage errors: only the member's own words change.
cmd-haven-reasons-add-example = /haven reasons add A formatura da minha filha em junho
