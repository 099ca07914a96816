"""The report: one self-contained HTML page of figures and tables, and PNGs for papers.

    >>> report = build_report(dotterel.open("dotterel.duckdb"))
    >>> Path("report.html").write_text(report.to_html())
    >>> report.write_pngs("figures")            # timeline.png, dyads.png, ... at 300 dpi

Figures (matplotlib, drawn on ``Figure`` objects with the Agg canvas, never pyplot, so no
global state is touched and reports can be built in threads):

| name | what |
|---|---|
| timeline | deduplicated events per period, stacked by quad class |
| dyads | the top country dyads (undirected, both directions pooled): mean Goldstein and events per period |
| network | the actor graph: node size by PageRank, edge colour by sign, width by events |
| map | event places sized by events and coloured by quad class, over country outlines |

A figure with nothing to draw (no dated event, no dyad, no located event) is left out and
the report says why; a store with no events at all is an error. The page makes no request
of any kind: images are data URIs, the style is inline, outlines come from the ``countryinfo``
package, and a Content-Security-Policy forbids anything else. The same store gives the same
bytes: PNGs carry no software or date metadata, layouts use a fixed seed, rows are sorted.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.patheffects import withStroke

from .. import __version__
from ..errors import DotterelError
from .dyads import PERIODS, actor_at, period_of
from .network import centralities

if TYPE_CHECKING:
    from ..dataset import Dataset

log = logging.getLogger(__name__)

#: Quad class -> (label, colour). Okabe-Ito colours, safe for colour-blind readers:
#: cooperation in blues, conflict in orange and vermillion.
QUADS: dict[int, tuple[str, str]] = {
    1: ("verbal cooperation", "#56B4E9"),
    2: ("material cooperation", "#0072B2"),
    3: ("verbal conflict", "#E69F00"),
    4: ("material conflict", "#D55E00"),
}
COOP_COLOUR, CONFLICT_COLOUR, NEUTRAL_COLOUR = "#0072B2", "#D55E00", "#999999"
FIGURE_NAMES = ("timeline", "dyads", "network", "map")
SCREEN_DPI = 130  # the page's images: 10-inch figures are 1300 px wide
PAPER_DPI = 300
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}
# Codes that name no country but stand where a country does (CAMEO).
_NON_COUNTRIES = {
    "IGO": "intergovernmental org.",
    "NGO": "non-governmental org.",
    "IMG": "international militarized group",
    "MNC": "multinational corporation",
}


@dataclass
class ReportFigure:
    """One figure: its title, caption, the matplotlib Figure and its PNG for the page."""

    name: str
    title: str
    caption: str
    figure: Figure
    png: bytes  # at SCREEN_DPI

    def render(self, dpi: int = PAPER_DPI) -> bytes:
        return _png(self.figure, dpi)


@dataclass
class ReportTable:
    """One table: a DataFrame, shown in the page with its title and note."""

    name: str
    title: str
    frame: pd.DataFrame
    note: str = ""
    decimals: dict[str, int] = field(default_factory=dict)  # column -> decimals shown


@dataclass
class Report:
    """The figures and tables of a store; ``to_html`` and ``write_pngs`` write them out."""

    title: str
    subtitle: str
    figures: dict[str, ReportFigure] = field(default_factory=dict)
    tables: dict[str, ReportTable] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # why a figure is missing

    def png(self, name: str) -> bytes:
        return self.figures[name].png

    def write_pngs(self, folder: str | Path, dpi: int = PAPER_DPI) -> list[Path]:
        """Write each figure as ``<folder>/<name>.png`` at ``dpi``; returns the paths."""
        out = Path(folder)
        try:
            out.mkdir(parents=True, exist_ok=True)
            paths = []
            for name, fig in self.figures.items():
                path = out / f"{name}.png"
                path.write_bytes(fig.render(dpi))
                paths.append(path)
        except OSError as exc:
            raise DotterelError(f"{out}: cannot write figures: {exc}") from exc
        return paths

    def write_html(self, path: str | Path) -> Path:
        target = Path(path)
        try:
            target.write_text(self.to_html(), encoding="utf-8")
        except OSError as exc:
            raise DotterelError(f"{target}: cannot write report: {exc}") from exc
        return target

    def to_html(self) -> str:
        """The whole report as one HTML page with no external reference of any kind."""
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            # Enforces the offline promise in the browser: only inline style and data images.
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "img-src data:; style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_esc(self.title)}</title>",
            f"<style>{_CSS}</style>",
            "</head><body><main>",
            f"<h1>{_esc(self.title)}</h1>",
            f'<p class="sub">{_esc(self.subtitle)}</p>',
        ]
        toc = [(t.name, t.title) for t in self.tables.values() if t.name == "overview"]
        toc += [(f.name, f.title) for f in self.figures.values()]
        toc += [(t.name, t.title) for t in self.tables.values() if t.name != "overview"]
        parts.append(
            '<nav><ul class="toc">'
            + "".join(f'<li><a href="#{_esc(n)}">{_esc(t)}</a></li>' for n, t in toc)
            + "</ul></nav>"
        )
        if "overview" in self.tables:
            parts.append(_table_html(self.tables["overview"]))
        for note in self.notes:
            parts.append(f'<p class="note">{_esc(note)}</p>')
        for fig in self.figures.values():
            data = base64.b64encode(fig.png).decode("ascii")
            parts.append(
                f'<section id="{_esc(fig.name)}"><h2>{_esc(fig.title)}</h2><figure>'
                f'<img src="data:image/png;base64,{data}" alt="{_esc(fig.title)}">'
                f"<figcaption>{_esc(fig.caption)}</figcaption></figure></section>"
            )
        for table in self.tables.values():
            if table.name != "overview":
                parts.append(_table_html(table))
        parts.append(
            f"<footer>Made by dotterel {_esc(__version__)}. This page loads nothing from the "
            "network: figures are embedded images.</footer>"
        )
        parts.append("</main></body></html>")
        return "\n".join(parts) + "\n"


# --- Building ---------------------------------------------------------------------------


def build_report(
    dataset: Dataset, title: str | None = None, top_dyads: int = 6, top_nodes: int = 30
) -> Report:
    """Compute every figure and table of the report from a ``dotterel.Dataset``.

    ``top_dyads`` pairs get a panel in the dyads figure and ``top_nodes`` actors (by
    PageRank) are drawn in the network. Raises ``DotterelError`` when the store holds no
    events.
    """
    groups = _pandas(dataset.groups())
    if not len(groups):
        raise DotterelError("no events: code some articles first")
    mentions = _pandas(dataset.mentions())
    documents = _pandas(dataset.documents())
    store_name = Path(dataset.store.path).name
    report = Report(
        title=title or f"Event data report: {store_name}",
        subtitle=(
            f"{len(documents)} articles, {len(mentions)} event mentions, "
            f"{len(groups)} events after deduplication."
        ),
    )
    # Computed once, shared by figures and tables.
    window = _window(groups)
    pairs = _pairs(groups, "country")
    level, graph = _network_graph(dataset)

    report.tables["overview"] = _overview(groups, mentions, documents, window)
    built: dict[str, ReportFigure | str] = {
        "timeline": _timeline(groups, window),
        "dyads": _dyad_figure(groups, pairs, window, top_dyads),
        "network": _network_figure(level, graph, top_nodes),
        "map": _map_figure(groups),
    }
    for name in FIGURE_NAMES:
        figure = built[name]
        if isinstance(figure, str):
            log.info("report: no %s figure: %s", name, figure)
            report.notes.append(figure)
        else:
            report.figures[name] = figure
    report.tables["event_types"] = _event_types(groups)
    report.tables["actors"] = _actors(level, graph)
    report.tables["dyads"] = _dyad_table(pairs)
    report.tables["reported"] = _most_reported(groups, mentions)
    return report


def _pandas(frame: Any) -> pd.DataFrame:
    """The Dataset may use the polars backend; the report works on pandas."""
    if isinstance(frame, pd.DataFrame):
        return frame
    converted: pd.DataFrame = frame.to_pandas()
    return converted


# --- Periods ----------------------------------------------------------------------------


def _first_day(value: Any, precision: Any) -> date | None:
    """The first day a (possibly partial) date covers; None for undated or decade dates."""
    if not isinstance(value, str) or not value or precision == "decade":
        return None
    try:
        if len(value) == 4:
            return date(int(value), 1, 1)
        if len(value) == 7:
            return date.fromisoformat(value + "-01")
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def choose_period(first: date, last: date, max_periods: int) -> str:
    """The finest period (day, week, month, year) that spans first..last in at most
    ``max_periods`` bins: a few weeks of news are read by day, a decade by year."""
    days = (last - first).days + 1
    if days <= max_periods:
        return "day"
    if math.ceil(days / 7) <= max_periods:
        return "week"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= max_periods:
        return "month"
    return "year"


@dataclass(frozen=True)
class _Window:
    """The dates the time figures show: all of them, or the central 98% when there are
    100 dated events or more, so that a few mentions of 1950 in news of the 2010s do not
    squeeze the decade into a corner (the captions count what is left outside)."""

    first: date
    last: date
    trimmed: bool


def _window(groups: pd.DataFrame) -> _Window | None:
    days = sorted(
        d for d in map(_first_day, groups["date"], groups["date_precision"]) if d is not None
    )
    if not days:
        return None
    cut = len(days) // 100 if len(days) >= 100 else 0
    first, last = days[cut], days[len(days) - 1 - cut]
    return _Window(first, last, (first, last) != (days[0], days[-1]))


def _period_start(label: str, period: str) -> date:
    if period == "year":
        return date(int(label), 1, 1)
    if period == "month":
        return date.fromisoformat(label + "-01")
    return date.fromisoformat(label)


def _bounds(window: _Window, period: str) -> tuple[date, date]:
    """The first days of the window's first and last periods."""
    first, last = (
        period_of(window.first.isoformat(), period),
        period_of(window.last.isoformat(), period),
    )
    assert first is not None and last is not None  # full dates always have a period
    return _period_start(first, period), _period_start(last, period)


