"""Keeping ``None`` alive under PySide6 6.12.0 on Python 3.11.

With these two, every call of a Qt method that returns nothing (``QLabel.setText``,
``QWidget.update``, ``QBarSet.append``, …) releases a reference to ``None`` that it never took:
1,000 calls take 1,000 references. A window in use for a while would bring ``None``'s count to
zero and stop the program at a random moment with "Fatal Python error: none_dealloc" (seen while
making screenshots of the province dashboard; a plain script dies after about 5,000
``setText`` calls). PySide6 6.11.3 does not do this, and Python 3.12 made ``None`` immortal.

On Python 3.11, :func:`keep_none_alive` does what 3.12 does: it raises ``None``'s reference count
once by 2**40, more than any process can release, so it never reaches zero. Called when the
application is configured (``app.configure_application``) and by the GUI tests.
"""

from __future__ import annotations

import ctypes
import sys

#: Added once to None's reference count (Python 3.12 uses a count of this order for immortals).
BOOST = 1 << 40

_done = False


def keep_none_alive() -> bool:
    """Make ``None`` practically immortal on Python < 3.12; True when the count was raised."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return False
    # ob_refcnt is the first field of every object in a CPython release build.
    ctypes.c_ssize_t.from_address(id(None)).value += BOOST
    _done = True
    return True
