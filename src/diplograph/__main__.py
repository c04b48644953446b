"""``python -m diplograph``: the command line."""

from diplograph.cli.main import main

main()
