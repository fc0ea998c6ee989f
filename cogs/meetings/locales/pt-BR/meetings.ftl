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

## calendar and subscriptions
## /meeting calendar e seu arquivo, /meeting subscribe e o calendário que ele
## serve, a mensagem privada a quem ia a uma reunião removida e os nomes dos
## tipos do Meeting Guide. Dentro do arquivo, texto sem formatação.

cmd-meeting-calendar-description = Um arquivo iCalendar (.ics) com as reuniões da comunidade
meetings-calendar-none = Ainda não há reuniões, então não há calendário para dar.
meetings-calendar-file = { $count ->
    [one] { $count } série de reuniões — abra o arquivo para adicioná-la ao seu calendário.
    [many] { $count } séries de reuniões — abra o arquivo para adicioná-las ao seu calendário.
   *[other] { $count } séries de reuniões — abra o arquivo para adicioná-las ao seu calendário.
}
meetings-calendar-name = Reuniões de { $community }
meetings-calendar-dial-in = Por telefone: { $phone }
meetings-calendar-passcode = Senha: { $passcode }

cmd-meeting-subscribe-description = Um link privado de calendário sempre atualizado: mine (vou), all ou revoke
meetings-subscribe-link-mine = Seu link privado de calendário (as reuniões a que você vai): { $link }
meetings-subscribe-link-all = Seu link privado de calendário (todas as reuniões da comunidade): { $link }
meetings-subscribe-how = Adicione-o ao seu app de calendário como assinatura. Ele é só seu — quem tiver o link pode ver essas reuniões. `/meeting subscribe revoke` o cancela.
meetings-subscribe-replaced = Seu link anterior para este calendário não funciona mais.
meetings-subscribe-nothing-to-revoke = Você não tem links de calendário; não havia nada para cancelar.
meetings-subscribe-revoked = { $count ->
    [one] { $count } link de calendário cancelado: os calendários que o usam deixam de ser atualizados.
    [many] { $count } links de calendário cancelados: os calendários que os usam deixam de ser atualizados.
   *[other] { $count } links de calendário cancelados: os calendários que os usam deixam de ser atualizados.
}
meetings-subscribe-no-address = O Haven ainda não tem um endereço público, então não pode dar links de calendário: quem administra o Haven define HAVEN_PUBLIC_URL (por exemplo https://haven.example.org) e serve HAVEN_HTTP_PORT lá. Enquanto isso, `/meeting calendar` dá um arquivo.

meetings-removed-note = **{ $title }** em { $start } não vai acontecer: a moderação removeu esta reunião do Haven e, com ela, sua resposta e o lembrete. `/meeting list` mostra as reuniões que continuam de pé.

## Nomes dos tipos do Meeting Guide: os da especificação (code4recovery/spec,
## data/types.json, commit 404117a), cujo português é o europeu, adaptados ao
## uso brasileiro onde ele difere. Diferem da especificação: AL e AL-AN
## (“em simultâneo” → “Simultânea ao”), ASL (“Gestual” → “de Sinais”), BA (sem
## o anglicismo “Babysitting”), BI (grafia: “Bissexual”), BRK (“Pequeno-Almoço”
## → “Café da manhã”), CF (“Amigável para Crianças” é decalque), DB (“Cesto” →
## “Sacola”, a da Sétima Tradição nos grupos brasileiros), HE (a língua é o
## hebraico), POC (“Côr” é grafia antiga; “pessoas de cor” soa datado), POL
## (“Polaco” → “Polonês”), SEN (“Séniores” → “Pessoas idosas”), SP
## (“Partilhador” → “Oradores”, como o A.A. brasileiro chama quem conta sua
## história: aabrasil.org.br, aa-areasc.org.br), T (acento: “Transgênero”), TC
## (“Encerrado” → “fechado”), X e XB (“Acesso a Cadeiras”, “WC” → “Acessível”,
## “Banheiro”), XT (“Partilhas Cruzadas” → comentar os “depoimentos”, palavra
## do A.A. brasileiro: aabrasil.org.br, “O que esperar de uma reunião do A.A.”).
## ONL não está na especificação: “On-line”.
meetings-type-name-11 = Meditação do 11º Passo
meetings-type-name-12x12 = 12 Passos e 12 Tradições
meetings-type-name-A = Secular
meetings-type-name-ABSI = Na opinião de Bill
meetings-type-name-AL = Simultânea ao Alateen
meetings-type-name-AL-AN = Simultânea ao Al-Anon
meetings-type-name-ASL = Língua de Sinais Americana
meetings-type-name-B = Livro Azul
meetings-type-name-BA = Cuidado infantil disponível
meetings-type-name-BE = Recém-chegados
meetings-type-name-BI = Bissexual
meetings-type-name-BRK = Café da manhã
meetings-type-name-C = Fechada
meetings-type-name-CAN = Luz de Velas
meetings-type-name-CF = Crianças bem-vindas
meetings-type-name-D = Discussão
meetings-type-name-DB = Sacola digital
meetings-type-name-DD = Duplo Diagnóstico
meetings-type-name-DR = Reflexões Diárias
meetings-type-name-EN = Inglês
meetings-type-name-FF = Sem Perfumes
meetings-type-name-FR = Francês
meetings-type-name-G = Gay
meetings-type-name-GER = Alemão
meetings-type-name-GR = Grapevine
meetings-type-name-H = Aniversário
meetings-type-name-HE = Hebraico
meetings-type-name-ITA = Italiano
meetings-type-name-JA = Japonês
meetings-type-name-KOR = Coreano
meetings-type-name-L = Lésbica
meetings-type-name-LGBTQ = LGBTQ
meetings-type-name-LIT = Literatura
meetings-type-name-LS = Viver Sóbrio
meetings-type-name-M = Homens
meetings-type-name-MED = Meditação
meetings-type-name-N = Nativo Americano
meetings-type-name-NDG = Indígena
meetings-type-name-O = Aberta
meetings-type-name-ONL = On-line
meetings-type-name-OUT = Ao ar livre
meetings-type-name-P = Profissionais
meetings-type-name-POA = Comprovante de Presença
meetings-type-name-POC = Pessoas não brancas
meetings-type-name-POL = Polonês
meetings-type-name-POR = Português
meetings-type-name-PUN = Punjabi
meetings-type-name-RUS = Russo
meetings-type-name-S = Espanhol
meetings-type-name-SEN = Pessoas idosas
meetings-type-name-SM = Permitido Fumar
meetings-type-name-SP = Oradores
meetings-type-name-ST = Estudo de Passos
meetings-type-name-T = Transgênero
meetings-type-name-TC = Local temporariamente fechado
meetings-type-name-TR = Estudo de Tradições
meetings-type-name-W = Mulheres
meetings-type-name-X = Acessível para cadeira de rodas
meetings-type-name-XB = Banheiro acessível para cadeira de rodas
meetings-type-name-XT = Permitido comentar os depoimentos
meetings-type-name-Y = Jovens

## moderators
## Os comandos de /meeting dos moderadores. { $channel } fica dentro de <#…>;
## { $host }, { $days } (mon/thu, o que o moderador digitou) e { $zone } ficam
## como estão.

cmd-meeting-add-description = Adiciona uma reunião recorrente (lembretes 60 e 10 minutos antes, por padrão)
cmd-meeting-skip-description = Cancela uma reunião (sai uma nota curta no lugar do lembrete)
cmd-meeting-remove-description = Exclui uma série de reuniões e seus lembretes pendentes
cmd-meeting-mirror-description = Espelha a próxima ocorrência de cada reunião como evento agendado (Discord)
cmd-meeting-import-description = Importa um feed do Meeting Guide (12 Step Meeting List) ou do NA BMLT para /meeting find
cmd-meeting-sync-description = Atualiza agora os feeds importados (todos, ou um pelo id)
cmd-meeting-feeds-description = Os feeds importados e quando cada um sincronizou; remove:<id> tira um e suas reuniões
cmd-meeting-public-description = Coloca uma reunião no feed público da comunidade, ou a tira de lá
cmd-meeting-feed-description = Publica as reuniões marcadas public:yes como feed do Meeting Guide (key: para restringir)

meetings-no-channel = ainda não há canal de anúncios: escolha um com `/mod channel announcements #canal`, ou informe channel:#canal
meetings-cannot-post = Não consigo postar em <#{ $channel }>: dê ao Haven permissão para enviar mensagens lá, ou escolha outro canal com channel:#...

meetings-add-limit = Esta comunidade tem { $count } reuniões; o Haven guarda no máximo { $most }. Exclua uma de que não precise mais com `/meeting remove <id>` (por exemplo `/meeting remove 12`) e adicione esta de novo.
meetings-added = Adicionada **{ $title }** (#{ $id }): { $days } às { $time } { $zone }, { $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}; anunciada em <#{ $channel }> { $leads } antes.
meetings-added-public = Listada no feed público
meetings-added-first = Primeira reunião: { $start }.

meetings-mirrored = A próxima reunião dela aparece como evento agendado.
meetings-mirror-failed = Não consegui atualizar o evento agendado dela agora; vou tentar de novo na próxima reunião.
meetings-mirror-unavailable = Esta plataforma não tem eventos agendados, então não há nada para espelhar. Os anúncios e `/meeting calendar` funcionam como antes.
meetings-mirror-on = Espelho ligado: a próxima ocorrência de cada reunião é um evento agendado ({ $done } de { $count } agora). A agenda do Haven continua sendo a referência: mudanças feitas nos próprios eventos são sobrescritas.
meetings-mirror-off = Espelho desligado: { $done ->
    [one] { $done } evento agendado removido.
    [many] { $done } de eventos agendados removidos.
   *[other] { $done } eventos agendados removidos.
}
meetings-mirror-some-failed = { $count ->
    [one] { $count } não pôde ser atualizado agora; vou tentar de novo em cada reunião.
    [many] { $count } não puderam ser atualizados agora; vou tentar de novo em cada reunião.
   *[other] { $count } não puderam ser atualizados agora; vou tentar de novo em cada reunião.
}

meetings-skip-not-that-day = **{ $title }** não acontece em { $day }; veja `/meeting list`
meetings-skip-started = a reunião de { $day } já começou
meetings-skip-already = **{ $title }** em { $day } já está cancelada.
meetings-skip-done = Cancelada **{ $title }** em { $start }. Uma nota curta substitui o lembrete.

meetings-removed = Excluída **{ $title }** (#{ $id }) com seus lembretes pendentes.
meetings-removed-going-untold = { $going ->
    [one] { $going } membro tinha dito que ia: não foi possível avisar.
    [many] { $going } de membros tinham dito que iam: não foi possível avisar nenhum.
   *[other] { $going } membros tinham dito que iam: não foi possível avisar nenhum.
}
meetings-removed-going-told = { $going ->
    [one] { $going } membro tinha dito que ia: avisado por mensagem privada.
    [many] { $going } de membros tinham dito que iam. Avisados por mensagem privada: { $told }.
   *[other] { $going } membros tinham dito que iam. Avisados por mensagem privada: { $told }.
}
meetings-removed-going-some = { $going ->
    [one] { $going } membro tinha dito que ia. Avisados por mensagem privada: { $told }; sem receber DM (DMs fechadas ou fora da comunidade): { $missed }.
    [many] { $going } de membros tinham dito que iam. Avisados por mensagem privada: { $told }; sem receber DM (DMs fechadas ou fora da comunidade): { $missed }.
   *[other] { $going } membros tinham dito que iam. Avisados por mensagem privada: { $told }; sem receber DM (DMs fechadas ou fora da comunidade): { $missed }.
}

meetings-cannot-post-note = Os lembretes de **{ $title }** (reunião #{ $id }) não estão sendo postados: não consigo postar em <#{ $channel }>. Dê ao Haven permissão para enviar mensagens lá, ou mude a reunião: `/meeting remove { $id }` e depois crie de novo com `/meeting add` e channel:#...

meetings-public-off = **{ $title }** não está mais no feed público.
meetings-public-on = **{ $title }** está no feed público (o código de acesso nunca está).
meetings-public-not-weekly = Os feeds do Meeting Guide não têm reuniões a cada n semanas, então ela fica de fora lá.
meetings-no-public-url = O Haven ainda não tem um endereço público, então não pode dar links: quem opera define HAVEN_PUBLIC_URL (por exemplo https://haven.example.org) e serve HAVEN_HTTP_PORT nele.
meetings-feed-already-off = O feed público já está desligado.
meetings-feed-off = O feed público está desligado: o endereço dele agora responde 404.
meetings-feed-on = O feed público está ligado: { $url }
meetings-feed-on-key = O feed público está ligado: { $url }?key=<sua chave>
meetings-feed-lists = { $count ->
    [one] Ele lista { $count } reunião marcada como pública (`/meeting public <id> yes`); códigos de acesso nunca aparecem nele.
    [many] Ele lista { $count } de reuniões marcadas como públicas (`/meeting public <id> yes`); códigos de acesso nunca aparecem nele.
   *[other] Ele lista { $count } reuniões marcadas como públicas (`/meeting public <id> yes`); códigos de acesso nunca aparecem nele.
}

meetings-import-twice = esse feed já foi importado; `/meeting sync` o atualiza
meetings-import-limit = esta comunidade tem { $count } feeds; tire um antes com `/meeting feeds remove:<id>`
meetings-import-failed = Nada foi importado: { $problem }.
meetings-import-usage = Uso: `/meeting import <url> [key:<chave de compartilhamento>] [tz:<fuso>] [types:<códigos>] [within:<fuso ou região>]`
meetings-import-too-many = Nada foi importado: o feed tem { $count } reuniões e esta comunidade já lista { $listed }; o Haven guarda no máximo { $most }. Restrinja com within:<região> ou types:<códigos>.
meetings-imported = Feed #{ $id } importado ({ $format }, { $host }): { $result }.
meetings-imported-next = `/meeting find` mostra as reuniões dele; ele sincroniza de novo a cada { $hours } horas, ou agora com `/meeting sync`.

meetings-sync-no-feed = não existe o feed importado #{ $id }; veja `/meeting feeds`
meetings-sync-no-feeds = ainda não há feeds importados; adicione um com `/meeting import <url>`
meetings-sync-line = Feed #{ $id } ({ $host }): { $result }
meetings-feeds-removed = Feed #{ $id } ({ $host }) removido com suas reuniões.
meetings-feeds-none = Nenhum feed importado. Adicione um com `/meeting import <url>`.
meetings-feeds-heading = Feeds importados:
meetings-feeds-item = #{ $id } { $host } — sincronizado { $when }: { $result }
meetings-feeds-item-never = #{ $id } { $host } — nunca sincronizado: { $result }

meetings-feed-result = adicionadas: { $added }, atualizadas: { $updated }, removidas: { $removed }, sem mudança: { $unchanged }
meetings-feed-result-skipped = adicionadas: { $added }, atualizadas: { $updated }, removidas: { $removed }, sem mudança: { $unchanged }; ignoradas: { $skipped } ({ $reasons })
meetings-feed-skip-reason = { $reason ->
    [inactive] inativas
    [temporarily-closed] fechadas temporariamente
    [no-name] sem nome
    [no-valid-day] sem dia válido
    [no-valid-time] sem horário válido
    [no-slug] sem slug
    [unknown-zone] fuso horário desconhecido
    [no-zone] sem fuso horário (informe tz:<fuso> para importá-las)
    [not-a-meeting] não são reuniões
    [listed-twice] repetidas
   *[outside-filter] fora do seu filtro
}: { $count }
meetings-feed-not-synced = não sincronizado: { $problem }; nada mudou
meetings-feed-too-many = não sincronizado: agora ele lista { $count } reuniões, mais do que as { $most } que cabem nesta comunidade; nada mudou
meetings-feed-removed-meanwhile = removido nesse meio-tempo

meetings-feed-error-private = { $host } é um endereço privado ou local; o Haven só lê feeds na internet pública
meetings-feed-error-unreadable = não dá para ler esse endereço; confira e tente de novo
meetings-feed-error-scheme = o endereço de um feed deve começar com https:// ou http://
meetings-feed-error-password = o endereço de um feed não pode conter nome de usuário nem senha
meetings-feed-error-localhost = localhost não está na internet pública; use o endereço público do feed
meetings-feed-error-status = o servidor do feed respondeu HTTP { $status }
meetings-feed-error-redirects = o feed redirecionou mais de { $count } vezes
meetings-feed-error-timeout = o feed não respondeu em { $seconds } segundos
meetings-feed-error-unreachable = não foi possível alcançar o feed ({ $problem }); confira o endereço
meetings-feed-error-not-json = o endereço não devolveu JSON: é o próprio feed (no 12 Step Meeting List: …/wp-admin/admin-ajax.php?action=meetings) e não uma página web?
meetings-feed-error-too-big = o feed tem mais de { $megabytes } MB
meetings-feed-error-not-a-list = o feed não é uma lista de reuniões (um feed do Meeting Guide é uma lista JSON de reuniões; um do BMLT é o resultado de switcher=GetSearchResults)
meetings-feed-error-too-long = o feed lista { $count } entradas; o Haven lê no máximo { $most }
meetings-feed-error-empty = o feed não lista nenhuma reunião
meetings-feed-error-no-meetings = nenhuma das { $count } entradas do feed é uma reunião no formato Meeting Guide ou BMLT (cada uma precisa de nome, dia e horário)

meetings-option-weekday = “{ $value }” não é um dia da semana; use mon, tue, wed, thu, fri, sat ou sun
meetings-option-weeks = “{ $value }” não é um número de semanas; escreva como 2w
meetings-option-weeks-range = a cada { $weeks } semanas não é possível; use de 1w a { $most }w
meetings-option-link-length = esse link tem { $length } caracteres; o máximo é { $most }
meetings-option-link = “{ $value }” não é um link da web; ele deve começar com https:// ou http:// e não ter espaços nem <, >, |
meetings-option-phone = “{ $value }” não é um número de telefone; use dígitos, + e - (e , * # para pausas e códigos), como +15550100,,123456#

## descriptions
cmd-meeting-rsvp-description = Vou, talvez ou não à próxima reunião de uma série; se for: um lembrete privado 10 min antes

## /mod stats: each figure's name (the count follows it).
meetings-figure-series = reuniões
meetings-figure-rsvps = respostas nesta semana

## A meeting type or language code typed wrongly (/meeting add, /meeting find). $codes: the wrong ones, quoted; $examples: codes with their names.
meetings-option-types-empty = são necessários códigos de tipo, por exemplo O,D,ONL
meetings-option-types-many = são { $count } tipos; o máximo é { $most }
meetings-option-types-unknown = { $count ->
    [one] { $codes } não é um tipo de reunião
    [many] { $codes } não são tipos de reunião
   *[other] { $codes } não são tipos de reunião
}; use códigos do Meeting Guide como { $examples }; `/meeting types` lista todos
meetings-option-language = “{ $value }” não é um código de idioma; escreva como en, es ou fi

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-meeting-add-example = /meeting add title:"Roda da noite" day:mon,thu time:19:00 tz:America/Sao_Paulo link:https://meet.example.org/circle duration:90 types:O,D
