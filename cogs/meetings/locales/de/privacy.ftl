## Was der Datenschutzhinweis über die Daten dieses Cogs sagt, mitten im Satz.
meetings-privacy = Zusagen zu Treffen