def _placed(frame: pd.DataFrame, period: str, window: _Window) -> tuple[pd.Series, dict[str, int]]:
    """Each row's period inside the window (None when it cannot be plotted), and how many
    rows were left out: undated, dated too coarsely for the period, or outside the window."""
    lo, hi = _bounds(window, period)
    labels: list[str | None] = []
    counts = {"undated": 0, "coarse": 0, "before": 0, "after": 0}
    for value, precision in zip(frame["date"], frame["date_precision"], strict=True):
        # A decade is written like a year ("1980"): never place it in a year.
        label = None if precision == "decade" else period_of(value, period)
        if label is None:
            counts["undated" if not isinstance(value, str) or not value else "coarse"] += 1
        elif _period_start(label, period) < lo:
            counts["before"] += 1
            label = None
        elif _period_start(label, period) > hi:
            counts["after"] += 1
            label = None
        labels.append(label)
    return pd.Series(labels, index=frame.index, dtype="object"), counts


def _fit_period(
    frame: pd.DataFrame, window: _Window, max_periods: int
) -> tuple[str, pd.Series, dict[str, int]]:
    """The period for the window's span, made coarser while fewer than half of the dated
    rows fit in one (news dated mostly by month is not drawn by day)."""
    start = PERIODS.index(choose_period(window.first, window.last, max_periods))
    for period in PERIODS[start:]:
        labels, left_out = _placed(frame, period, window)
        dated = len(frame) - left_out["undated"]
        if period == "year" or 2 * left_out["coarse"] < dated:
            return period, labels, left_out
    raise AssertionError("unreachable: the loop ends at year")


