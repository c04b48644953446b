"""Stage 5, analysis: queries over the store, dyad trajectories, timelines and the network."""
