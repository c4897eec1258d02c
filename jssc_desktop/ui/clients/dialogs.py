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
from sqlalchemy.orm import Session

from ...domain.changes import RecordKind
from ...domain.codes import ClientStatus, Stage
from ...domain.vocab import CONSENT_KINDS, DISCHARGE_REASONS, STAGES
from ...services import clients as svc
from ...services.clients import ClientDetail
from .. import usecase
from ..context import AppContext
from ..widgets import DateEdit, VocabCombo, dialog_buttons, hint_label


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
        buttons = dialog_buttons(self, ok_text, save_shortcut=True)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.save)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        result = usecase.run(self, self.ctx, self._save, changes=(RecordKind.CLIENT,),
                             changed_id=self.client.id, fields=self.fields, message=self.error)
        if result is usecase.FAILED:
            return
        self.result_detail = result
        self.accept()

    def _save(self, s: Session, _actor: object, lock_reason: str | None = None) -> object:
        return self.do_save(s, lock_reason)

    def do_save(self, s: Session, lock_reason: str | None) -> object:
        raise NotImplementedError


class MoveStageDialog(_ClientDialog):
    def __init__(self, ctx: AppContext, client: ClientDetail, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(ctx, client, self.tr("Pindah tahapan rehabilitasi"), parent, today)
        allowed = [c for c in STAGES.codes if c not in (Stage.DISCHARGE, client.current_stage)]
        if client.status == ClientStatus.DISCHARGED:
            allowed = [Stage.AFTERCARE] if client.current_stage != Stage.AFTERCARE else []
        else:
            allowed = [c for c in allowed if c != Stage.AFTERCARE]
        self.form.addRow(self.tr("Tahap sekarang"), QLabel(client.stage_name or "—"))
        self.stage = VocabCombo(STAGES, codes=allowed)
        current_order = STAGES.codes.index(client.current_stage) if client.current_stage in \
            STAGES.codes else -1
        following = [c for c in allowed if STAGES.codes.index(c) > current_order]
        if following:
            self.stage.set_code(following[0])
        self.started_on = DateEdit(value=today or date.today())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves to the next field
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("Tahap berikutnya"), self.stage)
        self.form.addRow(self.tr("Mulai tanggal"), self.started_on)
        self.form.addRow(self.tr("Catatan"), self.notes)
        self.fields = {"stage": self.stage, "started_on": self.started_on, "notes": self.notes}
        if client.status != ClientStatus.DISCHARGED:
            self.layout_.addWidget(hint_label(self.tr(
                "Terminasi dicatat lewat tombol Terminasi (dengan alasan dan berita acara).")))
        self.finish_layout(self.tr("Simpan tahapan"))

    def do_save(self, s: Session, lock_reason: str | None) -> object:
        return svc.move_stage(s, self.ctx.actor, self.client.id, stage=self.stage.code() or "",
                              started_on=self.started_on.value(),
                              notes=self.notes.toPlainText().strip() or None,
                              version=self.client.version, today=self.today,
                              lock_reason=lock_reason)


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
        self.handover_record.setTabChangesFocus(True)  # Tab moves to the next field
        self.handover_record.setPlaceholderText(self.tr("Nomor dan ringkasan berita acara "
                                                        "serah terima"))
        self.handover_record.setFixedHeight(64)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves to the next field
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

    def do_save(self, s: Session, lock_reason: str | None) -> object:
        return svc.discharge_client(
            s, self.ctx.actor, self.client.id, reason=self.reason.code() or "",
            discharge_date=self.discharge_date.value(),
            notes=self.notes.toPlainText().strip() or None,
            handover_to=self.handover_to.text().strip() or None,
            handover_record=self.handover_record.toPlainText().strip() or None,
            version=self.client.version, today=self.today, lock_reason=lock_reason)


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
        self.scope.setTabChangesFocus(True)  # Tab moves to the next field
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

    def do_save(self, s: Session, lock_reason: str | None) -> object:
        return svc.record_consent(s, self.ctx.actor, self.client.id, kind=self.kind.code() or "",
                                  given_by=self.given_by.text(), given_on=self.given_on.value(),
                                  scope=self.scope.toPlainText().strip() or None,
                                  today=self.today, lock_reason=lock_reason)
