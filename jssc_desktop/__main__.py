"""``python -m jssc_desktop``: same as ``jssc-desktop``."""

import sys

from .cli import main

sys.exit(main())
