"""``python -m diplograph.cli``: the command line."""

from diplograph.cli.main import main

main()
