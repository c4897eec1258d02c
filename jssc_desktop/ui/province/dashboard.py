"""The province dashboard: for a period, who has sent, who is late, the headline totals (the
packages' ``summary`` keys, summed), the track comparison across UPTs with a chart, and a
drill-down to one UPT's report (the PDF inside its package). Every figure comes from
``services.province_inbox.province_status``, read on a worker thread (a busy indicator shows
meanwhile; a result for a period no longer chosen is dropped); it refreshes when packages are
received."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.formatting import format_date, format_datetime, format_number, format_percent
from .. import usecase
from ..context import AppContext
from ..dashboard import Card
from ..pages._common import (
    ALIGN_RIGHT,
    Column,
    DataTable,
    PageBase,
    fmt_date_short,
    fmt_number,
    fmt_percent,
    temp_dir,
    toolbar,
)
from ..widgets import button, heading, hint_label, show_error, show_info
from .common import PeriodChooser

log = logging.getLogger(__name__)

try:  # PySide6-Addons; the page works without it
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QChartView,
        QHorizontalBarSeries,
        QValueAxis,
    )

    HAVE_CHARTS = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_CHARTS = False


@dataclass(frozen=True)
class UptLine:
    """One row of the UPT table: a UPT that sent, or one that has not (late or waiting)."""

    code: str
    name: str
    state: str            # sent | late | waiting
    word: str
    received_at: datetime | None
    summary: dict[str, Any]


class ProvinceDashboardPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "province#dashboard"

    topics = frozenset({RecordKind.PROVINCE_PACKAGE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = today
        self.status: Any = None
        self.busy = False
        self._generation = 0  # the latest load; an older one's result is dropped
        self._workers: dict[int, Any] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Dasbor provinsi")))
        self.chooser = PeriodChooser(today)
        self.chooser.changed.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.chooser)
        head.addStretch(1)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no end known: a moving bar
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Memuat data provinsi…"))
        head.addWidget(self.busy_label)
        head.addWidget(self.busy_bar)
        self.busy_bar.hide()
        self.busy_label.hide()
        layout.addLayout(head)
        self.due_label = hint_label()
        layout.addWidget(self.due_label)

        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        specs = [("sent", self.tr("UPT yang sudah mengirim"), "check"),
                 ("late", self.tr("UPT terlambat"), "clock"),
                 ("clients", self.tr("Klien pada akhir periode"), "bed"),
                 ("graduates", self.tr("Lulusan pelatihan"), "training"),
                 ("attendance", self.tr("Tingkat kehadiran"), "attendance"),
                 ("earning", self.tr("Bekerja/berwirausaha"), "followups")]
        for n, (key, title, icon_name) in enumerate(specs):
            card = Card("", title, icon_name)
            self.cards[key] = card
            grid.addWidget(card, n // 3, n % 3)
        layout.addLayout(grid)

        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(330)
        layout.addWidget(self.tabs, 1)
        self._build_upt_tab()
        self._build_track_tab()

    # --------------------------------------------------------------------------------- tabs

    def _build_upt_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        red, amber = QColor("#a61b1b"), QColor("#8a5a00")

        def colour(r: UptLine) -> QColor | None:
            return red if r.state == "late" else amber if r.state == "waiting" else None

        def number(key: str) -> Any:
            return lambda r: fmt_number(r.summary.get(key)) if r.state == "sent" else ""

        self.upt_table = DataTable([
            Column(self.tr("Kode"), lambda r: r.code, width=150),
            Column(self.tr("UPT"), lambda r: r.name, tooltip=lambda r: r.name, width=260),
            Column(self.tr("Status"), lambda r: r.word, foreground=colour, width=110),
            Column(self.tr("Diterima"),
                   lambda r: fmt_date_short(r.received_at.date()) if r.received_at else "",
                   tooltip=lambda r: format_datetime(r.received_at),
                   sort=lambda r: r.received_at or datetime.min, width=110),
            Column(self.tr("Klien akhir"), number("clients_end"), align=ALIGN_RIGHT,
                   sort=lambda r: r.summary.get("clients_end") or 0, width=120),
            Column(self.tr("Masuk"), number("admitted"), align=ALIGN_RIGHT,
                   sort=lambda r: r.summary.get("admitted") or 0, width=90),
            Column(self.tr("Keluar"), number("discharged"), align=ALIGN_RIGHT,
                   sort=lambda r: r.summary.get("discharged") or 0, width=95),
            Column(self.tr("Lulusan"), number("graduates"), align=ALIGN_RIGHT,
                   sort=lambda r: r.summary.get("graduates") or 0, width=90),
            Column(self.tr("Kehadiran"),
                   lambda r: fmt_percent(r.summary.get("attendance_rate"))
                   if r.state == "sent" else "", align=ALIGN_RIGHT,
                   sort=lambda r: r.summary.get("attendance_rate") or 0),
        ])
        # UPT names differ at their end ("… Tresna Werdha Magetan")
        self.upt_table.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.upt_table.doubleClicked.connect(lambda _i: self.open_upt())
        v.addWidget(self.upt_table, 1)
        self.open_button = button(self.tr("Lihat laporan UPT…"), "reports")
        self.open_button.clicked.connect(lambda: self.open_upt())
        v.addLayout(toolbar(self.open_button, hint_label(self.tr(
            "Pilih UPT yang sudah mengirim untuk melihat laporannya (PDF dari paket)."))))
        self.tabs.addTab(tab, self.tr("Per UPT"))

    def _build_track_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.chart: Any = None
        self.chart_view: Any = None
        if HAVE_CHARTS:
            self.chart_view = QChartView()
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setMinimumHeight(200)
            v.addWidget(self.chart_view, 3)
            self._show_chart([])
        self.track_table = DataTable([
            Column(self.tr("Program keterampilan"), lambda r: r["name"], width=220),
            Column(self.tr("Lulusan"), lambda r: fmt_number(r["graduates"]), align=ALIGN_RIGHT,
                   sort=lambda r: r["graduates"], width=100),
            Column(self.tr("Terpantau"), lambda r: fmt_number(r["followed_up"]),
                   align=ALIGN_RIGHT, sort=lambda r: r["followed_up"], width=110),
            Column(self.tr("Bekerja/usaha"), lambda r: fmt_number(r["working"]),
                   align=ALIGN_RIGHT, sort=lambda r: r["working"], width=130),
            Column(self.tr("% bekerja/usaha"), lambda r: fmt_percent(r["working_share"]),
                   align=ALIGN_RIGHT, sort=lambda r: r["working_share"] or 0),
        ])
        v.addWidget(self.track_table, 2)
        self.tabs.addTab(tab, self.tr("Efektivitas program"))

    # ------------------------------------------------------------------------------ refresh

    def refresh(self) -> None:
        """Load the chosen period's figures on a worker thread; the page shows them when they
        arrive (only the latest load's: choosing another period meanwhile drops the older)."""
        self._dirty = False
        period = self.chooser.current()
        if period is None:
            return
        from ..worker import Worker

        self._generation += 1
        self._set_busy(True)
        worker = Worker(_load_status, self._generation, self.ctx.db, self.ctx.actor,
                        period.kind, period.key, self.today)
        worker.signals.finished.connect(self._loaded)
        worker.signals.failed.connect(self._load_failed)
        self._workers[self._generation] = worker
        worker.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.open_button.setEnabled(not busy)

    def _loaded(self, result: tuple[int, Any, BaseException | None]) -> None:
        generation, status, error = result
        self._workers.pop(generation, None)
        if generation != self._generation:
            return  # another period was chosen meanwhile
        self._set_busy(False)
        if error is not None:
            self.status = None
            show_error(self, error)
            return
        self.status = status
        self._show(status)

    def _load_failed(self, exc: BaseException) -> None:  # not expected: _load_status catches
        self._set_busy(False)
        show_error(self, exc)

    def _word(self, word: str) -> str:
        """A report's status word (``SEMENTARA``, ``DISETUJUI``, ``PERBAIKAN KE-2``, written so
        in the document) in the window's language."""
        if word.startswith("PERBAIKAN KE-"):
            return self.tr("PERBAIKAN KE-{n}").format(n=word.rsplit("-", 1)[1])
        return {"SEMENTARA": self.tr("SEMENTARA"),
                "DISETUJUI": self.tr("DISETUJUI")}.get(word, word)

    def lines(self) -> list[UptLine]:
        st = self.status
        if st is None:
            return []
        lines = [UptLine(u.code, u.name, "sent", self._word(u.word), u.received_at, u.summary)
                 for u in st.report.upts]
        lines += [UptLine(u.code, u.name, "late", self.tr("Terlambat"), None, {})
                  for u in st.late]
        lines += [UptLine(u.code, u.name, "waiting", self.tr("Belum mengirim"), None, {})
                  for u in st.waiting]
        return lines

    def _show(self, st: Any) -> None:
        rep, totals = st.report, st.report.totals
        self.due_label.setText(self.tr(
            "Laporan {label} jatuh tempo {due}. Angka provinsi dari paket terakhir tiap "
            "UPT.").format(label=_title(rep), due=format_date(st.due)))
        self.cards["sent"].set(self.tr("{sent} dari {known}").format(
            sent=totals["upts_sent"], known=totals["upts_known"]), self.tr(
            "{waiting} belum mengirim, masih dalam waktu").format(waiting=len(st.waiting))
            if st.waiting else "")
        self.cards["late"].set(format_number(len(st.late)))
        self.cards["clients"].set(format_number(totals["clients_end"]), self.tr(
            "masuk {admitted}, keluar {discharged}").format(
                admitted=format_number(totals["admitted"]),
                discharged=format_number(totals["discharged"])))
        self.cards["graduates"].set(format_number(totals["graduates"]))
        self.cards["attendance"].set(format_percent(totals["attendance_rate"]))
        self.cards["earning"].set(format_percent(totals["earning_share"]), self.tr(
            "{n} dari {m} lulusan terpantau", "", totals["followup_graduates"]).format(
                n=format_number(totals["earning"]),
                m=format_number(totals["followup_graduates"])))
        self.upt_table.set_rows(self.lines(), keep=lambda r: r.code)
        self.track_table.set_rows(rep.tracks)
        if self.chart_view is not None:
            self._show_chart(rep.tracks)

    def _show_chart(self, tracks: list[dict[str, Any]]) -> None:
        """A new chart each time (axes removed from a chart may still be painted)."""
        old = self.chart
        self.chart = QChart()
        self.chart.setTitle(self.tr("Lulusan dan yang bekerja/berwirausaha per program"))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view.setChart(self.chart)
        if old is not None:
            old.deleteLater()
        shown = list(reversed(tracks))  # first track on top
        series = QHorizontalBarSeries()
        top = 0
        for label, key, colour in ((self.tr("Lulusan"), "graduates", "#2f6f9f"),
                                   (self.tr("Bekerja/berwirausaha"), "working", "#3c8d5a")):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            for t in shown:
                bar_set.append(t[key])
                top = max(top, t[key])
            series.append(bar_set)
        self.chart.addSeries(series)
        font = QFont()
        font.setPointSize(9)
        categories = QBarCategoryAxis()
        categories.append([t["name"] for t in shown] or [""])
        categories.setLabelsFont(font)
        values = QValueAxis()
        values.setRange(0, max(5, int(top * 1.1) + 1))
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        values.setLabelsFont(font)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    # ---------------------------------------------------------------------------- drill-down

    def open_upt(self, code: str | None = None) -> QDialog | None:
        """One UPT's report: the PDF inside its latest package for the period."""
        line = next((r for r in self.lines() if r.code == code), None) if code \
            else self.upt_table.current()
        period = self.chooser.current()
        if line is None or period is None:
            return None
        if line.state != "sent":
            show_info(self, self.tr("Belum ada paket"), self.tr(
                "{name} belum mengirim paket {label}.").format(name=line.name,
                                                                label=period.title()))
            return None
        from ...services.province_inbox import package_file

        found = usecase.run(self, self.ctx, package_file, line.code, period.kind, period.key,
                            ".pdf")
        if not found:
            return None
        name, content = found
        path = temp_dir("provinsi") / Path(name).name
        path.write_bytes(content)
        dialog = UptReportDialog(line, period.title(), path, self)
        dialog.show()
        return dialog


class UptReportDialog(QDialog):
    """One UPT's report as it arrived: its figures and its PDF."""

    def __init__(self, line: UptLine, label: str, pdf: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..pages._pdf import PdfPreview

        self.setWindowTitle(self.tr("Laporan {name} {label}").format(name=line.name,
                                                                      label=label))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(line.name))
        s = line.summary
        layout.addWidget(hint_label(self.tr(
            "{label}, {status}, diterima {when}. Klien awal {start}, masuk {admitted}, keluar "
            "{discharged}, akhir {end}; lulusan {graduates}; kehadiran {attendance}.").format(
                label=label, status=line.word, when=format_datetime(line.received_at),
                start=fmt_number(s.get("clients_start")), admitted=fmt_number(s.get("admitted")),
                discharged=fmt_number(s.get("discharged")), end=fmt_number(s.get("clients_end")),
                graduates=fmt_number(s.get("graduates")),
                attendance=fmt_percent(s.get("attendance_rate")))))
        self.preview = PdfPreview()
        self.preview.load(pdf)
        layout.addWidget(self.preview, 1)
        close = button(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        layout.addLayout(toolbar(close))


def _load_status(_progress: Any, generation: int, db: Any, actor: Any, kind: str, key: str,
                 today: date | None) -> tuple[int, Any, BaseException | None]:
    """Worker body: (generation, the period's status or None, the refusal or None)."""
    from ...services.province_inbox import province_status

    try:
        with db.read_session() as s:
            return generation, province_status(s, actor, kind, key, today=today), None
    except Exception as exc:  # noqa: BLE001 - shown on the page, which stays usable
        return generation, None, exc


def _title(report: Any) -> str:
    """A report's period in the window's language (its ``label`` is the document's own)."""
    from ...domain.errors import DomainError
    from ...domain.periods import parse_period

    try:
        return parse_period(report.period).title()
    except DomainError:
        return str(report.label)
