"""Datelines: the place (and often the date) a wire story was filed from, at its start.

"MANILA (Reuters) -", "AMMAN, Jordan, March 3 -", "Bujumbura, 26 July (AFP) -". The sentence
splitter ends a sentence after one, and the geoparser reads its place.
"""

from __future__ import annotations

import re

# "MANILA (Reuters) -", "AMMAN, Jordan, March 3 -", "PORT-AU-PRINCE, Haiti (AP) --": the
# place a story was filed from opens its text in capitals, which NER often misses. In title
# case ("Bujumbura, 26 July (AFP) -") a date or an agency must follow before the dash. Use
# with ``match`` (anchored where it starts), never ``search``.
DATELINE_PLACE = re.compile(
    r"\s*(?P<name>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:,\s*(?P<within>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"(?=\s*(?:,|\(|[-\u2013\u2014]{1,2}\s))"
    r"|\s*(?P<title>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<title_within>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"(?=(?:,\s*(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2}))?\s*\([A-Z][A-Za-z. ]{1,20}\)\s*[-\u2013\u2014]{1,2}\s"
    r"|,\s*(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2})\s*[-\u2013\u2014]{1,2}\s"
    # "Herat, Afghanistan - ": no date nor agency, but the place it is in
    r"|(?(title_within)\s*[-\u2013\u2014]{1,2}\s|(?!)))"
)
MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
