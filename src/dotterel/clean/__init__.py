"""Cleaning: boilerplate, broken paragraphs, punctuation, with offsets kept."""

from .text import CleanText, clean_text

__all__ = ["CleanText", "clean_text"]
