"""PLOVER and CAMEO as data: types, modes, CAMEO labels, Goldstein weights, quad classes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataError
from ..resources import data_table
from ..schema import PLOVER_TYPES


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class PloverType:
    event_type: str
    quad_class: int
    default_cameo: str
    description: str


class Ontology:
    def __init__(
        self,
        cameo: dict[str, CameoCode],
        plover: dict[str, PloverType],
        modes: dict[tuple[str, str], str],
        conventions: dict[str, tuple[str, str | None]] | None = None,
    ) -> None:
        self.cameo = cameo
        self.plover = plover
        self.modes = modes  # (event_type, mode) -> CAMEO code
        self.conventions = conventions or {}  # CAMEO code -> the table's (type, mode)

    def by_table(self, event_type: str, mode: str | None, cameo: str) -> tuple[str, str | None]:
        """The type and mode the CAMEO->PLOVER table gives an act the lexicon codes by the
        codebook (data/conventions.tsv): a conviction, CAMEO 116, is ACCUSE, sanctions,
        163, COERCE. Any other act keeps its own."""
        for length in (len(cameo), 3):
            found = self.conventions.get(cameo[:length])
            if found is not None:
                return found
        return event_type, mode

    def cameo_info(self, code: str) -> CameoCode:
        """The entry for ``code``, or for its nearest listed parent (4 -> 3 -> 2 digits)."""
        for length in (len(code), 3, 2):
            entry = self.cameo.get(code[:length])
            if entry is not None:
                return entry
        raise DataError(f"unknown CAMEO code {code!r}")

    def is_mode(self, event_type: str, mode: str) -> bool:
        return (event_type, mode) in self.modes


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    cameo = {
        r["code"]: CameoCode(r["code"], r["label"], float(r["goldstein"]), int(r["quad_class"]))
        for r in data_table("cameo.tsv")
    }
    plover = {}
    for r in data_table("plover.tsv"):
        if r["event_type"] not in PLOVER_TYPES:
            raise DataError(f"plover.tsv: unknown event type {r['event_type']!r}")
        plover[r["event_type"]] = PloverType(
            r["event_type"], int(r["quad_class"]), r["default_cameo"], r["description"]
        )
    missing = set(PLOVER_TYPES) - set(plover)
    if missing:
        raise DataError(f"plover.tsv lacks {sorted(missing)}")
    modes = {(r["event_type"], r["mode"]): r["cameo"] for r in data_table("plover_modes.tsv")}
    conventions = {
        r["cameo"]: (r["event_type"], r["mode"] or None) for r in data_table("conventions.tsv")
    }
    for code, (event_type, mode) in conventions.items():
        if event_type not in PLOVER_TYPES or (mode and (event_type, mode) not in modes):
            raise DataError(f"conventions.tsv: {code}: unknown type or mode {event_type} {mode}")
    onto = Ontology(cameo, plover, modes, conventions)
    for t in plover.values():
        onto.cameo_info(t.default_cameo)
    return onto
