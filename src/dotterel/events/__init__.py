"""Events: trigger lexicon, ontology and the dependency-based coder."""

from .coder import CodedEvent, EventCoder
from .lexicon import EventLexicon, Sense, lexicon
from .ontology import Ontology, ontology

__all__ = ["CodedEvent", "EventCoder", "EventLexicon", "Ontology", "Sense", "lexicon", "ontology"]
