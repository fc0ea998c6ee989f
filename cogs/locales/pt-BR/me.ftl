## /haven timezone, /haven export e /haven delete (cogs/me.py). Tratamento: você.

cmd-haven-timezone-description = Defina o seu fuso horário (os dias e lembretes seguem ele)
cmd-haven-timezone-zone-description = um nome de fuso IANA
cmd-haven-export-description = Receba todos os seus dados em um arquivo JSON, em particular
cmd-haven-delete-description = Apague tudo sobre você nesta comunidade

me-zone-button-gone = Esse botão não funciona mais. Digite o seu fuso: `{ $example }`
me-zone-set = O seu fuso horário agora é **{ $zone }**: lá são { $time } de { $weekday }, { $day } de { $month }. Os dias e lembretes seguem ele.{ $resume ->
        [yes] {" "}Agora, o que você pediu:
       *[no] {""}
    }

me-export-warning = A sua exportação inclui as suas notas privadas. Em alguns planos, quem administra o espaço de trabalho do Slack pode exportar os arquivos das mensagens diretas. Enviar com as suas notas, ou com cada nota trocada por “{ $withheld }”?
me-export-with-notes = Enviar com notas
me-export-without-notes = Enviar sem notas
me-export-button-gone = Esse botão não faz mais nada. Tente `/haven export` de novo.
me-export-ready = Aqui está tudo o que o Haven guarda sobre você nesta comunidade. Só você vê isto.
me-export-ready-withheld = Aqui está tudo o que o Haven guarda sobre você nesta comunidade. Só você vê isto. As suas notas foram trocadas por “{ $withheld }”.
