"""A small UPT whose every report number is known in advance (period of reference: Oktober 2026).

Built straight with the ORM so that the report is tested against data, not against other
services. The expected numbers for October 2026 and for the year 2026 are written out by hand in
``EXPECTED_OCT`` / ``EXPECTED_2026`` below (see the comments next to each row of data for why).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime

from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.domain.nik import make_nik
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    Client,
    Cohort,
    Enrollment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    StageHistory,
    TrainingSession,
    TrainingTrack,
    Tutor,
    UptProfile,
)

D = date
UPT_NAME = "UPT Pelayanan Sosial Bina Remaja Malang"
HEAD_NAME = "Dra. Siti Aminah, M.Si."
HEAD_NIP = "197001011995032001"

# key: (name, sex, birth, ppks, kab/kota, admitted, discharged, reason, stages after admission,
#       current_stage when it has no stage history)
CLIENTS: dict[str, tuple] = {
    # resident on 1 October and on 31 October
    "C01": ("Adi Saputra", "L", D(2008, 5, 10), "P04", "3507", D(2026, 1, 15), None, None,
            [("asesmen", D(2026, 2, 1)), ("rencana", D(2026, 3, 1)),
             ("intervensi", D(2026, 4, 1))]),
    "C02": ("Budi Hartono", "L", D(2009, 11, 20), "P02", "3573", D(2026, 2, 1), None, None,
            [("asesmen", D(2026, 3, 1)), ("intervensi", D(2026, 11, 2))]),  # after the period
    "C03": ("Citra Lestari", "P", D(2007, 3, 3), "P23", "3507", D(2026, 3, 10), None, None,
            [("intervensi", D(2026, 5, 1)), ("resosialisasi", D(2026, 10, 15))]),
    "C04": ("Dewi Anggraini", "P", D(2006, 12, 25), "P23", "3578", D(2026, 4, 5), None, None,
            [("intervensi", D(2026, 6, 1))]),
    "C05": ("Eko Prasetyo", "L", D(1990, 6, 15), "P17", "3515", D(2025, 11, 20), None, None,
            [("intervensi", D(2026, 1, 1))]),
    "C06": ("Fajar Nugroho", "L", D(1985, 1, 30), "P11", "9999", D(2026, 5, 12), None, None,
            [("asesmen", D(2026, 6, 1))]),
    "C07": ("Gita Permata", "P", D(2010, 7, 7), "P02", "3507", D(2026, 6, 1), None, None, []),
    "C08": ("Hadi Wijaya", "L", D(1960, 2, 14), "P08", "3509", D(2025, 8, 1), None, None,
            [("resosialisasi", D(2026, 9, 1))]),
    "C09": ("Indah Sari", "P", D(1975, 9, 9), "P09", "3573", D(2026, 7, 20), None, None,
            [("asesmen", D(2026, 8, 1))]),
    # turns 26 on the last day of the period; no kab/kota; no stage history at all
    "C10": ("Joko Susilo", "L", D(2000, 10, 31), "P04", None, D(2026, 8, 15), None, None, None),
    # resident on 1 October, discharged in October (first day, middle, last day)
    "C11": ("Kartika Dewi", "P", D(2005, 4, 4), "P23", "3507", D(2025, 10, 1), D(2026, 10, 10),
            "selesai", []),
    "C12": ("Lukman Hakim", "L", D(2004, 8, 8), "P04", "3573", D(2026, 1, 5), D(2026, 10, 1),
            "kembali_keluarga", []),
    "C13": ("Maya Putri", "P", D(2008, 2, 29), "P02", "3507", D(2026, 3, 1), D(2026, 10, 31),
            "dirujuk", []),
    # admitted in October (first day, middle, last day)
    "C14": ("Nur Hidayah", "P", D(2011, 1, 1), "P06", "3507", D(2026, 10, 1), None, None, []),
    "C15": ("Oki Firmansyah", "L", D(2009, 5, 5), "P04", "3578", D(2026, 10, 20), None, None,
            [("asesmen", D(2026, 10, 31))]),
    "C16": ("Putu Ayu", "P", None, "P18", "9999", D(2026, 10, 31), None, None, []),
    # admitted and discharged in October
    "C17": ("Rudi Hermawan", "L", D(1995, 3, 3), "P11", "3507", D(2026, 10, 5), D(2026, 10, 25),
            "melarikan_diri", []),
    # discharged before October
    "C18": ("Siti Rahma", "P", D(2004, 6, 6), "P23", "3507", D(2025, 6, 1), D(2026, 9, 30),
            "selesai", []),
    "C19": ("Tono Sugiarto", "L", D(2003, 3, 3), "P04", "3573", D(2025, 3, 1), D(2026, 4, 15),
            "selesai", []),
    # admitted after October
    "C20": ("Umi Kalsum", "P", D(2007, 7, 7), "P23", "3507", D(2026, 11, 5), None, None, []),
}

EXPECTED_OCT = {
    "flow": {"at_start": 13, "admitted": 4, "admitted_l": 2, "admitted_p": 2, "discharged": 4,
             "at_end": 13,
                 "at_end_l": 7, "at_end_p": 6, "capacity": 20, "occupancy": 0.65},
    "discharged_by_reason": {"selesai": 1, "dirujuk": 1, "kembali_keluarga": 1,
                             "melarikan_diri": 1, "meninggal": 0, "lainnya": 0, "-": 0},
    # code: (L, P)
    "by_ppks": {"P02": (1, 1), "P04": (3, 0), "P06": (0, 1), "P08": (1, 0), "P09": (0, 1),
                "P11": (1, 0), "P17": (1, 0), "P18": (0, 1), "P23": (0, 2)},
    "by_age": {"0-5": (0, 0), "6-12": (0, 0), "13-17": (2, 2), "18-25": (1, 2),
               "26-45": (3, 0), "46-59": (0, 1), "60+": (1, 0), "-": (0, 1)},
    "by_origin": {"3507": (1, 3), "3509": (1, 0), "3515": (1, 0), "3573": (1, 1),
                  "3578": (1, 1), "9999": (1, 1), "-": (1, 0)},
    # stage number (Permensos 16/2019): (L, P)
    "by_stage": {"1": (0, 3), "2": (3, 1), "3": (1, 0), "4": (2, 1), "5": (1, 1), "6": (0, 0),
                 "7": (0, 0), "-": (0, 0)},
    # name: cohorts, enrolled, sessions, jp, H, S, I, A, T, recorded, present, graduates, failed
    "tracks": {
        "Menjahit": (1, 4, 3, 9, 9, 1, 0, 1, 1, 12, 10, 0, 0),
        "Reparasi AC": (1, 4, 3, 14, 7, 1, 1, 1, 1, 11, 8, 2, 1),
        "Tata Boga": (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    },
    "training_total": (2, 8, 6, 23, 16, 2, 1, 2, 2, 23, 18, 2, 1),
    # name: type, institution, sessions, jp
    "tutors": {
        "Budi Santoso": ("internal", UPT_NAME, 3, 9),
        "Rina Marlina": ("eksternal", "Universitas Brawijaya", 1, 6),
        "Sri Wahyuni": ("eksternal", "PT Dingin Sejuk", 2, 8),
    },
    "tutors_by_type": {"internal": (1, 3, 9), "eksternal": (2, 3, 14)},
    "tutors_by_institution": [(UPT_NAME, 1, 9), ("PT Dingin Sejuk", 1, 8),
                              ("Universitas Brawijaya", 1, 6)],
    "followups": {"due": 5, "due_done": 4, "visits": 3, "overdue_in_period": 1,
                  "overdue_before": 0, "graduates": 3, "earning": 2,
                  "median_income": 2_250_000, "incomes_recorded": 2},
    "outcomes": {"bekerja": 1, "wirausaha": 1, "kube": 0, "sekolah": 0, "tidak_bekerja": 1,
                 "tidak_terjangkau": 0, "-": 0},
    # name: due, done, overdue, graduates, followed_up, working, median income
    "effectiveness": {
        "Menjahit": (2, 1, 1, 2, 2, 1, 3_000_000),
        "Reparasi AC": (3, 2, 0, 5, 3, 2, 1_750_000),
    },
    "effectiveness_total": (5, 3, 1, 7, 5, 3, 2_000_000),
    "facility": {"total": 5, "total_cost": 410_000_000, "submitted": 1,
                 "submitted_cost": 30_000_000,
                     "completed": 1, "completed_cost": 45_000_000},
    "facility_by_status": {"draf": (1, 5_000_000), "diajukan": (1, 30_000_000),
                           "diverifikasi": (0, 0), "disetujui": (0, 0),
                           "dianggarkan": (1, 250_000_000), "dikerjakan": (0, 0),
                           "selesai": (1, 45_000_000), "ditolak": (1, 80_000_000)},
    "facility_by_kind": {"fisik": (3, 335_000_000), "nonfisik": (2, 75_000_000)},
    "facility_by_funding": {"apbd": (2, 330_000_000), "csr": (1, 45_000_000),
                            "mitra": (1, 30_000_000), "lainnya": (1, 5_000_000)},
}

EXPECTED_2026 = {"at_start": 5, "admitted": 15, "discharged": 6, "at_end": 14}


@dataclass
class Fixture:
    """Ids of what was built, by the keys used above."""

    clients: dict[str, int] = field(default_factory=dict)
    tracks: dict[str, int] = field(default_factory=dict)
    cohorts: dict[str, int] = field(default_factory=dict)
    enrollments: dict[str, int] = field(default_factory=dict)
    facility: dict[str, int] = field(default_factory=dict)
    tutors: dict[str, int] = field(default_factory=dict)


def small_logo() -> bytes:
    """A 120x120 PNG: a blue shield-like square with a yellow disc."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 120), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle([10, 10, 110, 110], fill=(20, 60, 140))
    draw.ellipse([35, 35, 85, 85], fill=(240, 200, 30))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def build(db: Database, actors: dict[str, Actor], *, logo: bool = True) -> Fixture:
    """Fill ``db`` (which already has the users and two tutors of the ``actors`` fixture)."""
    fx = Fixture()
    with db.session() as s:
        s.add(UptProfile(
            name=UPT_NAME, code="BRM", cluster="Remaja",
            address="Jl. Raya Tlogomas No. 1, Kota Malang 65144", kab_kota_code="3507",
            phone="(0341) 555-123", email="upt.brm@dinsos.jatimprov.go.id", capacity=20,
            head_name=HEAD_NAME, head_nip=HEAD_NIP, logo=small_logo() if logo else None))

        # ---------------------------------------------------------------------------- clients
        for n, (key, spec) in enumerate(CLIENTS.items(), start=1):
            name, sex, birth, ppks, kab, admitted, discharged, reason, stages = spec
            nik = make_nik(kab, sex, birth, n) if kab and kab != "9999" and birth else None
            client = Client(
                reg_no=f"PM-2026-{n:05d}", nik=nik,
                nik_missing_reason=None if nik else "tidak_punya",
                name=name, name_normalized=normalize_name(name), sex=sex, birth_date=birth,
                birth_place="Malang", kab_kota_code=kab, ppks_code=ppks,
                address=f"Jl. Contoh No. {n}", health_notes="Alergi debu" if n == 1 else None,
                guardian_name=f"Wali {name}" if n == 1 else None, admission_date=admitted,
                status="terminasi" if discharged else "aktif",
                discharge_date=discharged, discharge_reason=reason)
            s.add(client)
            s.flush()
            fx.clients[key] = client.id
            if stages is None:  # no recorded history, only the current stage
                client.current_stage = "rencana"
                continue
            history = [("pendekatan_awal", admitted), *stages]
            if discharged:
                history.append(("terminasi", discharged))
            for stage, started in history:
                s.add(StageHistory(client_id=client.id, stage=stage, started_on=started))
            client.current_stage = history[-1][0]

        # ---------------------------------------------------------------------- tutors, tracks
        fx.tutors["Budi Santoso"] = actors["tutor"].tutor_id  # internal, no institution
        fx.tutors["Sri Wahyuni"] = actors["tutor2"].tutor_id  # PT Dingin Sejuk
        rina = Tutor(name="Rina Marlina", tutor_type="eksternal", partner_kind="perguruan_tinggi",
                     institution="Universitas Brawijaya", rate_per_jp=125_000)
        s.add(rina)
        for code, name, active in (("JHT", "Menjahit", True), ("AC", "Reparasi AC", True),
                                   ("TB", "Tata Boga", True), ("OTO", "Otomotif", False)):
            track = TrainingTrack(code=code, name=name, total_jp=120, active=active)
            s.add(track)
            s.flush()
            fx.tracks[code] = track.id
        fx.tutors["Rina Marlina"] = rina.id
        budi, sri = fx.tutors["Budi Santoso"], fx.tutors["Sri Wahyuni"]

        def cohort(key: str, track: str, name: str, start: date, end: date, tutor: int | None,
                   status: str) -> int:
            c = Cohort(track_id=fx.tracks[track], name=name, tutor_id=tutor, start_date=start,
                       end_date=end, planned_jp=120, capacity=10, status=status)
            s.add(c)
            s.flush()
            fx.cohorts[key] = c.id
            return c.id

        def enroll(key: str, cohort_key: str, client: str, on: date, **kw: object) -> int:
            e = Enrollment(cohort_id=fx.cohorts[cohort_key], client_id=fx.clients[client],
                           enrolled_on=on, **kw)
            s.add(e)
            s.flush()
            fx.enrollments[key] = e.id
            return e.id

        def session(cohort_key: str, day: date, jp: int, codes: dict[str, str],
                    tutor: int | None = None) -> None:
            ts = TrainingSession(cohort_id=fx.cohorts[cohort_key], session_date=day, jp=jp,
                                 tutor_id=tutor, topic=f"Pertemuan {day.isoformat()}")
            s.add(ts)
            s.flush()
            for client, code in codes.items():
                s.add(Attendance(session_id=ts.id, client_id=fx.clients[client], code=code))

        def followup(enrollment: str, client: str, months: int, due: date,
                     done: date | None = None, outcome: str | None = None,
                     income: int | None = None) -> None:
            s.add(FollowUp(enrollment_id=fx.enrollments[enrollment],
                           client_id=fx.clients[client], months_after=months, due_date=due,
                           done_date=done, outcome=outcome, monthly_income=income,
                           method="telepon" if done else None))

        # K0: Menjahit 2025/26, graduates on 10 April 2026 (6-month follow-up due 10 Oct)
        cohort("K0", "JHT", "Angkatan I 2025", D(2025, 10, 1), D(2026, 3, 31), budi, "selesai")
        grad = {"status": "lulus", "competency_result": "kompeten", "assessment_score": 85,
                    "assessed_on": D(2026, 3, 30), "graduated_on": D(2026, 4, 10)}
        enroll("K0-C19", "K0", "C19", D(2025, 10, 1), certificate_no="JHT-2026-001", **grad)
        enroll("K0-C18", "K0", "C18", D(2025, 10, 1), certificate_no="JHT-2026-002", **grad)
        enroll("K0-C05", "K0", "C05", D(2025, 10, 1), status="tidak_lulus",
               competency_result="belum_kompeten", assessment_score=55,
               assessed_on=D(2026, 3, 30))
        followup("K0-C19", "C19", 3, D(2026, 7, 10), D(2026, 7, 12), "bekerja", 2_500_000)
        followup("K0-C19", "C19", 6, D(2026, 10, 10), D(2026, 10, 12), "bekerja", 3_000_000)
        followup("K0-C19", "C19", 12, D(2027, 4, 10))
        followup("K0-C18", "C18", 3, D(2026, 7, 10), D(2026, 7, 20), "tidak_bekerja")
        # due in October, done only in November: overdue at the end of October
        followup("K0-C18", "C18", 6, D(2026, 10, 10), D(2026, 11, 5), "tidak_terjangkau")
        followup("K0-C18", "C18", 12, D(2027, 4, 10))

        # K1: Reparasi AC, graduates on 5 July 2026 (3-month follow-up due 5 Oct)
        cohort("K1", "AC", "Angkatan I 2026", D(2026, 3, 1), D(2026, 6, 30), sri, "selesai")
        grad = {"status": "lulus", "competency_result": "kompeten", "assessment_score": 80,
                    "assessed_on": D(2026, 6, 29), "graduated_on": D(2026, 7, 5)}
        enroll("K1-C11", "K1", "C11", D(2026, 3, 1), certificate_no="AC-2026-001", **grad)
        enroll("K1-C12", "K1", "C12", D(2026, 3, 1), certificate_no="AC-2026-002", **grad)
        enroll("K1-C01", "K1", "C01", D(2026, 3, 1), certificate_no="AC-2026-003", **grad)
        enroll("K1-C13", "K1", "C13", D(2026, 3, 1), status="keluar",
               withdrawn_on=D(2026, 4, 1))
        followup("K1-C11", "C11", 3, D(2026, 10, 5), D(2026, 10, 6), "wirausaha", 1_500_000)
        followup("K1-C12", "C12", 3, D(2026, 10, 5), D(2026, 10, 20), "tidak_bekerja", 0)
        followup("K1-C01", "C01", 3, D(2026, 10, 5), D(2026, 9, 28), "bekerja", 2_000_000)
        for key, client in (("K1-C11", "C11"), ("K1-C12", "C12"), ("K1-C01", "C01")):
            followup(key, client, 6, D(2027, 1, 5))
            followup(key, client, 12, D(2027, 7, 5))

        # K2: Reparasi AC, Sept-20 Oct 2026; sessions in September and October
        cohort("K2", "AC", "Angkatan II 2026", D(2026, 9, 1), D(2026, 10, 20), sri, "selesai")
        enroll("K2-C02", "K2", "C02", D(2026, 9, 1), status="lulus",
               competency_result="kompeten", assessment_score=90, assessed_on=D(2026, 10, 21),
               certificate_no="AC-2026-004", graduated_on=D(2026, 10, 22))
        enroll("K2-C06", "K2", "C06", D(2026, 9, 1), status="lulus",
               competency_result="kompeten", assessment_score=78, assessed_on=D(2026, 10, 21),
               certificate_no="AC-2026-005", graduated_on=D(2026, 10, 22))
        enroll("K2-C08", "K2", "C08", D(2026, 9, 1), status="tidak_lulus",
               competency_result="belum_kompeten", assessment_score=50,
               assessed_on=D(2026, 10, 21))
        enroll("K2-C17", "K2", "C17", D(2026, 10, 6), status="keluar",
               withdrawn_on=D(2026, 10, 25))
        for key, client in (("K2-C02", "C02"), ("K2-C06", "C06")):
            followup(key, client, 3, D(2027, 1, 22))
        session("K2", D(2026, 9, 7), 4, {"C02": "H", "C06": "A", "C08": "H"})
        session("K2", D(2026, 9, 14), 4, {"C02": "H", "C06": "H", "C08": "H"})
        session("K2", D(2026, 10, 5), 4, {"C02": "H", "C06": "H", "C08": "S"})
        session("K2", D(2026, 10, 12), 4, {"C02": "H", "C06": "T", "C08": "H", "C17": "A"})
        session("K2", D(2026, 10, 19), 6, {"C02": "H", "C06": "H", "C08": "I", "C17": "H"},
                tutor=rina.id)

        # K3: Menjahit, running from 15 October
        cohort("K3", "JHT", "Angkatan II 2026", D(2026, 10, 15), D(2027, 1, 31), budi,
               "berjalan")
        for client in ("C03", "C04", "C07", "C14"):
            enroll(f"K3-{client}", "K3", client, D(2026, 10, 15))
        enroll("K3-C09", "K3", "C09", D(2026, 11, 3))
        session("K3", D(2026, 10, 16), 3, {"C03": "H", "C04": "H", "C07": "H", "C14": "H"})
        session("K3", D(2026, 10, 23), 3, {"C03": "H", "C04": "H", "C07": "S", "C14": "H"})
        session("K3", D(2026, 10, 30), 3, {"C03": "H", "C04": "A", "C07": "H", "C14": "T"})
        session("K3", D(2026, 11, 6), 3,
                {"C03": "H", "C04": "H", "C07": "H", "C14": "H", "C09": "H"})

        # K4: Reparasi AC, planned for November (not running in October)
        cohort("K4", "AC", "Angkatan III 2026", D(2026, 11, 10), D(2027, 2, 28), sri,
               "direncanakan")
        enroll("K4-C15", "K4", "C15", D(2026, 10, 28))

        # ------------------------------------------------------------------ facility requests
        def request(key: str, title: str, kind: str, funding: str, cost: int, created: date,
                    steps: list[tuple[str, date]], track: str | None = None) -> None:
            status = steps[-1][0] if steps else "draf"
            req = FacilityRequest(
                number=f"USL-2026-{len(fx.facility) + 1:03d}", title=title, kind=kind,
                funding_source=funding, estimated_cost=cost, status=status,
                track_id=fx.tracks[track] if track else None,
                created_at=datetime.combine(created, datetime.min.time().replace(hour=9)),
                submitted_on=next((d for st, d in steps if st == "diajukan"), None),
                decided_on=next((d for st, d in steps if st in ("disetujui", "ditolak")), None),
                completed_on=next((d for st, d in steps if st == "selesai"), None),
                description="Kondisi saat ini kurang layak.")
            s.add(req)
            s.flush()
            previous = None
            for st, day in steps:
                s.add(FacilityStatusChange(request_id=req.id, from_status=previous,
                                           to_status=st, changed_on=day,
                                           reason="Tidak ada anggaran" if st == "ditolak"
                                           else None))
                previous = st
            fx.facility[key] = req.id

        request("F1", "Renovasi dapur asrama", "fisik", "apbd", 250_000_000, D(2026, 8, 1),
                [("draf", D(2026, 8, 1)), ("diajukan", D(2026, 8, 5)),
                 ("diverifikasi", D(2026, 8, 20)), ("disetujui", D(2026, 9, 10)),
                 ("dianggarkan", D(2026, 10, 5)), ("dikerjakan", D(2026, 11, 2))])
        request("F2", "Mesin jahit dan obras", "nonfisik", "csr", 45_000_000, D(2026, 9, 1),
                [("draf", D(2026, 9, 1)), ("diajukan", D(2026, 9, 3)),
                 ("diverifikasi", D(2026, 9, 10)), ("disetujui", D(2026, 9, 15)),
                 ("dianggarkan", D(2026, 9, 20)), ("dikerjakan", D(2026, 10, 1)),
                 ("selesai", D(2026, 10, 25))], track="JHT")
        request("F3", "Unit AC latihan model baru", "nonfisik", "mitra", 30_000_000,
                D(2026, 10, 10), [("draf", D(2026, 10, 10)), ("diajukan", D(2026, 10, 12))],
                track="AC")
        request("F4", "Perbaikan atap aula", "fisik", "apbd", 80_000_000, D(2026, 5, 1),
                [("draf", D(2026, 5, 1)), ("diajukan", D(2026, 5, 3)),
                 ("ditolak", D(2026, 6, 1))])
        request("F5", "Pelatihan tutor menjahit", "nonfisik", "hibah", 12_500_000,
                D(2026, 11, 3), [("draf", D(2026, 11, 3))])
        request("F6", "Gudang alat", "fisik", "lainnya", 5_000_000, D(2026, 10, 20), [])
    return fx
