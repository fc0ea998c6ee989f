## Lo que el aviso de privacidad dice que guarda este cog, en mitad de una frase.
checkins-privacy = registros diarios
