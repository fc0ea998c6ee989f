## Was der Datenschutzhinweis über die Daten dieses Cogs sagt, mitten im Satz.
accountability-privacy = Partnerschaften
