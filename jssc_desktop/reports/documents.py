"""Documents a UPT prints, as PDF: the training certificate of a graduate, the monthly attendance
recap of a cohort, a client's case summary and a facility request form.

Each function checks the permission, loads what it needs in the caller's session and returns
``(file name, PDF bytes)``. ReportLab is imported inside the functions (through ``pdfkit``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError, WorkflowError
from ..domain.fields import CLIENT as CLIENT_FIELDS
from ..domain.formatting import (
    age_on,
    format_date,
    format_number,
    format_percent,
    format_rupiah,
    month_name,
)
from ..domain.language import official
from ..domain.messages import msg
from ..domain.vocab import (
    AID_CONDITIONS,
    ATTENDANCE,
    CLIENT_STATUSES,
    COMPETENCY_RESULTS,
    CONSENT_KINDS,
    DISCHARGE_REASONS,
    ENROLLMENT_STATUSES,
    FACILITY_KINDS,
    FACILITY_PRIORITIES,
    FACILITY_STATUSES,
    FOLLOWUP_METHODS,
    FOLLOWUP_OUTCOMES,
    FUNDING_SOURCES,
    KAB_KOTA,
    NIK_MISSING_REASONS,
    PPKS,
    SEXES,
    STAGES,
)
from ..fileutil import safe_file_name
from ..services.base import Actor, audit, get_or_404, require
from ..services.certificates import ensure_code, format_code
from ..storage.models import (
    Client,
    Cohort,
    Consent,
    Enrollment,
    FacilityAttachment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    Setting,
    StageHistory,
    TrainingSession,
    TrainingTrack,
    Tutor,
    UptProfile,
    User,
)
from .dataset import place_name

MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
#: A facility request form carries the signature of the Kepala UPT only from approval on.
APPROVED_FACILITY_STATUSES = frozenset({"disetujui", "dianggarkan", "dikerjakan", "selesai"})


@dataclass(frozen=True)
class Head:
    """What every document takes from the UPT profile."""

    upt_name: str
    address: str
    phone: str
    email: str
    logo: bytes | None
    head_name: str
    head_nip: str
    place: str
    head_rank: str = ""


def _head(s: Session) -> Head:
    p = s.execute(select(UptProfile).order_by(UptProfile.id).limit(1)).scalar_one_or_none()
    setting = s.get(Setting, "report_place")
    place = setting.value.strip() if setting is not None and setting.value else ""
    if p is None:
        return Head("UPT (profil belum diisi)", "", "", "", None, "", "", place)
    return Head(p.name, p.address or "", p.phone or "", p.email or "", p.logo,
                p.head_name or "", p.head_nip or "", place or place_name(p.kab_kota_code),
                p.head_rank or "")


def _letterhead(h: Head) -> Any:
    from .pdfkit import Letterhead

    return Letterhead(h.upt_name, h.address, h.phone, h.email, h.logo)


def _t(value: Any) -> str:
    return "-" if value in (None, "") else str(value)


def _part(text: str) -> str:
    """A piece of a generated file name: lower-case letters, digits and dashes."""
    return safe_file_name(text, slug=True, default="dokumen", max_length=60)


# ------------------------------------------------------------------------------- certificate


@official
def certificate_pdf(s: Session, actor: Actor, enrollment_id: int, *,
                    today: date | None = None) -> tuple[str, bytes]:
    """The training certificate of one graduate (landscape A4): emblem or logo, photo, place
    and date of birth, track, hours, grade, and a verification code (with a QR code) that
    ``jssc-desktop document verify CODE`` checks against this database."""
    from .pdfkit import build_pdf, frame_width

    require(actor, "report.generate")
    e = get_or_404(s, Enrollment, enrollment_id, "Peserta pelatihan")
    client = s.get(Client, e.client_id)
    cohort = s.get(Cohort, e.cohort_id)
    assert client is not None and cohort is not None
    track = s.get(TrainingTrack, cohort.track_id)
    assert track is not None
    if e.status != "lulus" or not e.certificate_no:
        raise WorkflowError(
            msg("Sertifikat hanya untuk peserta yang sudah lulus; {name} "
                "({reg_no}) berstatus {lower} "
                "di {name2} {name3}.",
                name=client.name, reg_no=client.reg_no,
                lower=ENROLLMENT_STATUSES.name(e.status).lower(), name2=track.name,
                name3=cohort.name))
    jp = s.execute(select(func.coalesce(func.sum(TrainingSession.jp), 0))
                   .where(TrainingSession.cohort_id == cohort.id)).scalar_one()
    jp = int(jp) or cohort.planned_jp or track.total_jp
    code = format_code(ensure_code(s, actor, e))
    h = _head(s)
    width = frame_width(landscape=True, left_mm=24, right_mm=24)
    story = _certificate_story(h, e, client, track, cohort, jp, code, width,
                               e.graduated_on or today or date.today())
    pdf = build_pdf(story, title=f"Sertifikat {e.certificate_no} {client.name}",
                    author=h.upt_name, subject=f"Sertifikat pelatihan {track.name}",
                    footer=None, landscape=True,
                    margins_mm=(16, 24, 14, 24), decorate=_certificate_border)
    return f"sertifikat-{_part(e.certificate_no)}.pdf", pdf


def _certificate_story(h: Head, e: Enrollment, client: Client, track: TrainingTrack,
                       cohort: Cohort, jp: int, code: str, width: float,
                       day: date) -> list[Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from .pdfkit import FONT_BOLD, emblem, esc, mm_, signature_block, styles

    st = styles()
    navy = (0.08, 0.2, 0.45)
    center = ParagraphStyle("cert", parent=st["base"], alignment=TA_CENTER, fontSize=11,
                            leading=15)
    gov = ParagraphStyle("cert-gov", parent=center, fontName=FONT_BOLD, fontSize=11.5,
                         leading=14.5)
    big = ParagraphStyle("cert-title", parent=center, fontName=FONT_BOLD, fontSize=34,
                         leading=40, textColor=navy)
    name_style = ParagraphStyle("cert-name", parent=center, fontName=FONT_BOLD, fontSize=24,
                                leading=30, textColor=navy)
    result_style = ParagraphStyle("cert-result", parent=center, fontName=FONT_BOLD,
                                  fontSize=16, leading=20)
    head_rows = Table([[emblem(h.logo, 24), [
        Paragraph("PEMERINTAH PROVINSI JAWA TIMUR", gov), Paragraph("DINAS SOSIAL", gov),
        Paragraph(esc(h.upt_name.upper()), gov)], ""]],
        colWidths=[mm_(30), width - mm_(60), mm_(30)])
    head_rows.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("ALIGN", (0, 0), (0, 0), "CENTER")]))
    birth = ", ".join(x for x in (client.birth_place or "", format_date(client.birth_date)) if x)
    result = COMPETENCY_RESULTS.name(e.competency_result or "kompeten").upper()
    if e.assessment_score is not None:
        result += f" (nilai {format_number(e.assessment_score, 2)})"
    label = ParagraphStyle("cert-label", parent=st["base"], fontSize=10.5, leading=14,
                           textColor=(0.3, 0.3, 0.3))
    value = ParagraphStyle("cert-value", parent=st["base"], fontName=FONT_BOLD, fontSize=10.5,
                           leading=14)
    pairs = [
        ("Nomor registrasi", client.reg_no),
        ("Tempat, tanggal lahir", birth or "-"),
        ("Program keterampilan", track.name),
        ("Angkatan", cohort.name),
        ("Waktu pelatihan", f"{format_date(cohort.start_date)} sampai dengan "
                            f"{format_date(cohort.end_date)}"),
        ("Jumlah jam pelajaran", f"{format_number(jp)} jam pelajaran (JP)"),
    ]
    details = Table([[Paragraph(esc(k), label), Paragraph(esc(v), value)] for k, v in pairs],
                    colWidths=[mm_(50), mm_(115)])
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, (0.82, 0.82, 0.82)),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    photo = _photo(client.photo)
    body = Table([[photo, details]], colWidths=[mm_(42), mm_(170)], hAlign="CENTER")
    body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("ALIGN", (0, 0), (0, 0), "CENTER")]))
    verify = _verification(code, e, client, track, cohort, h.upt_name)
    sign = signature_block(h.place, day, "Kepala UPT", h.head_name, h.head_nip, mm_(200),
                           rank=h.head_rank or None, bare=True)
    bottom = Table([[verify, sign]], colWidths=[width - mm_(200), mm_(200)])
    bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        head_rows, Spacer(1, mm_(3)),
        Paragraph("SERTIFIKAT", big),
        Paragraph(f"Nomor: {esc(e.certificate_no)}", center),
        Spacer(1, mm_(3)),
        Paragraph("diberikan kepada", center),
        Paragraph(esc(client.name), name_style),
        Spacer(1, mm_(2)),
        body,
        Spacer(1, mm_(3)),
        Paragraph("yang telah mengikuti Pelatihan Keterampilan "
                  f"{esc(track.name)} {esc(cohort.name)} dan berdasarkan uji kompetensi "
                  "dinyatakan:", center),
        Paragraph(esc(result), result_style),
        bottom,
    ]


def _photo(content: bytes | None) -> Any:
    """The client's photo at pas-foto size (3 × 4 cm), or an empty frame to paste one in."""
    from reportlab.platypus import Table, TableStyle

    from .pdfkit import logo_flowable, mm_, para, styles

    img = logo_flowable(content, size_mm=40) if content else None
    if img is not None:
        scale = min(mm_(30) / img.drawWidth, mm_(40) / img.drawHeight)
        img.drawWidth, img.drawHeight = img.drawWidth * scale, img.drawHeight * scale
        return img
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    label = ParagraphStyle("cert-photo", parent=styles()["note"], alignment=TA_CENTER)
    frame = Table([[para("Pas foto 3 × 4", label)]], colWidths=[mm_(30)],
                  rowHeights=[mm_(40)])
    frame.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, (0.6, 0.6, 0.6)),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return frame


