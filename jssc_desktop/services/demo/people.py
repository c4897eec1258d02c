"""Writing the UPT profile, users, tutors and their agreements, the training tracks, and the
clients with their stages and consents."""

from __future__ import annotations

import math
import random
from datetime import date
from typing import Any

from ...domain.formatting import normalize_name
from ...domain.vocab import OUTSIDE_JATIM
from ...storage.models import (
    Client,
    Consent,
    StageHistory,
    TrainingTrack,
    Tutor,
    TutorAgreement,
    UptProfile,
    User,
)
from ..users import hash_password
from .data import (
    BATCH,
    CONSENT_SCOPE,
    DEMO_USERS,
    DISABILITIES,
    DISCHARGE_NOTES,
    ELDER_HEALTH,
    FAMILY_NOTES,
    FEMALE_RELATIONS,
    HEALTH_NOTES,
    LAW_PPKS,
    OUTSIDE_REGIONS,
    REFERRAL_TARGETS,
    STREET_PPKS,
    STREETS,
    TRACKS,
)
from .timeline import _at, _Client, _Picker
from .writer import _Writer


class _PeopleWriter(_Writer):
    def write_profile_users_tutors(self) -> None:
        rng = self.text_rng
        start_at = _at(self.start)
        head_sex = "L" if rng.random() < 0.6 else "P"
        head_birth = date(self.today.year - rng.randint(45, 56), rng.randint(1, 12),
                          rng.randint(1, 28))
        self.head_name = ("Drs. " if head_sex == "L" else "Dra. ") + \
            self.person_name(head_sex, rng) + ", M.Si."
        capacity = max(30, math.ceil(self.peak_residents() * 1.05 / 10) * 10)
        self.insert(UptProfile, [{
            "id": 1, "name": self.upt.name, "code": self.upt.code,
            "cluster": self.upt.cluster or None, "address": self.upt.address,
            "kab_kota_code": self.upt.kab_kota, "phone": None, "email": None,
            "capacity": capacity,
            "head_name": self.head_name,
            "head_nip": self.nip(head_birth, date(head_birth.year + 25, 3, 1), head_sex, rng),
            "head_rank": "Pembina Tingkat I (IV/b)",
            "logo": None, "version": 1, "created_at": start_at, "updated_at": start_at,
        }], key="upt_profile")
        self.capacity = capacity

        # Tutors come first: a tutor user points at one.
        rows = []
        for t in self.tutors:
            spec = TRACKS[t["track"]]
            last_year = max(t["years"] | {self.today.year if t["retire"] is None else 0})
            rate = t["base_rate"] + 5_000 * max(0, last_year - date.fromordinal(self.start).year)
            t["rate"] = rate
            rows.append({
                "id": t["id"], "name": t["name"], "nip": t["nip"],
                "tutor_type": "internal" if t["internal"] else "eksternal",
                "partner_kind": t["partner_kind"], "institution": t["institution"],
                "expertise": spec.expertise,
                "certifications": spec.certification if (t["id"] % 3) else None,
                "phone": t["phone"], "email": t["email"], "rate_per_jp": rate,
                "active": t["retire"] is None, "version": 1,
                "created_at": start_at, "updated_at": start_at,
            })
        self.insert(Tutor, rows)

        # One user per role, each password hashed once.
        names = {
            "admin": self.person_name("L", rng) + ", S.Kom.",
            "staff": self.person_name("P", rng) + ", S.Sos.",
            "head": self.head_name,
            "tutor": self.demo_tutor["name"],
        }
        rows = []
        self.user_ids: dict[str, int] = {}
        for k, (username, password, role) in enumerate(DEMO_USERS, start=1):
            self.user_ids[role] = k
            rows.append({
                "id": k, "username": username, "full_name": names[role], "role": role,
                "password_hash": hash_password(password), "must_change_password": False,
                "failed_attempts": 0, "locked_until": None, "last_login_at": None,
                "active": True, "tutor_id": self.demo_tutor["id"] if role == "tutor" else None,
                "version": 1, "created_at": start_at, "updated_at": start_at,
            })
        self.insert(User, rows)
        self.staff_id = self.user_ids["staff"]

        # Agreements: a yearly PKS for partner tutors, a yearly Surat Tugas for internal ones.
        rows = []
        seq: dict[tuple[str, int], int] = {}
        first_year = date.fromordinal(self.start).year
        for t in self.tutors:
            years = set(t["years"])
            if t["retire"] is None:
                years.add(self.today.year)
            for year in sorted(years):
                kind = "ST" if t["internal"] else "PKS"
                seq[(kind, year)] = seq.get((kind, year), 0) + 1
                start = date(year, 1, 2)
                end = date(year, 12, 31)
                if t["retire"] is not None and year == date.fromordinal(t["retire"]).year:
                    end = date.fromordinal(t["retire"])
                if end < start:
                    continue
                rate = t["base_rate"] + 5_000 * max(0, year - first_year)
                rows.append({
                    "id": len(rows) + 1, "tutor_id": t["id"],
                    "number": f"{seq[(kind, year)]:03d}/{kind}/{self.upt.code}/{year}",
                    "start_date": start, "end_date": end, "rate_per_jp": rate,
                    "notes": ("Surat tugas mengajar" if t["internal"] else
                              f"Perjanjian kerja sama dengan {t['institution']}"),
                    "version": 1, "created_at": _at(start.toordinal()),
                    "updated_at": _at(start.toordinal()),
                })
        self.insert(TutorAgreement, rows)

    def peak_residents(self) -> int:
        """The most clients in residence on any day of the story."""
        events = [(c.adm, 1) for c in self.clients]
        events += [(c.dis, -1) for c in self.clients if c.dis is not None]
        events.sort()
        peak = current = 0
        for _, step in events:
            current += step
            peak = max(peak, current)
        return peak

    def write_tracks(self) -> None:
        at = _at(self.start)
        self.insert(TrainingTrack, [{
            "id": k + 1, "code": spec.code, "name": spec.name, "description": spec.description,
            "total_jp": spec.total_jp, "active": True, "version": 1,
            "created_at": at, "updated_at": at,
        } for k, spec in enumerate(TRACKS)])

    def write_clients(self) -> None:
        rng = self.text_rng
        phase = "Klien, tahapan dan persetujuan"
        reg_seq: dict[int, int] = {}
        ba_seq: dict[int, int] = {}
        clients_rows: list[dict[str, Any]] = []
        stage_rows: list[dict[str, Any]] = []
        consent_rows: list[dict[str, Any]] = []
        stage_id = consent_id = 0
        missing_picker = _Picker(["tidak_punya", "hilang", "belum_diketahui", "lainnya"],
                                 [40, 30, 20, 10])
        staff = self.staff_id
        n = len(self.clients)
        for c in self.clients:
            adm_d = date.fromordinal(c.adm)
            birth = date.fromordinal(c.birth)
            name = self.person_name(c.sex, rng)
            year = adm_d.year
            reg_seq[year] = reg_seq.get(year, 0) + 1
            city, nik, missing, kk = self._identity(c, birth, rng, missing_picker)
            relation, guardian, g_phone = self._guardian(c, rng)
            address = self._address(c, city, rng)
            age = c.age
            education = _education(age, rng)
            kab_for_text = self.kab_short.get(c.kab, "asal")
            referral = _referral(c, kab_for_text, rng)
            disability, health, family = _notes(c, rng)
            notes, handover_record, handover_to = _discharge(
                c, guardian, relation, kab_for_text, ba_seq, rng, self.upt.code)
            created = _at(c.adm, (c.id * 37) % 420)
            last_change = c.stages[-1][1] if c.stages else c.adm
            clients_rows.append({
                "id": c.id,
                "reg_no": f"PM-{year}-{reg_seq[year]:05d}",
                "nik": nik, "nik_missing_reason": missing, "kk": kk,
                "name": name, "name_normalized": normalize_name(name), "sex": c.sex,
                "birth_place": city if rng.random() < 0.85 else
                self.kab_short[self.jatim_codes[int(rng.random() * len(self.jatim_codes))]],
                "birth_date": birth, "address": address, "kab_kota_code": c.kab,
                "ppks_code": c.ppks, "disability": disability, "health_notes": health,
                "religion": self.religion_picker(rng), "education": education,
                "phone": self.phone(rng) if age >= 17 and rng.random() < 0.4 else None,
                "referral_source": referral, "guardian_name": guardian,
                "guardian_relation": relation, "guardian_phone": g_phone,
                "guardian_address": address if guardian else None, "family_notes": family,
                "admission_date": adm_d,
                "status": "terminasi" if c.dis is not None else "aktif",
                "current_stage": c.stages[-1][0] if c.stages else None,
                "discharge_date": date.fromordinal(c.dis) if c.dis is not None else None,
                "discharge_reason": c.reason, "discharge_notes": notes,
                "handover_record": handover_record, "handover_to": handover_to,
                "photo": None, "anonymized_at": None,
                "version": len(c.stages) + (1 if c.dis is not None else 0),
                "created_at": created, "updated_at": _at(last_change, (c.id * 37) % 420),
            })
            for k, (stage, day) in enumerate(c.stages):
                stage_id += 1
                stage_rows.append({
                    "id": stage_id, "client_id": c.id, "stage": stage,
                    "started_on": date.fromordinal(day), "notes": None, "recorded_by": staff,
                    "recorded_at": _at(day, 30 + k),
                })
            for kind, by in _consenting(age, name, guardian, disability, rng):
                consent_id += 1
                withdrawn = None
                if rng.random() < 0.005 and self.t - c.adm > 30:
                    withdrawn = date.fromordinal(c.adm + rng.randint(15, self.t - c.adm))
                consent_rows.append({
                    "id": consent_id, "client_id": c.id, "kind": kind, "given_by": by,
                    "given_on": adm_d, "scope": CONSENT_SCOPE, "withdrawn_on": withdrawn,
                    "recorded_by": staff,
                })
            if len(clients_rows) >= BATCH:
                self._flush_clients(clients_rows, stage_rows, consent_rows)
                self.progress(phase, c.id / n)
        self._flush_clients(clients_rows, stage_rows, consent_rows)
        self.progress(phase, 1.0)

    # ------------------------------------------------------------- one client's details
    # Each helper draws from ``rng`` in the order the story always has: the same seed, the same
    # clients.

    def _identity(self, c: _Client, birth: date, rng: random.Random,
                  missing_picker: _Picker) -> tuple[str, str | None, str | None, str | None]:
        """(city of birth, NIK, reason for no NIK, KK number)."""
        if c.kab == OUTSIDE_JATIM:
            region, city = OUTSIDE_REGIONS[int(rng.random() * len(OUTSIDE_REGIONS))]
        else:
            region = c.kab if rng.random() < 0.85 else self.kab_picker(rng)
            city = self.kab_short[c.kab]
        missing_share = 0.15 if c.ppks in STREET_PPKS else 0.04
        kec = rng.randint(1, 5 if region[2] == "7" else 20)
        if rng.random() < missing_share:
            return city, None, missing_picker(rng), None
        nik = self.new_nik(region, c.sex, birth, kec)
        kk = None
        if rng.random() < 0.9:
            issued = date.fromordinal(c.adm - rng.randint(200, 5000))
            kk = f"{region}{kec:02d}{issued:%d%m%y}{rng.randint(1, 9999):04d}"
        return city, nik, None, kk

    def _guardian(self, c: _Client, rng: random.Random
                  ) -> tuple[str | None, str | None, str | None]:
        """Who speaks for the client: (relation, name, phone), or Nones."""
        if not (c.age < 18 or rng.random() < 0.7):
            return None, None, None
        relation = self.relation_picker(rng)
        g_sex = "P" if relation in FEMALE_RELATIONS else "L"
        guardian = self.person_name(g_sex, rng)
        g_phone = self.phone(rng) if rng.random() < 0.8 else None
        return relation, guardian, g_phone

    def _address(self, c: _Client, city: str, rng: random.Random) -> str:
        street = STREETS[int(rng.random() * len(STREETS))]
        kab_label = self.kab_name[c.kab] if c.kab != OUTSIDE_JATIM else city
        return (f"{street} No. {rng.randint(1, 120)}, RT {rng.randint(1, 12):02d} "
                f"RW {rng.randint(1, 8):02d}, Desa {self.place(rng)}, "
                f"Kec. {self.place(rng)}, {kab_label}")

    def _flush_clients(self, clients: list[dict[str, Any]], stages: list[dict[str, Any]],
                       consents: list[dict[str, Any]]) -> None:
        self.insert(Client, clients)
        self.insert(StageHistory, stages)
        self.insert(Consent, consents)
        clients.clear()
        stages.clear()
        consents.clear()


