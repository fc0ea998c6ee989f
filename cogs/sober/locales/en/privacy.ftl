## What the privacy notice says this cog stores (Cog.privacy), mid-sentence.
sober-privacy = sober dates
