"""The program's entry point (``jssc-desktop``, ``python -m jssc_desktop``, the frozen program),
and how the cyclic garbage collector is set when a command runs in a process of its own.

A command loads its modules (SQLAlchemy, the models, the services: about 100,000 objects), then
works. Those objects live until the process ends, yet every full collection walks all of them
again (0.4-0.6 s of an import of 10,000 rows) and so does the interpreter's clean-up at exit
(0.25 s). So, in a process of its own (:func:`run`): no collection while the modules load,
then ``gc.freeze()`` moves everything loaded out of the collector's sight, and collection
resumes for what the work makes. Inside another program (the tests, which call ``cli.main``)
nothing changes: their objects are not the command's to keep.
"""

from __future__ import annotations

import gc

#: The collector's thresholds while a command works: a collection of the youngest objects
#: every 10,000 new ones instead of 700 (a sheet's rows, a report's cells come by the ten
#: thousand, and a collection costs about the same whatever its size).
WORK_GC_THRESHOLD = (10_000, 10, 10)

_own_process = False


def own_process() -> None:
    """Called once by the program's entry point, before anything else."""
    global _own_process
    _own_process = True


def loading() -> None:
    """A command starts and loads its modules."""
    if _own_process:
        gc.disable()


def loaded() -> None:
    """The command has loaded what it needs and is about to work on the database."""
    if _own_process:
        gc.freeze()
        gc.set_threshold(*WORK_GC_THRESHOLD)
        gc.enable()


def done() -> None:
    """The command returned (a command that opens no database never called :func:`loaded`)."""
    if _own_process:
        gc.enable()


def run() -> int:
    """The program: ``cli.main`` in a process of its own."""
    own_process()
    from .cli import main

    return main()