def _education(age: int, rng: random.Random) -> str:
    if age < 7:
        return "Belum sekolah"
    if age < 13:
        return rng.choice(("SD (belum tamat)", "SD (belum tamat)", "Tidak sekolah"))
    if age < 16:
        return rng.choice(("SD/sederajat", "SD/sederajat", "SMP (belum tamat)", "Tidak sekolah"))
    if age < 18:
        return rng.choice(("SMP/sederajat", "SMP/sederajat", "SD/sederajat", "Tidak sekolah",
                           "SMA/SMK (belum tamat)"))
    return rng.choice(("SD/sederajat", "SD/sederajat", "SMP/sederajat", "SMP/sederajat",
                       "SMA/SMK/sederajat", "Tidak sekolah"))


def _referral(c: _Client, kab_for_text: str, rng: random.Random) -> str:
    if c.ppks in LAW_PPKS and rng.random() < 0.6:
        return "Balai Pemasyarakatan (Bapas)"
    if c.ppks in STREET_PPKS and rng.random() < 0.6:
        return f"Satpol PP {kab_for_text}"
    return rng.choice((f"Dinas Sosial {kab_for_text}", f"Dinas Sosial {kab_for_text}",
                       "Pekerja Sosial Masyarakat", "Keluarga", "Datang sendiri",
                       "Lembaga Kesejahteraan Sosial Anak (LKSA)", "TKSK kecamatan"))


