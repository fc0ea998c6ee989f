## As palavras do motor (bot/): erros e os comandos de idioma.

error-usage =
    { $reason }
    Uso: `{ $usage }`
    Exemplo: `{ $example }`

cmd-haven-language-description = Escolha o idioma em que o Haven fala com você (auto: o do seu app)
cmd-haven-language-code-description = um código de idioma (en, es, pt-br, fr, de) ou auto
cmd-mod-language-description = O idioma da comunidade, para quem não escolheu nenhum
cmd-mod-language-code-description = um código de idioma (en, es, pt-br, fr, de)
language-chosen = Pronto: o Haven agora fala com você em { $language }. Com `/haven language auto`, volta a seguir o idioma do seu app.
language-auto = Pronto: o Haven agora segue o idioma do seu app ou, se não, o desta comunidade; neste momento, { $language }.
language-community = Pronto: { $language } agora é o idioma desta comunidade, para quem não escolheu nenhum e usa o app em um idioma que o Haven não fala.

## Apagamento (bot/erasure.py): /haven delete, e retirar o consentimento.
erasure-confirm = Isto apaga tudo o que o Haven guarda sobre você aqui — contadores, check-ins, confirmações de presença, parcerias — e não pode ser desfeito.
erasure-erase-button = Apagar tudo
erasure-keep-button = Manter meus dados
erasure-done = Tudo o que o Haven guardava sobre você nesta comunidade foi apagado. Cuide-se — as portas estão sempre abertas para você voltar.
erasure-cancelled = Nada foi apagado.
erasure-button-gone = Esse botão não faz mais nada. Tente `/haven delete` de novo.

## O aviso de privacidade e as respostas (bot/consent.py, bot/consent_handlers.py).
cmd-haven-consent-description = Leia o aviso de privacidade; aceite ou retire o consentimento (apaga seus dados, após perguntar)
consent-title = Aviso de privacidade
consent-agree-button = Aceito
consent-decline-button = Não aceito
consent-withdraw-button = Retirar…
consent-notice = **Antes de o Haven guardar qualquer coisa sobre você** (aviso de privacidade v{ $version })
    O Haven é apoio entre pares, não é aconselhamento profissional nem um serviço de crise.
    - Se você aceitar, o Haven guarda o que você der aqui: { $stored } — só nesta comunidade.
    - As notas que você escreve são criptografadas. As respostas para você são privadas, a menos que você escolha compartilhar.
    - A moderação vê contagens e configurações, nunca os seus check-ins ou notas.
    - `/haven export` entrega tudo para você; `/haven delete` ou `/haven consent withdraw` apaga tudo.
    Se você estiver em crise agora, use `/crisis`.
consent-stores-zone = o seu fuso horário
consent-stores-list = { $first } e { $last }
consent-first-one = Antes, uma palavra sobre privacidade — depois eu faço isso para você.
consent-first-many = Antes, uma palavra sobre privacidade — depois eu faço isto, em ordem: { $waiting } (até { $limit } podem esperar).
consent-first-full = Antes, uma palavra sobre privacidade. { $limit ->
        [one] { $limit } comando já espera
        [many] { $limit } de comandos já esperam
       *[other] { $limit } comandos já esperam
    } a sua resposta ({ $waiting }), então não vou guardar /{ $command } — use de novo depois de aceitar.
consent-status-agreed = Você aceitou o aviso v{ $version }.
consent-status-not-agreed = Você ainda não aceitou, então o Haven não guarda nada sobre você.
consent-agreed = Obrigado — você está dentro. Tudo o que você compartilhar fica privado, a menos que você escolha outra coisa.
consent-already-in = Você já está dentro — obrigado.
consent-resumed = Fazendo agora o que você pediu, em ordem: { $commands }.
consent-lapsed = Não foi feito, porque você pediu há mais de { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } de minutos
       *[other] { $minutes } minutos
    } — use de novo: { $commands }.
