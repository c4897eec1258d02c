"""'Terima paket': the province officer picks one or many ``.jsscpkg`` files (from e-mail or a
USB stick) and receives them. Each file is first checked off the GUI thread (signature,
checksums, schema; whether its UPT's key is new); a UPT's first key is shown with its fingerprint
for confirmation before it is registered; then the files are received, each in its own
transaction, and every file gets a row: accepted, superseding, an older package, unchanged, or
refused with the reason. Each file is checked once: receiving records the package checked and
shown, after hashing the file again (a file changed in between is refused)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from ...domain.changes import RecordKind
from .. import usecase
from ..context import AppContext
from ..pages._common import Column, DataTable, PageBase, documents_dir, toolbar
from ..widgets import ask_confirm, button, heading, hint_label, show_error
from .common import outcome_note, outcome_text, t


@dataclass(frozen=True)
class ResultRow:
    file_name: str
    upt: str
    period: str
    status: str
    result: str
    note: str
    ok: bool


def inspect_files(_session: Any, actor: Any, paths: list[Path], *, db: Any,
                  progress: Any) -> list[tuple[Path, Any, str]]:
    """Worker body: (path, Checked or None, refusal) per file; nothing is written."""
    from ...domain.errors import DomainError
    from ...services.province_inbox import check_incoming

    out: list[tuple[Path, Any, str]] = []
    for n, path in enumerate(paths):
        progress(t("Memeriksa {name}…").format(name=path.name), n / max(len(paths), 1))
        try:
            content = path.read_bytes()
        except OSError as exc:
            out.append((path, None, t("Berkas tidak dapat dibaca: {why}.").format(
                why=exc.strerror or exc)))
            continue
        try:
            with db.read_session() as s:
                out.append((path, check_incoming(s, actor, path.name, content), ""))
        except DomainError as exc:
            out.append((path, None, exc.message))
    return out


def receive_paths(_session: Any, actor: Any, paths: list[Path], confirmed: dict[str, str],
                  checked: list[Any], *, db: Any, progress: Any) -> list[Any]:
    """Worker body: :func:`services.province_inbox.receive_files` over the files' bytes, with
    the package :func:`inspect_files` checked from each (not checked again)."""
    from ...services.province_inbox import receive_files

    files = [(p.name, p.read_bytes()) for p in paths]
    return receive_files(db, actor, files, confirmed=confirmed, progress=progress,
                         checked=checked)


class ReceivePage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "province#receive"

    topics = frozenset({RecordKind.PROVINCE_PACKAGE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.busy = False
        self.rows: list[ResultRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Terima paket dari UPT")))
        layout.addWidget(hint_label(self.tr(
            "Pilih satu atau beberapa berkas paket (.jsscpkg) dari surel atau flashdisk. Setiap "
            "paket diperiksa lebih dulu (tanda tangan, checksum dan isi); paket yang rusak atau "
            "diubah ditolak tanpa menyimpan apa pun. Paket pertama sebuah UPT menampilkan sidik "
            "jari kuncinya untuk dikonfirmasi.")))
        self.pick_button = button(self.tr("Pilih paket…"), "add", primary=True)
        self.pick_button.clicked.connect(lambda: self.pick())
        self.pick_button.setEnabled(ctx.can("province.receive"))
        layout.addLayout(toolbar(self.pick_button))
        self.summary = hint_label(self.tr("Belum ada paket yang diterima dalam sesi ini."))
        layout.addWidget(self.summary)
        red, green = QColor("#a61b1b"), QColor("#1d6b36")
        self.table = DataTable([
            Column(self.tr("Hasil"), lambda r: r.result, width=170, bold=lambda r: True,
                   foreground=lambda r: green if r.ok else red, tooltip=lambda r: r.note),
            Column(self.tr("Berkas"), lambda r: r.file_name, width=210),
            Column(self.tr("UPT"), lambda r: r.upt, tooltip=lambda r: r.upt, width=220),
            Column(self.tr("Periode"), lambda r: r.period, width=110),
            Column(self.tr("Status paket"), lambda r: r.status, width=110),
            Column(self.tr("Keterangan"), lambda r: r.note, tooltip=lambda r: r.note),
        ])
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout.addWidget(self.table, 1)
        self.detail = hint_label()
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())

    def refresh(self) -> None:
        self._dirty = False

    # ----------------------------------------------------------------------------- receiving

    def pick(self, paths: list[str] | None = None) -> None:
        if self.busy:
            return
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Pilih paket laporan UPT"), documents_dir(),
                self.tr("Paket laporan JSSC (*.jsscpkg);;Semua berkas (*)"))
        if not paths:
            return
        self.busy = True
        self.pick_button.setEnabled(False)
        files = [Path(p) for p in paths]
        usecase.run_in_background(
            self, self.ctx, inspect_files, files, db=self.ctx.db,
            title=self.tr("Terima paket"), label=self.tr("Memeriksa paket…"),
            on_done=lambda checked: self._checked(files, checked), on_error=self._failed)

    def _checked(self, files: list[Path], checked: list[tuple[Path, Any, str]]) -> None:
        """Ask about new keys, then receive the files that passed the check."""
        refused = [ResultRow(p.name, "", "", "", self.tr("Ditolak"), why, False)
                   for p, found, why in checked if found is None]
        good = [(p, found.info) for p, found, _why in checked if found is not None]
        packages = {p: found.package for p, found, _why in checked if found is not None}
        confirmed: dict[str, str] = {}
        asked: dict[str, bool] = {}
        for _p, info in good:
            if info.key_state != "baru" or info.upt_code in asked:
                continue
            asked[info.upt_code] = ask_confirm(self, self.tr("Kunci UPT baru"), self.tr(
                "Paket {file} adalah paket pertama dari {name} ({code}).\n\nSidik jari kunci "
                "UPT:\n{fingerprint}\n\nCocokkan sidik jari ini dengan petugas UPT (misalnya "
                "lewat telepon). Setelah didaftarkan, paket berikutnya dari UPT ini harus "
                "ditandatangani kunci yang sama.").format(
                    file=info.file_name, name=info.upt_name, code=info.upt_code,
                    fingerprint=info.fingerprint),
                yes=self.tr("Daftarkan kunci dan terima"), no=self.tr("Lewati paket UPT ini"))
            if asked[info.upt_code]:
                confirmed[info.upt_code] = info.fingerprint
        skipped = [ResultRow(info.file_name, self._upt(info), info.label, info.word,
                             self.tr("Dilewati"),
                             self.tr("Kunci UPT belum dikonfirmasi; tidak ada yang disimpan."),
                             False)
                   for _p, info in good if info.key_state == "baru"
                   and not asked.get(info.upt_code)]
        todo = [p for p, info in good
                if info.key_state != "baru" or asked.get(info.upt_code)]
        infos = {p.name: info for p, info in good}
        if not todo:
            self._show(refused + skipped)
            return
        usecase.run_in_background(
            self, self.ctx, receive_paths, todo, confirmed, [packages[p] for p in todo],
            db=self.ctx.db,
            changes=(RecordKind.PROVINCE_PACKAGE,), title=self.tr("Terima paket"),
            label=self.tr("Menerima {n} paket…", "", len(todo)).format(n=len(todo)),
            on_done=lambda outcomes: self._show(
                [self._row(o, infos.get(o.file_name)) for o in outcomes] + refused + skipped),
            on_error=self._failed)

    @staticmethod
    def _upt(info: Any) -> str:
        return f"{info.upt_name} ({info.upt_code})"

    def _row(self, outcome: Any, info: Any) -> ResultRow:
        upt = self._upt(info) if info is not None else ""
        label = info.label if info is not None else ""
        word = info.word if info is not None else ""
        if outcome.received is None:
            return ResultRow(outcome.file_name, upt, label, word, self.tr("Ditolak"),
                             outcome.refusal, False)
        r = outcome.received
        note = outcome_note(r.outcome)
        if r.key_registered:
            note += " " + self.tr("Kunci UPT didaftarkan: {fingerprint}").format(
                fingerprint=r.fingerprint)
        return ResultRow(outcome.file_name, upt, label, word, outcome_text(r.outcome), note,
                         True)

    def _show(self, rows: list[ResultRow]) -> None:
        self.busy = False
        self.pick_button.setEnabled(True)
        self.rows = rows
        self.table.set_rows(rows)
        # the first refusal is explained under the table; otherwise the first file
        if not self.table.select_where(lambda r: not r.ok):
            self.table.select_first()
        self._show_detail()
        accepted = sum(1 for r in rows if r.ok)
        self.summary.setText(self.tr(
            "{files} berkas diproses: {ok} diterima atau sudah ada, {bad} ditolak atau "
            "dilewati.", "",
                    len(rows)).format(files=len(rows), ok=accepted, bad=len(rows) - accepted))

    def _show_detail(self) -> None:
        row = self.table.current()
        self.detail.setText(self.tr("{file}: {result}. {note}").format(
            file=row.file_name, result=row.result, note=row.note) if row is not None else "")

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.pick_button.setEnabled(True)
        show_error(self, exc)
