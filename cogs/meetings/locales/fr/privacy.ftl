## Ce que l'avis de confidentialité dit que ce cog garde, en milieu de phrase.
meetings-privacy = réponses aux réunions
