"""Where: an offline gazetteer, event location from the parse, and places from the story."""

from .gazetteer import Gazetteer, InMemoryGazetteer, Place, geonames_gazetteer
from .geoparse import geoparse
from .locate import document_location, locate_event
from .story import place_from_story

__all__ = [
    "Gazetteer",
    "InMemoryGazetteer",
    "Place",
    "document_location",
    "geonames_gazetteer",
    "geoparse",
    "locate_event",
    "place_from_story",
]
