"""Accountability: partners by mutual consent, matched pods with private
spaces, and /sos."""

from .cog import Accountability

COG = Accountability

__all__ = ["COG", "Accountability"]
