"""The baseline of the start-up figure: a bare PySide6 QMainWindow with a QTableView, which
prints the same marker line as the application when its window is first on screen."""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class Watch(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False


def done() -> None:
    print("JSSC-FIRST-WINDOW", flush=True)
    os._exit(0)


app = QApplication(sys.argv[:1])
watch = Watch(app)
app.installEventFilter(watch)
window = QMainWindow()
window.setWindowTitle("Bare window")
table = QTableView()
table.setModel(QStandardItemModel(10, 5))
window.setCentralWidget(table)
window.resize(640, 480)
window.show()
sys.exit(app.exec())