def _left_out(counts: dict[str, int], period: str, window: _Window) -> str:
    def said(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    parts = []
    if counts["undated"]:
        parts.append(said(counts["undated"], "has no date", "have no date"))
    if counts["coarse"]:
        parts.append(
            said(counts["coarse"], "is dated", "are dated") + f" too coarsely for a {period}"
        )
    if counts["before"]:
        parts.append(said(counts["before"], "falls", "fall") + f" before {window.first}")
    if counts["after"]:
        parts.append(said(counts["after"], "falls", "fall") + f" after {window.last}")
    return "; ".join(parts)


def _date_axis(ax: Axes, period: str, window: _Window) -> None:
    locator = AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    lo, hi = _bounds(window, period)
    pad = _PERIOD_DAYS[period] * 0.5
    ax.set_xlim(float(date2num(lo)) - pad, float(date2num(hi)) + _PERIOD_DAYS[period] + pad)


# --- Figures ----------------------------------------------------------------------------


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)  # explicit Agg canvas: no pyplot, no backend switch
    return fig


def _png(fig: Figure, dpi: int) -> bytes:
    buffer = io.BytesIO()
    # No "Software" key: the PNG bytes depend only on the drawing.
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    return buffer.getvalue()


def _finish(name: str, title: str, caption: str, fig: Figure) -> ReportFigure:
    return ReportFigure(name, title, caption, fig, _png(fig, SCREEN_DPI))


