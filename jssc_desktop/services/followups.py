"""Bimbingan lanjut: follow-up of graduates at 3, 6 and 12 months, and which tracks lead to a
living.

Follow-up rows are scheduled when a client graduates (services/graduation.py); here they are
recorded, listed as work to do (due within 30 days, overdue) and summed up per training track:
the track effectiveness table of the periodic report.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, Integer, String, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import ConfirmationRequired, ValidationError
from ..domain.formatting import normalize_name
from ..domain.messages import Money, msg
from ..domain.vocab import (
    AID_CONDITIONS,
    EARNING_OUTCOMES,
    FOLLOWUP_METHODS,
    FOLLOWUP_OUTCOMES,
)
from ..storage.models import Client, Cohort, Enrollment, FollowUp, TrainingTrack, User
from .base import Actor, Page, audit, check_version, clean_text, diff, get_or_404, require, snapshot
from .listing import (
    ShapeCache,
    as_date,
    as_day,
    driver_rows,
    driver_scalar,
    row_maker,
    total_from_page,
)
from .period_lock import ensure_unlocked
from .settings import get_setting

#: 'due' lists follow-ups whose due date falls within this many days from today (or earlier).
DUE_WINDOW_DAYS = 30
#: A monthly income above this is certainly a typing error (Rupiah).
MAX_MONTHLY_INCOME = 1_000_000_000
#: Above this monthly income (Rupiah) the user must confirm the figure; the UPT can change it in
#: Pengaturan (setting ``followup_income_ceiling``).
DEFAULT_INCOME_CEILING = 20_000_000
STATES = ("due", "overdue", "done", "all")
GRADUATED = "lulus"


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class FollowUpInput:
    done_date: date
    method: str
    outcome: str
    employer_or_business: str | None = None
    monthly_income: int | None = None
    aid_received: str | None = None
    aid_condition: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class FollowUpView:
    id: int
    client_id: int
    reg_no: str
    client_name: str
    track_name: str
    cohort_name: str
    graduated_on: date | None
    months_after: int
    due_date: date
    done_date: date | None
    method: str | None
    method_name: str
    outcome: str | None
    outcome_name: str
    employer_or_business: str | None
    monthly_income: int | None
    aid_received: str | None
    aid_condition: str | None
    aid_condition_name: str
    notes: str | None
    recorded_by_name: str
    version: int


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    client_id: int
    reg_no: str
    client_name: str
    track_name: str
    cohort_name: str
    graduated_on: date | None
    months_after: int
    due_date: date
    done_date: date | None
    outcome: str | None
    outcome_name: str
    monthly_income: int | None
    overdue_days: int
    version: int
    track_id: int = 0
    enrollment_id: int = 0


@dataclass(frozen=True)
class TrackEffect:
    track_id: int
    track_name: str
    graduates: int
    followed_up: int
    working: int
    working_share: float | None
    median_income: int | None
    outcomes: dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------------- helpers


def income_ceiling(session: Session) -> int:
    """The monthly income above which a follow-up asks for confirmation (Pengaturan)."""
    value = get_setting(session, "followup_income_ceiling")
    try:
        return int(value) if value else DEFAULT_INCOME_CEILING
    except ValueError:
        return DEFAULT_INCOME_CEILING


def _validated(data: FollowUpInput, graduated_on: date | None, today: date, *,
               ceiling: int = DEFAULT_INCOME_CEILING,
               confirm_high_income: bool = False) -> dict[str, object]:
    """Check one follow-up result: the form, the command line and the import all come here.

    Plausibility, so the report's employment share and median income stay right: an earning
    outcome (bekerja, wirausaha, KUBE) needs the workplace or business and an income above zero;
    an income above ``ceiling`` raises :class:`ConfirmationRequired` unless confirmed.
    """
    done = data.done_date
    if isinstance(done, datetime):
        done = done.date()
    if not isinstance(done, date):
        raise ValidationError(msg("Tanggal pelaksanaan bimbingan lanjut wajib diisi."), "done_date")
    if done > today:
        raise ValidationError(
            msg("Tanggal pelaksanaan bimbingan lanjut tidak boleh di masa depan."), "done_date")
    if graduated_on is not None and done < graduated_on:
        raise ValidationError(
            msg("Tanggal pelaksanaan bimbingan lanjut tidak boleh sebelum tanggal lulus "
            "({graduated_on}).", graduated_on=graduated_on), "done_date")
    method = FOLLOWUP_METHODS.check(data.method, "method")
    outcome = FOLLOWUP_OUTCOMES.check(data.outcome, "outcome")
    income = data.monthly_income
    if income is not None:
        if isinstance(income, bool) or not isinstance(income, int):
            raise ValidationError(msg("Penghasilan per bulan harus bilangan bulat Rupiah."),
                                  "monthly_income")
        if income < 0:
            raise ValidationError(msg("Penghasilan per bulan tidak boleh negatif."),
                                  "monthly_income")
        if income > MAX_MONTHLY_INCOME:
            raise ValidationError(
                msg("Penghasilan per bulan terlalu besar; periksa kembali angkanya."),
                "monthly_income")
        if income > 0 and outcome not in EARNING_OUTCOMES:
            earning = ", ".join(FOLLOWUP_OUTCOMES.name(c) for c in FOLLOWUP_OUTCOMES.codes
                                if c in EARNING_OUTCOMES)
            raise ValidationError(
                msg("Penghasilan hanya diisi bila hasilnya {earning}; hasil "
                    "'{outcome}' tidak berpenghasilan.",
                    earning=earning, outcome=FOLLOWUP_OUTCOMES.ref(outcome)), "monthly_income")
    employer = clean_text(data.employer_or_business)
    if employer is not None and len(employer) > 200:
        raise ValidationError(msg("Tempat kerja/usaha paling panjang 200 karakter."),
                              "employer_or_business")
    aid = clean_text(data.aid_received)
    if aid is not None and len(aid) > 300:
        raise ValidationError(msg("Bantuan yang diterima paling panjang 300 karakter."),
                              "aid_received")
    condition = clean_text(data.aid_condition)
    if aid is not None:
        AID_CONDITIONS.check(condition, "aid_condition")
    elif condition is not None:
        raise ValidationError(msg("Kondisi bantuan diisi, tetapi bantuan yang diterima kosong."),
                              "aid_condition")
    # Last: a confirmation is asked only once everything else is right.
    _check_plausible(outcome, employer, income, ceiling, confirm_high_income)
    return {
        "done_date": done,
        "method": method,
        "outcome": outcome,
        "employer_or_business": employer,
        "monthly_income": income,
        "aid_received": aid,
        "aid_condition": condition,
        "notes": clean_text(data.notes),
    }


def _check_plausible(outcome: str, employer: str | None, income: int | None, ceiling: int,
                     confirmed: bool) -> None:
    if outcome in EARNING_OUTCOMES:
        name = FOLLOWUP_OUTCOMES.name(outcome)
        if employer is None:
            raise ValidationError(
                msg("Hasil '{name}' memerlukan tempat kerja/usaha; isi nama tempat kerja atau "
                "usahanya.", name=name), "employer_or_business")
        if not income:
            raise ValidationError(
                msg("Hasil '{name}' memerlukan penghasilan per bulan di atas Rp 0; bila belum "
                "berpenghasilan, pilih hasil lain.", name=name), "monthly_income")
    if income is not None and income > ceiling and not confirmed:
        raise ConfirmationRequired(
            msg("Penghasilan {income} per bulan melebihi batas wajar "
            "{ceiling} (Pengaturan). Pastikan angkanya benar, lalu "
            "konfirmasikan.", income=Money(income), ceiling=Money(ceiling)), "monthly_income")


def _view(session: Session, fu: FollowUp) -> FollowUpView:
    enrollment = fu.enrollment
    cohort = enrollment.cohort
    client = fu.client
    recorder = session.get(User, fu.recorded_by) if fu.recorded_by is not None else None
    return FollowUpView(
        id=fu.id,
        client_id=client.id,
        reg_no=client.reg_no,
        client_name=client.name,
        track_name=cohort.track.name,
        cohort_name=cohort.name,
        graduated_on=enrollment.graduated_on,
        months_after=fu.months_after,
        due_date=fu.due_date,
        done_date=fu.done_date,
        method=fu.method,
        method_name=FOLLOWUP_METHODS.name(fu.method),
        outcome=fu.outcome,
        outcome_name=FOLLOWUP_OUTCOMES.name(fu.outcome),
        employer_or_business=fu.employer_or_business,
        monthly_income=int(fu.monthly_income) if fu.monthly_income is not None else None,
        aid_received=fu.aid_received,
        aid_condition=fu.aid_condition,
        aid_condition_name=AID_CONDITIONS.name(fu.aid_condition),
        notes=fu.notes,
        recorded_by_name=recorder.full_name if recorder else "",
        version=fu.version,
    )


# ------------------------------------------------------------------------------------- actions


def get_followup(session: Session, actor: Actor, followup_id: int) -> FollowUpView:
    require(actor, "followup.view")
    return _view(session, get_or_404(session, FollowUp, followup_id, "Bimbingan lanjut"))


def record_followup(session: Session, actor: Actor, followup_id: int, data: FollowUpInput, *,
                    version: int | None = None, today: date | None = None,
                    lock_reason: str | None = None,
                    confirm_high_income: bool = False) -> FollowUpView:
    """Record (or correct) what a follow-up found.

    The date it was done (and, for a correction, the earlier one) must lie outside approved
    periods unless an administrator gives ``lock_reason``. An income above the ceiling in
    Pengaturan raises :class:`ConfirmationRequired` unless ``confirm_high_income``.
    """
    require(actor, "followup.edit")
    fu = get_or_404(session, FollowUp, followup_id, "Bimbingan lanjut")
    check_version(fu, version,
                  f"Bimbingan lanjut {fu.months_after} bulan {fu.client.name} ({fu.client.reg_no})")
    values = _validated(data, fu.enrollment.graduated_on, today or date.today(),
                        ceiling=income_ceiling(session),
                        confirm_high_income=confirm_high_income)
    if any(getattr(fu, key) != value for key, value in values.items()):
        ensure_unlocked(session, actor, [fu.done_date, data.done_date],
                        reason=lock_reason, entity="followup", entity_id=fu.id)
    before = snapshot(fu)
    correction = fu.done_date is not None
    for key, value in values.items():
        setattr(fu, key, value)
    fu.recorded_by = actor.user_id
    session.flush()
    b, a = diff(before, snapshot(fu))
    if a:
        audit(session, actor, "followup.correct" if correction else "followup.record",
              "followup", fu.id, b, a)
    return _view(session, fu)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _list_statements(shape: tuple[str, bool, bool]) -> tuple[Any, Any]:
    """The count and page statements of the follow-up list for one shape (state, Program set,
    text set), every value a bound parameter (built once: :class:`ShapeCache`)."""
    state, by_track, by_text = shape
    conditions: list[Any] = []
    if state == "due":
        conditions += [FollowUp.done_date.is_(None),
                       FollowUp.due_date <= bindparam("until", type_=Date)]
    elif state == "overdue":
        conditions += [FollowUp.done_date.is_(None),
                       FollowUp.due_date < bindparam("today", type_=Date)]
    elif state == "done":
        conditions.append(FollowUp.done_date.is_not(None))
    if by_track:
        conditions.append(FollowUp.enrollment_id.in_(
            select(Enrollment.id).join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(Cohort.track_id == bindparam("track", type_=Integer))))
    if by_text:
        conditions.append(FollowUp.client_id.in_(select(Client.id).where(or_(
            Client.name_normalized.like(bindparam("name", type_=String), escape="\\"),
            Client.reg_no.like(bindparam("reg", type_=String), escape="\\")))))
    count = select(func.count(FollowUp.id)).where(*conditions)
    order = ([FollowUp.done_date.desc(), FollowUp.id.desc()] if state == "done"
             else [FollowUp.due_date, FollowUp.id])
    # The page is chosen on the follow-ups alone (an index in the list's order), then joined:
    # joining first made SQLite sort every follow-up ever planned to show 200 of them.
    page = (select(FollowUp.id).where(*conditions).order_by(*order)
            .offset(bindparam("off", type_=Integer)).limit(bindparam("lim", type_=Integer))
            .subquery())
    rows = (
        select(FollowUp.id, FollowUp.client_id, Client.reg_no, Client.name,
               TrainingTrack.name, Cohort.name, Enrollment.graduated_on,
               FollowUp.months_after, FollowUp.due_date, FollowUp.done_date,
               FollowUp.outcome, FollowUp.monthly_income, FollowUp.version,
               Cohort.track_id, FollowUp.enrollment_id)
        .select_from(page)
        .join(FollowUp, FollowUp.id == page.c.id)
        .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .join(Client, Client.id == FollowUp.client_id)
        .order_by(*order)
    )
    return count, rows


_LIST_STATEMENTS = ShapeCache(_list_statements)
_make_row = row_maker(FollowUpRow)


def list_followups(session: Session, actor: Actor, *, state: str = "due",
                   track_id: int | None = None, today: date | None = None, offset: int = 0,
                   limit: int = 100, text: str | None = None) -> Page[FollowUpRow]:
    """Follow-ups to do or done, paged in SQL.

    'due': not done and due within 30 days from today (overdue ones included);
    'overdue': not done and the due date has passed; 'done': recorded; 'all': everything.
    ``text``: part of the client's name (honorifics and case ignored) or registration number.
    """
    require(actor, "followup.view")
    if state not in STATES:
        raise ValidationError(msg("Pilihan daftar bimbingan lanjut tidak dikenal: '{state}'.",
                                  state=state),
                              "state")
    today = today or date.today()
    offset = max(0, int(offset))
    limit = min(max(1, int(limit)), 1000)
    params: dict[str, Any] = {"off": offset, "lim": limit}
    if state == "due":
        params["until"] = today + timedelta(days=DUE_WINDOW_DAYS)
    elif state == "overdue":
        params["today"] = today
    if track_id is not None:
        params["track"] = track_id
    wanted = clean_text(text)
    if wanted:
        params["name"] = f"%{_like_escape(normalize_name(wanted))}%"
        params["reg"] = f"%{_like_escape(wanted.upper())}%"
    count, page = _LIST_STATEMENTS((state, track_id is not None, bool(wanted)))
    rows = driver_rows(session, page, params)
    total = total_from_page(offset, len(rows), limit)  # counted only when the page is full
    if total is None:
        total = int(driver_scalar(session, count, params) or 0)
    outcomes = FOLLOWUP_OUTCOMES.names()
    result = []
    for (fid, client_id, reg_no, name, track_name, cohort_name, graduated_on, months, due,
         done, outcome, income, version, tid, eid) in rows:
        due, done = as_day(due), as_date(done)
        result.append(_make_row(
            fid, client_id, reg_no, name, track_name, cohort_name, as_date(graduated_on),
            months, due, done, outcome, outcomes.get(outcome) or FOLLOWUP_OUTCOMES.name(outcome),
            income, (today - due).days if done is None and due < today else 0,
            version, tid, eid))
    return Page(result, total, offset, limit)


def _round_rupiah(value: float) -> int:
    """Half up, as people round money (statistics.median of two incomes may end in .5)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def track_effectiveness(session: Session, actor: Actor, *, start: date | None = None,
                        end: date | None = None) -> list[TrackEffect]:
    """Per track: graduates of the period and what their latest follow-up found.

    Graduates are distinct clients whose enrollment in one of the track's cohorts graduated in
    [start, end] (all graduations when no dates are given). For each of them, their latest
    recorded follow-up of that enrollment tells the outcome; 'working' means an earning outcome
    (bekerja, wirausaha, KUBE); the working share is working / followed up; the median income is
    over the latest income reported by each working graduate.
    """
    require(actor, "followup.view")
    if start is not None and end is not None and end < start:
        raise ValidationError(msg("Tanggal akhir periode tidak boleh sebelum tanggal awal."), "end")
    grad = [Enrollment.status == GRADUATED, Enrollment.graduated_on.is_not(None)]
    if start is not None:
        grad.append(Enrollment.graduated_on >= start)
    if end is not None:
        grad.append(Enrollment.graduated_on <= end)

    graduates = session.execute(
        select(TrainingTrack.id, TrainingTrack.name,
               func.count(func.distinct(Enrollment.client_id)))
        .select_from(Enrollment)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .where(*grad)
        .group_by(TrainingTrack.id, TrainingTrack.name)
        .order_by(TrainingTrack.name)
    ).all()
    if not graduates:
        return []

    # The latest done follow-up of each graduate per track, picked by a window function in SQL.
    rank = func.row_number().over(
        partition_by=(Cohort.track_id, FollowUp.client_id),
        order_by=(FollowUp.done_date.desc(), FollowUp.months_after.desc(), FollowUp.id.desc()),
    ).label("rank")
    ranked = (
        select(Cohort.track_id.label("track_id"), FollowUp.client_id.label("client_id"),
               FollowUp.outcome.label("outcome"), FollowUp.monthly_income.label("income"),
               rank)
        .select_from(FollowUp)
        .join(Enrollment, and_(Enrollment.id == FollowUp.enrollment_id, *grad))
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(FollowUp.done_date.is_not(None))
        .subquery()
    )
    latest = session.execute(
        select(ranked.c.track_id, ranked.c.client_id, ranked.c.outcome, ranked.c.income)
        .where(ranked.c.rank == 1)
    ).all()
    per_track: dict[int, list[tuple[str | None, int | None]]] = {}
    for tid, _client, outcome, income in latest:
        per_track.setdefault(tid, []).append(
            (outcome, int(income) if income is not None else None))

    effects = []
    for tid, name, n_graduates in graduates:
        found = per_track.get(tid, [])
        outcomes = {code: 0 for code in FOLLOWUP_OUTCOMES.codes}
        for outcome, _ in found:
            if outcome is not None:
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
        working = [income for outcome, income in found if outcome in EARNING_OUTCOMES]
        incomes = [i for i in working if i is not None]
        effects.append(TrackEffect(
            track_id=tid,
            track_name=name,
            graduates=int(n_graduates),
            followed_up=len(found),
            working=len(working),
            working_share=len(working) / len(found) if found else None,
            median_income=_round_rupiah(statistics.median(incomes)) if incomes else None,
            outcomes=outcomes,
        ))
    return effects
