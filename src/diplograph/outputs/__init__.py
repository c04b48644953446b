"""Stage 8, outputs: exports (JSON Lines, CSV, graph and timeline formats) and the HTML report."""
