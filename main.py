"""Start JSSC Desktop: the window, or with a subcommand the command line (see ``--help``)."""

import sys

from jssc_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
