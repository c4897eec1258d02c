"""Writing what happens to the clients: cohorts and enrollments, sessions and attendance,
follow-ups, facility requests, the audit rows and settings; and the order of all writing."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ...domain.vocab import facility_transitions
from ...storage import audit_chain
from ...storage.models import (
    Attendance,
    BusinessAid,
    Cohort,
    Enrollment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    Setting,
    TrainingSession,
)
from .data import (
    AID_VALUES,
    BATCH,
    DEMO_USERS,
    FACILITY_STEP_DAYS,
    FACILITY_TEMPLATES,
    OUTCOME_CODES,
    REJECT_REASONS,
    RETURN_REASON,
    TRACKS,
)
from .people import _PeopleWriter
from .timeline import _add_months, _at, _datetime_text, _Picker


class _Builder(_PeopleWriter):
    """The whole story: planned (``plan``), then written (``write``)."""

    def write(self, s: Session, *, sqlite: bool) -> None:
        self.s = s
        if sqlite:
            self.backend = "sqlite"
        else:
            with self._cursor() as probe:
                self.backend = "copy" if hasattr(probe, "copy") else "core"
        # Timestamps in storage form for the tuple rows of the attendance table.
        self.stamp: Callable[[datetime], Any] = _datetime_text if sqlite else (lambda v: v)
        self.progress("Profil UPT, pengguna dan tutor", 0.0)
        self.write_profile_users_tutors()
        self.write_tracks()
        self.write_clients()
        self.write_cohorts()
        self.write_sessions_attendance()
        self.write_followups()
        self.write_facility()
        self.write_audit_and_settings()

    def write_cohorts(self) -> None:
        phase = "Angkatan dan peserta"
        self.progress(phase, 0.0)
        rows = []
        for co in self.cohorts:
            rows.append({
                "id": co.id, "track_id": co.track + 1, "name": co.name,
                "tutor_id": co.tutor["id"], "start_date": date.fromordinal(co.start),
                "end_date": date.fromordinal(co.end), "planned_jp": co.jp * len(co.dates),
                "capacity": max(25, len(co.members)), "status": co.status, "version": 1,
                "created_at": _at(co.start - 14), "updated_at": _at(min(co.end, self.t)),
            })
        self.insert(Cohort, rows)
        rows = []
        for e in self.enrollments:
            tutor_name = e.cohort.tutor["name"]
            last = e.graduated or e.assessed or e.withdrawn or e.enrolled
            rows.append({
                "id": e.id, "cohort_id": e.cohort.id, "client_id": e.client.id,
                "enrolled_on": date.fromordinal(e.enrolled), "status": e.status,
                "assessment_score": e.score, "competency_result": e.result,
                "assessed_on": date.fromordinal(e.assessed) if e.assessed else None,
                "assessor": tutor_name if e.assessed else None,
                "certificate_no": e.certificate,
                "graduated_on": date.fromordinal(e.graduated) if e.graduated else None,
                "withdrawn_on": date.fromordinal(e.withdrawn) if e.withdrawn else None,
                "version": 1, "created_at": _at(e.enrolled, 60), "updated_at": _at(last, 60),
            })
            if len(rows) >= BATCH:
                self.insert(Enrollment, rows)
                rows = []
        self.insert(Enrollment, rows)
        self.progress(phase, 1.0)

    def write_sessions_attendance(self) -> None:
        phase = "Pertemuan dan kehadiran"
        self.progress(phase, 0.0)
        rng = self.att_rng
        tutor_user = self.user_ids["tutor"]
        demo_tutor_id = self.demo_tutor["id"]
        staff = self.staff_id
        session_rows: list[dict[str, Any]] = []
        att_rows: list[tuple[Any, ...]] = []
        session_id = att_id = 0
        # Per client: probability of being present, and how an absence is explained.
        absence_normal = _Picker(["S", "I", "A"], [40, 35, 25])
        absence_chronic = _Picker(["S", "I", "A"], [25, 25, 50])
        n_cohorts = len(self.cohorts)
        for idx, co in enumerate(self.cohorts):
            spec = TRACKS[co.track]
            topics = spec.topics
            n_dates = len(co.dates)
            members = []
            for c in sorted(co.members, key=lambda c: c.id):
                e = c.enrollment
                assert e is not None
                p = rng.uniform(0.55, 0.75) if c.chronic else rng.uniform(0.9, 0.99)
                members.append((c.id, e.enrolled, e.withdrawn, p,
                                absence_chronic if c.chronic else absence_normal))
            recorder = tutor_user if co.tutor["id"] == demo_tutor_id else staff
            for k, day in enumerate(co.dates):
                if day > self.t:
                    break
                session_id += 1
                tutor = co.tutor
                if co.sub_tutor is not None and rng.random() < 0.08:
                    tutor = co.sub_tutor
                topic = ("Uji kompetensi" if k == n_dates - 1 else
                         topics[min(len(topics) - 1, k * len(topics) // max(1, n_dates - 1))])
                stamp = _at(day, 240)
                stamp_s = self.stamp(stamp)
                session_rows.append({
                    "id": session_id, "cohort_id": co.id, "session_date": date.fromordinal(day),
                    "jp": co.jp, "tutor_id": tutor["id"], "topic": topic, "version": 1,
                    "created_at": stamp, "updated_at": stamp,
                })
                rnd = rng.random
                for client_id, enrolled, withdrawn, p, absence in members:
                    if enrolled > day or (withdrawn is not None and day > withdrawn):
                        continue
                    code = ("T" if rnd() < 0.05 else "H") if rnd() < p else absence(rng)
                    att_id += 1
                    att_rows.append(
                        (att_id, session_id, client_id, code, recorder, 1, stamp_s, stamp_s))
            if len(att_rows) >= BATCH:
                self.insert(TrainingSession, session_rows)
                self.insert_attendance(att_rows)
                session_rows, att_rows = [], []
                self.progress(phase, (idx + 1) / n_cohorts)
        self.insert(TrainingSession, session_rows)
        self.insert_attendance(att_rows)
        self.progress(phase, 1.0)

    def insert_attendance(self, rows: list[tuple[Any, ...]]) -> None:
        cols = ["id", "session_id", "client_id", "code", "recorded_by", "version",
                "created_at", "updated_at"]
        self.insert_tuples(Attendance, cols, rows)

    def write_followups(self) -> None:
        phase = "Bimbingan lanjut"
        self.progress(phase, 0.0)
        rng = self.fu_rng
        staff = self.staff_id
        method_picker = _Picker(["telepon", "kunjungan", "laporan_mitra", "surat"],
                                [50, 30, 15, 5])
        pickers = [_Picker(list(OUTCOME_CODES), spec.outcomes) for spec in TRACKS]
        done_share = {3: 0.93, 6: 0.86, 12: 0.78}
        growth = {3: 1.0, 6: 1.08, 12: 1.15}
        rows: list[dict[str, Any]] = []
        fid = 0
        for e in self.enrollments:
            grad = e.graduated
            if e.status != "lulus" or grad is None:
                continue
            spec = TRACKS[e.cohort.track]
            graduated = date.fromordinal(grad)
            previous: str | None = None
            for months in (3, 6, 12):
                fid += 1
                due = _add_months(graduated, months)
                row: dict[str, Any] = {
                    "id": fid, "enrollment_id": e.id, "client_id": e.client.id,
                    "months_after": months, "due_date": due, "done_date": None,
                    "method": None, "outcome": None, "employer_or_business": None,
                    "monthly_income": None, "aid_received": None, "aid_condition": None,
                    "notes": None, "recorded_by": None, "version": 1,
                    "created_at": _at(grad, 90), "updated_at": _at(grad, 90),
                }
                due_o = due.toordinal()
                if due_o <= self.t and rng.random() < done_share[months]:
                    done = min(self.t, max(grad + 1, due_o + rng.randint(-7, 25)))
                    if previous and previous != "tidak_terjangkau" and rng.random() < 0.65:
                        outcome = previous
                    else:
                        outcome = pickers[e.cohort.track](rng)
                    previous = outcome
                    method = "telepon" if outcome == "tidak_terjangkau" else method_picker(rng)
                    row.update(done_date=date.fromordinal(done), method=method, outcome=outcome,
                               recorded_by=staff, version=2, updated_at=_at(done, 120))
                    if outcome in ("bekerja", "wirausaha", "kube"):
                        lo, hi = spec.income
                        income = rng.uniform(lo, hi) * growth[months]
                        if outcome == "kube":
                            income *= 0.8
                        row["monthly_income"] = round(income / 50_000) * 50_000
                        if outcome == "bekerja":
                            row["employer_or_business"] = rng.choice(spec.employers)
                        elif outcome == "wirausaha":
                            row["employer_or_business"] = rng.choice(spec.businesses)
                        else:
                            row["employer_or_business"] = spec.kube
                    elif outcome == "sekolah":
                        row["notes"] = "Melanjutkan sekolah kesetaraan (Paket C)."
                    elif outcome == "tidak_terjangkau":
                        row["notes"] = "Nomor telepon tidak aktif; alamat sudah pindah."
                    if e.aid and outcome != "tidak_terjangkau":
                        row["aid_received"] = spec.aid
                        r = rng.random()
                        if outcome in ("bekerja", "wirausaha", "kube"):
                            cond = "dipakai" if r < 0.9 - 0.05 * (months // 6) else \
                                ("rusak" if r < 0.96 else "tidak_dipakai")
                        else:
                            cond = "tidak_dipakai" if r < 0.5 else \
                                ("dijual" if r < 0.75 else ("rusak" if r < 0.9 else "dipakai"))
                        row["aid_condition"] = cond
                rows.append(row)
            if len(rows) >= BATCH:
                self.insert(FollowUp, rows)
                rows = []
        self.insert(FollowUp, rows)
        self.write_aid()
        self.progress(phase, 1.0)

    def write_aid(self) -> None:
        """Business aid for the graduates the plan gave one: given within a month of graduating
        (never after today), valued around the track's usual package, rounded to Rp 50.000."""
        rng = random.Random(f"jssc-demo-aid-{self.seed}")
        staff = self.staff_id
        rows: list[dict[str, Any]] = []
        for e in self.enrollments:
            if e.status != "lulus" or e.graduated is None or not e.aid:
                continue
            given = min(self.t, e.graduated + rng.randint(0, 30))
            spec = TRACKS[e.cohort.track]
            value = round(AID_VALUES[spec.code] * rng.uniform(0.8, 1.2) / 50_000) * 50_000
            rows.append({
                "id": len(rows) + 1, "client_id": e.client.id, "enrollment_id": e.id,
                "item": spec.aid, "value": value, "given_date": date.fromordinal(given),
                "notes": None, "recorded_by": staff, "version": 1,
                "created_at": _at(given, 60), "updated_at": _at(given, 60)})
        self.insert(BusinessAid, rows)

    def write_facility(self) -> None:
        phase = "Usulan revitalisasi"
        self.progress(phase, 0.0)
        rng = random.Random(f"jssc-demo-facility-{self.seed}")
        transitions = facility_transitions()
        n = max(10, self.years * 3 + self.n // 10_000)
        track_ids = {spec.code: k + 1 for k, spec in enumerate(TRACKS)}
        # Final statuses: the newest requests are still on their way (one per open status),
        # older ones ended approved and completed, or rejected.
        open_statuses = ["dikerjakan", "dianggarkan", "disetujui", "diverifikasi", "diajukan",
                         "draf"]
        finals = []
        n_old = n - len(open_statuses)
        for k in range(n_old):
            finals.append("selesai" if k == 0 else "ditolak" if k == 1 else
                          ("ditolak" if rng.random() < 0.25 else "selesai"))
        finals += open_statuses
        forward = ["draf", "diajukan", "diverifikasi", "disetujui", "dianggarkan", "dikerjakan",
                   "selesai"]
        who = {"draf": "staff", "diajukan": "staff", "diverifikasi": "admin",
               "disetujui": "head", "ditolak": "head", "dianggarkan": "staff",
               "dikerjakan": "staff", "selesai": "staff"}
        requests: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        seq: dict[int, int] = {}
        returned_done = False
        for k, final in enumerate(finals):
            if final == "ditolak":
                stop = rng.choice(["diajukan", "diverifikasi", "disetujui"])
                path = forward[:forward.index(stop) + 1] + ["ditolak"]
            else:
                path = forward[:forward.index(final) + 1]
            if not returned_done and "diverifikasi" in path:
                # Once, a submission was sent back for revision and submitted again.
                i = path.index("diajukan")
                path = path[:i + 1] + ["draf", "diajukan"] + path[i + 1:]
                returned_done = True
            for a, b in itertools.pairwise(path):
                if b not in transitions[a]:
                    raise AssertionError(f"demo facility path {a} -> {b} not allowed")
            steps = [rng.randint(*FACILITY_STEP_DAYS[st]) for st in path[1:]]
            planned = self.start + int((k + rng.random()) * self.span / len(finals))
            latest = self.t - sum(steps) - rng.randint(1, 20)
            created = max(self.start, min(planned, latest))
            room = self.t - 1 - created
            if sum(steps) > room:  # a short demo span: the same story, faster
                steps = [max(1, gap * room // sum(steps)) for gap in steps]
            tmpl = FACILITY_TEMPLATES[k % len(FACILITY_TEMPLATES)]
            title, kind, funding, lo, hi, track, description = tmpl
            if k >= len(FACILITY_TEMPLATES):
                title = f"{title} (tahap {k // len(FACILITY_TEMPLATES) + 1})"
            year = date.fromordinal(created).year
            seq[year] = seq.get(year, 0) + 1
            rid = k + 1
            day = created
            submitted = decided = completed = None
            prev = None
            for st, gap in zip(path, [0] + steps, strict=False):
                day += gap
                reason = None
                if st == "ditolak":
                    reason = rng.choice(REJECT_REASONS)
                    decided = day
                elif st == "draf" and prev == "diajukan":
                    reason = RETURN_REASON
                elif st == "disetujui":
                    decided = day
                elif st == "selesai":
                    completed = day
                if st == "diajukan" and submitted is None:
                    submitted = day
                history.append({
                    "id": len(history) + 1, "request_id": rid, "from_status": prev,
                    "to_status": st, "changed_on": date.fromordinal(day),
                    "changed_at": _at(day, 60 + len(history) % 300),
                    "user_id": self.user_ids[who[st]], "reason": reason,
                })
                prev = st
            cost = round(rng.uniform(lo, hi) / 100_000) * 100_000
            requests.append({
                "id": rid, "number": f"USL-{year}-{seq[year]:03d}", "title": title,
                "kind": kind, "description": description,
                "track_id": track_ids[track] if track else None, "funding_source": funding,
                "estimated_cost": cost, "priority": rng.choice(["tinggi", "sedang", "sedang",
                                                                 "rendah"]),
                "status": path[-1], "created_by": self.staff_id,
                "submitted_on": date.fromordinal(submitted) if submitted else None,
                "decided_on": date.fromordinal(decided) if decided else None,
                "completed_on": date.fromordinal(completed) if completed else None,
                "version": len(path), "created_at": _at(created, 30),
                "updated_at": _at(day, 60),
            })
        self.insert(FacilityRequest, requests)
        self.insert(FacilityStatusChange, history)
        self.progress(phase, 1.0)

    def write_audit_and_settings(self) -> None:
        at = _at(self.start, 5)
        entries = [
            (None, "sistem", "demo.build", "database", None, None,
             {"clients": self.n, "years": self.years, "seed": self.seed,
              "today": self.today.isoformat()}),
            (None, "sistem", "profile.save", "upt_profile", 1, None,
             {"name": self.upt.name, "code": self.upt.code, "capacity": self.capacity}),
        ]
        for username, _, role in DEMO_USERS:
            entries.append((None, "sistem", "user.create", "user", self.user_ids[role], None,
                            {"username": username, "role": role}))
        rows = [{"at": at + timedelta(seconds=k), "user_id": user_id, "username": username,
                 "action": action, "entity": entity, "entity_id": entity_id,
                 "before": before, "after": after, "reason": None}
                for k, (user_id, username, action, entity, entity_id, before, after)
                in enumerate(entries, start=1)]
        # Through the chain head, keyed with this installation's secret, like any audit row.
        self.counts["audit_log"] = self.counts.get("audit_log", 0) + len(rows)
        audit_chain.append_many(self.s, rows)
        self.s.execute(cast(Table, Setting.__table__).insert(),
                       [{"key": "report_place", "value": self.upt.place}])
