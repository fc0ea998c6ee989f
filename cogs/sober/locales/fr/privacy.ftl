## Ce que l'avis de confidentialité dit que ce cog garde, en milieu de phrase.
sober-privacy = dates de sobriété
