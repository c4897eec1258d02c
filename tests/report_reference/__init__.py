"""The report data set exactly as it was computed before the queries were rewritten for speed
(issue 14, part 4): a frozen copy of ``reports/dataset.py`` and ``reports/context.py`` kept only
so that ``tests/test_report_rewrites.py`` can check that every number of the rewritten data set
is still the same, section by section, on a demo database and on every backend."""
