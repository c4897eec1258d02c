"""Indonesian words that give away an untranslated or half-translated English text.

Used by ``tools/translations.py check`` (on every English translation) and by the GUI test that
walks every page in English. Common words only, none of which is also an English word; proper
nouns and official names that stay Indonesian in English are allowed (:data:`ALLOWED`).
"""

from __future__ import annotations

import re

_GIVEAWAYS = """
dan yang tidak atau untuk dengan dari pada ini itu sudah belum harus dapat akan bisa juga
adalah oleh ke di sebagai karena bila jika supaya masih lagi hanya semua setiap
tahapan tahap klien peserta angkatan pelatihan usulan laporan tanggal bulan tahun hari
nama nomor jumlah alamat batal tutup hapus ubah tambah cari pilih baru kosong wajib
diisi berhasil gagal berkas cadangan pengaturan pengguna sandi kata bukan sedang lulus
ditolak disetujui diajukan draf sementara perbaikan kepala petugas staf penghasilan bantuan
keterangan alasan terminasi bimbingan lanjut hadir sakit izin alpa terlambat kehadiran
laki perempuan kelamin lahir umur usia tempat belum selesai aktif nonaktif keluar masuk
januari februari maret mei juni juli agustus oktober desember
senin selasa rabu kamis jumat sabtu minggu
triwulan tahunan bulanan berjalan periode rekap pertemuan sesi jadwal ruang biaya prioritas
tinggi rendah sumber dana jenis kategori keadaan catatan rincian ringkasan unduh cetak
simpan muat ulang salin tempel lihat buka kirim terima setujui tolak ajukan kembali
pendekatan asesmen intervensi resosialisasi rehabilitasi penghuni direncanakan berlangsung
"""
GIVEAWAYS = frozenset(_GIVEAWAYS.split())

#: Names that stay as they are in English (institutions, programmes, identifiers).
_ALLOWED = """
dinsos upt ppks nik kk kemendagri apbd apbn jatim jawa timur provinsi kabupaten kota
kecamatan desa kelurahan rp nip plh bpjs kis kip lks
"""
ALLOWED = frozenset(_ALLOWED.split())

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# A quoted name ('Keterangan Galat', the column the program writes) is quoted as it is.
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|‘[^’\n]*’|“[^”\n]*”")


def giveaways(text: str) -> list[str]:
    """The Indonesian giveaway words in ``text`` outside quotes (lower case, in order, each
    once)."""
    found: list[str] = []
    for word in _WORD.findall(_QUOTED.sub(" ", text)):
        low = word.lower()
        if low in GIVEAWAYS and low not in ALLOWED and low not in found:
            found.append(low)
    return found
