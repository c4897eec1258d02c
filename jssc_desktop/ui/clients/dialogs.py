"""Small dialogs on one client: next rehabilitation stage, discharge (terminasi), consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.vocab import CONSENT_KINDS, DISCHARGE_REASONS, STAGES
from ...services import clients as svc
from ...services.clients import ClientDetail
from ..context import AppContext
from ..widgets import DateEdit, VocabCombo, dialog_buttons, hint_label, mark_invalid, show_error


class _ClientDialog(QDialog):
    """Common frame: a title naming the client, a form, an error line, Save/Cancel."""

    def __init__(self, ctx: AppContext, client: ClientDetail, title: str,
                 parent: QWidget | None, today: date | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client = client
        self.today = today
        self.result_detail: object = None
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.layout_ = QVBoxLayout(self)
        who = QLabel(self.tr("{name} ({reg_no})").format(name=client.name, reg_no=client.reg_no))
        who.setObjectName("subheading")
        self.layout_.addWidget(who)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.fields: dict[str, QWidget] = {}

    def finish_layout(self, ok_text: str) -> None:
        self.layout_.addWidget(self.error)
        buttons = dialog_buttons(self, ok_text)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.save)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        for widget in self.fields.values():
            mark_invalid(widget, False)
        try:
            with self.ctx.session() as s:
                self.result_detail = self.do_save(s)
        except DomainError as exc:
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                mark_invalid(widget, True, exc.message)
                widget.setFocus()
                self.error.setText(exc.message)
            else:
                show_error(self, exc)
            return
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.ctx.bus.changed.emit("clients")
        self.accept()

    def do_save(self, s):
        raise NotImplementedError


class MoveStageDialog(_ClientDialog):
    def __init__(self, ctx: AppContext, client: ClientDetail, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(ctx, client, self.tr("Pindah tahapan rehabilitasi"), parent, today)
        allowed = [c for c in STAGES.codes if c not in ("terminasi", client.current_stage)]
        if client.status == "terminasi":
            allowed = ["bimbingan_lanjut"] if client.current_stage != "bimbingan_lanjut" else []
        else:
            allowed = [c for c in allowed if c != "bimbingan_lanjut"]
        self.form.addRow(self.tr("Tahap sekarang"), QLabel(client.stage_name or "—"))
        self.stage = VocabCombo(STAGES, codes=allowed)
        current_order = STAGES.codes.index(client.current_stage) if client.current_stage in \
            STAGES.codes else -1
        following = [c for c in allowed if STAGES.codes.index(c) > current_order]
        if following:
            self.stage.set_code(following[0])
        self.started_on = DateEdit(value=today or date.today())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("Tahap berikutnya"), self.stage)
        self.form.addRow(self.tr("Mulai tanggal"), self.started_on)
        self.form.addRow(self.tr("Catatan"), self.notes)
        self.fields = {"stage": self.stage, "started_on": self.started_on, "notes": self.notes}
        if client.status != "terminasi":
            self.layout_.addWidget(hint_label(self.tr(
                "Terminasi dicatat lewat tombol Terminasi (dengan alasan dan berita acara).")))
        self.finish_layout(self.tr("Simpan tahapan"))

    def do_save(self, s):
        return svc.move_stage(s, self.ctx.actor, self.client.id, stage=self.stage.code() or "",
                              started_on=self.started_on.value(),
                              notes=self.notes.toPlainText().strip() or None,
                              version=self.client.version, today=self.today)


class DischargeDialog(_ClientDialog):
    def __init__(self, ctx: AppContext, client: ClientDetail, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(ctx, client, self.tr("Terminasi klien"), parent, today)
        self.layout_.insertWidget(1, hint_label(self.tr(
            "Terminasi mengakhiri masa layanan klien di UPT. Keikutsertaan pelatihan tidak "
            "berubah; kelulusan dicatat di halaman Pelatihan.")))
        self.reason = VocabCombo(DISCHARGE_REASONS, empty_text=self.tr("— pilih alasan —"))
        self.discharge_date = DateEdit(value=today or date.today())
        self.handover_to = QLineEdit()
        self.handover_to.setPlaceholderText(self.tr("mis. orang tua (Bapak Sutrisno), "
                                                    "Dinas Sosial Kab. Malang"))
        self.handover_record = QPlainTextEdit()
        self.handover_record.setPlaceholderText(self.tr("Nomor dan ringkasan berita acara "
                                                        "serah terima"))
        self.handover_record.setFixedHeight(64)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)
        self.form.addRow(self.tr("Alasan *"), self.reason)
        self.form.addRow(self.tr("Tanggal terminasi *"), self.discharge_date)
        self.form.addRow(self.tr("Diserahkan kepada"), self.handover_to)
        self.form.addRow(self.tr("Berita acara"), self.handover_record)
        self.form.addRow(self.tr("Catatan"), self.notes)
        self.fields = {"reason": self.reason, "discharge_date": self.discharge_date,
                       "handover_to": self.handover_to, "handover_record": self.handover_record,
                       "notes": self.notes}
        self.finish_layout(self.tr("Simpan terminasi"))

    def do_save(self, s):
        return svc.discharge_client(
            s, self.ctx.actor, self.client.id, reason=self.reason.code() or "",
            discharge_date=self.discharge_date.value(),
            notes=self.notes.toPlainText().strip() or None,
            handover_to=self.handover_to.text().strip() or None,
            handover_record=self.handover_record.toPlainText().strip() or None,
            version=self.client.version, today=self.today)


class ConsentDialog(_ClientDialog):
    def __init__(self, ctx: AppContext, client: ClientDetail, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(ctx, client, self.tr("Catat persetujuan pemrosesan data"), parent,
                         today)
        self.layout_.insertWidget(1, hint_label(self.tr(
            "Sesuai UU 27/2022, catat persetujuan klien dan, untuk anak atau bila perlu, "
            "persetujuan wali atau keluarga.")))
        self.kind = VocabCombo(CONSENT_KINDS)
        self.given_by = QLineEdit()
        if client.guardian_name and client.age is not None and client.age < 18:
            self.kind.set_code("wali")
            self.given_by.setText(client.guardian_name)
        else:
            self.given_by.setText(client.name)
        self.kind.currentIndexChanged.connect(self._suggest_name)
        self.given_on = DateEdit(value=today or date.today())
        self.scope = QPlainTextEdit()
        self.scope.setPlaceholderText(self.tr("mis. data identitas, kesehatan dan foto untuk "
                                              "layanan rehabilitasi dan laporan ke Dinas Sosial"))
        self.scope.setFixedHeight(64)
        self.form.addRow(self.tr("Diberikan oleh"), self.kind)
        self.form.addRow(self.tr("Nama pemberi *"), self.given_by)
        self.form.addRow(self.tr("Tanggal *"), self.given_on)
        self.form.addRow(self.tr("Cakupan"), self.scope)
        self.fields = {"kind": self.kind, "given_by": self.given_by, "given_on": self.given_on,
                       "scope": self.scope}
        self.finish_layout(self.tr("Simpan persetujuan"))

    def _suggest_name(self) -> None:
        if self.kind.code() == "wali" and self.client.guardian_name:
            self.given_by.setText(self.client.guardian_name)
        elif self.kind.code() == "klien":
            self.given_by.setText(self.client.name)

    def do_save(self, s):
        return svc.record_consent(s, self.ctx.actor, self.client.id, kind=self.kind.code() or "",
                                  given_by=self.given_by.text(), given_on=self.given_on.value(),
                                  scope=self.scope.toPlainText().strip() or None,
                                  today=self.today)
