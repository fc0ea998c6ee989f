## O que o aviso de privacidade diz que este cog guarda, no meio de uma frase.
accountability-privacy = parcerias de apoio
