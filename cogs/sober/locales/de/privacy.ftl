## Was der Datenschutzhinweis über die Daten dieses Cogs sagt, mitten im Satz.
sober-privacy = deine Nüchternheitsdaten
