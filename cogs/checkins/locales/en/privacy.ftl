## What the privacy notice says this cog stores (Cog.privacy), mid-sentence.
checkins-privacy = check-ins
