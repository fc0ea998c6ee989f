## Lo que el aviso de privacidad dice que guarda este cog, en mitad de una frase.
sober-privacy = fechas de sobriedad