def _notes(c: _Client, rng: random.Random) -> tuple[str | None, str | None, str | None]:
    """(disability, health notes, family notes)."""
    disability = None
    if c.ppks in ("P05", "P09") or rng.random() < 0.015:
        disability = DISABILITIES[int(rng.random() * len(DISABILITIES))]
    health = None
    if rng.random() < 0.25:
        pool = ELDER_HEALTH if c.ppks == "P08" else HEALTH_NOTES
        health = pool[int(rng.random() * len(pool))]
    family = FAMILY_NOTES[int(rng.random() * len(FAMILY_NOTES))] if rng.random() < 0.3 else None
    return disability, health, family


def _discharge(c: _Client, guardian: str | None, relation: str | None, kab_for_text: str,
               ba_seq: dict[int, int], rng: random.Random, upt_code: str
               ) -> tuple[str | None, str | None, str | None]:
    """(discharge notes, handover record number, handed over to) of a discharged client."""
    if c.dis is None:
        return None, None, None
    dis_year = date.fromordinal(c.dis).year
    notes = DISCHARGE_NOTES[c.reason or "lainnya"]
    if c.reason not in ("selesai", "kembali_keluarga", "meninggal", "dirujuk"):
        return notes, None, None
    ba_seq[dis_year] = ba_seq.get(dis_year, 0) + 1
    record = f"BA-{ba_seq[dis_year]:04d}/{upt_code}/{dis_year}"
    if c.reason == "dirujuk":
        target = REFERRAL_TARGETS[int(rng.random() * len(REFERRAL_TARGETS))]
        return notes, record, f"{target} {kab_for_text}" if target == "Dinas Sosial" else target
    return notes, record, f"{guardian} ({relation})" if guardian else "Keluarga"


def _consenting(age: int, name: str, guardian: str | None, disability: str | None,
                rng: random.Random) -> list[tuple[str, str]]:
    """Who gives consent: the client; for a child (or where needed) the guardian too."""
    kinds = []
    if age >= 18:
        kinds.append(("klien", name))
        if guardian and (disability or rng.random() < 0.05):
            kinds.append(("wali", guardian))
    else:
        kinds.append(("wali", guardian or "Pendamping sosial UPT"))
        if age >= 13:
            kinds.append(("klien", name))
    return kinds
