"""Start JSSC Desktop: the window, or with a subcommand the command line (see ``--help``)."""

import sys

from jssc_desktop.cli_process import run

if __name__ == "__main__":
    sys.exit(run())
