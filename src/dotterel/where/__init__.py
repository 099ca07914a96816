"""Where: an offline gazetteer and event location from the parse."""

from .gazetteer import Gazetteer, InMemoryGazetteer, Place, geonames_gazetteer
from .geoparse import geoparse
from .locate import document_location, locate_event

__all__ = [
    "Gazetteer",
    "InMemoryGazetteer",
    "Place",
    "document_location",
    "geonames_gazetteer",
    "geoparse",
    "locate_event",
]
