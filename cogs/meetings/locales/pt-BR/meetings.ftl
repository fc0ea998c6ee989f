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
