"""The backup recovery sheet: the passphrase on paper, to print once and keep in a safe.

Without the passphrase an encrypted backup cannot be restored on another PC (after a theft, a
fire, a dead disk); with it anyone can read every client's data from a backup. So the sheet says
both, names the key by its public check value, and tells how to restore step by step.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..domain.formatting import format_datetime
from ..domain.language import official


@official
def recovery_sheet_pdf(target: Path, *, upt_name: str, passphrase: str, key_check: str,
                       made_by: str, when: datetime | None = None,
                       admin_username: str | None = None,
                       admin_recovery_key: str | None = None) -> Path:
    """Write the sheet to ``target`` (a PDF) and return it. With ``admin_recovery_key`` (the
    first-run wizard) the sheet also carries the first administrator's recovery key and how to
    use it when the administrator's password is forgotten."""
    from reportlab.platypus import Paragraph, Spacer

    from .pdfkit import build_pdf, frame_width, key_value_table, mm_, para, styles

    st = styles()
    when = when or datetime.now()
    width = frame_width()
    story = [
        Paragraph("LEMBAR PEMULIHAN CADANGAN JSSC DESKTOP", st["title"]),
        para(upt_name, st["subtitle"]),
        Spacer(1, mm_(4)),
        para("RAHASIA. Simpan lembar ini di lemari terkunci atau brankas, terpisah dari "
             "komputer dan flashdisk cadangan. Siapa pun yang memegang lembar ini dan sebuah "
             "berkas cadangan dapat membaca seluruh data klien.", st["base"]),
        Spacer(1, mm_(4)),
        key_value_table([
            ("Kata sandi cadangan", passphrase),
            ("Sidik kunci", key_check),
            ("Dibuat", format_datetime(when)),
            ("Dibuat oleh", made_by),
        ], [width * 0.3, width * 0.7]),
        Spacer(1, mm_(6)),
        para("Memulihkan di komputer lain", st["h2"]),
        para("1. Pasang JSSC Desktop. 2. Salin berkas cadangan (nama berakhiran .enc) ke "
             "komputer itu. 3. Jalankan: jssc-desktop restore BERKAS --yes, atau Pengaturan → "
             "Cadangan → Pulihkan dari berkas lain. 4. Ketik kata sandi cadangan di atas saat "
             "diminta (untuk perintah baris tanpa layar: isi JSSC_BACKUP_PASSPHRASE). Sidik "
             "kunci yang tercetak harus sama dengan yang disebut aplikasi.", st["base"]),
        *_admin_part(admin_username, admin_recovery_key, width),
        Spacer(1, mm_(4)),
        para("Bila kata sandi cadangan diganti, cadangan lama tetap memerlukan kata sandi "
             "lamanya: simpan juga lembar yang lama sampai cadangan lama tidak diperlukan.",
             st["note"]),
    ]
    data = build_pdf(story, title="Lembar pemulihan cadangan", author=made_by,
                     subject="Kata sandi cadangan JSSC Desktop", footer=upt_name)
    target.write_bytes(data)
    return target


def _admin_part(username: str | None, key: str | None, width: float) -> list[object]:
    if not key:
        return []
    from reportlab.platypus import Spacer

    from .pdfkit import key_value_table, mm_, para, styles

    st = styles()
    return [
        Spacer(1, mm_(6)),
        para("Kata sandi Administrator terlupa", st["h2"]),
        key_value_table([("Administrator", username or "-"), ("Kunci pemulihan", key)],
                        [width * 0.3, width * 0.7]),
        Spacer(1, mm_(2)),
        para(f"Jalankan: jssc-desktop user recover {username or 'ADMIN'}, ketik kunci pemulihan "
             "di atas lalu kata sandi baru. Kunci ini hanya berlaku sekali; kunci baru "
             "ditampilkan sesudahnya.", st["base"]),
    ]
