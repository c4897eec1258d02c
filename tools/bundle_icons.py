#!/usr/bin/env python
"""Render the icons the first window needs (icons.BUNDLED) from Font Awesome through qtawesome,
and the drawn window icon, into ``resources/icons/bundled/<name>-<size>.png``, so that window
paints before qtawesome is imported and without drawing. Run again after changing those icons
or their colour:

    QT_QPA_PLATFORM=offscreen python tools/bundle_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - pixmaps need it
    import qtawesome

    from jssc_desktop.ui.icons import (
        _ICONS,
        APP_ICON_SIZES,
        BUNDLED,
        BUNDLED_SIZES,
        ICON_COLOR,
        draw_app_icon,
    )

    out = ROOT / "resources" / "icons" / "bundled"
    out.mkdir(parents=True, exist_ok=True)
    for name in BUNDLED:
        glyph = qtawesome.icon(_ICONS[name][0], color=ICON_COLOR)
        for size in BUNDLED_SIZES:
            glyph.pixmap(size, size).save(str(out / f"{name}-{size}.png"))
    drawn = draw_app_icon()
    for size in APP_ICON_SIZES:
        drawn.pixmap(size, size).save(str(out / f"app-{size}.png"))
    print(f"{len(BUNDLED) * len(BUNDLED_SIZES) + len(APP_ICON_SIZES)} icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
