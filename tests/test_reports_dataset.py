"""The periodic report data set: every number of a small, fully known UPT, on both backends."""

from __future__ import annotations

import json
from datetime import date

import pytest

from jssc_desktop.domain.periods import parse_period
from jssc_desktop.domain.vocab import KAB_KOTA, PPKS
from jssc_desktop.reports.dataset import ReportDataset, build_dataset, report_title
from jssc_desktop.storage.models import Client, Setting

from . import report_fixtures as rf
from .report_fixtures import EXPECTED_OCT as EXP

TODAY = date(2026, 11, 23)


@pytest.fixture
def built(db, actors):  # type: ignore[no-untyped-def]
    fx = rf.build(db, actors)
    return db, fx


def _dataset(db, text: str = "2026-10", today: date = TODAY) -> ReportDataset:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return build_dataset(s, parse_period(text), today=today)


def _by_code(rows) -> dict:  # type: ignore[no-untyped-def]
    return {r.code: (r.l, r.p) for r in rows}


def _nonzero(rows) -> dict:  # type: ignore[no-untyped-def]
    return {r.code: (r.l, r.p) for r in rows if r.count}


def test_identity_and_client_flow(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    ds = _dataset(db)
    assert ds.period.label == "Oktober 2026"
    assert ds.profile.name == rf.UPT_NAME and ds.profile.capacity == 20
    assert ds.profile.head_nip == rf.HEAD_NIP and ds.profile.has_logo
    flow = ds.flow
    for name, value in EXP["flow"].items():
        assert getattr(flow, name) == pytest.approx(value), name
    assert {r.code: r.count for r in flow.discharged_by_reason} == EXP["discharged_by_reason"]
    assert flow.at_start + flow.admitted - flow.discharged == flow.at_end
    assert report_title(ds.period.kind_name, ds.profile.name, ds.period.label) == (
        "LAPORAN BULANAN UPT PELAYANAN SOSIAL BINA REMAJA MALANG PERIODE OKTOBER 2026")


def test_residents_breakdowns(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    res = _dataset(db).residents
    assert _nonzero(res.by_ppks) == EXP["by_ppks"]
    # every PPKS code (vocabulary order) and "-" last, zeros included
    assert [r.code for r in res.by_ppks] == [*PPKS.codes, "-"]
    assert _by_code(res.by_age) == EXP["by_age"]
    assert [r.code for r in res.by_age] == list(EXP["by_age"])
    assert _nonzero(res.by_origin) == EXP["by_origin"]
    assert [r.code for r in res.by_origin] == [*KAB_KOTA.codes, "-"]
    assert res.by_origin[-1].name == "Tidak diketahui"
    assert _by_code(res.by_stage) == EXP["by_stage"]
    assert (res.total.count, res.total.l, res.total.p) == (13, 7, 6)
    for rows in (res.by_ppks, res.by_age, res.by_origin, res.by_stage):
        assert sum(r.count for r in rows) == 13
        assert all(r.count == r.l + r.p for r in rows)


def test_training_per_track_and_cohorts(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    tr = _dataset(db).training
    # every track, by code, the idle inactive one too (the rows are the same every period)
    assert [t.code for t in tr.tracks] == ["AC", "JHT", "OTO", "TB"]
    assert tr.tracks[2].name == "Otomotif" and tr.tracks[2].cohorts == 0

    def tup(t):  # type: ignore[no-untyped-def]
        a = t.attendance
        return (t.cohorts, t.enrolled, t.sessions, t.jp, a["H"], a["S"], a["I"], a["A"], a["T"],
                t.recorded, t.present, t.graduates, t.failed)

    assert {t.name: tup(t) for t in tr.tracks if t.code != "OTO"} == EXP["tracks"]
    assert tup(tr.total) == EXP["training_total"]
    by_name = {t.name: t for t in tr.tracks}
    assert by_name["Reparasi AC"].attendance_rate == pytest.approx(8 / 11)
    assert by_name["Reparasi AC"].pass_rate == pytest.approx(2 / 3)
    assert by_name["Menjahit"].attendance_rate == pytest.approx(10 / 12)
    assert by_name["Menjahit"].pass_rate is None
    assert by_name["Tata Boga"].attendance_rate is None
    assert tr.total.attendance_rate == pytest.approx(18 / 23)
    assert [(c.track_name, c.name, c.enrolled, c.sessions, c.jp, c.graduates)
            for c in tr.cohorts] == [("Menjahit", "Angkatan II 2026", 4, 3, 9, 0),
                                     ("Reparasi AC", "Angkatan II 2026", 4, 3, 14, 2)]


def test_tutors_active_in_period(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    tu = _dataset(db).tutors
    assert {r.name: (r.tutor_type, r.institution, r.sessions, r.jp) for r in tu.rows} == \
        EXP["tutors"]
    assert tu.rows[0].tutor_type == "internal"  # internal tutors listed first
    assert {g.key: (g.tutors, g.sessions, g.jp) for g in tu.by_type} == EXP["tutors_by_type"]
    assert [(g.name, g.tutors, g.jp) for g in tu.by_institution] == \
        EXP["tutors_by_institution"]
    assert (tu.active, tu.sessions, tu.jp) == (3, 6, 23)


def test_followups_and_effectiveness(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    ds = _dataset(db)
    fu = ds.followups
    for name, value in EXP["followups"].items():
        assert getattr(fu, name) == value, name
    assert fu.earning_share == pytest.approx(2 / 3)
    assert {r.code: r.count for r in fu.outcomes} == EXP["outcomes"]

    def tup(e):  # type: ignore[no-untyped-def]
        return (e.due, e.done, e.overdue, e.graduates, e.followed_up, e.working,
                e.median_income)

    assert {e.name: tup(e) for e in ds.effectiveness if e.graduates} == EXP["effectiveness"]
    assert [e.code for e in ds.effectiveness] == ["AC", "JHT", "OTO", "TB"]
    assert tup(ds.effectiveness_total) == EXP["effectiveness_total"]
    assert ds.effectiveness_total.working_share == pytest.approx(0.6)
    assert {e.name: e.working_share for e in ds.effectiveness if e.graduates} == \
        pytest.approx({"Menjahit": 0.5, "Reparasi AC": 2 / 3})


def test_facility_requests_as_of_period_end(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    fa = _dataset(db).facility
    for name, value in EXP["facility"].items():
        assert getattr(fa, name) == value, name
    assert {r.code: (r.count, r.cost) for r in fa.by_status} == EXP["facility_by_status"]
    assert {r.code: (r.count, r.cost) for r in fa.by_kind} == EXP["facility_by_kind"]
    assert {r.code: (r.count, r.cost) for r in fa.by_funding if r.count} == \
        EXP["facility_by_funding"]
    statuses = {r.title: r.status for r in fa.requests}
    # F1 is being worked on today, but at the end of October it was only budgeted
    assert statuses["Renovasi dapur asrama"] == "dianggarkan"
    assert "Pelatihan tutor menjahit" not in statuses  # created in November
    assert statuses["Gudang alat"] == "draf"  # no history: its current status


def test_signature_block_place_and_date(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    sig = _dataset(db).signature
    # dated the day it is made (an annual report is not signed on 31 December)
    assert (sig.place, sig.day, sig.head_name, sig.head_nip) == (
        "Malang", TODAY, rf.HEAD_NAME, rf.HEAD_NIP)
    assert _dataset(db, "2026").signature.day == TODAY
    assert _dataset(db, "2026-11").signature.day == TODAY
    with db.session() as s:
        s.add(Setting(key="report_place", value="Batu"))
    assert _dataset(db).signature.place == "Batu"


def test_annual_flow_and_other_kinds(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    year = _dataset(db, "2026").flow
    assert (year.at_start, year.admitted, year.discharged, year.at_end) == (
        rf.EXPECTED_2026["at_start"], rf.EXPECTED_2026["admitted"],
        rf.EXPECTED_2026["discharged"], rf.EXPECTED_2026["at_end"])
    q4 = _dataset(db, "2026-Q4")
    assert q4.period.label == "Triwulan IV 2026"
    assert q4.flow.at_start == 13  # 1 October is the start of both
    # the whole year: both Menjahit cohorts ran, K0 failure and K1/K2 graduates count
    tracks = {t.name: t for t in _dataset(db, "2026").training.tracks}
    assert tracks["Reparasi AC"].graduates == 5 and tracks["Reparasi AC"].failed == 1
    assert tracks["Menjahit"].graduates == 2 and tracks["Menjahit"].failed == 1


def test_dataset_is_json_and_stable(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    first = _dataset(db).to_dict()
    text = json.dumps(first)  # plain JSON, no custom encoder
    again = json.loads(text)
    assert again["flow"]["at_end"] == 13
    assert again["period"]["start"] == "2026-10-01"
    second = _dataset(db).to_dict()
    first.pop("generated_at"), second.pop("generated_at")
    assert first == second


def test_dataset_follows_data_changes(built) -> None:  # type: ignore[no-untyped-def]
    db, fx = built
    with db.session() as s:  # one more admission in October
        c = s.get(Client, fx.clients["C20"])
        c.admission_date = date(2026, 10, 30)
    flow = _dataset(db).flow
    assert (flow.admitted, flow.at_end, flow.at_end_p) == (5, 14, 7)


def test_empty_database_gives_zeroes(db) -> None:  # type: ignore[no-untyped-def]
    ds = _dataset(db)
    assert ds.flow.at_end == 0 and ds.flow.occupancy is None
    assert ds.training.tracks == [] and ds.facility.total == 0
    assert ds.followups.median_income is None
    assert ds.profile.name.startswith("UPT")


def test_followups_count_graduates_once_and_overdue_as_of_today(built) -> None:  # type: ignore[no-untyped-def]
    """Hand-computed from the fixture's follow-ups (see report_fixtures.py)."""
    db, _ = built
    # 2026: 7 visits by 5 graduates; by each one's latest visit C19 bekerja 3.0 jt, C11
    # wirausaha 1.5 jt, C01 bekerja 2.0 jt, C18 tidak terjangkau, C12 tidak bekerja.
    year = _dataset(db, "2026").followups
    assert (year.visits, year.graduates, year.earning) == (7, 5, 3)
    assert year.earning_share == pytest.approx(0.6)
    assert year.median_income == 2_000_000
    assert {r.code: r.count for r in year.outcomes if r.count} == {
        "bekerja": 2, "wirausaha": 1, "tidak_bekerja": 1, "tidak_terjangkau": 1}
    assert year.as_of == TODAY and year.due == 7 and year.due_done == 7
    # October seen on 15 October: C18 (due 10 Oct) and C12 (due 5 Oct, done 20 Oct) are late
    mid = _dataset(db, "2026-10", today=date(2026, 10, 15)).followups
    assert (mid.as_of, mid.overdue_in_period, mid.overdue_before) == (date(2026, 10, 15), 2, 0)
    # a finished October: only C18, done on 5 November
    assert (_dataset(db).followups.overdue_in_period, _dataset(db).followups.overdue_before) \
        == (1, 0)
    # November seen on 3 November: C18's October visit is the backlog from before
    nov = _dataset(db, "2026-11", today=date(2026, 11, 3)).followups
    assert (nov.overdue_in_period, nov.overdue_before) == (0, 1)
    # by months after graduation, October: code -> due, visits, overdue, earning visits
    assert {r.code: (r.due, r.visits, r.overdue, r.earning)
            for r in _dataset(db).followups.by_months} == {
        "3": (3, 2, 0, 1), "6": (2, 1, 1, 1), "12": (0, 0, 0, 0)}


def test_tutor_honorarium_and_sessions_outside_agreements(built) -> None:  # type: ignore[no-untyped-def]
    from jssc_desktop.storage.models import Tutor, TutorAgreement

    db, fx = built
    with db.session() as s:
        sri = s.get(Tutor, fx.tutors["Sri Wahyuni"])
        budi = s.get(Tutor, fx.tutors["Budi Santoso"])
        sri.rate_per_jp, budi.rate_per_jp = 100_000, 50_000
        # Sri's contract covers 1-10 October at Rp 150.000 per JP: her 5 October session
        # (4 JP) is paid by it, her 12 October one (4 JP) falls outside any agreement.
        s.add(TutorAgreement(tutor_id=sri.id, number="K-01/2026", start_date=date(2026, 10, 1),
                             end_date=date(2026, 10, 10), rate_per_jp=150_000))
    tu = _dataset(db).tutors
    rows = {r.name: (r.jp, r.cost, r.outside_agreement) for r in tu.rows}
    assert rows == {"Sri Wahyuni": (8, 4 * 150_000 + 4 * 100_000, 1),
                    "Rina Marlina": (6, 6 * 125_000, 1),   # external, no agreement at all
                    "Budi Santoso": (9, 9 * 50_000, 0)}    # internal staff need none
    assert (tu.cost, tu.outside_agreement) == (1_000_000 + 750_000 + 450_000, 2)


def test_comparison_targets_and_referral(built) -> None:  # type: ignore[no-untyped-def]
    db, _ = built
    with db.session() as s:
        s.add(Setting(key="target.2026.admissions", value="30"))
        s.add(Setting(key="target.2026.employment_rate", value="50"))
    ds = _dataset(db)
    ctx = ds.context
    assert ctx is not None and ds.summary is not None
    assert (ctx.previous_label, ctx.last_year_label) == ("September 2026", "Oktober 2025")
    cmp = {r.key: (r.current, r.previous, r.last_year) for r in ctx.comparison}
    assert cmp["admitted"] == (4, 0, 1)          # C11 was admitted on 1 October 2025
    assert cmp["clients_end"][0] == 13
    targets = {r.key: (r.target, r.actual) for r in ctx.targets}
    assert targets["admissions"] == (30, 14)      # 1 Jan - 31 Oct 2026 (C20 came in November)
    assert targets["employment_rate"] == (pytest.approx(0.5), pytest.approx(3 / 5))
    assert targets["graduates"] == (None, 7)
    assert sum(r.count for r in ctx.referral) == ds.flow.admitted


def test_layout_is_data_and_summary_is_for_consolidation(built) -> None:  # type: ignore[no-untyped-def]
    from jssc_desktop.reports.layout import LAYOUT, tables

    again = json.loads(json.dumps(LAYOUT))  # the description is plain data
    assert again == LAYOUT
    codes = [t["code"] for t in tables()]
    sheets = [t["sheet"] for t in tables()]
    assert len(set(codes)) == len(codes) and len(set(sheets)) == len(sheets)
    assert all(len(s) <= 31 and not set(s) & set("[]:*?/\\") for s in sheets)  # Excel's rules
    db, _ = built
    summary = _dataset(db).to_dict()["summary"]
    assert {k: summary[k] for k in ("clients_start", "admitted", "discharged", "clients_end",
                                    "graduates")} == {
        "clients_start": 13, "admitted": 4, "discharged": 4, "clients_end": 13, "graduates": 2}
    assert summary["attendance_rate"] == pytest.approx(18 / 23)
