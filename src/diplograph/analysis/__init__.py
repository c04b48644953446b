"""Stage 7, analysis: queries over the store, dyad trajectories, timelines and the network.

Pure functions over an open :class:`~diplograph.store.Store` that return plain, JSON-ready dicts;
the CLI, the web UI, the report and the graph exports draw from them.
"""

from diplograph.analysis.common import PERIODS, choose_period, date_precision, happened, period_key, period_start, side
from diplograph.analysis.network import network, top_dyads, type_counts_over_time
from diplograph.analysis.timeline import context, timeline
from diplograph.analysis.trajectory import dyad_direction, dyad_trajectory, find_phases

__all__ = ["PERIODS", "choose_period", "context", "date_precision", "dyad_direction", "dyad_trajectory", "find_phases",
           "happened", "network", "period_key", "period_start", "side", "timeline", "top_dyads",
           "type_counts_over_time"]
