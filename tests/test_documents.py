"""Printed documents: certificate, monthly attendance recap, case summary, facility form."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jssc_desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from jssc_desktop.reports import generate_document
from jssc_desktop.storage.models import AuditLog, Client, FacilityAttachment

from . import report_fixtures as rf
from .conftest import _make_actors


def pdf_text(path: Path, page: int | None = None, *, layout: bool = True) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *mode, *pages, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, v in
            (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def page_png(path: Path, page: int, out: Path, dpi: int = 60) -> Path:
    """One page as a PNG (what a person looks at), for pixel checks."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(path), str(out)], check=True)
    return out.with_suffix(".png")

TODAY = date(2026, 11, 23)


@pytest.fixture
def small(sqlite_db):  # type: ignore[no-untyped-def]
    actors = _make_actors(sqlite_db)
    fx = rf.build(sqlite_db, actors)
    return sqlite_db, actors, fx


def _doc(db, actor, kind, tmp_path: Path, **kw):  # type: ignore[no-untyped-def]
    return generate_document(db, actor, kind, out_dir=tmp_path, today=TODAY, **kw)


def test_certificate_of_a_graduate(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    path = _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C02"])
    assert path.name == "sertifikat-ac-2026-004.pdf"
    info = pdf_info(path)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("841.89 x 595.276")  # A4 landscape
    text = squash(pdf_text(path))
    for expected in ("SERTIFIKAT", "Nomor: AC-2026-004", "Budi Hartono", "PM-2026-00002",
                     "Tempat, tanggal lahir Malang, 20 November 2009",
                     "Program keterampilan Reparasi AC", "Angkatan Angkatan II 2026",
                     "Waktu pelatihan 1 September 2026 sampai dengan 20 Oktober 2026",
                     "Jumlah jam pelajaran 22 jam pelajaran (JP)",  # 4 + 4 + 4 + 4 + 6 JP
                     "Pelatihan Keterampilan Reparasi AC Angkatan II 2026",
                     "KOMPETEN (nilai 90,00)", "Malang, 22 Oktober 2026",
                     "Kepala UPT", rf.HEAD_NAME, "NIP. 19700101 199503 2 001",
                     "PEMERINTAH PROVINSI JAWA TIMUR", "DINAS SOSIAL", "Pas foto 3 × 4"):
        assert expected in text, expected


def test_certificate_refused_for_non_graduates(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    with pytest.raises(WorkflowError, match="Hadi Wijaya"):
        _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C08"])
    with pytest.raises(NotFoundError):
        _doc(db, actors["staff"], "certificate", tmp_path, id=99999)
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor"], "certificate", tmp_path, id=fx.enrollments["K2-C02"])


def test_monthly_attendance_recap(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    path = _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"], month="2026-10")
    assert path.name == "rekap-kehadiran-menjahit-angkatan-ii-2026-2026-10.pdf"
    assert pdf_info(path)["Page size"].startswith("841.89 x 595.276")
    text = squash(pdf_text(path))
    for expected in (
        "REKAP KEHADIRAN BULANAN", "Bulan Oktober 2026", "Menjahit", "Angkatan II 2026",
        "No Nama No. registrasi 16 23 30 H S I A T %",  # session days, then the counts
        "Citra Lestari PM-2026-00003 H H H 3 0 0 0 0 100,0%",
        "Dewi Anggraini PM-2026-00004 H H A 2 0 0 1 0 66,7%",
        "Gita Permata PM-2026-00007 H S H 2 1 0 0 0 66,7%",
        "Nur Hidayah PM-2026-00014 H H T 2 0 0 0 1 100,0%",
        "Jumlah 9 1 0 1 1 83,3%",
        "Tutor/Instruktur", "Budi Santoso", "Mengetahui, Kepala UPT", rf.HEAD_NAME,
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    assert "Indah Sari" not in text  # enrolled only in November


def test_recap_permissions_month_and_alias(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    # the cohort's own tutor may print it; another tutor may not
    own = _doc(db, actors["tutor"], "attendance", tmp_path, id=fx.cohorts["K3"],
               month="2026-10")
    assert own.exists()
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor2"], "recap", tmp_path, id=fx.cohorts["K3"], month="2026-10")
    # without a month: the month of the latest session (6 November)
    latest = _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"])
    assert latest.name.endswith("-2026-11.pdf")
    text = squash(pdf_text(latest))
    assert "Bulan November 2026" in text and "Indah Sari" in text
    for bad in ("2026-13", "Oktober", "10-2026"):
        with pytest.raises(ValidationError):
            _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"], month=bad)


def test_case_summary_is_sensitive_and_audited(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    with db.session() as s:
        nik = s.get(Client, fx.clients["C01"]).nik
    path = _doc(db, actors["staff"], "case", tmp_path, id=fx.clients["C01"])
    assert path.name == "ringkasan-kasus-pm-2026-00001.pdf"
    text = squash(pdf_text(path))
    for expected in ("RINGKASAN KASUS KLIEN", "RAHASIA", "Adi Saputra", nik, "Alergi debu",
                     "Wali Adi Saputra", "Anak Jalanan", "Pendekatan awal",
                     "Pemecahan masalah (intervensi)", "Reparasi AC", "AC-2026-003",
                     "Bekerja", "Rp 2.000.000", "Dicetak oleh Staf Administrasi"):
        assert expected in text, expected
    with db.session() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.entity, AuditLog.entity_id,
                                AuditLog.username)
                         .where(AuditLog.action == "document.case_summary")).all()
    assert rows == [("document.case_summary", "client", fx.clients["C01"], "staf")]
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor"], "case", tmp_path, id=fx.clients["C01"])


def test_facility_request_form(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    with db.session() as s:
        s.add(FacilityAttachment(request_id=fx.facility["F2"], kind="sebelum",
                                 file_name="mesin-lama.png", media_type="image/png",
                                 content=rf.small_logo(), sha256="x" * 64))
    path = _doc(db, actors["head"], "facility", tmp_path, id=fx.facility["F2"])
    assert path.name == "usulan-usl-2026-002.pdf"
    text = squash(pdf_text(path))
    for expected in ("FORMULIR USULAN REVITALISASI", "Nomor: USL-2026-002",
                     "Mesin jahit dan obras", "CSR perusahaan", "Rp 45.000.000", "Menjahit",
                     "25 Oktober 2026 Dikerjakan Selesai", "mesin-lama.png", "Diusulkan oleh",
                     "NIP. 19700101 199503 2 001"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        _doc(db, actors["tutor"], "facility", tmp_path, id=fx.facility["F2"])


@pytest.mark.parametrize("sentences", [0, 24, 48, 60, 72, 96])
def test_facility_form_signature_stays_with_the_last_photos(small, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            sentences: int) -> None:
    """Four photos after a description of varying length: the signature goes with the last row
    of photos, never alone on a page of its own (with 75 mm photos, 60 and 72 sentences put
    it alone before)."""
    from jssc_desktop.storage.models import FacilityRequest

    db, actors, fx = small
    with db.session() as s:
        request = s.get(FacilityRequest, fx.facility["F2"])
        assert request is not None
        request.description = "Kalimat uraian yang panjang untuk mengisi halaman. " * sentences
        for i, kind in enumerate(("sebelum", "sebelum", "sesudah", "sesudah"), start=1):
            s.add(FacilityAttachment(request_id=fx.facility["F2"], kind=kind,
                                     file_name=f"foto-{i}.png", media_type="image/png",
                                     content=rf.small_logo(), sha256="x" * 64))
    path = _doc(db, actors["head"], "facility", tmp_path, id=fx.facility["F2"])
    pages = int(pdf_info(path)["Pages"])
    signed = [n for n in range(1, pages + 1) if "19700101 199503 2 001" in pdf_text(path, n)]
    assert len(signed) == 1
    page = squash(pdf_text(path, signed[0]))
    assert "foto-4.png" in page, page
    assert "Diusulkan oleh" in page


def test_document_arguments_are_checked(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, _fx = small
    with pytest.raises(ValidationError, match="Jenis dokumen"):
        _doc(db, actors["staff"], "invoice", tmp_path, id=1)
    with pytest.raises(ValidationError, match="id"):
        _doc(db, actors["staff"], "case", tmp_path)
    assert not [p for p in tmp_path.iterdir() if re.search(r"\.(pdf|tmp)$", p.name)]


# ------------------------------------------------------------------ documents fit for a wall


def _count(img, test) -> int:  # type: ignore[no-untyped-def]
    """Pixels of an RGB picture for which ``test(r, g, b)`` holds."""
    data = img.convert("RGB").tobytes()
    return sum(1 for i in range(0, len(data), 3) if test(data[i], data[i + 1], data[i + 2]))


def _set_profile(db, **values) -> None:  # type: ignore[no-untyped-def]
    from jssc_desktop.storage.models import UptProfile

    with db.session() as s:
        profile = s.execute(select(UptProfile)).scalar_one()
        for key, value in values.items():
            setattr(profile, key, value)


def _lowest_text(path: Path) -> float:
    """The lowest word on page 1 as a share of the page height (0 top, 1 bottom)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html)[1])
    return max(float(y) for y in re.findall(r'yMax="([\d.]+)"', html)) / height


def test_certificate_fills_the_page_with_code_photo_and_rank(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jssc_desktop.services.certificates import verify_code
    from jssc_desktop.storage.models import Enrollment

    db, actors, fx = small
    _set_profile(db, head_rank="Pembina Tingkat I (IV/b)")
    path = _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C02"])
    text = squash(pdf_text(path, layout=False))
    assert "Pembina Tingkat I (IV/b) NIP. 19700101 199503 2 001" in text
    code = re.search(r"Kode verifikasi ([0-9A-Z]{5}-[0-9A-Z]{5})", text)[1]
    assert f"jssc-desktop document verify {code}" in text
    with db.session() as s:
        stored = s.get(Enrollment, fx.enrollments["K2-C02"]).certificate_code
    assert stored == code.replace("-", "")
    # the page is used down to its bottom (it was 40 % empty)
    assert _lowest_text(path) > 0.85
    # printed again: the same code; the code tells who, what and when
    again = squash(pdf_text(_doc(db, actors["staff"], "certificate", tmp_path,
                                 id=fx.enrollments["K2-C02"])))
    assert f"Kode verifikasi {code}" in again
    with db.session() as s:
        check = verify_code(s, actors["head"], code.lower().replace("0", "O"))
    assert (check.client_name, check.reg_no, check.certificate_no, check.track_name,
            check.graduated_on, check.valid) == ("Budi Hartono", "PM-2026-00002", "AC-2026-004",
                                                 "Reparasi AC", date(2026, 10, 22), True)
    # a QR code and no photo yet: one drawing, no picture other than the logo
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.strip().splitlines()[2:]
    assert len(images) == 1  # the uploaded logo
    with db.session() as s:
        s.get(Client, fx.clients["C02"]).photo = rf.small_logo()
    with_photo = _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C02"])
    images = subprocess.run(["pdfimages", "-list", str(with_photo)], capture_output=True,
                            text=True, check=True).stdout.strip().splitlines()[2:]
    assert len(images) == 2 and "Pas foto" not in pdf_text(with_photo)


def test_verification_codes_are_unique_and_unknown_codes_refused(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jssc_desktop.services.certificates import ALPHABET, new_code, verify_code

    db, actors, fx = small
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000 and all(len(c) == 10 and set(c) <= set(ALPHABET) for c in codes)
    a = squash(pdf_text(_doc(db, actors["staff"], "certificate", tmp_path,
                             id=fx.enrollments["K2-C02"])))
    b = squash(pdf_text(_doc(db, actors["staff"], "certificate", tmp_path,
                             id=fx.enrollments["K2-C06"])))
    code_a = re.search(r"Kode verifikasi (\S+)", a)[1]
    code_b = re.search(r"Kode verifikasi (\S+)", b)[1]
    assert code_a != code_b
    with pytest.raises(NotFoundError, match="Tidak ada sertifikat"), db.session() as s:
        verify_code(s, actors["staff"], "ZZZZZ-ZZZZZ")
    with pytest.raises(ValidationError, match="tidak sah"), db.session() as s:
        verify_code(s, actors["staff"], "12345")


def test_cli_document_verify(tmp_path: Path) -> None:
    from jssc_desktop.services.base import Actor
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade

    from .test_cli import run

    dbfile = tmp_path / "jssc.sqlite3"
    db = Database(str(dbfile))
    upgrade(db)
    actors = _make_actors(db)
    fx = rf.build(db, actors)
    path = generate_document(db, Actor.system(), "certificate", id=fx.enrollments["K2-C02"],
                             out_dir=tmp_path)
    code = re.search(r"Kode verifikasi (\S+)", squash(pdf_text(path)))[1]
    db.dispose()
    ok = run(tmp_path, "document", "verify", code, db=dbfile)
    assert ok.returncode == 0, ok.stderr
    assert "Budi Hartono (PM-2026-00002)" in ok.stdout
    assert "Reparasi AC Angkatan II 2026" in ok.stdout and "Lulus: 22 Oktober 2026" in ok.stdout
    assert "Sah" in ok.stdout
    bad = run(tmp_path, "document", "verify", "ZZZZZ-ZZZZZ", db=dbfile)
    assert bad.returncode == 1 and "Tidak ada sertifikat" in bad.stderr
    assert "Traceback" not in bad.stderr
    for args, words in ((("document", "verify"), "kode verifikasi"),
                        (("document", "case"), "--id"),
                        (("document", "case", "ABCDE-FGHJK"), "hanya untuk 'document verify'")):
        proc = run(tmp_path, *args, db=dbfile)
        assert proc.returncode == 1 and words in proc.stderr, (args, proc.stderr)


@pytest.mark.parametrize("extra", [6, 9, 12, 15, 18, 21, 24])
def test_recap_signatures_never_alone_on_a_page(small, tmp_path: Path, extra: int) -> None:  # type: ignore[no-untyped-def]
    """However many participants push the table down, the page with the signatures also
    carries the last rows and the totals of the table."""
    from jssc_desktop.domain.formatting import normalize_name
    from jssc_desktop.storage.models import Attendance, Enrollment, TrainingSession

    db, actors, fx = small
    with db.session() as s:
        sessions = s.execute(select(TrainingSession).where(
            TrainingSession.cohort_id == fx.cohorts["K3"],
            TrainingSession.session_date >= date(2026, 10, 1),
            TrainingSession.session_date <= date(2026, 10, 31))).scalars().all()
        for n in range(extra):
            name = f"Peserta Tambahan {n:02d}"
            c = Client(reg_no=f"PM-2026-9{n:04d}", nik_missing_reason="tidak_punya", name=name,
                       name_normalized=normalize_name(name), sex="L", ppks_code="P02",
                       admission_date=date(2026, 1, 5), current_stage="intervensi")
            s.add(c)
            s.flush()
            s.add(Enrollment(cohort_id=fx.cohorts["K3"], client_id=c.id,
                             enrolled_on=date(2026, 9, 1), status="aktif"))
            s.add_all(Attendance(session_id=ts.id, client_id=c.id, code="H")
                      for ts in sessions)
    path = _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"], month="2026-10")
    pages = int(pdf_info(path)["Pages"])
    last = pdf_text(path, pages)
    assert "Mengetahui, Kepala UPT" in last and "Tutor/Instruktur" in last
    assert "Jumlah" in last and re.search(r"PM-2026-\d{5}", last), (extra, pages, last)
    assert "NIP. 19700101 199503 2 001" in last


@pytest.mark.parametrize("notes", [0, 400, 800, 1200, 1600, 2000, 2400, 2800])
def test_case_summary_headings_never_end_a_page(small, tmp_path: Path, notes: int) -> None:  # type: ignore[no-untyped-def]
    """Longer and longer family notes push every section across the page end: a heading is
    never the last thing on a page, and the signature never stands alone."""
    db, actors, fx = small
    with db.session() as s:
        s.get(Client, fx.clients["C01"]).family_notes = ("Keluarga dikunjungi. " * 200)[:notes]
    path = _doc(db, actors["staff"], "case", tmp_path, id=fx.clients["C01"])
    pages = int(pdf_info(path)["Pages"])
    for page in range(1, pages + 1):
        lines = [x.strip() for x in pdf_text(path, page).splitlines() if x.strip()]
        body = [x for x in lines if not x.startswith("RAHASIA ·")]
        assert not re.match(r"^[A-E]\. [A-Z]", body[-1]), (notes, page, body[-3:])
    last = pdf_text(path, pages)
    # the signature page also holds (the end of) the consent table, with its header
    assert rf.HEAD_NAME in last and re.search(r"Oleh\s+Nama\s+Tanggal", last), last
    text = pdf_text(path)
    assert not re.search(r"\d{2}/\d{2}/\d{4}", text)  # dates one way: 7 Juni 2026
    raw = pdf_text(path, layout=False)
    assert re.search(r"Pekerjaan/\s*usaha", raw) and not re.search(r"Pekerjaan/usah\s", raw)


def test_dates_nip_and_rank_one_way_in_documents(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    _set_profile(db, head_rank="Pembina Utama Muda (IV/c)")
    docs = [
        _doc(db, actors["staff"], "case", tmp_path, id=fx.clients["C01"]),
        _doc(db, actors["staff"], "recap", tmp_path, id=fx.cohorts["K3"], month="2026-10"),
        _doc(db, actors["head"], "facility", tmp_path, id=fx.facility["F2"]),
        _doc(db, actors["staff"], "certificate", tmp_path, id=fx.enrollments["K2-C02"]),
    ]
    for path in docs:
        text = squash(pdf_text(path))
        assert "NIP. 19700101 199503 2 001" in text, path.name
        assert rf.HEAD_NIP not in text, path.name
        assert "Pembina Utama Muda (IV/c)" in text, path.name
        assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", text), path.name


def test_draft_facility_request_has_watermark_and_no_signature(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    db, actors, fx = small
    draft = _doc(db, actors["staff"], "facility", tmp_path, id=fx.facility["F5"])
    text = squash(pdf_text(draft))
    assert "belum disetujui Kepala UPT (status: Draf)" in text
    assert "NIP." not in text and rf.HEAD_NAME not in text and "Diusulkan oleh" not in text
    approved = _doc(db, actors["staff"], "facility", tmp_path, id=fx.facility["F2"])
    approved_text = squash(pdf_text(approved))
    assert "Diusulkan oleh" in approved_text and "Malang, 15 September 2026" in approved_text
    # the watermark: reddish pixels in the middle of the draft page, none on the approved one

    def reddish(path: Path, name: str) -> int:
        img = Image.open(page_png(path, 1, tmp_path / name)).convert("RGB")
        w, h = img.size
        box = img.crop((w // 4, h // 3, 3 * w // 4, 2 * h // 3))
        return _count(box, lambda r, g, b: r > g + 12 and r > b + 12)

    assert reddish(draft, "draft") > 500
    assert reddish(approved, "approved") == 0


def test_neutral_emblem_until_a_logo_is_uploaded(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No logo: the letterhead carries the drawn default emblem (navy shield), not a gap."""
    from PIL import Image

    actors = _make_actors(sqlite_db)
    fx = rf.build(sqlite_db, actors, logo=False)
    path = _doc(sqlite_db, actors["staff"], "case", tmp_path, id=fx.clients["C01"])
    img = Image.open(page_png(path, 1, tmp_path / "p")).convert("RGB")
    w, h = img.size
    corner = img.crop((0, 0, w // 4, h // 8))
    navy = _count(corner, lambda r, g, b: b > 80 and r < 60 and g < 90)
    assert navy > 100
    assert subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[2:] == []  # drawn, no file


def test_format_nip_and_signing_date() -> None:
    from jssc_desktop.domain.formatting import format_nip
    from jssc_desktop.reports.pdfkit import signing_date

    assert format_nip("197801242003032011") == "19780124 200303 2 011"
    assert format_nip("19780124 200303 2 011") == "19780124 200303 2 011"
    assert format_nip("12345") == "12345" and format_nip(None) == ""
    # an annual report made on 12 January is dated 12 January, not 31 December
    assert signing_date(date(2027, 1, 12), date(2026, 12, 31)) == date(2027, 1, 12)


def test_concurrent_first_prints_agree_on_one_code(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Four people print the same new certificate at once (SQLite and PostgreSQL): one code is
    stored, and every print that succeeded carries that code; the others were refused cleanly
    (someone else changed the record, or the database was busy), never a second code."""
    import threading

    from jssc_desktop.domain.errors import ConflictError, StorageError
    from jssc_desktop.storage.models import Enrollment

    actors = _make_actors(db)
    fx = rf.build(db, actors)
    results: list[str] = []
    refused: list[Exception] = []
    start = threading.Barrier(4)

    def work(n: int) -> None:
        out = tmp_path / str(n)
        out.mkdir()
        start.wait()
        try:
            path = generate_document(db, actors["staff"], "certificate", out_dir=out,
                                     id=fx.enrollments["K2-C02"], today=TODAY)
        except (ConflictError, StorageError) as exc:
            refused.append(exc)
            return
        results.append(re.search(r"Kode verifikasi (\S+)", squash(pdf_text(path)))[1])

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.session() as s:
        stored = s.get(Enrollment, fx.enrollments["K2-C02"]).certificate_code
    assert stored and len(results) + len(refused) == 4 and results
    assert set(results) == {f"{stored[:5]}-{stored[5:]}"}
