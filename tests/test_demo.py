"""Demo data: realistic, internally consistent, deterministic, and usable to log in with."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import ConflictError, DomainError, ValidationError
from jssc_desktop.domain.formatting import age_on, normalize_name
from jssc_desktop.domain.nik import parse_nik
from jssc_desktop.domain.vocab import (
    AID_CONDITIONS,
    ATTENDANCE,
    DISCHARGE_REASONS,
    EARNING_OUTCOMES,
    FACILITY_STATUSES,
    FOLLOWUP_METHODS,
    FOLLOWUP_OUTCOMES,
    KAB_KOTA,
    NIK_MISSING_REASONS,
    STAGES,
    facility_transitions,
    vocabulary,
)
from jssc_desktop.services import users
from jssc_desktop.services.audit_log import verify_chain
from jssc_desktop.services.base import Actor
from jssc_desktop.services.demo import LABELS, build_demo
from jssc_desktop.services.demo.data import upt_for_seed
from jssc_desktop.storage import audit_chain
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    AuditLog,
    Base,
    Client,
    Cohort,
    Consent,
    Enrollment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    StageHistory,
    TrainingSession,
    TrainingTrack,
    Tutor,
    TutorAgreement,
    UptProfile,
    User,
)

TODAY = date(2026, 11, 23)
PARAMS: dict[str, Any] = {"clients": 300, "years": 3, "seed": 7, "today": TODAY}
CHILD_PPKS = {"P01", "P02", "P03", "P04", "P05", "P06", "P07"}


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, **PARAMS)
    return db


def _all(db: Database, model: Any) -> list[Any]:
    with db.session() as s:
        return list(s.execute(select(model).order_by(model.id)).scalars())


def test_summary_counts_match_the_tables(db: Database) -> None:
    phases: list[tuple[str, float]] = []
    summary = build_demo(db, progress=lambda p, f: phases.append((p, f)), **PARAMS)
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    with db.engine.connect() as conn:
        for key, label in LABELS.items():
            n = conn.execute(select(func.count()).select_from(tables[key])).scalar_one()
            assert summary.counts[label] == n, label
    assert summary.counts["Klien"] == 300
    assert summary.counts["Pengguna"] == 4
    assert summary.counts["Program pelatihan"] == 6
    assert summary.counts["Angkatan"] >= 12
    assert summary.counts["Kehadiran"] > summary.counts["Pertemuan"] > 100
    assert summary.counts["Bimbingan lanjut"] > 100
    assert summary.seconds > 0
    # Progress: Indonesian phase names, fractions within 0..1, ending complete.
    assert phases and all(0.0 <= f <= 1.0 for _, f in phases)
    assert phases[-1] == ("Menyimpan", 1.0)
    assert any(p.startswith("Klien") for p, _ in phases)


def test_profile_and_residents_fit_capacity(demo: Database) -> None:
    (profile,) = _all(demo, UptProfile)
    assert profile.name.startswith("UPT ") and profile.code
    assert profile.kab_kota_code in KAB_KOTA
    assert profile.head_nip and re.fullmatch(r"\d{18}", profile.head_nip)
    clients = _all(demo, Client)
    residents = sum(1 for c in clients if c.status == "aktif")
    assert 0 < residents <= profile.capacity
    assert profile.capacity <= 3 * residents + 30


def test_clients_have_consistent_identity(demo: Database) -> None:
    clients = _all(demo, Client)
    niks = [c.nik for c in clients if c.nik]
    assert len(niks) == len(set(niks))
    assert len({c.reg_no for c in clients}) == len(clients)
    missing = [c for c in clients if c.nik is None]
    assert 1 <= len(missing) <= 0.15 * len(clients)
    assert all(c.nik_missing_reason in NIK_MISSING_REASONS for c in missing)
    outside = 0
    for c in clients:
        assert c.kab_kota_code in KAB_KOTA, c.reg_no
        outside += c.kab_kota_code == "9999"
        assert c.name_normalized == normalize_name(c.name)
        assert re.fullmatch(rf"PM-{c.admission_date.year}-\d{{5}}", c.reg_no)
        if c.nik:
            info = parse_nik(c.nik, today=TODAY)
            assert info.sex == c.sex, c.reg_no
            assert info.birth_date == c.birth_date, c.reg_no
        age = age_on(c.birth_date, c.admission_date)
        assert age is not None
        if c.ppks_code in CHILD_PPKS:
            assert age <= 17, (c.reg_no, c.ppks_code, age)
        elif c.ppks_code == "P08":
            assert age >= 60, (c.reg_no, age)
        else:
            assert 18 <= age < 60, (c.reg_no, c.ppks_code, age)
        assert c.admission_date <= TODAY
    assert outside < 0.1 * len(clients)
    jatim = sum(1 for c in clients if c.kab_kota_code != "9999")
    assert jatim > 0.85 * len(clients)


def test_stage_histories_and_discharges(demo: Database) -> None:
    clients = {c.id: c for c in _all(demo, Client)}
    history: dict[int, list[StageHistory]] = defaultdict(list)
    for row in _all(demo, StageHistory):
        history[row.client_id].append(row)
    order = {code: k for k, code in enumerate(STAGES.codes)}
    reasons = Counter()
    for cid, c in clients.items():
        steps = history[cid]
        assert steps, c.reg_no
        assert steps[0].stage == "pendekatan_awal"
        assert steps[0].started_on == c.admission_date
        dates = [s.started_on for s in steps]
        assert dates == sorted(dates) and max(dates) <= TODAY
        ranks = [order[s.stage] for s in steps]
        assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks), c.reg_no
        assert c.current_stage == steps[-1].stage
        if c.status == "terminasi":
            assert c.discharge_reason in DISCHARGE_REASONS
            assert c.admission_date < c.discharge_date <= TODAY
            terminasi = [s for s in steps if s.stage == "terminasi"]
            assert [s.started_on for s in terminasi] == [c.discharge_date]
            reasons[c.discharge_reason] += 1
        else:
            assert c.discharge_date is None and c.discharge_reason is None
            assert "terminasi" not in {s.stage for s in steps}
    assert reasons.most_common(1)[0][0] == "selesai"
    assert len(reasons) >= 3
    consents = _all(demo, Consent)
    consented = {k.client_id for k in consents}
    assert consented == set(clients)
    for k in consents:
        assert k.given_on == clients[k.client_id].admission_date
        if k.kind == "klien":
            assert k.given_by == clients[k.client_id].name


def test_training_attendance_and_certificates(demo: Database) -> None:
    cohorts = {c.id: c for c in _all(demo, Cohort)}
    enrollments = _all(demo, Enrollment)
    sessions = {s.id: s for s in _all(demo, TrainingSession)}
    tracks = {t.id: t for t in _all(demo, TrainingTrack)}
    tutors = {t.id: t for t in _all(demo, Tutor)}
    assert {t.tutor_type for t in tutors.values()} == {"internal", "eksternal"}
    agreements = _all(demo, TutorAgreement)
    assert {a.tutor_id for a in agreements} >= {t.id for t in tutors.values() if t.active}
    assert all(a.start_date <= a.end_date for a in agreements)
    members: dict[int, dict[int, Enrollment]] = defaultdict(dict)
    for e in enrollments:
        members[e.cohort_id][e.client_id] = e
    sizes = [len(m) for m in members.values()]
    assert max(sizes) <= 25 and sorted(sizes)[len(sizes) // 2] >= 5
    for co in cohorts.values():
        weeks = (co.end_date - co.start_date).days / 7
        assert 6 <= weeks <= 14, co.name
        assert co.status == ("direncanakan" if co.start_date > TODAY else
                             "berjalan" if co.end_date >= TODAY else "selesai")
    for s in sessions.values():
        co = cohorts[s.cohort_id]
        assert co.start_date <= s.session_date <= min(co.end_date, TODAY)
        assert 4 <= s.jp <= 6
    codes = Counter()
    per_client: dict[int, Counter] = defaultdict(Counter)
    for a in _all(demo, Attendance):
        session = sessions[a.session_id]
        e = members[session.cohort_id].get(a.client_id)
        assert e is not None, "attendance of a client not in the cohort"
        assert e.enrolled_on <= session.session_date
        assert e.withdrawn_on is None or session.session_date <= e.withdrawn_on
        codes[a.code] += 1
        per_client[a.client_id][a.code] += 1
    assert set(codes) <= set(ATTENDANCE.codes)
    assert set(codes) == set(ATTENDANCE.codes)  # every code occurs
    present = codes["H"] + codes["T"]
    assert 0.85 < present / sum(codes.values()) < 0.98
    # A few clients are chronically absent.
    rates = [(c["H"] + c["T"]) / sum(c.values())
             for c in per_client.values() if sum(c.values()) >= 10]
    assert any(r < 0.8 for r in rates)
    statuses = Counter(e.status for e in enrollments)
    assert statuses["lulus"] > statuses["tidak_lulus"] > 0
    certs = [e.certificate_no for e in enrollments if e.certificate_no]
    assert len(certs) == len(set(certs)) == statuses["lulus"]
    # One sequence per year across tracks, as services.graduation continues it.
    per_year: dict[str, list[int]] = defaultdict(list)
    for number in certs:
        per_year[number.rsplit("/", 1)[1]].append(int(number.split("/", 1)[0]))
    for seqs in per_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    for e in enrollments:
        if e.status == "lulus":
            code = tracks[cohorts[e.cohort_id].track_id].code
            assert re.fullmatch(rf"\d{{4}}/{code}/{upt_for_seed(7).code}/{e.graduated_on.year}",
                                e.certificate_no)
            assert e.competency_result == "kompeten" and e.graduated_on <= TODAY
        if e.status == "tidak_lulus":
            assert e.competency_result == "belum_kompeten"


def test_followups_cover_every_outcome(demo: Database) -> None:
    enrollments = {e.id: e for e in _all(demo, Enrollment)}
    followups = _all(demo, FollowUp)
    outcomes = Counter(f.outcome for f in followups if f.done_date)
    assert set(outcomes) == set(FOLLOWUP_OUTCOMES.codes)
    overdue = [f for f in followups if f.done_date is None and f.due_date < TODAY]
    upcoming = [f for f in followups if f.due_date > TODAY]
    assert overdue and upcoming
    done = [f for f in followups if f.done_date]
    assert len(done) > 0.7 * sum(1 for f in followups if f.due_date <= TODAY)
    for f in followups:
        e = enrollments[f.enrollment_id]
        assert e.status == "lulus" and f.client_id == e.client_id
        assert f.months_after in (3, 6, 12)
        months = (f.due_date.year - e.graduated_on.year) * 12 + f.due_date.month \
            - e.graduated_on.month
        assert months == f.months_after
        if f.done_date:
            assert f.done_date <= TODAY and f.method in FOLLOWUP_METHODS
            if f.outcome in EARNING_OUTCOMES:
                assert 500_000 <= f.monthly_income <= 6_000_000
                assert f.employer_or_business
            if f.aid_received:
                assert f.aid_condition in AID_CONDITIONS
    assert any(f.aid_received == "Mesin jahit dan obras" for f in done)


def test_facility_requests_walk_the_workflow(demo: Database) -> None:
    transitions = facility_transitions()
    requests = _all(demo, FacilityRequest)
    assert {r.status for r in requests} == set(FACILITY_STATUSES.codes)
    history: dict[int, list[FacilityStatusChange]] = defaultdict(list)
    for h in _all(demo, FacilityStatusChange):
        history[h.request_id].append(h)
    for r in requests:
        steps = history[r.id]
        assert steps[0].from_status is None and steps[0].to_status == "draf"
        for a, b in itertools.pairwise(steps):
            assert b.from_status == a.to_status
            assert b.to_status in transitions[a.to_status], (r.number, a.to_status, b.to_status)
            assert a.changed_on <= b.changed_on <= TODAY
        assert steps[-1].to_status == r.status
        if r.status == "ditolak":
            assert steps[-1].reason
        if r.status in ("selesai",):
            assert r.completed_on == steps[-1].changed_on
        if r.status != "draf" or len(steps) > 1:
            assert r.submitted_on is not None
        assert r.estimated_cost > 0


def test_audit_rows_form_a_valid_chain(demo: Database) -> None:
    rows = _all(demo, AuditLog)
    assert rows
    prev = None
    for row in rows:
        assert row.prev_hash == prev
        prev = row.hash
    with demo.session() as s:
        check = verify_chain(s, Actor.system())
        assert check.ok, check.message
        assert audit_chain.head_anchor(s) == audit_chain.Anchor(rows[-1].id, prev, len(rows))


def test_demo_users_can_log_in(db: Database) -> None:
    build_demo(db, clients=40, years=2, seed=2, today=TODAY)
    roles = {}
    for username, password, role in [("admin", "Lumbung-Data-26", "admin"),
                                      ("staf", "Berkas-Rapi-26", "staff"),
                                      ("kepala", "Tanda-Tangan-26", "head"),
                                      ("tutor", "Kelas-Jahit-26", "tutor")]:
        with db.session() as s:
            actor = users.login(s, username, password)
            roles[username] = actor
            assert actor.role == role
            assert not users.must_change_password(s, actor)
    tutor = roles["tutor"]
    assert tutor.tutor_id is not None
    with db.session() as s:
        linked = s.get(Tutor, tutor.tutor_id)
        assert linked is not None and linked.name == tutor.full_name
        teaches = s.execute(select(func.count()).select_from(Cohort)
                            .where(Cohort.tutor_id == tutor.tutor_id)).scalar_one()
        assert teaches > 0
    with db.session() as s, pytest.raises(DomainError):
        users.login(s, "admin", "Salah-2026")


def _dump(db: Database) -> dict[str, list[tuple]]:
    def norm(v: Any) -> Any:
        return float(v) if isinstance(v, Decimal) else v

    # Salted password hashes and the audit chain's keyed hashes (each installation has its own
    # secret) differ by design; everything else is the same.
    skip = {("users", "password_hash"), ("audit_log", "prev_hash"), ("audit_log", "hash"),
            ("audit_chain_head", "chain_id"), ("audit_chain_head", "last_hash")}
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.c if (table.name, c.name) not in skip]
            rows = conn.execute(select(*cols).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(norm(v) for v in r) for r in rows]
    return out


def test_same_seed_same_data_on_every_backend(db: Database, tmp_path: Path) -> None:
    """Two builds with the same seed and day are identical, row by row, even across backends
    (on the PostgreSQL run, the second build is on SQLite)."""
    build_demo(db, **PARAMS)
    other = Database(str(tmp_path / "other.sqlite3"))
    Base.metadata.create_all(other.engine)
    build_demo(other, **PARAMS)
    first, second = _dump(db), _dump(other)
    for table in first:
        assert first[table] == second[table], table
    assert len(first["clients"]) == 300
    third = Database(str(tmp_path / "third.sqlite3"))
    Base.metadata.create_all(third.engine)
    build_demo(third, clients=300, years=3, seed=8, today=TODAY)
    assert _dump(third)["clients"] != first["clients"]
    # each seed is another UPT of the province's list (vocabularies.json), with its code and
    # name in the profile and in every number the demo writes
    upts = {t.code: t for t in vocabulary("upts")}
    profiles = [_dump(d)["upt_profile"][0] for d in (db, third)]
    assert [p[2] for p in profiles] == [upt_for_seed(7).code, upt_for_seed(8).code]
    assert profiles[0][2] != profiles[1][2]
    for p in profiles:
        assert p[1] == upts[p[2]].name and p[5] == upts[p[2]].extra["kab_kota"]
    with third.read_session() as s:
        numbers = s.execute(select(Enrollment.certificate_no).where(
            Enrollment.certificate_no.is_not(None))).scalars().all()
    assert numbers and all(f"/{upt_for_seed(8).code}/" in str(n) for n in numbers)
    assert upt_for_seed(1).code == "PSBR-JOMBANG"
    other.dispose()
    third.dispose()


def test_refuses_a_database_with_data_and_bad_sizes(db: Database) -> None:
    build_demo(db, clients=20, years=1, seed=1, today=TODAY)
    with pytest.raises(ConflictError, match="klien"):
        build_demo(db, clients=20, years=1, seed=1, today=TODAY)
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Client)).scalar_one() == 20
    with pytest.raises(ValidationError, match="klien"):
        build_demo(db, clients=0)
    with pytest.raises(ValidationError, match="tahun"):
        build_demo(db, clients=10, years=0)


def test_refuses_when_users_exist(db: Database) -> None:
    with db.session() as s:
        s.add(User(username="siti", full_name="Siti", role="staff",
                   password_hash=users.hash_password("Rahasia-123")))
    with pytest.raises(ConflictError, match="pengguna"):
        build_demo(db, clients=10, years=1, today=TODAY)