def _verification(code: str, e: Enrollment, client: Client, track: TrainingTrack,
                  cohort: Cohort, upt_name: str) -> Any:
    """QR code and the printed verification code, bottom left."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Paragraph, Table, TableStyle

    from .pdfkit import esc, mm_, styles

    text = (f"SERTIFIKAT {e.certificate_no}\n{client.name}\n{track.name} {cohort.name}\n"
            f"{upt_name}\nKode verifikasi: {code}")
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = mm_(24)
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    st = styles()
    label = [Paragraph("Kode verifikasi", st["note"]),
             Paragraph(f"<b>{esc(code)}</b>", st["base"]),
             Paragraph(esc(f"Periksa keaslian: jssc-desktop document verify {code}"),
                       st["note"])]
    table = Table([[drawing, label]], colWidths=[mm_(26), mm_(46)])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _certificate_border(canvas: Any, doc: Any) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setStrokeColorRGB(0.08, 0.2, 0.45)
    canvas.setLineWidth(3)
    canvas.rect(18, 18, width - 36, height - 36)
    canvas.setLineWidth(0.8)
    canvas.rect(25, 25, width - 50, height - 50)
    canvas.restoreState()


# --------------------------------------------------------------------------- attendance recap


def _parse_month(month: str | None) -> tuple[int, int] | None:
    if month is None or not str(month).strip():
        return None
    m = MONTH_RE.match(str(month).strip())
    if not m or not 1 <= int(m[2]) <= 12:
        raise ValidationError(msg("Bulan '{month}' tidak dikenal; tulis seperti 2026-10.",
                                  month=month), "month")
    return int(m[1]), int(m[2])


@official
def attendance_recap_pdf(s: Session, actor: Actor, cohort_id: int, month: str | None, *,
                         today: date | None = None) -> tuple[str, bytes]:
    """The H/S/I/A/T grid of one cohort for one month (landscape A4), signed by the tutor.

    Without a month, the month of the cohort's latest session is printed."""
    from reportlab.platypus import Paragraph, Spacer

    from ..services.attendance import monthly_recap
    from .pdfkit import (
        build_pdf_signed,
        data_table,
        esc,
        frame_width,
        key_value_table,
        letterhead,
        mm_,
        para,
        signature_block,
        signing_date,
        styles,
    )

    ym = _parse_month(month)
    cohort = get_or_404(s, Cohort, cohort_id, "Angkatan")
    if ym is None:
        last = s.execute(select(func.max(TrainingSession.session_date))
                         .where(TrainingSession.cohort_id == cohort.id)).scalar_one()
        last = last or cohort.start_date
        ym = (last.year, last.month)
    recap = monthly_recap(s, actor, cohort_id, ym[0], ym[1])  # permission and tutor ownership
    tutor = s.get(Tutor, cohort.tutor_id) if cohort.tutor_id else None
    h = _head(s)
    st = styles()
    width = frame_width(landscape=True, left_mm=15, right_mm=15)
    label = f"{month_name(recap.month)} {recap.year}"
    story: list[Any] = letterhead(_letterhead(h), width)
    story += [
        Paragraph("REKAP KEHADIRAN BULANAN PESERTA PELATIHAN", st["title"]),
        Paragraph(esc(f"Bulan {label}"), st["subtitle"]),
        Spacer(1, mm_(3)),
        key_value_table([("Program keterampilan", recap.track_name),
                         ("Angkatan", recap.cohort_name),
                         ("Tutor/instruktur", recap.tutor_name or "-"),
                         ("Jumlah pertemuan", format_number(len(recap.days)))],
                        [width * 0.2, width * 0.5]),
        Spacer(1, mm_(3)),
    ]
    codes = ATTENDANCE.codes
    days = recap.days
    fixed = {"no": 8.0, "name": 52.0, "reg": 28.0, "count": 8.0, "pct": 15.0}
    used = fixed["no"] + fixed["name"] + fixed["reg"] + fixed["count"] * len(codes) + fixed["pct"]
    day_w = min(12.0, max(5.0, (width / mm_(1) - used) / max(len(days), 1)))
    fixed["name"] += max(0.0, width / mm_(1) - used - day_w * len(days))
    header = ["No", "Nama", "No. registrasi", *[f"{d.day:02d}" for d in days], *codes, "%"]
    widths = [mm_(fixed["no"]), mm_(fixed["name"]), mm_(fixed["reg"]),
              *[mm_(day_w)] * len(days), *[mm_(fixed["count"])] * len(codes), mm_(fixed["pct"])]
    rows = [[str(i), para(r.client_name, st["cell"]), r.reg_no,
             *[r.codes.get(d, "") for d in days], *[format_number(r.counts.get(c, 0))
                                                    for c in codes],
             format_percent(r.percent)] for i, r in enumerate(recap.rows, start=1)]
    totals = ["", "Jumlah", "", *[""] * len(days),
              *[format_number(recap.totals.get(c, 0)) for c in codes],
              format_percent(recap.percent)]
    first_count = 3 + len(days)
    note = para("Keterangan: " + ", ".join(f"{t.code} = {t.name}" for t in ATTENDANCE)
                + ". Persentase kehadiran = (H + T) / kehadiran tercatat.", st["note"])
    month_end = (date(recap.year + recap.month // 12, recap.month % 12 + 1, 1)
                 - timedelta(days=1))
    sign = signature_block(
        h.place, signing_date(today or date.today(), month_end), "Tutor/Instruktur",
        recap.tutor_name, tutor.nip if tutor is not None and tutor.nip else None, width,
        left_signer=("Mengetahui, Kepala UPT", h.head_name, h.head_rank or None, h.head_nip))

    def make_story(keep: int) -> list[Any]:
        return story + data_table(
            header, rows, widths, totals=totals, center=range(3, first_count),
            right=range(first_count, first_count + len(codes) + 1), font_size=7.5,
            keep_last=keep, tail=[Spacer(1, mm_(2)), note, sign],
            empty="Belum ada peserta pada bulan ini.")

    pdf = build_pdf_signed(
        make_story, title=f"Rekap kehadiran {recap.track_name} {recap.cohort_name} {label}",
        author=h.upt_name, subject="Rekap kehadiran bulanan",
        footer=f"{h.upt_name} · Rekap kehadiran {recap.cohort_name} {label}",
        landscape=True, margins_mm=(12, 15, 18, 15))
    name = (f"rekap-kehadiran-{_part(recap.track_name)}-"
            f"{_part(recap.cohort_name)}-{recap.year}-{recap.month:02d}.pdf")
    return name, pdf


# ------------------------------------------------------------------------------ case summary


@official
def case_summary_pdf(s: Session, actor: Actor, client_id: int, *,
                     today: date | None = None) -> tuple[str, bytes]:
    """Everything about one client's case, including specific personal data; only for roles
    allowed to see it, and every print is written to the audit log."""
    from reportlab.platypus import Paragraph, Spacer

    from .pdfkit import (
        build_pdf_signed,
        data_table,
        frame_width,
        heading,
        key_value_table,
        letterhead,
        mm_,
        para,
        signature_block,
        signing_date,
        styles,
    )

    require(actor, "client.view_sensitive")
    c = get_or_404(s, Client, client_id, "Klien")
    today = today or date.today()
    h = _head(s)
    st = styles()
    width = frame_width()
    age = age_on(c.birth_date, today)
    birth = ", ".join(x for x in (c.birth_place or "", format_date(c.birth_date)) if x)
    nik = c.nik or f"(tidak ada: {NIK_MISSING_REASONS.name(c.nik_missing_reason)})"
    identity = [
        ("Nomor registrasi", c.reg_no), ("Nama", c.name), ("NIK", nik), ("Nomor KK", _t(c.kk)),
        ("Jenis kelamin", SEXES.name(c.sex)),
        ("Tempat, tanggal lahir", f"{birth or '-'}" + (f" ({age} tahun)" if age is not None
                                                       else "")),
        ("Agama / pendidikan", f"{_t(c.religion)} / {_t(c.education)}"),
        ("Alamat", _t(c.address)), ("Kabupaten/kota asal", _t(KAB_KOTA.name(c.kab_kota_code))),
        ("Telepon", _t(c.phone)), ("Kategori PPKS", PPKS.name(c.ppks_code)),
        ("Disabilitas", _t(c.disability)), ("Catatan kesehatan", _t(c.health_notes)),
        (CLIENT_FIELDS.label("referral_source"), _t(c.referral_source)),
        ("Wali/keluarga", " / ".join(x for x in (c.guardian_name, c.guardian_relation,
                                                   c.guardian_phone) if x) or "-"),
        ("Alamat wali", _t(c.guardian_address)), ("Catatan keluarga", _t(c.family_notes)),
        ("Tanggal masuk", format_date(c.admission_date)),
        ("Status", CLIENT_STATUSES.name(c.status)),
        ("Tahapan saat ini", _t(STAGES.name(c.current_stage))),
    ]
    if c.discharge_date:
        identity += [
            ("Terminasi", (f"{format_date(c.discharge_date)} – "
                          f"{DISCHARGE_REASONS.name(c.discharge_reason)}")),
            ("Diserahkan kepada", _t(c.handover_to)),
            ("Catatan terminasi", _t(c.discharge_notes)),
        ]
    story: list[Any] = letterhead(_letterhead(h), width)
    story += [
        Paragraph("RINGKASAN KASUS KLIEN", st["title"]),
        Paragraph("RAHASIA – memuat data pribadi yang bersifat spesifik (UU 27/2022). "
                  "Jangan digandakan atau dibagikan.", st["subtitle"]),
        Spacer(1, mm_(3)),
        heading("A. Identitas"),
        key_value_table(identity, [width * 0.3, width * 0.7]),
        heading("B. Riwayat tahapan rehabilitasi sosial"),
    ]
    stages = s.execute(
        select(StageHistory.started_on, StageHistory.stage, StageHistory.notes, User.full_name)
        .outerjoin(User, User.id == StageHistory.recorded_by)
        .where(StageHistory.client_id == c.id)
        .order_by(StageHistory.started_on, StageHistory.id)).all()
    story += data_table(["Mulai", "Tahapan", "Catatan", "Dicatat oleh"],
                        [[format_date(d), para(STAGES.name(code), st["cell"]),
                          para(_t(notes), st["cell"]), para(_t(who), st["cell"])]
                         for d, code, notes, who in stages],
                        [width * 0.17, width * 0.33, width * 0.3, width * 0.2],
                        empty="Belum ada riwayat tahapan.")
    story.append(heading("C. Pelatihan keterampilan"))
    training = s.execute(
        select(TrainingTrack.name, Cohort.name, Enrollment.status, Enrollment.competency_result,
               Enrollment.certificate_no, Enrollment.graduated_on, Enrollment.enrolled_on)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .where(Enrollment.client_id == c.id).order_by(Enrollment.enrolled_on)).all()
    story += data_table(
        ["Program", "Angkatan", "Terdaftar", "Status", "Hasil uji", "Sertifikat", "Lulus"],
        [[para(t, st["cell"]), para(k, st["cell"]), format_date(on),
          ENROLLMENT_STATUSES.name(status), para(_t(COMPETENCY_RESULTS.name(res)), st["cell"]),
          para(_t(cert), st["cell"]), format_date(grad)]
         for t, k, status, res, cert, grad, on in training],
        [width * 0.15, width * 0.15, width * 0.14, width * 0.1, width * 0.12, width * 0.2,
         width * 0.14], empty="Belum pernah mengikuti pelatihan.")
    story.append(heading("D. Bimbingan lanjut"))
    follow = s.execute(
        select(FollowUp.months_after, FollowUp.due_date, FollowUp.done_date, FollowUp.method,
               FollowUp.outcome, FollowUp.employer_or_business, FollowUp.monthly_income,
               FollowUp.aid_received, FollowUp.aid_condition)
        .where(FollowUp.client_id == c.id)
        .order_by(FollowUp.due_date, FollowUp.months_after)).all()
    story += data_table(
        ["Bulan ke", "Jatuh tempo", "Dilaksanakan", "Cara", "Hasil", "Pekerjaan/usaha",
         "Penghasilan", "Bantuan"],
        [[str(m), format_date(due), format_date(done) or "-",
          para(_t(FOLLOWUP_METHODS.name(method)), st["cell"]),
          para(_t(FOLLOWUP_OUTCOMES.name(outcome)), st["cell"]), para(_t(work), st["cell"]),
          format_rupiah(income) if income is not None else "-",
          para(" – ".join(x for x in (aid or "", AID_CONDITIONS.name(cond)) if x) or "-",
               st["cell"])]
         for m, due, done, method, outcome, work, income, aid, cond in follow],
        [width * 0.07, width * 0.12, width * 0.13, width * 0.12, width * 0.13, width * 0.15,
         width * 0.13, width * 0.15], right=[6], center=[0],
        empty="Tidak ada jadwal bimbingan lanjut.")
    consents = s.execute(
        select(Consent.kind, Consent.given_by, Consent.given_on, Consent.scope,
               Consent.withdrawn_on).where(Consent.client_id == c.id)
        .order_by(Consent.given_on)).all()
    printed = para(f"Dicetak oleh {actor.full_name or actor.username} "
                   f"({actor.role_name}) pada {format_date(today)}.", st["note"])
    sign = signature_block(h.place, signing_date(today), "Kepala UPT", h.head_name, h.head_nip,
                           width, rank=h.head_rank or None)

    def make_story(keep: int) -> list[Any]:
        return [*story, heading("E. Persetujuan pemrosesan data pribadi"), *data_table(
            ["Oleh", "Nama", "Tanggal", "Cakupan", "Ditarik"],
            [[CONSENT_KINDS.name(k), para(by, st["cell"]), format_date(on),
              para(_t(scope), st["cell"]), format_date(w) or "-"]
             for k, by, on, scope, w in consents],
            [width * 0.13, width * 0.23, width * 0.15, width * 0.34, width * 0.15],
            keep_last=keep, tail=[sign, printed], empty="Belum ada persetujuan tercatat.")]

    audit(s, actor, "document.case_summary", "client", c.id,
          after={"reg_no": c.reg_no, "document": "ringkasan kasus"})
    pdf = build_pdf_signed(make_story, title=f"Ringkasan kasus {c.reg_no}", author=h.upt_name,
                           subject="Ringkasan kasus klien (rahasia)",
                           footer=f"RAHASIA · Ringkasan kasus {c.reg_no} · {h.upt_name}")
    return f"ringkasan-kasus-{_part(c.reg_no)}.pdf", pdf


# --------------------------------------------------------------------------- facility request


def _facility_signer(s: Session, request_id: int, h: Head
                     ) -> tuple[str, str, str | None, str | None]:
    """(position, name, NIP, rank) of whoever approved the request: the head of UPT as named in
    the profile, or the acting head (Plh.) who approved it, by name and without the head's NIP."""
    approver = s.execute(
        select(User).join(FacilityStatusChange, FacilityStatusChange.user_id == User.id)
        .where(FacilityStatusChange.request_id == request_id,
               FacilityStatusChange.to_status == "disetujui")
        .order_by(FacilityStatusChange.id.desc()).limit(1)).scalar_one_or_none()
    if approver is None or approver.role == "head":
        return "Kepala UPT", h.head_name, h.head_nip, h.head_rank or None
    return "Plh. Kepala UPT", approver.full_name, None, None


@official
def facility_form_pdf(s: Session, actor: Actor, request_id: int, *,
                      today: date | None = None) -> tuple[str, bytes]:
    """A facility request (usulan revitalisasi) as a form to sign and send."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from .pdfkit import (
        build_pdf,
        data_table,
        esc,
        frame_width,
        heading,
        key_value_table,
        letterhead,
        mm_,
        para,
        signature_block,
        styles,
    )

    require(actor, "facility.view")
    r = get_or_404(s, FacilityRequest, request_id, "Usulan revitalisasi")
    today = today or date.today()
    h = _head(s)
    st = styles()
    width = frame_width()
    track = s.get(TrainingTrack, r.track_id) if r.track_id else None
    creator = s.get(User, r.created_by) if r.created_by else None
    story: list[Any] = letterhead(_letterhead(h), width)
    story += [
        Paragraph("FORMULIR USULAN REVITALISASI SARANA DAN PRASARANA", st["title"]),
        Paragraph(esc(f"Nomor: {r.number}"), st["subtitle"]),
        Spacer(1, mm_(3)),
        key_value_table([
            ("Judul usulan", r.title),
            ("Jenis", FACILITY_KINDS.name(r.kind)),
            ("Program keterampilan terkait", track.name if track else "-"),
            ("Sumber dana", FUNDING_SOURCES.name(r.funding_source)),
            ("Perkiraan biaya (RAB)", format_rupiah(r.estimated_cost)),
            ("Prioritas", FACILITY_PRIORITIES.name(r.priority)),
            ("Status", FACILITY_STATUSES.name(r.status)),
            ("Tanggal diajukan", format_date(r.submitted_on) or "-"),
            ("Tanggal diputuskan", format_date(r.decided_on) or "-"),
            ("Tanggal selesai", format_date(r.completed_on) or "-"),
            ("Disusun oleh", creator.full_name if creator else "-"),
        ], [width * 0.3, width * 0.7]),
        heading("Uraian dan alasan"),
        para(_t(r.description), st["base"]),
        heading("Riwayat status"),
    ]
    approved = r.status in APPROVED_FACILITY_STATUSES
    if approved:
        position, name, nip, rank = _facility_signer(s, r.id, h)
        closing: list[Any] = [signature_block(
            h.place, r.decided_on or r.submitted_on or today, position, name, nip, width,
            rank=rank, left=["Diusulkan oleh", creator.full_name if creator else
                             "(.................................)"])]
    else:
        # Not approved (yet): no signature block that someone could sign by mistake, and a
        # watermark on every page.
        closing = [Spacer(1, mm_(6)), para(
            f"Formulir ini belum disetujui Kepala UPT (status: "
            f"{FACILITY_STATUSES.name(r.status)}); tanda tangan dicetak setelah usulan "
            "disetujui.", st["note"])]
    history = s.execute(
        select(FacilityStatusChange.changed_on, FacilityStatusChange.from_status,
               FacilityStatusChange.to_status, User.full_name, FacilityStatusChange.reason)
        .outerjoin(User, User.id == FacilityStatusChange.user_id)
        .where(FacilityStatusChange.request_id == r.id)
        .order_by(FacilityStatusChange.id)).all()
    attachments = s.execute(
        select(FacilityAttachment.id, FacilityAttachment.kind, FacilityAttachment.file_name,
               FacilityAttachment.media_type)
        .where(FacilityAttachment.request_id == r.id)
        .order_by(FacilityAttachment.id)).all()
    photos = _facility_photos(s, attachments, width) if attachments else []
    # The closing (signature or note) is kept with whatever comes last: the last row of photos,
    # or the last rows of the last table; it never stands alone on a page.
    last = "photos" if photos else "attachments" if attachments else "history"
    story += data_table(
        ["Tanggal", "Dari", "Menjadi", "Oleh", "Alasan/catatan"],
        [[format_date(on), FACILITY_STATUSES.name(a) or "-", FACILITY_STATUSES.name(b),
          para(_t(who), st["cell"]), para(_t(why), st["cell"])]
         for on, a, b, who, why in history],
        [width * 0.19, width * 0.14, width * 0.14, width * 0.2, width * 0.33],
        keep_last=2 if last == "history" else 0, tail=closing if last == "history" else ())
    if attachments:
        story.append(heading("Lampiran"))
        story += data_table(["No", "Jenis", "Berkas"],
                            [[str(i), {"sebelum": "Foto sebelum", "sesudah": "Foto sesudah"}
                              .get(kind, "Dokumen"), para(name, st["cell"])]
                             for i, (_aid, kind, name, _mt) in enumerate(attachments, start=1)],
                            [width * 0.08, width * 0.22, width * 0.7], center=[0],
                            keep_last=2 if last == "attachments" else 0,
                            tail=closing if last == "attachments" else ())
    if photos:
        story += photos[:-1]
        story.append(KeepTogether([photos[-1], *closing]))
    pdf = build_pdf(story, title=f"Usulan revitalisasi {r.number}", author=h.upt_name,
                    subject=r.title, footer=f"{h.upt_name} · Usulan {r.number}",
                    watermark="" if approved else
                    "DITOLAK" if r.status == "ditolak" else "DRAF")
    return f"usulan-{_part(r.number)}.pdf", pdf


def _facility_photos(s: Session, attachments: Sequence[Any], width: float) -> list[Any]:
    """Up to four before/after photos, two to a row, each row (pictures and captions) one
    table so that a page break falls between rows."""
    from reportlab.platypus import Table

    from .pdfkit import logo_flowable, para, styles

    st = styles()
    photos: list[tuple[Any, Any]] = []
    for aid, kind, name, media in attachments:
        if kind in ("sebelum", "sesudah") and (media or "").startswith("image/") \
                and len(photos) < 4:
            content = s.execute(select(FacilityAttachment.content)
                                .where(FacilityAttachment.id == aid)).scalar_one()
            img = logo_flowable(content, size_mm=62)
            if img is not None:
                photos.append((img, para(f"{'Sebelum' if kind == 'sebelum' else 'Sesudah'}"
                                         f": {name}", st["small"])))
    rows = []
    for i in range(0, len(photos), 2):
        pair = photos[i:i + 2]
        pictures = [p[0] for p in pair] + [""] * (2 - len(pair))
        captions = [p[1] for p in pair] + [""] * (2 - len(pair))
        rows.append(Table([pictures, captions], colWidths=[width / 2, width / 2]))
    return rows
