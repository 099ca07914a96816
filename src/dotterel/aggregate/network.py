"""The actor network: who acts on whom, how often, and how cooperatively.

Nodes are actors at a chosen level (see ``dyads.LEVELS``). A directed edge source -> target
carries ``events`` (its weight), the counts by quad class, ``goldstein_mean`` and ``sign``
(+1 cooperative, -1 conflictual, 0 neutral: the sign of the mean Goldstein value).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from ..errors import DotterelError
from ..resources import data_table
from .dyads import QUAD_COLUMNS, actor_at, dyads

NETWORK_FORMATS = ("graphml", "gexf", "json")


def actor_graph(events: pd.DataFrame, level: str = "country") -> nx.DiGraph:
    """A directed, weighted, signed graph of the events' actors (self-loops dropped)."""
    table = dyads(events, level=level, period="year")
    graph = nx.DiGraph(level=level)
    if not len(table):
        return graph
    sums = [*QUAD_COLUMNS.values(), "events", "mentions", "goldstein_sum"]
    edges = table.groupby(["source", "target"], sort=True)[sums].sum().reset_index()
    names = _actor_names(events, level)
    for row in edges.to_dict("records"):
        source, target = str(row["source"]), str(row["target"])
        if source == target:
            continue
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=names.get(node, node))
        mean = float(row["goldstein_sum"]) / int(row["events"])
        graph.add_edge(
            source,
            target,
            weight=int(row["events"]),
            mentions=int(row["mentions"]),
            goldstein_mean=round(mean, 3),
            sign=(mean > 0) - (mean < 0),
            **{name: int(row[name]) for name in QUAD_COLUMNS.values()},
        )
    return graph


def _actor_names(events: pd.DataFrame, level: str) -> dict[str, str]:
    """A readable label per node: the country's name, or the most frequent name of a code."""
    if level == "country":
        return country_names()
    counts: dict[str, dict[str, int]] = {}
    for row in events.to_dict("records"):
        for side in ("source", "target"):
            key = actor_at(row, side, level)
            name = row.get(f"{side}_name")
            if key and isinstance(name, str) and name:
                counts.setdefault(key, {}).setdefault(name, 0)
                counts[key][name] += 1
    return {k: max(sorted(v), key=lambda n: v[n]) for k, v in counts.items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO3 (and IGO, NGO, ...) -> a short English name, from ``data/countries.tsv``."""
    return {row["iso3"]: row["name"] for row in data_table("countries.tsv")}


def centralities(graph: nx.DiGraph) -> pd.DataFrame:
    """Per node: weighted in/out degree (events), PageRank and betweenness."""
    columns = ["actor", "label", "out_events", "in_events", "degree", "pagerank", "betweenness"]
    if graph.number_of_nodes() == 0:
        dtypes = ["object", "object", "int64", "int64", "int64", "float64", "float64"]
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(columns, dtypes, strict=True)})
    pagerank = nx.pagerank(graph, weight="weight")
    # Betweenness reads weights as distances: more events means a shorter tie.
    for _, _, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    betweenness = nx.betweenness_centrality(graph, weight="distance")
    for _, _, data in graph.edges(data=True):
        del data["distance"]
    rows = [
        {
            "actor": node,
            "label": graph.nodes[node].get("label", node),
            "out_events": int(graph.out_degree(node, weight="weight")),
            "in_events": int(graph.in_degree(node, weight="weight")),
            "degree": graph.degree(node),
            "pagerank": round(pagerank[node], 5),
            "betweenness": round(betweenness[node], 5),
        }
        for node in graph.nodes
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["pagerank", "actor"], ascending=[False, True]).reset_index(drop=True)


def graph_with_centralities(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy of the graph whose nodes carry their centralities as attributes."""
    annotated = graph.copy()
    for row in centralities(graph).to_dict("records"):
        annotated.nodes[row["actor"]].update(
            {k: v for k, v in row.items() if k not in ("actor", "label")}
        )
    return annotated


def write_graph(graph: nx.DiGraph, fmt: str, path: Path) -> None:
    """Write the graph (with centralities) as GraphML, GEXF or node-link JSON."""
    if fmt not in NETWORK_FORMATS:
        raise DotterelError(f"unknown network format {fmt!r}; choose {', '.join(NETWORK_FORMATS)}")
    annotated = graph_with_centralities(graph)
    try:
        if fmt == "graphml":
            nx.write_graphml(annotated, path)
        elif fmt == "gexf":
            nx.write_gexf(annotated, path)
        else:
            path.write_text(json.dumps(graph_json(annotated), indent=1, ensure_ascii=False))
    except OSError as exc:
        raise DotterelError(f"{path}: cannot write: {exc}") from exc


def graph_json(graph: nx.DiGraph) -> dict[str, Any]:
    """Node-link JSON: {"directed", "graph", "nodes": [...], "edges": [...]}."""
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


def read_graph(path: Path, fmt: str) -> nx.DiGraph:
    """Read a graph written by ``write_graph`` (for round trips)."""
    if fmt == "graphml":
        graph: nx.DiGraph = nx.read_graphml(path)
    elif fmt == "gexf":
        graph = nx.read_gexf(path)
    elif fmt == "json":
        graph = nx.node_link_graph(json.loads(path.read_text()), edges="edges")
    else:
        raise DotterelError(f"unknown network format {fmt!r}; choose {', '.join(NETWORK_FORMATS)}")
    return graph
