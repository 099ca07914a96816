"""From events to the picture: dedup across articles, dyads over time and actor networks.

Every function here is pure: DataFrames in, DataFrames (or a networkx graph) out.
"""
