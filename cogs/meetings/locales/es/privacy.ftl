## Lo que el aviso de privacidad dice que guarda este cog, en mitad de una frase.
meetings-privacy = confirmaciones de asistencia a reuniones
