"""Dyads over time: counts by quad class and Goldstein sums per actor pair and period.

An actor is keyed at one of three levels:

| level | key | example |
|---|---|---|
| country | the actor's country (ISO3, or IGO/NGO/IMG/MNC) | IRQ |
| sector | country + primary sector, i.e. the actor code | IRQGOV |
| actor | the actor code, else the name as written | IRQGOV, name:abu musab al-zarqawi |

A period is a day (YYYY-MM-DD), an ISO week (the Monday, YYYY-MM-DD), a month (YYYY-MM) or
a year (YYYY). An event dated less precisely than the period (a month-dated event in a daily
series) cannot be placed in it and is left out of that series, never spread or guessed;
``dyads`` reports how many were left out in ``frame.attrs["undated"]``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pandas as pd

from .dedup import actor_key

LEVELS = ("country", "sector", "actor")
PERIODS = ("day", "week", "month", "year")
QUAD_COLUMNS = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}
DYAD_COLUMNS = [
    "period",
    "source",
    "target",
    "events",
    "mentions",
    *QUAD_COLUMNS.values(),
    "goldstein_sum",
    "goldstein_mean",
]


def period_of(value: Any, period: str, precision: Any = None) -> str | None:
    """The period label of a (possibly partial) date, or None if the date is too coarse.
    A decade is written as its first year ("1980"), so ``precision`` tells it from a year."""
    if not isinstance(value, str) or not value or precision == "decade":
        return None
    if period == "year":
        return value[:4] if len(value) >= 4 and value[:4].isdigit() else None
    if period == "month":
        return value[:7] if len(value) >= 7 else None
    if len(value) != 10:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    if period == "day":
        return value
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")


def actor_at(row: dict[str, Any], side: str, level: str) -> str:
    """The actor's key at ``level``, or "" when the actor is unknown at that level."""
    code = row.get(f"{side}_code")
    country = row.get(f"{side}_country")
    if level == "country":
        return country if isinstance(country, str) and country else ""
    if level == "sector":
        # "---REB" has no country: it belongs to no country-sector dyad.
        if isinstance(code, str) and code and not code.startswith("---"):
            return code.upper()
        return ""
    if level == "actor":
        return actor_key(code, row.get(f"{side}_name"), row.get(f"{side}_text"))
    raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")


def _keyed(events: pd.DataFrame, level: str, period: str) -> pd.DataFrame:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")
    rows = events.to_dict("records")
    mentions = events["num_mentions"] if "num_mentions" in events else pd.Series(1, events.index)
    return pd.DataFrame(
        {
            "period": [period_of(r.get("date"), period, r.get("date_precision")) for r in rows],
            "source": [actor_at(r, "source", level) for r in rows],
            "target": [actor_at(r, "target", level) for r in rows],
            "quad_class": events["quad_class"].to_numpy(),
            "goldstein": events["goldstein"].astype("float64").to_numpy(),
            "mentions": mentions.fillna(1).astype("int64").to_numpy(),
        }
    )


def dyads(events: pd.DataFrame, level: str = "country", period: str = "month") -> pd.DataFrame:
    """One row per (period, source, target) with event counts by quad class and Goldstein
    sum and mean. Pass deduplicated groups to count real-world events once each."""
    keyed = _keyed(events, level, period)
    has_pair = (keyed["source"] != "") & (keyed["target"] != "")
    undated = int((has_pair & keyed["period"].isna()).sum())
    keyed = keyed[has_pair & keyed["period"].notna()]
    if not len(keyed):
        frame = pd.DataFrame(columns=DYAD_COLUMNS)
        frame.attrs["undated"] = undated
        return frame
    for quad, name in QUAD_COLUMNS.items():
        keyed[name] = (keyed["quad_class"] == quad).astype("int64")
    grouped = keyed.groupby(["period", "source", "target"], sort=True)
    frame = grouped.agg(
        events=("quad_class", "size"),
        mentions=("mentions", "sum"),
        **{name: (name, "sum") for name in QUAD_COLUMNS.values()},
        goldstein_sum=("goldstein", "sum"),
        goldstein_mean=("goldstein", "mean"),
    ).reset_index()
    frame["goldstein_sum"] = frame["goldstein_sum"].round(3)
    frame["goldstein_mean"] = frame["goldstein_mean"].round(3)
    frame = frame[DYAD_COLUMNS]
    frame.attrs["undated"] = undated
    return frame


def partners(
    events: pd.DataFrame, actor: str, level: str = "country", top: int = 10
) -> pd.DataFrame:
    """An actor's top partners in either direction: events, quad counts, mean Goldstein."""
    keyed = _keyed(events, level, "year")
    key = actor.upper() if level != "actor" else actor
    out = keyed[(keyed["source"] == key) & (keyed["target"] != "")].assign(
        partner=lambda f: f["target"], direction="out"
    )
    inc = keyed[(keyed["target"] == key) & (keyed["source"] != "")].assign(
        partner=lambda f: f["source"], direction="in"
    )
    both = pd.concat([out, inc], ignore_index=True)
    both = both[both["partner"] != key]
    columns = ["partner", "events", "sent", "received", *QUAD_COLUMNS.values(), "goldstein_mean"]
    if not len(both):
        return pd.DataFrame(columns=columns)
    for quad, name in QUAD_COLUMNS.items():
        both[name] = (both["quad_class"] == quad).astype("int64")
    both["sent"] = (both["direction"] == "out").astype("int64")
    both["received"] = (both["direction"] == "in").astype("int64")
    frame = (
        both.groupby("partner")
        .agg(
            events=("quad_class", "size"),
            sent=("sent", "sum"),
            received=("received", "sum"),
            **{name: (name, "sum") for name in QUAD_COLUMNS.values()},
            goldstein_mean=("goldstein", "mean"),
        )
        .reset_index()
    )
    frame["goldstein_mean"] = frame["goldstein_mean"].round(3)
    frame = frame.sort_values(["events", "partner"], ascending=[False, True]).head(top)
    return frame[columns].reset_index(drop=True)


def cooperation_index(
    events: pd.DataFrame, actor: str, level: str = "country", period: str = "month"
) -> pd.DataFrame:
    """An actor's cooperation-conflict index per period, over events it sends or receives.

    ``index = (cooperation - conflict) / (cooperation + conflict)``, in [-1, 1], where
    cooperation counts quad classes 1-2 and conflict 3-4; ``goldstein_mean`` is given beside it.
    """
    keyed = _keyed(events, level, period)
    key = actor.upper() if level != "actor" else actor
    mine = keyed[((keyed["source"] == key) | (keyed["target"] == key)) & keyed["period"].notna()]
    columns = ["period", "events", "cooperation", "conflict", "index", "goldstein_mean"]
    if not len(mine):
        return pd.DataFrame(columns=columns)
    mine = mine.assign(
        cooperation=mine["quad_class"].isin([1, 2]).astype("int64"),
        conflict=mine["quad_class"].isin([3, 4]).astype("int64"),
    )
    frame = (
        mine.groupby("period", sort=True)
        .agg(
            events=("quad_class", "size"),
            cooperation=("cooperation", "sum"),
            conflict=("conflict", "sum"),
            goldstein_mean=("goldstein", "mean"),
        )
        .reset_index()
    )
    total = frame["cooperation"] + frame["conflict"]
    frame["index"] = ((frame["cooperation"] - frame["conflict"]) / total.where(total > 0)).round(3)
    frame["goldstein_mean"] = frame["goldstein_mean"].round(3)
    return frame[columns]
