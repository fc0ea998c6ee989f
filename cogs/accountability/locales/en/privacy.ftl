## What the privacy notice says this cog stores (Cog.privacy), mid-sentence.
accountability-privacy = partners