def _timeline(groups: pd.DataFrame, window: _Window | None) -> ReportFigure | str:
    if window is None:
        return "No timeline: no event has a date."
    period, labels, left_out = _fit_period(groups, window, max_periods=90)
    quads = groups["quad_class"]
    placed = labels.notna() & quads.isin(list(QUADS))
    counts = (
        pd.DataFrame({"period": labels[placed], "quad": quads[placed].astype(int)})
        .groupby(["period", "quad"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=list(QUADS), fill_value=0)
        .sort_index()
    )
    if not len(counts):
        return "No timeline: no event is dated to a year or more precisely."
    no_quad = int((labels.notna() & ~quads.isin(list(QUADS))).sum())

    fig = _new_figure(10, 4.2)
    ax = fig.add_subplot()
    x = date2num([_period_start(p, period) for p in counts.index])
    bottom = np.zeros(len(counts))
    for quad, (label, colour) in QUADS.items():
        values = counts[quad].to_numpy()
        ax.bar(
            x, values, width=_PERIOD_DAYS[period] * 0.85, bottom=bottom, align="edge",
            color=colour, label=label, linewidth=0,
        )  # fmt: skip
        bottom += values
    _date_axis(ax, period, window)
    ax.set_ylabel(f"events per {period}")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.legend(loc="outside upper left", frameon=False, ncols=4, fontsize=9)

    missing = _left_out(left_out, period, window)
    if no_quad:
        missing += ("; " if missing else "") + f"{no_quad} without a quad class"
    plotted = int(counts.to_numpy().sum())
    caption = (
        f"Deduplicated events per {period} from {window.first.isoformat()} to "
        f"{window.last.isoformat()}, stacked by quad class. {plotted} of {len(groups)} events "
        "are plotted" + (f"; of the others, {missing}." if missing else ".")
    )
    if left_out["before"] or left_out["after"]:
        caption += " The window holds the central 98% of dated events."
    return _finish("timeline", "Events over time by quad class", caption, fig)


_ACTOR_COLUMNS = [
    f"{side}_{key}" for side in ("source", "target") for key in ("code", "country", "name", "text")
]


def _pairs(groups: pd.DataFrame, level: str) -> pd.DataFrame:
    """Per event between two different known actors: both actors at ``level``, the
    unordered pair (a <= b), the date and the scores. Domestic events (IRQ-IRQ) are left
    out: they are not a relationship between two actors."""
    # Only the actor columns: records of all sixty columns are slow on large stores.
    rows = groups[[c for c in _ACTOR_COLUMNS if c in groups]].to_dict("records")
    source = [actor_at(r, "source", level) for r in rows]
    target = [actor_at(r, "target", level) for r in rows]
    frame = pd.DataFrame(
        {
            "source": source,
            "target": target,
            "a": [min(s, t) for s, t in zip(source, target, strict=True)],
            "b": [max(s, t) for s, t in zip(source, target, strict=True)],
            "date": groups["date"].to_numpy(),
            "date_precision": groups["date_precision"].to_numpy(),
            "quad_class": groups["quad_class"].to_numpy(),
            "goldstein": groups["goldstein"].astype("float64").to_numpy(),
        }
    )
    keep = (frame["source"] != "") & (frame["target"] != "") & (frame["source"] != frame["target"])
    return frame[keep].reset_index(drop=True)


def _top_pairs(pairs: pd.DataFrame, top: int) -> list[tuple[str, str]]:
    if not len(pairs):
        return []
    counts = pairs.groupby(["a", "b"]).size().reset_index(name="events")
    counts = counts.sort_values(["events", "a", "b"], ascending=[False, True, True]).head(top)
    return [(str(a), str(b)) for a, b in zip(counts["a"], counts["b"], strict=True)]


def _dyad_figure(
    groups: pd.DataFrame, pairs: pd.DataFrame, window: _Window | None, top: int
) -> ReportFigure | str:
    level = "country"
    if not len(pairs):
        level, pairs = "sector", _pairs(groups, "sector")
    if not len(pairs):
        return "No dyad figure: no event has two different known actors."
    if window is None:
        return "No dyad figure: no event has a date."
    chosen = _top_pairs(pairs, top)
    mine = pairs[pd.Series(list(zip(pairs["a"], pairs["b"], strict=True))).isin(chosen).to_numpy()]
    period, labels, left_out = _fit_period(mine, window, max_periods=36)
    mine = mine.assign(period=labels)

    per_pair = {pair: mine[(mine["a"] == pair[0]) & (mine["b"] == pair[1])] for pair in chosen}
    per_period = {
        pair: rows[rows["period"].notna()]
        .groupby("period")
        .agg(events=("goldstein", "size"), mean=("goldstein", "mean"))
        for pair, rows in per_pair.items()
    }
    if not any(len(t) for t in per_period.values()):
        return (
            "No dyad figure: no event between the top pairs is dated to a year or more precisely."
        )
    busiest = max(int(t["events"].max()) for t in per_period.values() if len(t))

    def area(n: Any) -> Any:  # one scale for every panel, so that panels compare
        return 12 + 220 * np.asarray(n, dtype="float64") / busiest

    ncols = 2 if len(chosen) > 3 else 1
    nrows = math.ceil(len(chosen) / ncols)
    fig = _new_figure(10, 1.9 * nrows + 0.5)
    # One axes per panel (event counts as marker areas, not twin axes): half the drawing time.
    axes = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False).ravel()
    for ax, (a, b) in zip(axes, chosen, strict=False):
        per = per_period[(a, b)]
        mid = date2num([_period_start(p, period) for p in per.index]) + _PERIOD_DAYS[period] / 2
        means = per["mean"].to_numpy()
        ax.axhline(0, color="#888888", linewidth=0.6, linestyle="--", zorder=1)
        ax.plot(mid, means, color="#555555", linewidth=0.9, zorder=2)
        ax.scatter(
            mid, means, s=area(per["events"]), zorder=3, edgecolors="#333333", linewidths=0.5,
            c=[COOP_COLOUR if m > 0 else CONFLICT_COLOUR if m < 0 else NEUTRAL_COLOUR for m in means],
        )  # fmt: skip
        ax.set_ylim(-11, 11)
        ax.set_yticks([-10, -5, 0, 5, 10])
        ax.tick_params(labelsize=7)
        ax.set_title(
            f"{_actor_label(a, level)} \u2013 {_actor_label(b, level)}  ({len(per_pair[(a, b)])} events)",
            fontsize=9, loc="left",
        )  # fmt: skip
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#eeeeee", linewidth=0.6)
        ax.xaxis.set_tick_params(labelbottom=True)
    for ax in axes[len(chosen) :]:
        ax.set_visible(False)
    _date_axis(axes[0], period, window)  # shared by every panel
    for ax in axes[::ncols]:
        ax.set_ylabel("mean Goldstein", fontsize=8)
    sizes = sorted({1, max(1, busiest // 2), busiest})
    fig.legend(
        handles=[
            Line2D([], [], linestyle="", marker="o", markersize=math.sqrt(float(area(n))),
                   markerfacecolor="#bbbbbb", markeredgecolor="#333333",
                   label=f"{n} event{'s' * (n > 1)} per {period}")
            for n in sizes
        ] + [
            Patch(facecolor=COOP_COLOUR, edgecolor="#333333", label="cooperative (mean > 0)"),
            Patch(facecolor=CONFLICT_COLOUR, edgecolor="#333333", label="conflictual (mean < 0)"),
        ],
        loc="outside lower center", ncols=len(sizes) + 2, frameon=False, fontsize=8,
        columnspacing=1.6,
    )  # fmt: skip
    missing = _left_out(left_out, period, window)
    caption = (
        f"The {len(chosen)} {level} pairs with the most deduplicated events between them, both "
        f"directions pooled (undirected). Each point is one {period}: its height the mean "
        "Goldstein score of the pair's events (-10 most conflictual, +10 most cooperative), "
        f"its area the number of events, its colour the sign. Domestic events (both actors in "
        f"one {level}) are left out." + (f" Of these pairs' events, {missing}." if missing else "")
    )
    return _finish("dyads", f"Top dyads over time ({level} level)", caption, fig)


def _network_graph(dataset: Dataset) -> tuple[str, nx.DiGraph]:
    """The country graph, or the sector graph when fewer than three countries take part."""
    graph: nx.DiGraph = dataset.network("country")
    if graph.number_of_nodes() < 3:
        sector: nx.DiGraph = dataset.network("sector")
        if sector.number_of_nodes() > graph.number_of_nodes():
            return "sector", sector
    return "country", graph


def _network_figure(level: str, graph: nx.DiGraph, top_nodes: int) -> ReportFigure | str:
    if graph.number_of_edges() == 0:
        return "No network figure: no event links two different known actors."
    ranks = centralities(graph)
    kept = [str(a) for a in ranks["actor"].head(top_nodes)]
    pagerank = dict(zip(ranks["actor"], ranks["pagerank"], strict=True))
    # Both directions pooled into one undirected edge: arrows both ways clutter the picture.
    pooled: dict[tuple[str, str], list[float]] = {}
    for u, v, data in sorted(graph.subgraph(kept).edges(data=True)):
        acc = pooled.setdefault((min(u, v), max(u, v)), [0.0, 0.0])
        acc[0] += data["weight"]
        acc[1] += data["goldstein_mean"] * data["weight"]
    nodes = sorted(kept)
    layout_graph = nx.Graph()
    layout_graph.add_nodes_from(nodes)
    for (u, v), (weight, _) in sorted(pooled.items()):
        layout_graph.add_edge(u, v, weight=math.log1p(weight))
    k = 2.2 / math.sqrt(max(len(nodes), 1))  # more room than networkx's 1/sqrt(n), for labels
    pos = nx.spring_layout(layout_graph, seed=20240601, weight="weight", k=k, iterations=300)

    fig = _new_figure(10, 6.5)
    ax = fig.add_subplot()
    edges = sorted(pooled.items(), key=lambda item: (item[1][0], item[0]))  # heavy edges on top
    max_weight = max((w for w, _ in pooled.values()), default=1.0)
    segments, colours, widths = [], [], []
    for (u, v), (weight, goldstein_sum) in edges:
        mean = goldstein_sum / weight
        segments.append([pos[u], pos[v]])
        colours.append(COOP_COLOUR if mean > 0 else CONFLICT_COLOUR if mean < 0 else NEUTRAL_COLOUR)
        widths.append(0.4 + 6.0 * math.sqrt(weight / max_weight))
    ax.add_collection(
        LineCollection(segments, colors=colours, linewidths=widths, alpha=0.55, zorder=1)
    )
    top_rank = max(pagerank[n] for n in nodes)
    xy = np.array([pos[n] for n in nodes])
    sizes = [150 + 1800 * pagerank[n] / top_rank for n in nodes]
    ax.scatter(
        xy[:, 0], xy[:, 1], s=sizes, c="#f4f4f4", edgecolors="#444444", linewidths=0.8, zorder=2
    )
    for n in nodes:
        ax.text(
            pos[n][0], pos[n][1], n, ha="center", va="center", fontsize=8, zorder=3,
            path_effects=[withStroke(linewidth=2.5, foreground="white")],
        )  # fmt: skip
    # No equal aspect: positions mean nothing in themselves, so the layout may fill the width.
    ax.margins(0.05)
    ax.set_axis_off()
    fig.legend(
        handles=[
            Line2D([], [], color=COOP_COLOUR, linewidth=3, label="cooperative (mean Goldstein > 0)"),
            Line2D([], [], color=CONFLICT_COLOUR, linewidth=3, label="conflictual (mean Goldstein < 0)"),
            Line2D([], [], color=NEUTRAL_COLOUR, linewidth=3, label="neutral"),
        ],
        loc="outside upper center", frameon=False, fontsize=8, ncols=3,
    )  # fmt: skip
    total = graph.number_of_nodes()
    shown = (
        f"the {len(nodes)} of {total} with the highest PageRank" if len(nodes) < total else "all"
    )
    caption = (
        f"Actors at {level} level ({shown}); node area grows with PageRank over event "
        "counts. An edge pools both directions between two actors: width grows with the "
        "square root of its events, colour gives the sign of its mean Goldstein score. "
        "Force-directed layout with a fixed seed; domestic events are not drawn."
    )
    return _finish("network", f"Actor network ({level} level)", caption, fig)


@cache
def _outlines() -> tuple[np.ndarray, ...]:
    """Every country's outer rings (lon, lat), from the GeoJSON that countryinfo ships."""
    try:
        from countryinfo import CountryInfo

        countries = CountryInfo.all()
    except Exception as exc:  # an unusable optional resource: draw the points without a map
        log.warning("report: no country outlines: %s", exc)
        return ()
    rings: list[np.ndarray] = []
    for key in sorted(countries):
        geo = countries[key].get("geoJSON") or {}
        features = geo.get("features") or ([geo] if geo.get("geometry") else [])
        for feature in features:
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            elif geometry.get("type") != "MultiPolygon":
                continue
            for polygon in polygons:
                if polygon and len(polygon[0]) >= 3:
                    ring = np.asarray(polygon[0], dtype="float64")[:, :2]
                    if not _is_box(ring):
                        rings.append(ring)
    return tuple(rings)


def _is_box(ring: np.ndarray) -> bool:
    """A bare bounding box, which countryinfo ships for a few places (Palestine): a
    rectangle drawn as a country's outline would be wrong, so it is left out."""
    if len(ring) > 5:
        return False
    xs, ys = set(ring[:, 0].tolist()), set(ring[:, 1].tolist())
    return len(xs) <= 2 and len(ys) <= 2


def _extent(values: np.ndarray, low: float, high: float, min_span: float) -> tuple[float, float]:
    lo, hi = float(values.min()), float(values.max())
    margin = max(2.0, 0.08 * (hi - lo))
    lo, hi = lo - margin, hi + margin
    if hi - lo < min_span:
        mid = (lo + hi) / 2
        lo, hi = mid - min_span / 2, mid + min_span / 2
    return max(low, lo), min(high, hi)


def _map_figure(groups: pd.DataFrame) -> ReportFigure | str:
    lat = pd.to_numeric(groups["location_lat"], errors="coerce")
    lon = pd.to_numeric(groups["location_lon"], errors="coerce")
    located = lat.between(-90, 90) & lon.between(-180, 180) & groups["quad_class"].isin(list(QUADS))
    if not located.any():
        return "No map: no event has coordinates."
    points = pd.DataFrame(
        {
            "lat": lat[located].round(3),
            "lon": lon[located].round(3),
            "quad": groups["quad_class"][located].astype(int),
            "name": groups["location_name"][located].fillna("").astype(str),
        }
    )
    by_quad = points.groupby(["lat", "lon", "quad"]).size().reset_index(name="events")
    # Big circles first so that small ones stay visible on top of them.
    by_quad = by_quad.sort_values(
        ["events", "lat", "lon", "quad"], ascending=[False, True, True, True]
    )
    places = (
        points.groupby(["lat", "lon"])
        .agg(events=("quad", "size"), name=("name", "min"))
        .reset_index()
        .sort_values(["events", "lat", "lon"], ascending=[False, True, True])
    )
    lon0, lon1 = _extent(points["lon"].to_numpy(), -180, 180, 10)
    lat0, lat1 = _extent(points["lat"].to_numpy(), -85, 85, 8)
    # Equirectangular, stretched by 1/cos(latitude) so shapes near the middle look right;
    # the figure takes the map's proportions so the axes need not shrink.
    aspect = 1 / math.cos(math.radians(min(70.0, abs((lat0 + lat1) / 2))))
    height = min(8.0, max(3.0, 9.2 * (lat1 - lat0) * aspect / (lon1 - lon0))) + 1.0

    fig = _new_figure(10, height)
    ax = fig.add_subplot()
    ax.set_facecolor("#eaf2f8")
    rings = _outlines()
    if rings:
        ax.add_collection(
            PolyCollection(
                list(rings), facecolors="#f7f7f2", edgecolors="#9a9a9a", linewidths=0.4, zorder=1
            )
        )
    largest = int(by_quad["events"].max())
    scale = min(30.0, 320.0 / largest)  # the busiest circle is about 20 points across

    def area(n: int) -> float:
        return 8 + scale * n

    ax.scatter(
        by_quad["lon"], by_quad["lat"], s=[area(n) for n in by_quad["events"]],
        c=[QUADS[q][1] for q in by_quad["quad"]], alpha=0.8, edgecolors="#333333",
        linewidths=0.3, zorder=2,
    )  # fmt: skip
    labelled: list[tuple[float, float]] = []
    for row in places.itertuples():
        if len(labelled) == 8:
            break
        x, y = float(row.lon), float(row.lat)
        if not row.name:
            continue
        # Skip a name that would sit on top of one already written.
        if any(
            abs(x - a) < 0.09 * (lon1 - lon0) and abs(y - b) < 0.06 * (lat1 - lat0)
            for a, b in labelled
        ):
            continue
        labelled.append((x, y))
        ax.annotate(
            str(row.name), (x, y), xytext=(6, 6), textcoords="offset points", fontsize=7.5,
            zorder=3, path_effects=[withStroke(linewidth=2.2, foreground="white")],
        )  # fmt: skip
    ax.set_xlim(lon0, lon1)
    ax.set_ylim(lat0, lat1)
    ax.set_aspect(aspect)
    ax.tick_params(labelsize=7)
    ax.set_xlabel("longitude", fontsize=8)
    ax.set_ylabel("latitude", fontsize=8)
    handles: list[Artist] = [
        Patch(facecolor=colour, edgecolor="#333333", label=label)
        for label, colour in QUADS.values()
    ]
    handles += [
        Line2D([], [], linestyle="", marker="o", markersize=math.sqrt(area(n)),
               markerfacecolor="#bbbbbb", markeredgecolor="#333333", label=f"{n} event{'s' * (n > 1)}")
        for n in sorted({1, max(1, largest // 4), largest})
    ]  # fmt: skip
    fig.legend(
        handles=handles, loc="outside lower center", ncols=len(handles), frameon=False,
        fontsize=8, columnspacing=1.8, handletextpad=0.9,
    )  # fmt: skip
    caption = (
        f"{int(located.sum())} of {len(groups)} deduplicated events have coordinates, at "
        f"{len(places)} places. One circle per place and quad class, its area growing with "
        "the events; an event placed only in a country sits at the country's centre. The "
        "busiest places are named. Equirectangular projection; country outlines from the "
        "countryinfo package, drawn offline."
    )
    return _finish("map", "Where events happened", caption, fig)


# --- Tables -----------------------------------------------------------------------------


@cache
def _country_name(code: str) -> str:
    if code in _NON_COUNTRIES:
        return _NON_COUNTRIES[code]
    if len(code) != 3 or not code.isalpha():
        return ""
    try:
        from countryinfo import CountryInfo

        return CountryInfo(code).name()
    except Exception:  # an unknown or unusual code: show the code alone
        return ""


def _actor_label(key: str, level: str) -> str:
    if level != "country":
        return key
    name = _country_name(key)
    return f"{name} ({key})" if name else key


def _overview(
    groups: pd.DataFrame, mentions: pd.DataFrame, documents: pd.DataFrame, window: _Window | None
) -> ReportTable:
    days = sorted(
        d for d in map(_first_day, groups["date"], groups["date_precision"]) if d is not None
    )
    published = sorted(str(d) for d in documents["date"].dropna()) if len(documents) else []
    lat = pd.to_numeric(groups["location_lat"], errors="coerce")
    rows = groups[[c for c in _ACTOR_COLUMNS if c in groups]].to_dict("records")
    both = sum(
        bool(actor_at(r, "source", "actor") and actor_at(r, "target", "actor")) for r in rows
    )
    table = [
        ("Articles", len(documents)),
        ("Outlets", int(mentions["outlet"].nunique()) if len(mentions) else 0),
        ("Articles published", f"{published[0]} to {published[-1]}" if published else "unknown"),
        ("Event mentions", len(mentions)),
        ("Events after deduplication", len(groups)),
        ("Events reported by two or more outlets", int((groups["num_sources"] >= 2).sum())),
        ("Events reported in two or more articles", int((groups["num_articles"] >= 2).sum())),
        ("Event dates", f"{days[0].isoformat()} to {days[-1].isoformat()}" if days else "none"),
    ]
    if window is not None and window.trimmed:
        table.append(
            (
                "Event dates in the time figures",
                f"{window.first.isoformat()} to {window.last.isoformat()}",
            )
        )
    table += [
        ("Events dated to the day", int((groups["date_precision"] == "day").sum())),
        ("Events with no date", int(groups["date"].isna().sum())),
        ("Events with coordinates", int(lat.notna().sum())),
        ("Events with a source and a target", int(both)),
    ]
    frame = pd.DataFrame(table, columns=["measure", "value"])
    return ReportTable("overview", "Overview", frame)


def _event_types(groups: pd.DataFrame) -> ReportTable:
    frame = groups.assign(event_type=groups["event_type"].fillna("(none)"))
    table = frame.groupby("event_type").agg(
        events=("quad_class", "size"), mean_goldstein=("goldstein", "mean")
    )
    for quad, (label, _) in QUADS.items():
        table[label] = frame[frame["quad_class"] == quad].groupby("event_type").size()
    table = table.fillna({label: 0 for label, _ in QUADS.values()}).reset_index()
    for label, _ in QUADS.values():
        table[label] = table[label].astype(int)
    table["share"] = (100 * table["events"] / len(groups)).round(1)
    table["mean_goldstein"] = table["mean_goldstein"].round(2)
    table = table.sort_values(["events", "event_type"], ascending=[False, True])
    columns = [
        "event_type",
        "events",
        "share",
        *(label for label, _ in QUADS.values()),
        "mean_goldstein",
    ]
    table = table[columns].rename(
        columns={"event_type": "event type", "share": "share %", "mean_goldstein": "mean Goldstein"}
    )
    return ReportTable(
        "event_types",
        "Event types",
        table.reset_index(drop=True),
        "Deduplicated events per PLOVER event type.",
        {"share %": 1, "mean Goldstein": 2},
    )


def _actors(level: str, graph: nx.DiGraph, top: int = 15) -> ReportTable:
    ranks = centralities(graph).head(top)
    frame = pd.DataFrame(
        {
            "actor": ranks["actor"],
            "name": [
                _country_name(str(a)) if level == "country" else str(lbl)
                for a, lbl in zip(ranks["actor"], ranks["label"], strict=True)
            ],
            "events sent": ranks["out_events"],
            "events received": ranks["in_events"],
            "partners": ranks["degree"],
            "PageRank": ranks["pagerank"].astype("float64"),
            "betweenness": ranks["betweenness"].astype("float64"),
        }
    )
    note = (
        f"The {len(frame)} most central actors at {level} level, by PageRank over the event "
        "graph (edges weighted by events); domestic events are not counted."
    )
    return ReportTable(
        "actors", "Top actors", frame.reset_index(drop=True), note,
        {"PageRank": 4, "betweenness": 4},
    )  # fmt: skip


def _dyad_table(pairs: pd.DataFrame, top: int = 10) -> ReportTable:
    columns = [
        "actor A",
        "actor B",
        "events",
        "A to B",
        "B to A",
        "cooperation",
        "conflict",
        "mean Goldstein",
        "first date",
        "last date",
    ]
    rows = []
    for a, b in _top_pairs(pairs, top):
        mine = pairs[(pairs["a"] == a) & (pairs["b"] == b)]
        dates = sorted(str(d) for d in mine["date"].dropna())
        rows.append(
            [
                _actor_label(a, "country"),
                _actor_label(b, "country"),
                len(mine),
                int((mine["source"] == a).sum()),
                int((mine["source"] == b).sum()),
                int(mine["quad_class"].isin([1, 2]).sum()),
                int(mine["quad_class"].isin([3, 4]).sum()),
                round(float(mine["goldstein"].mean()), 2),
                dates[0] if dates else "",
                dates[-1] if dates else "",
            ]
        )
    note = (
        "Country pairs with the most deduplicated events, both directions pooled; "
        "cooperation counts quad classes 1-2, conflict 3-4."
    )
    return ReportTable(
        "dyads", "Top dyads", pd.DataFrame(rows, columns=columns), note, {"mean Goldstein": 2}
    )


def _actor_text(row: dict[str, Any], side: str) -> str:
    for key in ("name", "text", "code"):
        value = row.get(f"{side}_{key}")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _most_reported(groups: pd.DataFrame, mentions: pd.DataFrame, top: int = 15) -> ReportTable:
    ranked = groups.sort_values(
        ["num_sources", "num_mentions", "num_articles", "date", "group_id"],
        ascending=[False, False, False, True, True],
        na_position="last",
    ).head(top)
    urls: dict[str, list[str]] = {}
    if len(mentions):
        chosen = mentions[mentions["group_id"].isin(ranked["group_id"])]
        for gid, url in zip(chosen["group_id"], chosen["url"], strict=True):
            # Only web addresses become links: never javascript: or data: from an input file.
            if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
                urls.setdefault(str(gid), [])
                if url not in urls[str(gid)]:
                    urls[str(gid)].append(url)
    rows = []
    for row in ranked.to_dict("records"):
        label = str(row.get("event_type") or "")
        if isinstance(row.get("cameo_label"), str) and row["cameo_label"]:
            label += f" ({row['cameo_label']})"
        rows.append(
            [
                row.get("date") or "",
                label,
                _actor_text(row, "source"),
                _actor_text(row, "target"),
                row.get("location_name") or "",
                int(row["num_sources"]),
                int(row["num_mentions"]),
                row.get("text") or "",
                sorted(urls.get(str(row["group_id"]), [])),
            ]
        )
    columns = [
        "date",
        "event",
        "source",
        "target",
        "place",
        "outlets",
        "mentions",
        "sentence",
        "links",
    ]
    note = "Events reported by the most outlets, then the most mentions; the sentence is the one that represents the event."
    return ReportTable(
        "reported", "Most-reported events", pd.DataFrame(rows, columns=columns), note
    )


# --- HTML -------------------------------------------------------------------------------


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _cell(value: Any, decimals: int | None = None) -> tuple[str, bool]:
    """A cell's HTML and whether it is a number (right-aligned)."""
    if isinstance(value, list | tuple):
        return _links(value), False
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "", False
    if isinstance(value, bool):
        return _esc(value), False
    if isinstance(value, int | np.integer):
        return _esc(int(value)), True
    if isinstance(value, float | np.floating):
        number = float(value)
        return _esc(f"{number:.{decimals}f}" if decimals is not None else f"{number:g}"), True
    return _esc(value), False


def _links(urls: Iterable[Any]) -> str:
    """Anchors to the articles; only http(s) URLs become links (never javascript: or data:)."""
    out = []
    for i, url in enumerate(urls, 1):
        text = str(url)
        if text.lower().startswith(("http://", "https://")):
            host = text.split("//", 1)[1].split("/", 1)[0]
            out.append(
                f'<a href="{_esc(text)}" rel="noopener noreferrer nofollow">{_esc(host or i)}</a>'
            )
    return " ".join(out)


def _table_html(table: ReportTable) -> str:
    frame = table.frame
    if "links" in frame and not any(len(v) for v in frame["links"]):
        frame = frame.drop(columns="links")  # no article has a URL: an empty column says nothing
    head = "".join(f"<th>{_esc(c)}</th>" for c in frame.columns)
    decimals = [table.decimals.get(str(c)) for c in frame.columns]
    body = []
    for row in frame.itertuples(index=False, name=None):
        cells = []
        for value, places in zip(row, decimals, strict=True):
            text, numeric = _cell(value, places)
            cells.append(f'<td class="num">{text}</td>' if numeric else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    note = f'<p class="note">{_esc(table.note)}</p>' if table.note else ""
    rows = "".join(body) or f'<tr><td colspan="{len(frame.columns)}">none</td></tr>'
    return (
        f'<section id="{_esc(table.name)}"><h2>{_esc(table.title)}</h2>{note}'
        f'<div class="scroll"><table class="t-{_esc(table.name)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )


# System fonts only: a web font would be a request.
_CSS = """
body{margin:0;background:#fafafa;color:#222;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:24px 32px 48px;background:#fff}
h1{font-size:26px;margin:8px 0 4px}
h2{font-size:20px;margin:36px 0 8px;border-bottom:1px solid #e3e3e3;padding-bottom:4px}
.sub{color:#555;margin:0 0 12px}
.toc{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:14px}
a{color:#0b5cad}
figure{margin:0}
figure img{width:100%;height:auto;display:block}
figcaption{color:#444;font-size:14px;margin-top:6px}
.note{color:#555;font-size:14px;margin:4px 0 8px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:13px;width:100%}
th,td{border-bottom:1px solid #ececec;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3;font-weight:600;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.t-overview{width:auto}
table.t-reported td:first-child{white-space:nowrap}
table.t-reported td:nth-child(8){min-width:320px}
footer{margin-top:40px;color:#777;font-size:12px}
""".strip()