consent-zone-tip = Dica: defina o seu fuso horário para os dias contarem a partir da sua meia-noite: `{ $example }`
consent-declined = Tudo bem — o Haven não guarda nada sobre você. `/help` e `/crisis` continuam funcionando, e você pode aceitar depois com `/haven consent agree`.
consent-declined-dropped = Então eu não fiz { $commands }.
consent-nothing-to-erase = Você não tinha aceitado, então não há nada seu para apagar.
consent-withdraw-lead = Retirar o seu consentimento apaga tudo o que o Haven guarda sobre você aqui.

## A pergunta do fuso horário (bot/zone_question.py).
zone-question = Antes, uma coisa: em que fuso horário você está? Os seus dias e lembretes contam nele.
zone-question-suggested = O seu perfil diz **{ $zone }** — toque abaixo para usar, ou digite o seu:
zone-use-button = Usar { $zone }
zone-question-type = Digite o seu, por exemplo:
zone-question-then = Depois eu faço o que você pediu.
zone-from-profile = Estou usando { $zone }, do seu perfil no { $platform } — `/haven timezone` para mudar.

## Recusas do próprio motor (bot/app.py).
refusal-moderators-only = /{ $command } é para a moderação. Se você ajuda a cuidar desta comunidade, peça a quem administra para te dar o cargo de moderação (`/mod role`).
refusal-cog-off = { $cog } está desativado nesta comunidade.
refusal-button-moderators-only = Esse botão é para a moderação.

## Quando o próprio Haven falha (bot/app.py, bot/storage.py).
storage-away = O Haven não consegue acessar o armazenamento agora; nada foi perdido. Tente de novo em alguns minutos. (`/crisis` e `/sos` funcionam do mesmo jeito.)
error-failure = Algo deu errado do lado do Haven, e nada foi alterado. Tente de novo daqui a pouco. (referência { $ref })

## As primeiras linhas da aba Início do Slack (adapters/slack/app.py).
slack-home-intro = **Haven** — apoio entre pares, em particular. `/help` mostra tudo.
slack-home-consent = O Haven não guarda nada sobre você até você aceitar um breve aviso de privacidade. Use `/haven consent` para ler.

## Ler as opções de um comando (bot/options.py, bot/parsing.py). O que se digita fica igual (today, yes, no, YYYY-MM-DD, HH:MM).
option-text-empty = { $option }: falta um pouco de texto
option-text-too-long = { $option }: são { $count ->
        [one] { $count } caractere
        [many] { $count } de caracteres
       *[other] { $count } caracteres
    }; o máximo é { $most }
option-not-whole-number = { $option }: { $value } não é um número inteiro
option-number-below = { $option }: { $value } é menor que { $least }; use { $range }
option-number-above = { $option }: { $value } é maior que { $most }; use { $range }
option-not-a-date = { $option }: { $value } não é uma data; escreva como YYYY-MM-DD, ou today
option-not-a-calendar-day = { $option }: { $value } não é um dia do calendário
option-date-too-early = { $option }: { $date } é anterior a { $earliest }
option-date-in-future = { $option }: { $date } está no futuro (hoje é { $today } em { $zone })
option-date-passed = { $option }: { $date } já passou
option-not-a-time = { $option }: { $value } não é um horário; escreva como HH:MM, por exemplo { $example }
option-not-a-time-of-day = { $option }: { $value } não é um horário do dia (de 00:00 a 23:59)
option-not-a-choice = { $option }: { $value } não é uma destas opções: { $choices }
option-not-yes-no = { $option }: { $value } não é yes nem no
option-not-a-member = { $option }: { $value } não é um membro; mencione a pessoa, por exemplo { $example }
option-not-a-channel = { $option }: { $value } não é um canal; escreva, por exemplo, { $example }
option-list-empty-item = { $option }: { $value } tem um item vazio; separe os itens com vírgulas
option-list-too-many = { $option }: são { $count ->
        [one] { $count } item
        [many] { $count } de itens
       *[other] { $count } itens
    }; o máximo é { $most }
option-none-fits = { $option }: { $value } não é { $accepted }
option-reason = { $option }: { $reason }
parse-quote-not-closed = há aspas sem fechar; coloque um { $quote } de fechamento
parse-too-long = são { $count } caracteres; um comando aceita no máximo { $most }
parse-given-twice = { $name }: aparece duas vezes
parse-not-an-option = { $name }: não é uma opção deste comando
parse-not-an-option-known = { $name }: não é uma opção deste comando; este comando aceita { $known }
parse-word-too-many = { $word } é uma palavra a mais
parse-missing = falta { $usage }

