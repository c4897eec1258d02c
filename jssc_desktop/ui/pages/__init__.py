"""The work pages of the main window: training, attendance, tutors, facility requests,
follow-ups and periodic reports. Each page is ``XxxPage(ctx, parent)`` with ``refresh()``."""
