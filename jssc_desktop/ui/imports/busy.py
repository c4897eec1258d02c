"""A calm, in-page "working on it" strip: a moving bar and a sentence, shown while a background
job runs so that the page stays readable (no modal box for every column change)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate: the work reports no fraction
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setFixedHeight(12)
        self.label = QLabel()
        self.label.setObjectName("hint")
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(True)

    def stop(self) -> None:
        self.setVisible(False)

    @property
    def busy(self) -> bool:
        return not self.isHidden()
