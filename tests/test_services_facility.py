"""Facility requests: numbering, validation, the status workflow by role, attachments."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import func, select, update

from jssc_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    StorageError,
    ValidationError,
    WorkflowError,
)
from jssc_desktop.services import facility
from jssc_desktop.services.base import Actor
from jssc_desktop.services.facility import FacilityInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    AuditLog,
    FacilityAttachment,
    FacilityRequest,
    FacilityStatusChange,
    TrainingTrack,
)

TODAY = date(2026, 11, 23)
MOTOR = FacilityInput(title="Pengadaan sepeda motor praktik injeksi", kind="nonfisik",
                      funding_source="csr", estimated_cost=45_000_000, priority="tinggi",
                      description="Motor praktik lama sudah tidak beredar di pasaran.")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"x" * 64


def _state(db: Database) -> tuple[int, ...]:
    with db.session() as s:
        counts = tuple(
            s.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (FacilityRequest, FacilityStatusChange, FacilityAttachment, AuditLog))
        statuses = tuple(s.execute(select(FacilityRequest.status, FacilityRequest.version)
                                   .order_by(FacilityRequest.id)).all())
    return counts + (hash(statuses),)


def _new(db: Database, actor: Actor, data: FacilityInput = MOTOR, today: date = TODAY):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return facility.create_request(s, actor, data, today=today)


def _step(db: Database, actor: Actor, rid: int, to: str, **kw):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return facility.change_status(s, actor, rid, to, today=TODAY, **kw)


def test_create_numbers_per_year_and_audits(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        track = TrainingTrack(code="OTO", name="Otomotif")
        s.add(track)
        s.flush()
        tid = track.id
    a = _new(db, actors["staff"], FacilityInput(**{**MOTOR.__dict__, "track_id": tid}))
    b = _new(db, actors["admin"])
    c = _new(db, actors["staff"], today=date(2027, 1, 5))
    assert (a.number, b.number, c.number) == ("USL-2026-001", "USL-2026-002", "USL-2027-001")
    assert a.status == "draf" and a.status_name == "Draf" and a.track_name == "Otomotif"
    assert a.kind_name.startswith("Nonfisik") and a.funding_name == "CSR perusahaan"
    assert a.priority_name == "Tinggi" and a.created_by_name == "Staf Administrasi"
    assert a.next_statuses == ["diajukan"]
    assert [(h.from_status, h.to_status, h.changed_on) for h in a.history] == [
        (None, "draf", TODAY)]
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.entity_id == a.id,
                                               AuditLog.entity == "facility_request")
                        ).scalars().one()
    assert row.action == "facility.create" and row.after["number"] == "USL-2026-001"


@pytest.mark.parametrize("change, field", [
    ({"title": "  "}, "title"),
    ({"kind": "bangunan"}, "kind"),
    ({"funding_source": "pinjaman"}, "funding_source"),
    ({"priority": "darurat"}, "priority"),
    ({"estimated_cost": -1}, "estimated_cost"),
    ({"estimated_cost": 10.5}, "estimated_cost"),
    ({"track_id": 999}, "track_id"),
])
def test_invalid_request_refused(db: Database, actors, change, field) -> None:  # type: ignore[no-untyped-def]
    before = _state(db)
    with pytest.raises(ValidationError) as err:
        _new(db, actors["staff"], FacilityInput(**{**MOTOR.__dict__, **change}))
    assert err.value.field == field
    assert _state(db) == before


def test_tutor_and_head_cannot_draft(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    for who in ("tutor", "head"):
        with pytest.raises(PermissionDenied):
            _new(db, actors[who])
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            facility.list_requests(s, actors["tutor"])


def second_staff(db: Database) -> Actor:
    """Another staff member: the one who verifies what a colleague submitted."""
    from jssc_desktop.services.users import hash_password
    from jssc_desktop.storage.models import User

    with db.session() as s:
        user = User(username="siti", full_name="Siti Verifikator", role="staff",
                    password_hash=hash_password("Rak-Arsip-Biru-77"), must_change_password=False)
        s.add(user)
        s.flush()
        return Actor(user.id, "siti", "staff", "Siti Verifikator")


def test_full_workflow_to_completion(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    actors = dict(actors, siti=second_staff(db))
    r = _new(db, actors["staff"], today=date(2026, 11, 1))
    steps = [
        ("staff", "diajukan", date(2026, 11, 2)),
        ("siti", "diverifikasi", date(2026, 11, 5)),
        ("head", "disetujui", date(2026, 11, 9)),
        ("staff", "dianggarkan", date(2026, 11, 10)),
        ("admin", "dikerjakan", date(2026, 11, 16)),
        ("staff", "selesai", date(2026, 11, 20)),
    ]
    version = r.version
    for who, to, on in steps:
        r = _step(db, actors[who], r.id, to, on=on, version=version)
        assert r.status == to
        version = r.version
    assert (r.submitted_on, r.decided_on, r.completed_on) == (
        date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 20))
    assert [h.to_status for h in r.history] == ["draf"] + [to for _, to, _ in steps]
    assert r.history[2].user_name == "Siti Verifikator" and r.history[2].from_name == "Diajukan"
    assert r.history[3].user_name == "Kepala UPT"
    assert r.next_statuses == []
    with db.session() as s:
        actions = s.execute(select(AuditLog.action).where(
            AuditLog.entity == "facility_request", AuditLog.entity_id == r.id)
            .order_by(AuditLog.id)).scalars().all()
        last = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
    assert actions == ["facility.create"] + ["facility.status"] * 6
    assert last.before["status"] == "dikerjakan" and last.after == {
        "status": "selesai", "completed_on": "2026-11-20"}
    # a final status cannot change any more
    with pytest.raises(WorkflowError, match="final"):
        _step(db, actors["admin"], r.id, "ditolak", reason="x")


def test_separation_of_duties_submit_verify_approve(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    """Whoever submits does not verify; whoever verifies does not approve; only the head
    approves; an administrator manages, never approves."""
    siti = second_staff(db)
    r = _new(db, actors["staff"])
    r = _step(db, actors["staff"], r.id, "diajukan")
    with db.session() as s:
        assert facility.get_request(s, actors["staff"], r.id).next_statuses == []
        assert facility.get_request(s, actors["admin"], r.id).next_statuses == []
        assert facility.get_request(s, siti, r.id).next_statuses == [
            "diverifikasi", "ditolak", "draf"]
    before = _state(db)
    with pytest.raises(PermissionDenied, match="yang mengajukan usulan tidak boleh"):
        _step(db, actors["staff"], r.id, "diverifikasi")
    with pytest.raises(PermissionDenied, match="Administrator tidak berhak memverifikasi"):
        _step(db, actors["admin"], r.id, "diverifikasi")
    assert _state(db) == before
    r = _step(db, siti, r.id, "diverifikasi")
    with db.session() as s:
        assert facility.get_request(s, siti, r.id).next_statuses == []
        assert facility.get_request(s, actors["admin"], r.id).next_statuses == []
        assert facility.get_request(s, actors["head"], r.id).next_statuses == [
            "disetujui", "ditolak"]
    for who, match in ((siti, "Kepala UPT atau Plh"), (actors["staff"], "Kepala UPT atau Plh"),
                       (actors["admin"], "Kepala UPT atau Plh")):
        with pytest.raises(PermissionDenied, match=match):
            _step(db, who, r.id, "disetujui")
    r = _step(db, actors["head"], r.id, "disetujui")
    assert r.status == "disetujui" and r.decided_on == TODAY
    # the head decides, staff carry out the works; only the head may still reject
    with pytest.raises(PermissionDenied):
        _step(db, actors["head"], r.id, "dianggarkan")
    with db.session() as s:
        assert facility.get_request(s, actors["staff"], r.id).next_statuses == ["dianggarkan"]
        assert facility.get_request(s, actors["head"], r.id).next_statuses == ["ditolak"]
        assert facility.get_request(s, actors["admin"], r.id).next_statuses == ["dianggarkan"]


def test_head_who_verified_cannot_approve(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    r = _step(db, actors["staff"], r.id, "diajukan")
    r = _step(db, actors["head"], r.id, "diverifikasi")
    with pytest.raises(PermissionDenied, match="yang memverifikasi usulan tidak boleh"):
        _step(db, actors["head"], r.id, "disetujui")
    with db.session() as s:
        assert "disetujui" not in facility.get_request(s, actors["head"], r.id).next_statuses


def test_disallowed_transition_names_allowed_statuses(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    before = _state(db)
    with pytest.raises(WorkflowError) as err:
        _step(db, actors["admin"], r.id, "disetujui")
    msg = str(err.value)
    assert "USL-2026-001" in msg and "berstatus Draf" in msg and "Disetujui" in msg
    assert msg.endswith("diperbolehkan: Diajukan.")
    r = _step(db, actors["staff"], r.id, "diajukan")
    with pytest.raises(WorkflowError) as err:
        _step(db, actors["head"], r.id, "selesai")
    assert "berstatus Diajukan" in str(err.value)
    assert "Diverifikasi, Ditolak, Draf" in str(err.value)
    with pytest.raises(ValidationError):
        _step(db, actors["head"], r.id, "entah")
    assert _state(db)[1] == before[1] + 1  # only the one submission was recorded


def test_rejection_and_return_need_reason(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"], today=date(2026, 11, 1))
    r = _step(db, actors["staff"], r.id, "diajukan", on=date(2026, 11, 10))
    before = _state(db)
    for to in ("ditolak", "draf"):
        with pytest.raises(ValidationError) as err:
            _step(db, actors["head"], r.id, to, reason="   ")
        assert err.value.field == "reason"
    assert _state(db) == before
    returned = _step(db, actors["head"], r.id, "draf", reason="RAB belum dilampirkan")
    assert returned.status == "draf" and returned.submitted_on is None
    assert returned.history[-1].reason == "RAB belum dilampirkan"
    # back in draft, the staff can edit it again and resubmit
    with db.session() as s:
        edited = facility.update_request(
            s, actors["staff"], r.id, FacilityInput(**{**MOTOR.__dict__,
                                                       "estimated_cost": 47_500_000}),
            version=returned.version)
    assert edited.estimated_cost == 47_500_000
    r = _step(db, actors["staff"], r.id, "diajukan")
    r = _step(db, actors["head"], r.id, "ditolak", reason="Anggaran tahun ini sudah habis")
    assert r.status == "ditolak" and r.decided_on == TODAY
    with db.session() as s:
        last = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
    assert last.reason == "Anggaran tahun ini sudah habis" and last.after["status"] == "ditolak"


def test_dates_and_versions_checked(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    before = _state(db)
    with pytest.raises(ValidationError, match="masa depan"):
        _step(db, actors["staff"], r.id, "diajukan", on=date(2026, 11, 24))
    with pytest.raises(ValidationError, match="sebelum perubahan sebelumnya"):
        _step(db, actors["staff"], r.id, "diajukan", on=date(2026, 11, 1))
    with pytest.raises(ConflictError):
        _step(db, actors["staff"], r.id, "diajukan", version=r.version + 5)
    with pytest.raises(NotFoundError):
        _step(db, actors["staff"], 12345, "diajukan")
    assert _state(db) == before


def test_update_only_in_draft(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    r = _step(db, actors["staff"], r.id, "diajukan")
    before = _state(db)
    with pytest.raises(WorkflowError, match="hanya usulan berstatus Draf"):
        with db.session() as s:
            facility.update_request(s, actors["staff"], r.id, MOTOR, version=r.version)
    assert _state(db) == before


def test_attachments_sanitised_hashed_typed(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    with db.session() as s:
        a = facility.add_attachment(s, actors["staff"], r.id, kind="dokumen",
                                    file_name="../../etc/passwd", content=PDF)
        b = facility.add_attachment(s, actors["staff"], r.id, kind="sebelum",
                                    file_name="C:\\Users\\staf\\Foto\x07 motor.bin", content=JPEG)
        c = facility.add_attachment(s, actors["staff"], r.id, kind="sebelum",
                                    file_name="denah.png", content=b"not really an image")
        d = facility.add_attachment(s, actors["staff"], r.id, kind="dokumen",
                                    file_name="x" * 300 + ".pdf", content=b"plain",
                                    media_type="text/plain")
    assert a.file_name == "passwd" and a.media_type == "application/pdf"
    assert b.file_name == "Foto motor.bin" and b.media_type == "image/jpeg"
    assert c.media_type == "image/png"  # no known magic: by extension
    assert len(d.file_name) == 255 and d.file_name.endswith(".pdf")
    assert a.sha256 == hashlib.sha256(PDF).hexdigest() and a.size == len(PDF)
    with db.session() as s:
        view, content = facility.get_attachment(s, actors["head"], b.id)
        detail = facility.get_request(s, actors["head"], r.id)
    assert content == JPEG and view.kind_name == "Foto sebelum"
    assert [x.file_name for x in detail.attachments][:2] == ["passwd", "Foto motor.bin"]
    assert detail.attachments[1].size == len(JPEG)
    with db.session() as s:
        rows = s.execute(select(AuditLog).where(AuditLog.action == "facility.attachment_add")
                         ).scalars().all()
    assert len(rows) == 4 and rows[0].after["sha256"] == a.sha256


def test_attachment_refusals(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    before = _state(db)
    cases = [
        ({"kind": "video", "file_name": "a.png", "content": PNG}, ValidationError),
        ({"kind": "sebelum", "file_name": "../..", "content": PNG}, ValidationError),
        ({"kind": "sebelum", "file_name": "\x00\x01", "content": PNG}, ValidationError),
        ({"kind": "sebelum", "file_name": "kosong.png", "content": b""}, ValidationError),
        ({"kind": "sebelum", "file_name": "besar.png",
          "content": PNG + b"\x00" * (10 * 1024 * 1024)}, ValidationError),
    ]
    for kwargs, exc in cases:
        with pytest.raises(exc):
            with db.session() as s:
                facility.add_attachment(s, actors["staff"], r.id, **kwargs)
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            facility.add_attachment(s, actors["head"], r.id, kind="sebelum", file_name="a.png",
                                    content=PNG)
    assert _state(db) == before


def test_tampered_attachment_detected(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    r = _new(db, actors["staff"])
    with db.session() as s:
        a = facility.add_attachment(s, actors["staff"], r.id, kind="sebelum",
                                    file_name="a.png", content=PNG)
    with db.session() as s:
        s.execute(update(FacilityAttachment).where(FacilityAttachment.id == a.id)
                  .values(content=PNG + b"!"))
    with pytest.raises(StorageError, match="rusak"):
        with db.session() as s:
            facility.get_attachment(s, actors["staff"], a.id)


def test_list_requests_filters_and_pages(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(5):
        ids.append(_new(db, actors["staff"], FacilityInput(
            title=f"Renovasi asrama blok {chr(65 + i)}", kind="fisik", funding_source="apbd",
            estimated_cost=100_000_000 * (i + 1), description="Atap bocor.")).id)
    _new(db, actors["staff"])  # the motorcycle request (nonfisik)
    _step(db, actors["staff"], ids[0], "diajukan")
    with db.session() as s:
        all_ = facility.list_requests(s, actors["head"], limit=4)
        page2 = facility.list_requests(s, actors["head"], offset=4, limit=4)
        fisik = facility.list_requests(s, actors["head"], kind="fisik")
        submitted = facility.list_requests(s, actors["head"], status="diajukan")
        text = facility.list_requests(s, actors["head"], text="asrama BLOK c")
        number = facility.list_requests(s, actors["head"], text="usl-2026-006")
    assert all_.total == 6 and len(all_.rows) == 4 and len(page2.rows) == 2
    assert all_.rows[0].number == "USL-2026-006"  # newest first
    assert fisik.total == 5 and {r.kind_name for r in fisik.rows} == {
        "Fisik (bangunan, asrama, dapur)"}
    assert [r.id for r in submitted.rows] == [ids[0]]
    assert submitted.rows[0].status_name == "Diajukan"
    assert [r.title for r in text.rows] == ["Renovasi asrama blok C"]
    assert [r.title for r in number.rows] == [MOTOR.title]
    with pytest.raises(ValidationError):
        with db.session() as s:
            facility.list_requests(s, actors["head"], status="hilang")


def test_awaiting_decision_statuses_from_workflow_data() -> None:
    assert facility.awaiting_decision_statuses() == ["diajukan", "diverifikasi"]


def test_number_taken_meanwhile_gets_the_next(db: Database, actors, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two PCs numbering at once: the insert that loses the race takes the next number."""
    first = _new(db, actors["staff"])
    real = facility._next_number
    calls: list[str] = []

    def stale_then_real(session, year):  # type: ignore[no-untyped-def]
        number = "USL-2026-001" if not calls else real(session, year)
        calls.append(number)
        return number

    monkeypatch.setattr(facility, "_next_number", stale_then_real)
    second = _new(db, actors["staff"])
    assert first.number == "USL-2026-001" and second.number == "USL-2026-002"
    assert calls == ["USL-2026-001", "USL-2026-002"]
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(FacilityRequest)).scalar_one() == 2
        assert len(facility.get_request(s, actors["staff"], second.id).history) == 1
