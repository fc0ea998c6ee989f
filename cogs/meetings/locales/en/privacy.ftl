## What the privacy notice says this cog stores (Cog.privacy), mid-sentence.
meetings-privacy = meeting RSVPs
