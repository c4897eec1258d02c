"""``python -m jssc_desktop``: same as ``jssc-desktop``."""

import sys

from .cli_process import run

sys.exit(run())
