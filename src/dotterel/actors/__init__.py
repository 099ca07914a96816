"""Actors: recognise who and whom, and resolve them to codes."""

from .knowledge import ActorKnowledge, builtin_knowledge
from .resolve import ActorResolver, Phrase, phrase_for

__all__ = ["ActorKnowledge", "ActorResolver", "Phrase", "builtin_knowledge", "phrase_for"]