## Um fuso horário que não é um lugar (bot/zones.py). Os nomes dos fusos ficam iguais.
zone-fixed-offset = { $value } é um deslocamento fixo, não um lugar: não acompanharia o horário de verão. Você quis dizer { $places }?
zone-offset-places = { $value } é um deslocamento fixo, não um lugar: não acompanharia o horário de verão. Lugares com esse deslocamento hoje: { $places }
zone-offset-nowhere = { $value } é um deslocamento fixo, não um lugar, e nenhum lugar está nele hoje. Escreva o fuso do seu lugar, por exemplo Europe/Helsinki ou America/New_York.
zone-not-a-name = { $value } não é um nome de fuso horário como Europe/Helsinki ou America/New_York.
zone-not-a-name-did-you-mean = { $value } não é um nome de fuso horário como Europe/Helsinki ou America/New_York. Você quis dizer { $places }?

## Um comando, botão ou formulário que o Haven não conhece (bot/app.py).
unknown-command = Não conheço o comando /{ $command }. Tente `/help`.
unknown-command-in-group = Não conheço o comando /{ $command }.
unknown-command-group = Comandos de /{ $group }:
unknown-command-line = `{ $usage }` — { $help }
unknown-command-off = /{ $group } está desativado neste Haven. Tente `/help`.
unknown-button = Esse botão não faz mais nada. Use o comando de novo.
unknown-form = Esse formulário expirou. Use o comando de novo para abrir um novo.

error-too-soon = Você chegou ao limite por enquanto; pode tentar de novo { $wait }.

# A tela de bloqueio de um membro discreto: nada sobre recuperação nem apoio.
private-notice = Você tem uma mensagem privada de { $name }

## Horário de silêncio digitado errado (bot/quiet.py), depois do nome da opção.
quiet-hours-shape = o horário de silêncio se escreve assim: `{ $example }` (de-até, relógio de 24 horas)
quiet-hours-range = as horas vão de 00 a 23 e os minutos de 00 a 59
quiet-hours-same = o horário de silêncio precisa começar e terminar em horários diferentes

## Respostas de um formulário que não servem (bot/forms.py): uma frase cada.
## $field é o nome do campo como o cog o diz (entre aspas, “Humor”); $low,
## $high, $most, $count são números; $choices uma lista; $wrong a escolha da
## pessoa. yes e no são o que um formulário digitado aceita.
form-needed = O campo { $field } precisa de uma resposta.
form-whole-number = O campo { $field } deve ser um número inteiro.
form-whole-number-between = O campo { $field } deve ser um número inteiro de { $low } a { $high }.
form-whole-number-at-least = O campo { $field } deve ser um número inteiro, no mínimo { $low }.
form-whole-number-at-most = O campo { $field } deve ser um número inteiro, no máximo { $high }.
form-between = O campo { $field } deve ser de { $low } a { $high }.
form-at-least = O campo { $field } deve ser no mínimo { $low }.
form-at-most = O campo { $field } deve ser no máximo { $high }.
form-yes-or-no = O campo { $field } deve ser yes ou no.
form-too-many-picks = O campo { $field } aceita no máximo { $most } das opções oferecidas.
form-not-a-choice = O campo { $field } pode ser { $choices }; “{ $wrong }” não é uma delas.
form-among-choices = O campo { $field } deve estar entre as opções oferecidas.
form-one-of = O campo { $field } deve ser { $choices }.
form-one-of-offered = O campo { $field } deve ser uma das opções oferecidas.
form-too-long = O campo { $field } aceita no máximo { $most ->
        [one] { $most } caractere
        [many] { $most } de caracteres
       *[other] { $most } caracteres
    }; você escreveu { $count }.
form-problems-heading = Algumas respostas precisam de outra olhada:
form-try-again = Tentar de novo
form-problems = O formulário tem problemas:
