## /haven timezone, /haven export y /haven delete (cogs/me.py). Tuteo.

cmd-haven-timezone-description = Elige tu zona horaria (los días y recordatorios la siguen)
cmd-haven-timezone-zone-description = un nombre de zona IANA
cmd-haven-export-description = Recibe todos tus datos en un archivo JSON, en privado
cmd-haven-delete-description = Borra todo lo tuyo en esta comunidad

me-zone-button-gone = Ese botón ya no funciona. Escribe tu zona: `{ $example }`
me-zone-set = Tu zona horaria ahora es **{ $zone }**: allí son las { $time } del { $weekday } { $day } de { $month }. Los días y recordatorios la siguen.{ $resume ->
        [yes] {" "}Ahora, lo que pediste:
       *[no] {""}
    }

me-export-warning = Tu exportación incluye tus notas privadas. En algunos planes, quienes administran el espacio de trabajo de Slack pueden exportar los archivos de los mensajes directos. ¿Te la envío con tus notas, o con cada nota sustituida por «{ $withheld }»?
me-export-with-notes = Enviar con notas
me-export-without-notes = Enviar sin notas
me-export-button-gone = Ese botón ya no hace nada. Vuelve a probar `/haven export`.
me-export-ready = Aquí tienes todo lo que Haven guarda sobre ti en esta comunidad. Solo tú lo ves.
me-export-ready-withheld = Aquí tienes todo lo que Haven guarda sobre ti en esta comunidad. Solo tú lo ves. Tus notas aparecen sustituidas por «{ $withheld }».
