"""The follow-up and facility lists build each shape of their statements once and read the
driver's rows (``services.listing``): the rows they give must be the ones a statement built
afresh gives, through ORM entities, for every filter, before and after the data changes, on
every backend the ``db`` fixture runs on."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import product
from typing import Any

import pytest
from sqlalchemy import func, or_, select

from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.domain.vocab import (
    FACILITY_KINDS,
    FACILITY_PRIORITIES,
    FACILITY_STATUSES,
    FOLLOWUP_OUTCOMES,
    FUNDING_SOURCES,
)
from jssc_desktop.services import facility, followups
from jssc_desktop.services.base import Actor
from jssc_desktop.services.demo import build_demo
from jssc_desktop.services.listing import ShapeCache, as_date, as_day, row_maker, total_from_page
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Client, Cohort, Enrollment, FacilityRequest, FollowUp

TODAY = date(2026, 11, 23)
ADMIN = Actor(None, "admin", "admin", "Admin")


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, clients=300, years=3, seed=5, today=TODAY)
    return db


# ----------------------------------------------------------------------------- references


def _followup_rows(s: Any, state: str, track: int | None, text: str | None,
                   today: date) -> list[followups.FollowUpRow]:
    """The follow-up list as first written: entities, a statement built for this call."""
    query = select(FollowUp).join(Enrollment, Enrollment.id == FollowUp.enrollment_id).join(
        Cohort, Cohort.id == Enrollment.cohort_id).join(Client, Client.id == FollowUp.client_id)
    if state == "due":
        query = query.where(FollowUp.done_date.is_(None),
                            FollowUp.due_date <= today + timedelta(days=30))
    elif state == "overdue":
        query = query.where(FollowUp.done_date.is_(None), FollowUp.due_date < today)
    elif state == "done":
        query = query.where(FollowUp.done_date.is_not(None))
    if track is not None:
        query = query.where(Cohort.track_id == track)
    if text:
        query = query.where(or_(
            Client.name_normalized.contains(normalize_name(text), autoescape=True),
            Client.reg_no.contains(text.upper(), autoescape=True)))
    order = ((FollowUp.done_date.desc(), FollowUp.id.desc()) if state == "done"
             else (FollowUp.due_date, FollowUp.id))
    rows = []
    for fu in s.execute(query.order_by(*order)).scalars():
        cohort = fu.enrollment.cohort
        rows.append(followups.FollowUpRow(
            fu.id, fu.client_id, fu.client.reg_no, fu.client.name, cohort.track.name,
            cohort.name, fu.enrollment.graduated_on, fu.months_after, fu.due_date, fu.done_date,
            fu.outcome, FOLLOWUP_OUTCOMES.name(fu.outcome),
            None if fu.monthly_income is None else int(fu.monthly_income),
            (today - fu.due_date).days if fu.done_date is None and fu.due_date < today else 0,
            fu.version, cohort.track_id, fu.enrollment_id))
    return rows


def _facility_rows(s: Any, status: str | None, kind: str | None,
                   text: str | None) -> list[facility.FacilityRow]:
    query = select(FacilityRequest)
    if status:
        query = query.where(FacilityRequest.status == status)
    if kind:
        query = query.where(FacilityRequest.kind == kind)
    if text:
        query = query.where(or_(
            func.lower(FacilityRequest.number).startswith(text.lower(), autoescape=True),
            func.lower(FacilityRequest.title).contains(text.lower(), autoescape=True)))
    query = query.order_by(FacilityRequest.created_at.desc(), FacilityRequest.id.desc())
    return [facility.FacilityRow(
        r.id, r.number, r.title, FACILITY_KINDS.name(r.kind),
        FUNDING_SOURCES.name(r.funding_source), int(r.estimated_cost),
        FACILITY_PRIORITIES.name(r.priority), r.status, FACILITY_STATUSES.name(r.status),
        r.updated_at.date(), r.kind, r.priority) for r in s.execute(query).scalars()]


def _paged(fetch: Any, size: int) -> tuple[int, list[Any]]:
    """Every row of a list, page by page of ``size``, and the total of its first page."""
    rows: list[Any] = []
    total = -1
    while True:
        page = fetch(offset=len(rows), limit=size)
        total = page.total if total < 0 else total
        rows += page.rows
        if len(page.rows) < size:
            return total, rows


# ----------------------------------------------------------------------------------- tests


def _check_followups(db: Database, tracks: list[int | None], texts: list[str | None]) -> int:
    checked = 0
    with db.read_session() as s:
        for state, track, text in product(followups.STATES, tracks, texts):
            expected = _followup_rows(s, state, track, text, TODAY)
            total, got = _paged(lambda offset, limit, st=state, tr=track, tx=text:
                                followups.list_followups(s, ADMIN, state=st, track_id=tr,
                                                         text=tx, today=TODAY, offset=offset,
                                                         limit=limit), 90)
            assert (total, got) == (len(expected), expected), (state, track, text)
            checked += len(expected)
    return checked


def test_follow_up_list_gives_the_rows_of_a_fresh_statement_before_and_after_changes(
        demo: Database) -> None:
    with demo.read_session() as s:
        tracks: list[int | None] = [None, *sorted(s.execute(
            select(Cohort.track_id).distinct()).scalars())][:3]
        name = s.execute(select(Client.name).join(FollowUp, FollowUp.client_id == Client.id)
                         .limit(1)).scalar_one()
    texts: list[str | None] = [None, name.split()[-1][:4], "zzzz"]
    assert _check_followups(demo, tracks, texts) > 100
    # The data change: open follow-ups recorded, a done one moved back into the window.
    staff = Actor(None, "staff", "staff", "Staff")
    with demo.session() as s:
        open_ids = s.execute(select(FollowUp.id).where(FollowUp.done_date.is_(None),
                                                       FollowUp.due_date < TODAY)
                             .order_by(FollowUp.id).limit(3)).scalars().all()
        assert open_ids
        for fid in open_ids:
            followups.record_followup(s, staff, fid, followups.FollowUpInput(
                done_date=TODAY, method="kunjungan", outcome="bekerja",
                employer_or_business="Toko Maju", monthly_income=2_500_000), today=TODAY)
    with demo.session() as s:
        listed = followups.list_followups(s, ADMIN, state="done", today=TODAY, limit=500)
        assert {r.id for r in listed.rows} >= set(open_ids)
        assert all(r.done_date == TODAY and r.monthly_income == 2_500_000
                   for r in listed.rows if r.id in open_ids)
    _check_followups(demo, tracks, texts)
    # A statement built afresh (the cache emptied) gives the same as the reused one.
    with demo.read_session() as s:
        warm = followups.list_followups(s, ADMIN, state="all", today=TODAY, limit=300)
        followups._LIST_STATEMENTS.clear()
        assert followups.list_followups(s, ADMIN, state="all", today=TODAY, limit=300) == warm


def _check_facility(db: Database, texts: list[str | None]) -> int:
    checked = 0
    with db.read_session() as s:
        for status, kind, text in product([None, *FACILITY_STATUSES.codes],
                                          [None, *FACILITY_KINDS.codes], texts):
            expected = _facility_rows(s, status, kind, text)
            total, got = _paged(lambda offset, limit, st=status, k=kind, tx=text:
                                facility.list_requests(s, ADMIN, status=st, kind=k, text=tx,
                                                       offset=offset, limit=limit), 7)
            assert (total, got) == (len(expected), expected), (status, kind, text)
            checked += len(expected)
    return checked


def test_facility_list_gives_the_rows_of_a_fresh_statement_before_and_after_changes(
        demo: Database) -> None:
    with demo.read_session() as s:
        number = s.execute(select(FacilityRequest.number).limit(1)).scalar_one()
    texts: list[str | None] = [None, number[:6].lower(), "ruang", "50%_x"]
    assert _check_facility(demo, texts) > 10
    staff = Actor(None, "staff", "staff", "Staff")
    with demo.session() as s:
        made = facility.create_request(s, staff, facility.FacilityInput(
            title="Ruang 100% baru_a", kind=FACILITY_KINDS.codes[0],
            funding_source=FUNDING_SOURCES.codes[0], estimated_cost=12_000_000), today=TODAY)
    _check_facility(demo, [*texts, "100%", "baru_a"])
    with demo.read_session() as s:
        first = facility.list_requests(s, ADMIN, text="100%").rows
        assert [r.id for r in first] == [made.id]
        assert first[0].updated_on is not None and first[0].estimated_cost == 12_000_000


# ------------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class _Row:
    a: int
    b: date | None
    c: list[int] = field(default_factory=list)


def test_row_maker_makes_what_the_constructor_makes() -> None:
    make = row_maker(_Row)
    made = make(1, date(2026, 1, 2), [3])
    assert made == _Row(1, date(2026, 1, 2), [3])
    assert repr(made) == repr(_Row(1, date(2026, 1, 2), [3]))
    assert hash(make(1, None, ())) == hash(_Row(1, None, ()))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        make(1, None)  # every field, in order
    with pytest.raises(AttributeError):
        made.a = 2  # type: ignore[misc]  # still frozen

    @dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError(self.a)

    with pytest.raises(TypeError):
        row_maker(Checked)


def test_driver_dates_and_the_shape_cache() -> None:
    assert as_date(None) is None
    assert as_date("2026-11-23") == as_day("2026-11-23 08:30:00.000000") == date(2026, 11, 23)
    from datetime import datetime
    assert as_day(datetime(2026, 11, 23, 8, 30)) == date(2026, 11, 23)
    assert as_day(date(2026, 11, 23)) == date(2026, 11, 23)
    built: list[Any] = []
    cache: ShapeCache[list[Any]] = ShapeCache(lambda key: built.append(key) or [key], size=2)
    assert cache(("a", True)) is cache(("a", True)) and built == [("a", True)]
    cache(("b", False))
    cache(("c", False))  # over the size: emptied, then built again when asked
    cache(("a", True))
    assert built == [("a", True), ("b", False), ("c", False), ("a", True)]


def test_a_page_that_is_not_full_tells_the_total(demo: Database) -> None:
    """The lists count only when a page is full: the total is the same wherever the page is."""
    from jssc_desktop.services.client_list import ClientQuery, search_clients

    assert [total_from_page(*a) for a in ((0, 3, 10), (0, 0, 10), (20, 3, 10), (20, 0, 10),
                                          (0, 10, 10))] == [3, 0, 23, None, None]
    with demo.read_session() as s:
        requests = s.scalar(select(func.count()).select_from(FacilityRequest))
        done = s.scalar(select(func.count()).select_from(FollowUp)
                        .where(FollowUp.done_date.is_not(None)))
        residents = s.scalar(select(func.count()).select_from(Client)
                             .where(Client.status == "aktif"))
        assert requests and done and residents
        for total, fetch in (
                (requests, lambda o, n: facility.list_requests(s, ADMIN, offset=o, limit=n)),
                (done, lambda o, n: followups.list_followups(s, ADMIN, state="done",
                                                             today=TODAY, offset=o, limit=n)),
                (residents, lambda o, n: search_clients(s, ADMIN, ClientQuery(
                    status="aktif", offset=o, limit=n), today=TODAY))):
            for offset, limit in ((0, total + 5), (0, total), (0, 1), (total - 1, 5),
                                  (total, 5), (total + 10, 5)):
                page = fetch(offset, limit)
                assert page.total == total, (total, offset, limit)
                assert len(page.rows) == max(0, min(limit, total - offset))


def test_the_client_list_plans_by_every_field_that_makes_its_statements() -> None:
    """The client list keeps its statements per filter and sort (``PLAN_FIELDS``): every field
    of a query but where the page starts and its size must be part of that key, or two
    queries differing in a new field would share statements."""
    from dataclasses import fields

    from jssc_desktop.services.client_list import PLAN_FIELDS, ClientQuery

    paging = {"offset", "limit", "after", "count"}
    assert set(PLAN_FIELDS) == {f.name for f in fields(ClientQuery)} - paging


def test_client_plans_give_the_rows_of_a_fresh_build_after_changes(demo: Database) -> None:
    """The client list keeps its statements per filter and sort: for every filter they give,
    before and after the data changes, what statements built afresh give."""
    from jssc_desktop.domain.vocab import KAB_KOTA, PPKS
    from jssc_desktop.services import client_list
    from jssc_desktop.services.client_list import ClientQuery, search_clients

    with demo.read_session() as s:
        c = s.execute(select(Client).where(Client.status == "aktif").limit(1)).scalar_one()
        track = s.execute(select(Cohort.track_id).limit(1)).scalar_one()
        queries = [ClientQuery(), ClientQuery(status="aktif"), ClientQuery(ppks_code=c.ppks_code),
                   ClientQuery(stage=c.current_stage), ClientQuery(kab_kota_code=c.kab_kota_code),
                   ClientQuery(sex=c.sex), ClientQuery(text=c.name.split()[-1][:3]),
                   ClientQuery(track_id=track), ClientQuery(sort="birth_date", descending=True),
                   ClientQuery(sort="status"), ClientQuery(sort="reg_no", status="aktif")]

    def lists(fresh: bool) -> list[tuple[int, list[int]]]:
        out = []
        with demo.read_session() as s:
            for query in queries:
                if fresh:
                    client_list._PLANS.clear()
                page = search_clients(s, ADMIN, replace(query, limit=45), today=TODAY)
                total, ids = page.total, [r.id for r in page.rows]
                while len(page.rows) == 45:
                    page = search_clients(s, ADMIN, replace(query, limit=45, after=page.after,
                                                            count=False), today=TODAY)
                    ids += [r.id for r in page.rows]
                assert total == len(ids)
                out.append((total, ids))
        return out

    before = lists(False)
    assert before == lists(True)
    with demo.session() as s:
        other_region = next(k for k in KAB_KOTA.codes if k != c.kab_kota_code)
        other_ppks = next(p for p in PPKS.codes if p != c.ppks_code)
        for changed in s.execute(select(Client).where(Client.id % 5 == 0)).scalars():
            changed.kab_kota_code, changed.ppks_code = other_region, other_ppks
            changed.birth_date = None
            changed.sex = "P" if changed.sex == "L" else "L"
    after = lists(False)
    assert after == lists(True)
    assert after != before
