## O que o aviso de privacidade diz que este cog guarda, no meio de uma frase.
checkins-privacy = check-ins
