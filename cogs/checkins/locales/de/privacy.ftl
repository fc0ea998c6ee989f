## Was der Datenschutzhinweis über die Daten dieses Cogs sagt, mitten im Satz.
checkins-privacy = Check-ins
