"""Beranda: the numbers a UPT looks at every morning, each card a door to its page."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import RecordKind
from ..domain.formatting import format_date, format_number, format_percent, month_name
from ..services.dashboard import Dashboard, dashboard
from . import usecase
from .context import AppContext
from .icons import icon
from .widgets import heading, hint_label, short_stage_name

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


#: Everything the dashboard counts.
SHOWN_KINDS = frozenset(RecordKind) - {RecordKind.SETTINGS, RecordKind.USER}


class Card(QFrame):
    """A clickable number with a title and a line or two of detail.

    The card is as tall as its text needs at its width (word wrap, height for width), never
    less than :attr:`MIN_HEIGHT`: a long detail in English or a long stage name grows the card
    instead of being cut off."""

    MIN_HEIGHT = 112

    clicked = Signal(str)

    def __init__(self, target: str, title: str, icon_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Minimum: the size hint (the text's height) is the least it gets, and it may grow.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        top = QHBoxLayout()
        pic = QLabel()
        pic.setPixmap(icon(icon_name).pixmap(18, 18))
        top.addWidget(pic)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        layout.addWidget(self.value)
        self.detail = QLabel("")
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().sizeHint()
        return hint.expandedTo(QSize(0, self.MIN_HEIGHT))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().minimumSizeHint()
        return hint.expandedTo(QSize(0, self.MIN_HEIGHT))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        return max(self.MIN_HEIGHT, super().heightForWidth(width))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit(self.target)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.target)
            return
        super().keyPressEvent(event)


class DashboardPage(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "home"

    navigate_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.data: Dashboard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        head = QHBoxLayout()
        self.title = heading(self.tr("Beranda"))
        head.addWidget(self.title)
        head.addStretch(1)
        self.as_of = hint_label()
        self.as_of.setWordWrap(False)
        head.addWidget(self.as_of)
        layout.addLayout(head)

        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        specs = [
            ("residents", "clients", self.tr("Penghuni"), "bed"),
            ("stages", "clients", self.tr("Klien per tahapan"), "stage"),
            ("training", "training", self.tr("Sedang pelatihan"), "training"),
            ("attendance", "attendance", self.tr("Kehadiran bulan ini"), "attendance"),
            ("followups", "followups", self.tr("Bimbingan lanjut terlambat"), "clock"),
            ("facility", "facility", self.tr("Usulan menunggu keputusan"), "facility"),
        ]
        tutor_view = ctx.actor.role == "tutor"
        n = 0
        for key, target, title, icon_name in specs:
            if tutor_view and key in ("stages", "followups", "facility"):
                continue
            if key == "followups" and not ctx.can("followup.view"):
                continue
            if key == "facility" and not ctx.can("facility.view"):
                continue
            if tutor_view and key == "residents":
                title = self.tr("Peserta angkatan saya")
                target = "training"
            card = Card(target, title, icon_name)
            card.clicked.connect(self.navigate_requested)
            self.cards[key] = card
            grid.addWidget(card, n // 3, n % 3)
            n += 1
        layout.addLayout(grid)

        lower = QHBoxLayout()
        lower.setSpacing(12)
        self.chart_view = None
        if HAVE_CHARTS and not tutor_view:
            self.chart = QChart()
            self.chart.setTitle(self.tr("Penghuni per tahapan rehabilitasi"))
            self.chart.legend().hide()
            self.chart.setMargins(QMargins(4, 4, 4, 4))
            self.chart.setBackgroundRoundness(6)
            self.chart_view = QChartView(self.chart)
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setMinimumHeight(260)
            lower.addWidget(self.chart_view, 3)
        self.tracks = QLabel()
        self.tracks.setObjectName("panel")
        self.tracks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tracks.setWordWrap(True)
        self.tracks.setTextFormat(Qt.TextFormat.RichText)
        self.tracks.setMargin(12)
        self.tracks.setMinimumWidth(280)
        lower.addWidget(self.tracks, 2)
        if self.chart_view is not None:
            layout.addLayout(lower, 1)
        else:
            self.tracks.setMinimumHeight(160)
            layout.addLayout(lower)
            layout.addStretch(1)
        self.refresh()
        self.watcher = usecase.ChangeWatcher(ctx, self, SHOWN_KINDS, self.refresh)

    def refresh(self) -> None:
        data = usecase.run(self, self.ctx, dashboard, today=self.today)
        if data is usecase.FAILED:
            return
        self.data = data
        self._show(self.data)

    def _show(self, d: Dashboard) -> None:
        today = d.today or date.today()
        self.as_of.setText(self.tr("Keadaan per {day}").format(day=format_date(today)))
        if "residents" in self.cards:
            if d.scope == "tutor":
                self.cards["residents"].set(
                    format_number(d.residents),
                    self.tr("{n} angkatan sedang berjalan", "",
                            d.cohorts_running).format(n=d.cohorts_running))
            else:
                detail = self.tr("Kapasitas {capacity}; bulan ini masuk {admitted}, "
                                 "keluar {discharged}").format(
                    capacity=format_number(d.capacity), admitted=d.admitted_month,
                    discharged=d.discharged_month)
                value = format_number(d.residents)
                if d.capacity:
                    value = self.tr("{residents} / {capacity}").format(
                        residents=format_number(d.residents),
                        capacity=format_number(d.capacity))
                    detail = self.tr("Terisi {share}; bulan ini masuk {admitted}, "
                                     "keluar {discharged}").format(
                        share=format_percent(d.residents / d.capacity, 0),
                        admitted=d.admitted_month, discharged=d.discharged_month)
                self.cards["residents"].set(value, detail)
        if "stages" in self.cards:
            ranked = sorted((t for t in d.by_stage if t[2]), key=lambda t: -t[2])
            if ranked:
                top = ranked[0]
                self.cards["stages"].set(
                    self.tr("{stage}: {n}").format(stage=short_stage_name(top[1]), n=top[2]),
                    " · ".join(f"{short_stage_name(name)} {n}" for _, name, n in ranked[1:3]))
            else:
                self.cards["stages"].set("0", self.tr("Belum ada penghuni"))
        if "training" in self.cards:
            self.cards["training"].set(
                format_number(d.in_training),
                self.tr("{cohorts}, {tracks}").format(
                    cohorts=self.tr("{n} angkatan berjalan", "", d.cohorts_running).format(
                        n=d.cohorts_running),
                    tracks=self.tr("{n} program", "", len(d.in_training_by_track)).format(
                        n=len(d.in_training_by_track))))
        if "attendance" in self.cards:
            self.cards["attendance"].set(
                format_percent(d.attendance_rate_month),
                self.tr("{month}: {sessions}, {jp}").format(
                    month=month_name(today.month),
                    sessions=self.tr("{n} pertemuan", "", d.sessions_month).format(
                        n=d.sessions_month),
                    jp=self.tr("{n} JP", "", d.jp_month).format(n=d.jp_month))
                if d.sessions_month else self.tr("Belum ada pertemuan bulan ini"))
        if "followups" in self.cards:
            self.cards["followups"].set(
                format_number(d.followups_overdue),
                self.tr("{due} jatuh tempo dalam 30 hari ke depan").format(
                    due=d.followups_due))
        if "facility" in self.cards:
            self.cards["facility"].set(
                format_number(d.facility_awaiting_decision),
                self.tr("{n} sedang dianggarkan atau dikerjakan").format(
                    n=d.facility_in_progress))
        self._show_tracks(d)
        if self.chart_view is not None:
            self._show_chart(d)

    def _show_tracks(self, d: Dashboard) -> None:
        rows = "".join(
            f"<tr><td style='padding:2px 12px 2px 0'>{_html(name)}</td>"
            f"<td align='right'><b>{format_number(n)}</b></td></tr>"
            for _, name, n in d.in_training_by_track)
        title = self.tr("Peserta pelatihan per program")
        if not rows:
            rows = "<tr><td>{}</td></tr>".format(_html(self.tr("Belum ada peserta aktif.")))
        facts = []
        if d.scope != "tutor":
            facts = [
                self.tr("Tutor aktif: {n}").format(n=format_number(d.tutors_active)),
                self.tr("Klien terdaftar sejak awal: {n}").format(
                    n=format_number(d.clients_total)),
            ]
        facts_html = "".join(f"<p style='color:#4f6272'>{_html(f)}</p>" for f in facts)
        self.tracks.setText(
            f"<p style='font-weight:600; color:#1f3b4d'>{_html(title)}</p>"
            f"<table width='100%'>{rows}</table><br>{facts_html}")

    def _show_chart(self, d: Dashboard) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # Residents are never in the after-discharge stages: leave those rows out when empty.
        stages = [t for t in d.by_stage
                  if t[2] or t[0] not in ("terminasi", "bimbingan_lanjut")]
        stages.reverse()  # first stage on top
        bar_set = QBarSet(self.tr("Penghuni"))
        bar_set.setColor(QColor("#2f6f9f"))
        bar_set.setLabelColor(QColor("#1c2a35"))
        for _, _, n in stages:
            bar_set.append(n)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([short_stage_name(name) for _, name, _ in stages])
        font = QFont()
        font.setPointSize(9)
        categories.setLabelsFont(font)
        values = QValueAxis()
        top = max((n for _, _, n in stages), default=0)
        values.setRange(0, max(5, int(top * 1.1) + 1))
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        values.setLabelsFont(font)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
