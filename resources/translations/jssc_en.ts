<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="104"/>
        <source>gambar {kb} KB</source>
        <translation>image {kb} KB</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_common.py" line="527"/>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="337"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="619"/>
        <source>Lanjutkan</source>
        <extracomment>The invisible root of a model, the default parent of rowCount/columnCount. the registry field the column shows (its header is then the registry&apos;s export header) the field registry of the record kind the dialog edits (``domain/fields.py``) what a successful save changed (announced to every open page) the administrator&apos;s correction reason for data in a locked period, while saving the user confirmed an unusual but allowed input (ConfirmationRequired), while saving; subclasses pass it to services that take ``confirmed``</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="47"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="48"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="56"/>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="68"/>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="72"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="56"/>
        <source>Fitur cadangan belum tersedia di versi ini.</source>
        <translation>Backups are not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="60"/>
        <source>Menyalin dan memeriksa basis data…</source>
        <translation>Copying and verifying the database…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="64"/>
        <source>Cadangan dibuat dan diperiksa:
{path}</source>
        <translation>Backup created and verified:
{path}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="66"/>
        <source>Cadangan dibuat tetapi pemeriksaannya gagal:
{path}</source>
        <translation>Backup created, but its verification failed:
{path}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="73"/>
        <source>Membuat cadangan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="328"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="101"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="107"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="174"/>
        <source>Tutup</source>
        <extracomment>Item data role of table models: a cell&apos;s typed value (number, date) for exports, when the shown text stands for it (&apos;35&apos;, &apos;Rp 150.000&apos;, &apos;93,6%&apos;, &apos;05/07/1990&apos;); None otherwise. The &quot;no date&quot; of the former QDateEdit fields (kept for callers converting QDate values).</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="117"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="118"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="595"/>
        <location filename="../../jssc_desktop/ui/worker.py" line="134"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="156"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="169"/>
        <source>Data telah diubah pengguna lain</source>
        <translation>The record was changed by another user</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="173"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="184"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="185"/>
        <source>Terjadi kesalahan tak terduga; tidak ada data yang hilang dari basis data. Rinciannya telah dicatat di berkas log untuk petugas TI.</source>
        <translation>An unexpected error occurred; no data was lost from the database. The details have been written to the log file for the IT officer.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="221"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="225"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="230"/>
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="232"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="308"/>
        <source>Ketik tanggal, mis. 05/07/1990, 05071990 atau 5 Juli 1990</source>
        <translation>Type a date, e.g. 05/07/1990, 05071990 or 5 July 1990</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="251"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="592"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/worker.py" line="125"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/worker.py" line="126"/>
        <source>Sedang bekerja…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/worker.py" line="137"/>
        <source>Membatalkan… menunggu langkah yang sedang berjalan.</source>
        <translation>Cancelling… waiting for the current step to finish.</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="vanished">Export</translation>
    </message>
    <message>
        <source>Mengambil semua baris daftar…</source>
        <translation type="vanished">Fetching every row of the list…</translation>
    </message>
    <message>
        <source>Daftar ini berisi {n} baris.</source>
        <translation type="vanished">This list has {n} rows.</translation>
    </message>
    <message>
        <source>Daftar ini berisi lebih dari {n} baris.</source>
        <translation type="vanished">This list has more than {n} rows.</translation>
    </message>
    <message>
        <source>Ekspor daftar besar</source>
        <translation type="vanished">Export a large list</translation>
    </message>
    <message>
        <source>Mengambil semuanya dapat memakan waktu beberapa menit dan berkasnya akan besar. Ekspor semua baris?</source>
        <translation type="vanished">Fetching everything can take a few minutes and the file will be large. Export all rows?</translation>
    </message>
    <message>
        <source>Ekspor semua</source>
        <translation type="vanished">Export all</translation>
    </message>
    <message>
        <source>Menulis berkas…</source>
        <translation type="vanished">Writing the file…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="vanished">Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Ekspor {title}</source>
        <translation type="vanished">Export {title}</translation>
    </message>
    <message>
        <source>Menulis {n} baris ke {name}…</source>
        <translation type="vanished">Writing {n} rows to {name}…</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation type="vanished">Export finished</translation>
    </message>
    <message>
        <source>{n} baris diekspor ke:
{path}</source>
        <translation type="vanished">{n} rows exported to:
{path}</translation>
    </message>
    <message>
        <source>Buka berkas</source>
        <translation type="vanished">Open file</translation>
    </message>
    <message>
        <source>Simpan daftar yang tampil ke berkas Excel atau CSV</source>
        <translation type="vanished">Save the list shown to an Excel or CSV file</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <source>Impor data dari Excel hanya dapat dilakukan oleh Administrator dan Staf Administrasi.</source>
        <translation type="vanished">Only the Administrator and Administrative Staff can import data from Excel.</translation>
    </message>
    <message>
        <source>Tidak berhak</source>
        <translation type="vanished">Not permitted</translation>
    </message>
    <message>
        <source>Belum ada dokumen.</source>
        <translation type="vanished">No document yet.</translation>
    </message>
    <message>
        <source>Pratinjau tidak tersedia di komputer ini. Dokumen tersimpan di {path}.</source>
        <translation type="vanished">Preview is not available on this computer. The document is saved at {path}.</translation>
    </message>
    <message>
        <source>Dokumen PDF tidak dapat ditampilkan.</source>
        <translation type="vanished">The PDF document cannot be displayed.</translation>
    </message>
    <message>
        <source>Komponen pencetak PDF tidak terpasang. Buka berkas {path} lalu cetak dari program PDF.</source>
        <translation type="vanished">The PDF printing component is not installed. Open the file {path} and print it from a PDF program.</translation>
    </message>
    <message>
        <source>Tidak dapat mencetak</source>
        <translation type="vanished">Cannot print</translation>
    </message>
    <message>
        <source>Dokumen PDF {path} tidak dapat dibuka.</source>
        <translation type="vanished">The PDF document {path} cannot be opened.</translation>
    </message>
    <message>
        <source>Cetak {name}</source>
        <translation type="vanished">Print {name}</translation>
    </message>
    <message>
        <source>Printer tidak dapat dipakai. Periksa apakah printer menyala dan terhubung, lalu coba lagi.</source>
        <translation type="vanished">The printer cannot be used. Check that the printer is switched on and connected, then try again.</translation>
    </message>
    <message>
        <source>Basis data yang dipakai sekarang bukan berkas SQLite; tidak ada berkas yang dapat disalin.</source>
        <extracomment>Seconds a connection test waits for a server that does not answer.</extracomment>
        <translation type="vanished">The database in use now is not an SQLite file; there is no file to copy.</translation>
    </message>
    <message>
        <source>Basis data sudah berada di folder itu: {path}.</source>
        <translation type="vanished">The database is already in that folder: {path}.</translation>
    </message>
    <message>
        <source>Di folder {folder} sudah ada basis data ({name}). Berkas itu tidak ditimpa. Bila memang ingin menggantinya, pindahkan atau ganti nama berkas itu lebih dulu.</source>
        <translation type="vanished">The folder {folder} already holds a database ({name}). That file is not overwritten. If you really want to replace it, move or rename that file first.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi ({error}).</source>
        <translation type="vanished">The folder {folder} cannot be written to ({error}).</translation>
    </message>
    <message>
        <source>Salinan gagal diperiksa dan dihapus: {reason}</source>
        <translation type="vanished">The copy failed verification and was deleted: {reason}</translation>
    </message>
    <message>
        <source>Di folder {folder} sudah ada basis data ({name}). Berkas itu tidak ditimpa.</source>
        <translation type="vanished">The folder {folder} already holds a database ({name}). That file is not overwritten.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat disalin ke {folder} ({error}).</source>
        <translation type="vanished">The database cannot be copied to {folder} ({error}).</translation>
    </message>
    <message>
        <source>Basis data tidak dapat disalin: {error}.</source>
        <translation type="vanished">The database cannot be copied: {error}.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi ditolak oleh server.</source>
        <translation type="vanished">The server refused the user name or password.</translation>
    </message>
    <message>
        <source>Server menolak sambungan dari komputer ini: pg_hba.conf di server belum mengizinkannya.</source>
        <translation type="vanished">The server refuses connections from this computer: the server&apos;s pg_hba.conf does not allow it yet.</translation>
    </message>
    <message>
        <source>Basis data &apos;{name}&apos; tidak ada di server itu.</source>
        <translation type="vanished">Database &apos;{name}&apos; does not exist on that server.</translation>
    </message>
    <message>
        <source>Pengguna &apos;{name}&apos; tidak dikenal di server itu.</source>
        <translation type="vanished">User &apos;{name}&apos; is unknown on that server.</translation>
    </message>
    <message>
        <source>Nama server &apos;{host}&apos; tidak dikenal. Periksa ejaannya atau gunakan alamat IP server.</source>
        <translation type="vanished">The server name &apos;{host}&apos; is unknown. Check the spelling or use the server&apos;s IP address.</translation>
    </message>
    <message>
        <source>Tidak ada layanan PostgreSQL yang menjawab di {host} port {port}. Periksa alamat dan port, dan pastikan layanan PostgreSQL di server berjalan dan menerima sambungan dari jaringan (listen_addresses).</source>
        <translation type="vanished">No PostgreSQL service answers at {host} port {port}. Check the address and port, and make sure the PostgreSQL service on the server is running and accepts connections from the network (listen_addresses).</translation>
    </message>
    <message>
        <source>Server {host} tidak menjawab dalam {n} detik. Periksa alamat server dan jaringan (kabel, Wi-Fi, firewall).</source>
        <translation type="vanished">Server {host} did not answer within {n} seconds. Check the server address and the network (cable, Wi-Fi, firewall).</translation>
    </message>
    <message>
        <source>Server menolak sambungan.</source>
        <translation type="vanished">The server refused the connection.</translation>
    </message>
    <message>
        <source>Tidak dapat tersambung ke server PostgreSQL {server}.</source>
        <translation type="vanished">Cannot connect to PostgreSQL server {server}.</translation>
    </message>
    <message>
        <source>Rincian teknis: {text}</source>
        <translation type="vanished">Technical details: {text}</translation>
    </message>
    <message>
        <source>Basis data &apos;{name}&apos; masih kosong; strukturnya dibuat otomatis saat aplikasi dibuka dengan server ini.</source>
        <translation type="vanished">Database &apos;{name}&apos; is still empty; its structure is created automatically when the application is started with this server.</translation>
    </message>
    <message>
        <source>Basis data &apos;{name}&apos; sudah berisi struktur data JSSC.</source>
        <translation type="vanished">Database &apos;{name}&apos; already contains the JSSC data structure.</translation>
    </message>
    <message>
        <source>Sambungan ke server PostgreSQL {server} berhasil (basis data &apos;{name}&apos;, pengguna &apos;{user}&apos;).</source>
        <translation type="vanished">Connected to PostgreSQL server {server} (database &apos;{name}&apos;, user &apos;{user}&apos;).</translation>
    </message>
</context>
<context>
    <name>ActingHeadTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="43"/>
        <source>Plh. Kepala UPT menyetujui usulan revitalisasi dan laporan periode selama Kepala UPT berhalangan, dan menandatanganinya sebagai &quot;Plh. Kepala UPT&quot; atas namanya sendiri. Hanya Kepala UPT yang dapat menunjuk atau mencabut; setiap penunjukan tercatat di log audit.</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>The acting Head of UPT (Plh.) approves facility requests and period reports while the Head of UPT is away, and signs them as &quot;Plh. Kepala UPT&quot; in their own name. Only the Head of UPT can designate or revoke; every designation is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="51"/>
        <source>Tunjuk Plh. Kepala UPT</source>
        <translation>Designate an acting Head of UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="54"/>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="81"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="56"/>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="83"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="59"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="63"/>
        <source>mis. Kepala UPT cuti tahunan</source>
        <translation>e.g. Head of UPT on annual leave</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="64"/>
        <source>Staf yang ditunjuk *</source>
        <translation>Staff member designated *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="65"/>
        <source>Tanggal *</source>
        <translation>Dates *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="66"/>
        <source>Alasan *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="71"/>
        <source>Tunjuk</source>
        <translation>Designate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="80"/>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="153"/>
        <source>Plh. Kepala UPT</source>
        <translation>Acting Head of UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="86"/>
        <source>Ditunjuk oleh</source>
        <translation>Designated by</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="87"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="91"/>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="163"/>
        <source>Cabut penunjukan</source>
        <translation>Revoke designation</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="101"/>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="103"/>
        <source>selesai</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="105"/>
        <source>akan berlaku</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="106"/>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="116"/>
        <source>Plh. Kepala UPT hari ini: {names}</source>
        <translation>Acting Head of UPT today: {names}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="120"/>
        <source>Hari ini tidak ada Plh. Kepala UPT.</source>
        <translation>There is no acting Head of UPT today.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="129"/>
        <source>Belum ada staf aktif yang dapat ditunjuk.</source>
        <translation>There is no active staff member who can be designated.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="136"/>
        <source>Alasan penunjukan wajib diisi.</source>
        <translation>The reason for the designation is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="154"/>
        <source>{name} ditunjuk sebagai Plh. Kepala UPT {start} s.d. {end}.</source>
        <translation>{name} is designated acting Head of UPT from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="161"/>
        <source>Pilih penunjukan yang masih berlaku di daftar.</source>
        <translation>Select a designation in the list that is still in force.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="164"/>
        <source>Cabut penunjukan {name} sebagai Plh. Kepala UPT? Sejak sekarang ia tidak dapat menyetujui lagi.</source>
        <translation>Revoke the designation of {name} as acting Head of UPT? From now on they can no longer approve.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/acting_head_tab.py" line="165"/>
        <source>Cabut</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="149"/>
        <source>Akun Administrator pertama</source>
        <translation>First Administrator account</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="150"/>
        <source>Administrator mengelola pengguna, pengaturan dan cadangan data. Akun lain dibuat nanti di Pengaturan → Pengguna.</source>
        <translation>The Administrator manages users, settings and data backups. Other accounts are created later in Settings → Users.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="155"/>
        <source>huruf kecil, mis. admin</source>
        <translation>lower case, e.g. admin</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="161"/>
        <source>Nama pengguna *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="162"/>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="163"/>
        <source>Kata sandi *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="164"/>
        <source>Ulangi kata sandi *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="167"/>
        <source>Kata sandi minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama pengguna. Catat dan simpan di tempat aman: tanpa akun Administrator, pengguna baru tidak dapat dibuat.</source>
        <translation>The password needs at least 8 characters, with letters and digits, and must not contain the user name. Write it down and keep it somewhere safe: without an Administrator account, no new users can be created.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="192"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="73"/>
        <source>Ubah perjanjian</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="74"/>
        <source>Perjanjian baru</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="77"/>
        <source>Tutor: {name}</source>
        <translation>Tutor: {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="79"/>
        <source>Nomor MoU atau kontrak</source>
        <translation>MoU or contract number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="89"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="90"/>
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="91"/>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="92"/>
        <source>Honorarium per JP</source>
        <translation>Fee per lesson hour</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="93"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="43"/>
        <source>Ubah bantuan usaha</source>
        <translation>Edit business aid</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="43"/>
        <source>Catat bantuan usaha</source>
        <translation>Record business aid</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="50"/>
        <source>mis. mesin jahit dan obras</source>
        <translation>e.g. sewing and overlock machines</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="68"/>
        <source>Pelatihan yang diluluskan</source>
        <translation>Training completed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="71"/>
        <source>Kondisi bantuan (masih dipakai, rusak, …) dicatat pada setiap bimbingan lanjut.</source>
        <translation>The aid&apos;s condition (still in use, broken, …) is recorded at each follow-up.</translation>
    </message>
</context>
<context>
    <name>AidTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="104"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="104"/>
        <source>Bentuk bantuan</source>
        <translation>Aid given</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="104"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="105"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="105"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="114"/>
        <source>Catat bantuan…</source>
        <translation>Record aid…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="116"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="118"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="137"/>
        <source>Bantuan usaha dicatat untuk lulusan; klien ini belum lulus pelatihan.</source>
        <translation>Business aid is recorded for graduates; this client has not completed a training yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="139"/>
        <source>Belum ada bantuan usaha yang dicatat.</source>
        <translation>No business aid recorded yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="142"/>
        <source>{n} bantuan, seluruhnya {total}.</source>
        <translation>
            <numerusform>{n} aid item, {total} in total.</numerusform>
            <numerusform>{n} aid items, {total} in total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="164"/>
        <source>Pilih dulu bantuan pada daftar.</source>
        <translation>Select an aid item in the list first.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="185"/>
        <source>Hapus bantuan usaha</source>
        <translation>Delete business aid</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/aid.py" line="186"/>
        <source>Hapus {item} ({value}, {day})? Tulis alasannya (disimpan di log audit).</source>
        <translation>Delete {item} ({value}, {day})? Write the reason (kept in the audit log).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../jssc_desktop/app.py" line="126"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="169"/>
        <source>Basis data tidak dapat dibuka atau diperbarui: {error}</source>
        <translation>The database cannot be opened or upgraded: {error}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="189"/>
        <source>Basis data yang rusak ini berstruktur lama dan tidak dapat dibuka tanpa menulisinya. Pulihkan cadangan terverifikasi terbaru.</source>
        <translation>This damaged database has an older structure and cannot be opened without writing to it. Restore the newest verified backup.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="199"/>
        <source>Basis data ini terlalu rusak untuk dibuka, bahkan hanya-baca. Pulihkan cadangan terverifikasi terbaru.</source>
        <translation>This database is too damaged to open, even read-only. Restore the newest verified backup.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="248"/>
        <source>Cadangan harian dibuat: {path}</source>
        <translation>Daily backup created: {path}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="254"/>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="275"/>
        <source>Server basis data</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="277"/>
        <source>Server PostgreSQL yang dipilih di Pengaturan tidak dapat dihubungi. Kembali memakai berkas SQLite di PC ini? Pengaturan server dapat diisi lagi nanti.</source>
        <translation>The PostgreSQL server chosen in Settings cannot be reached. Go back to the SQLite file on this PC? The server settings can be filled in again later.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="280"/>
        <source>Pakai berkas SQLite</source>
        <translation>Use the SQLite file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="282"/>
        <location filename="../../jssc_desktop/app.py" line="310"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="300"/>
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="304"/>
        <source>Pulihkan cadangan terverifikasi terbaru sekarang? Berkas yang rusak disimpan apa adanya di sampingnya.</source>
        <translation>Restore the latest verified backup now? The damaged file is kept as it is next to it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="307"/>
        <source>Pulihkan cadangan terbaru</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="309"/>
        <source>Buka hanya-baca</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="523"/>
        <source>Basis data tidak dapat dibuka: {error}</source>
        <extracomment>platform never report it painted).</extracomment>
        <translation>The database cannot be opened: {error}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="602"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="603"/>
        <location filename="../../jssc_desktop/app.py" line="632"/>
        <source>Periksa lokasi berkas atau alamat server basis data, lalu jalankan aplikasi lagi.</source>
        <translation>Check the file location or the database server address, then start the application again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/app.py" line="542"/>
        <source>Lokasi basis data berisiko</source>
        <translation>Risky database location</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="371"/>
        <source>Hasil uji kompetensi</source>
        <translation>Competency test result</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="378"/>
        <source>tanpa nilai angka</source>
        <translation>no numeric score</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="385"/>
        <source>Nama penguji/asesor (boleh kosong)</source>
        <translation>Name of the examiner/assessor (optional)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="386"/>
        <source>Nilai (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="387"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="388"/>
        <source>Tanggal uji</source>
        <translation>Test date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="389"/>
        <source>Penguji</source>
        <translation>Examiner</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="69"/>
        <source>No.</source>
        <extracomment>Cell colours of the attendance codes (light, so that black text stays readable).</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="69"/>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="69"/>
        <source>Nama peserta</source>
        <translation>Participant name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="70"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="70"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="180"/>
        <source>Koreksi: sebelumnya {old}</source>
        <translation>Correction: previously {old}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="182"/>
        <source>Belum disimpan</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="75"/>
        <source>Kehadiran peserta pelatihan</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Training attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="81"/>
        <source>Ketik nama program atau angkatan</source>
        <translation>Type a program or cohort name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="83"/>
        <source>Ketik sebagian nama program atau angkatan untuk mencarinya</source>
        <translation>Type part of a program or cohort name to find it</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="91"/>
        <source>Pertemuan baru…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="94"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="95"/>
        <source>Masukkan kehadiran dari berkas Excel</source>
        <translation>Bring attendance in from an Excel file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="98"/>
        <source>Angkatan</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="101"/>
        <source>Pertemuan</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="108"/>
        <source>Isi kehadiran</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="109"/>
        <source>Rekap bulanan</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="115"/>
        <source>Semua hadir</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="116"/>
        <source>Tandai semua peserta Hadir, lalu ubah yang tidak</source>
        <translation>Mark every participant Present, then change those who were not</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="123"/>
        <source>Tandai baris terpilih: {name} (tombol {code})</source>
        <translation>Mark the selected row: {name} (key {code})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="131"/>
        <source>Ketik H, S, I, A atau T pada baris peserta: kehadiran terisi dan kursor turun ke baris berikutnya. Klik dua kali kolom Catatan untuk menulis catatan.</source>
        <translation>Type H (present), S (sick), I (excused), A (absent) or T (late) on a participant&apos;s row: the attendance is filled in and the cursor moves down to the next row. Double-click the Notes column to write a note.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="142"/>
        <source>Batalkan perubahan</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="144"/>
        <source>Simpan kehadiran</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="154"/>
        <source>Anda dapat melihat kehadiran, tetapi tidak mengubahnya.</source>
        <translation>You can view attendance, but not change it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="164"/>
        <source>Cetak rekap…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="166"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="168"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="204"/>
        <source>Belum ada angkatan untuk Anda</source>
        <translation>No cohorts for you yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="245"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="246"/>
        <source>Kehadiran yang Anda isi belum disimpan. Buang perubahan itu?</source>
        <translation>The attendance you entered has not been saved. Discard those changes?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="247"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="247"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="270"/>
        <source>terisi {n}</source>
        <translation>{n} filled in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="271"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="273"/>
        <source>Ke-{n} · {day} · {jp} JP — {state}</source>
        <translation>
            <numerusform>Session {n} · {day} · {jp} hour — {state}</numerusform>
            <numerusform>Session {n} · {day} · {jp} hours — {state}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="278"/>
        <source>Belum ada pertemuan</source>
        <translation>No sessions yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="322"/>
        <source>Pilih angkatan dan pertemuan.</source>
        <translation>Choose a cohort and a session.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="325"/>
        <source>Angkatan ini belum memiliki peserta pada tanggal pertemuan ini.</source>
        <translation>This cohort had no participants on the date of this session.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="332"/>
        <source>belum diisi {n}</source>
        <translation>{n} not filled in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="333"/>
        <source>{n} peserta: {parts}</source>
        <translation>
            <numerusform>{n} participant: {parts}</numerusform>
            <numerusform>{n} participants: {parts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="337"/>
        <source> — belum disimpan</source>
        <translation> — not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="350"/>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="390"/>
        <source> dan {n} lainnya</source>
        <translation>
            <numerusform> and {n} more</numerusform>
            <numerusform> and {n} more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="351"/>
        <source>Sudah ada tanda kehadiran</source>
        <translation>Attendance already marked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="352"/>
        <source>{n} peserta sudah ditandai selain Hadir: {names}. Ubah mereka juga menjadi Hadir, atau isi Hadir hanya pada baris yang belum diisi?</source>
        <translation>
            <numerusform>{n} participant is already marked other than Present: {names}. Change them to Present as well, or fill Present only in the rows not yet filled in?</numerusform>
            <numerusform>{n} participants are already marked other than Present: {names}. Change them to Present as well, or fill Present only in the rows not yet marked?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="355"/>
        <source>Ubah semua menjadi Hadir</source>
        <translation>Change all to Present</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="356"/>
        <source>Hanya yang belum diisi</source>
        <translation>Only the unmarked rows</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="393"/>
        <source>Alasan koreksi kehadiran</source>
        <translation>Reason for the attendance correction</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="394"/>
        <source>Kehadiran yang sudah tersimpan diubah: {names}.
Tuliskan alasan koreksinya (dicatat di log audit):</source>
        <translation>Saved attendance was changed: {names}.
Write the reason for the correction (it is recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="400"/>
        <source>Alasan wajib diisi</source>
        <translation>A reason is required</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="401"/>
        <source>Koreksi kehadiran tidak disimpan karena alasannya kosong.</source>
        <translation>The attendance correction was not saved because no reason was given.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="405"/>
        <source>Ada yang belum diisi</source>
        <translation>Some fields are not filled in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="406"/>
        <source>{n} peserta belum diisi kehadirannya (mis. {name}). Simpan yang sudah diisi saja?</source>
        <translation>
            <numerusform>{n} participant has no attendance entered yet (e.g. {name}). Save only what is filled in?</numerusform>
            <numerusform>{n} participants have no attendance entered yet (e.g. {name}). Save only what is filled in?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="408"/>
        <source>Simpan yang terisi</source>
        <translation>Save what is filled in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="408"/>
        <source>Kembali mengisi</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="467"/>
        <source>{track} — {cohort}, {month} {year}</source>
        <translation>{track} — {cohort}, {month} {year}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="477"/>
        <source>Tidak ada pertemuan pada bulan ini.</source>
        <translation>There are no sessions in this month.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="482"/>
        <source>{days}, {people}. Kehadiran {percent} ({present} dari {all} catatan hadir atau terlambat). Tutor: {tutor}.</source>
        <translation>
            <numerusform>{days}, {people}. Attendance {percent} ({present} of {all} record present or late). Tutor: {tutor}.</numerusform>
            <numerusform>{days}, {people}. Attendance {percent} ({present} of {all} records present or late). Tutor: {tutor}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="484"/>
        <source>{n} pertemuan</source>
        <translation>
            <numerusform>{n} session</numerusform>
            <numerusform>{n} sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="486"/>
        <source>{n} peserta</source>
        <translation>
            <numerusform>{n} participant</numerusform>
            <numerusform>{n} participants</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} pertemuan, {people} peserta. Kehadiran {percent} ({present} dari {all} catatan hadir atau terlambat). Tutor: {tutor}.</source>
        <translation type="vanished">{days} sessions, {people} participants. Attendance {percent} ({present} of {all} records present or late). Tutor: {tutor}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="489"/>
        <source>belum ditentukan</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="498"/>
        <source>Belum tersedia</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="499"/>
        <source>Pencetakan rekap belum tersedia pada versi aplikasi ini.</source>
        <translation>Printing summaries is not available in this version of the application yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="506"/>
        <source>Menyusun rekap…</source>
        <translation>Preparing the summary…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="513"/>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="521"/>
        <source>Rekap kehadiran</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="514"/>
        <source>Membuat rekap kehadiran bulanan…</source>
        <translation>Creating the monthly attendance summary…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="527"/>
        <source>Pilih folder untuk menyimpan rekap</source>
        <translation>Choose a folder to save the summary in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="533"/>
        <source>Rekap disimpan</source>
        <translation>Summary saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance.py" line="534"/>
        <source>Rekap kehadiran disimpan sebagai {path}.</source>
        <translation>The attendance summary was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <location filename="../../jssc_desktop/ui/audit_banner.py" line="46"/>
        <source>Lihat log audit</source>
        <translation>View audit log</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/audit_banner.py" line="80"/>
        <source>Peringatan keamanan: {message}</source>
        <translation>Security warning: {message}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="66"/>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="123"/>
        <source>Log audit</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="70"/>
        <source>Periksa keutuhan</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="72"/>
        <source>Hitung ulang seluruh rantai log audit dan cocokkan dengan jangkar di luar basis data</source>
        <translation>Recompute the whole audit log chain and match it against the anchors kept outside the database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="86"/>
        <source>No. data</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="93"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="98"/>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="108"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="99"/>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="109"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="100"/>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="110"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="101"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="102"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="105"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="106"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="112"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="113"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="116"/>
        <source>Tampilkan lebih banyak</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="127"/>
        <source>Setiap perubahan data tercatat di sini dan tidak dapat diubah. Rantai sidik jari log diperiksa otomatis saat aplikasi dibuka dan setiap hari.</source>
        <translation>Every change to the data is recorded here and cannot be altered. The log&apos;s fingerprint chain is checked automatically when the application opens and every day.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="150"/>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="151"/>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="152"/>
        <source>Semua data</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Menampilkan {shown} dari {total}</source>
        <translation type="vanished">Showing {shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="177"/>
        <source>Keutuhan log audit belum diperiksa pada sesi ini.</source>
        <translation>The audit log&apos;s integrity has not been checked in this session yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/audit.py" line="188"/>
        <source>Memeriksa seluruh log audit…</source>
        <translation>Checking the whole audit log…</translation>
    </message>
</context>
<context>
    <name>BackupKeyPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="67"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="68"/>
        <source>Setiap cadangan data dienkripsi: tanpa kata sandi ini, berkas cadangan di flashdisk yang hilang tidak dapat dibaca siapa pun.</source>
        <translation>Every backup is encrypted: without this passphrase nobody can read a backup file on a lost USB stick.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="76"/>
        <source>Kata sandi cadangan *</source>
        <translation>Backup passphrase *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="77"/>
        <source>Ulangi *</source>
        <translation>Repeat *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="82"/>
        <source>Minimal 12 karakter; paling baik beberapa kata yang tidak berhubungan, mis. &apos;jeruk sepeda awan 27&apos;. Jangan sama dengan kata sandi masuk. Kata sandi ini diperlukan untuk memulihkan cadangan di komputer lain; langkah berikutnya menyiapkan lembar pemulihan untuk dicetak.</source>
        <translation>At least 12 characters; several unrelated words are best, e.g. &apos;orange bicycle cloud 27&apos;. Do not reuse the sign-in password. This passphrase is needed to restore a backup on another computer; the next step prepares a recovery sheet to print.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="98"/>
        <source>Kunci cadangan disimpan di penyimpanan kata sandi sistem operasi PC ini (Windows Credential Manager), sehingga cadangan harian dibuat otomatis tanpa menanyakan kata sandi.</source>
        <translation>The backup key is kept in this PC&apos;s operating-system password store (Windows Credential Manager), so daily backups are made automatically without asking for the passphrase.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="102"/>
        <source>PC ini tidak memiliki penyimpanan kata sandi sistem operasi, sehingga kunci cadangan tidak dapat disimpan di sini: cadangan (harian maupun manual) di PC ini hanya dibuat bila petugas TI mengisi JSSC_BACKUP_PASSPHRASE. Pengaturan → Cadangan mengingatkannya.</source>
        <translation>This PC has no operating-system password store, so the backup key cannot be kept here: backups (daily or manual) on this PC are only made if the IT officer sets JSSC_BACKUP_PASSPHRASE. Settings → Backups reminds you of this.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="88"/>
        <source>Cadangkan sekarang</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="90"/>
        <source>Pulihkan cadangan terpilih…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="92"/>
        <source>Pulihkan dari berkas lain…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="94"/>
        <source>Buka folder cadangan</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="103"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="103"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="104"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="104"/>
        <source>Jenis dan keadaan</source>
        <translation>Type and state</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="140"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="140"/>
        <source>Belum diverifikasi</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="161"/>
        <source>Cadangan JSSC (*.enc *.sqlite3 *.dump);;Semua berkas (*)</source>
        <translation>JSSC backups (*.enc *.sqlite3 *.dump);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="210"/>
        <source>Kata sandi cadangan (enkripsi)</source>
        <translation>Backup passphrase (encryption)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="215"/>
        <source>Atur kata sandi cadangan…</source>
        <translation>Set backup passphrase…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="217"/>
        <source>Pakai di PC ini…</source>
        <translation>Use on this PC…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="233"/>
        <source>Belum diatur: cadangan tidak dapat dibuat sebelum kata sandi cadangan diatur.</source>
        <translation>Not set: no backup can be made until a backup passphrase is set.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="236"/>
        <source>Diatur (sidik kunci {check}); kunci tersimpan di PC ini untuk cadangan otomatis.</source>
        <translation>Set (key fingerprint {check}); the key is kept on this PC for automatic backups.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="239"/>
        <source>Diatur (sidik kunci {check}), tetapi kuncinya belum tersimpan di PC ini: klik &apos;Pakai di PC ini&apos;.</source>
        <translation>Set (key fingerprint {check}), but the key is not kept on this PC yet: click &apos;Use on this PC&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="243"/>
        <source>PC ini tidak memiliki penyimpanan kata sandi sistem operasi, sehingga kunci cadangan tidak dapat disimpan di sini: cadangan (harian maupun manual) di PC ini hanya dibuat bila petugas TI mengisi JSSC_BACKUP_PASSPHRASE.</source>
        <translation>This PC has no operating-system password store, so the backup key cannot be kept here: backups (daily or manual) on this PC are only made if the IT officer sets JSSC_BACKUP_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="253"/>
        <source>Atur kata sandi cadangan</source>
        <translation>Set backup passphrase</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="254"/>
        <source>Minimal 12 karakter, sebaiknya beberapa kata yang tidak berhubungan. Tanpa kata sandi ini cadangan tidak dapat dipulihkan di komputer lain: cetak lembar pemulihan sesudahnya.</source>
        <translation>At least 12 characters, preferably several unrelated words. Without this passphrase a backup cannot be restored on another computer: print the recovery sheet afterwards.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="271"/>
        <source>Simpan lembar pemulihan untuk dicetak</source>
        <translation>Save the recovery sheet to print</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="272"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="286"/>
        <source>Pakai kata sandi cadangan di PC ini</source>
        <translation>Use the backup passphrase on this PC</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="287"/>
        <source>Ketik kata sandi cadangan (lembar pemulihan):</source>
        <translation>Type the backup passphrase (recovery sheet):</translation>
    </message>
    <message>
        <source>Cadangan JSSC (*.sqlite3 *.dump);;Semua berkas (*)</source>
        <translation type="vanished">JSSC backups (*.sqlite3 *.dump);;All files (*)</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation type="vanished">State</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="113"/>
        <source>Aplikasi membuat cadangan harian otomatis. Simpan juga salinan di tempat lain (flashdisk atau folder jaringan) agar data selamat bila komputer rusak atau hilang. Memulihkan cadangan mengganti semua data saat ini; data saat ini dicadangkan dulu.</source>
        <translation>The application makes an automatic daily backup. Also keep a copy somewhere else (a USB flash drive or a network folder) so the data survives if the computer breaks down or is lost. Restoring a backup replaces all current data; the current data is backed up first.</translation>
    </message>
    <message>
        <source>Terperiksa</source>
        <translation type="vanished">Verified</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="154"/>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="172"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="154"/>
        <source>Pilih dulu cadangan di tabel.</source>
        <translation>First choose a backup in the table.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="160"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan JSSC (*.sqlite3 *.db *.dump *.zip);;Semua berkas (*)</source>
        <translation type="vanished">JSSC backups (*.sqlite3 *.db *.dump *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="167"/>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="196"/>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="203"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="168"/>
        <source>Ganti SEMUA data saat ini dengan isi cadangan {name}?</source>
        <translation>Replace ALL current data with the contents of backup {name}?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="170"/>
        <source>Data saat ini dicadangkan dulu. Setelah pemulihan, aplikasi ditutup dan perlu dibuka kembali.</source>
        <translation>The current data is backed up first. After the restore, the application closes and must be started again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="184"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="185"/>
        <source>Berkas ini dienkripsi dengan kunci yang tidak tersimpan di PC ini (sidik kunci {check}). Ketik kata sandi cadangan dari lembar pemulihan:</source>
        <translation>This file is encrypted with a key not kept on this PC (key fingerprint {check}). Type the backup passphrase from the recovery sheet:</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="192"/>
        <source>Memulihkan data…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="197"/>
        <source>Data telah dipulihkan. Aplikasi akan ditutup; buka kembali untuk melanjutkan.</source>
        <translation>The data has been restored. The application will now close; start it again to continue.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/backups_tab.py" line="204"/>
        <source>Memulihkan data dari cadangan…</source>
        <translation>Restoring data from the backup…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="198"/>
        <source>Ganti kata sandi</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="202"/>
        <source>Ini pertama kali Anda masuk, atau kata sandi Anda baru diatur ulang oleh Administrator. Buat kata sandi baru yang hanya Anda ketahui.</source>
        <translation>This is your first sign-in, or your password has just been reset by the Administrator. Create a new password that only you know.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="205"/>
        <source>Minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama pengguna.</source>
        <translation>At least 8 characters, with letters and digits, and not containing the user name.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="211"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="214"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="215"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="219"/>
        <source>Simpan kata sandi</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="227"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="207"/>
        <source>Sebagian data pribadi (NIK, KK, kesehatan, keluarga) disembunyikan untuk peran Anda.</source>
        <extracomment>Client form fields this view shows in its own way (the header, the rows of the identity tab). F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Some personal data (NIK, KK, health, family) is hidden for your role.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="218"/>
        <source>Ubah data</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="220"/>
        <source>Pindah tahapan</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="222"/>
        <source>Terminasi</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="224"/>
        <source>Catat persetujuan</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="230"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="233"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="246"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Keluarga &amp; Wali</source>
        <translation type="vanished">Family and Guardian</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="247"/>
        <source>Keluarga dan Wali</source>
        <translation>Family and Guardian</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="248"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="248"/>
        <source>Nama pemberi</source>
        <translation>Given by (name)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="248"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="249"/>
        <source>Ditarik</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="249"/>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="255"/>
        <source>Tarik persetujuan terpilih</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="259"/>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="263"/>
        <source>Tahapan</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="264"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="264"/>
        <source>Angkatan</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="264"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="265"/>
        <source>Uji kompetensi</source>
        <translation>Competency test</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="265"/>
        <source>No. sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="266"/>
        <source>Lulus</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="267"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="268"/>
        <source>Bulan ke-</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="268"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="269"/>
        <source>Dilakukan</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="269"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="270"/>
        <source>Penghasilan per bulan</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="276"/>
        <source>Bimbingan Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="280"/>
        <source>Bantuan Usaha</source>
        <translation>Business Aid</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="288"/>
        <source>Pilih foto…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="290"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="564"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="294"/>
        <source>Gambar PNG atau JPEG, paling besar 2 MB.</source>
        <translation>A PNG or JPEG image, at most 2 MB.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="298"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="301"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="301"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="301"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="302"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="306"/>
        <source>Riwayat Perubahan</source>
        <translation>Change History</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="339"/>
        <source>Klien {reg_no} — {name}</source>
        <translation>Client {reg_no} — {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="342"/>
        <source>{n} tahun</source>
        <translation>
            <numerusform>{n} year</numerusform>
            <numerusform>{n} years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="343"/>
        <source>umur tidak diketahui</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="344"/>
        <source>{reg_no} · {sex}, {age} · {status}</source>
        <translation>{reg_no} · {sex}, {age} · {status}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="346"/>
        <source>Tahapan: {stage} · Kategori: {ppks}</source>
        <translation>Stage: {stage} · Category: {ppks}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="354"/>
        <source>Tanpa foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="355"/>
        <source>Belum ada foto.</source>
        <translation>No photo yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="392"/>
        <source>Tanpa NIK ({reason})</source>
        <translation>No NIK ({reason})</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="vanished">NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="vanished">Family card (KK) number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="398"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation type="vanished">Religion</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation type="vanished">Education</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Alamat asal</source>
        <translation type="vanished">Home address</translation>
    </message>
    <message>
        <source>Kabupaten/kota asal</source>
        <translation type="vanished">Home regency/city</translation>
    </message>
    <message>
        <source>Sumber rujukan</source>
        <translation type="vanished">Referral source</translation>
    </message>
    <message>
        <source>Kategori PPKS</source>
        <translation type="vanished">PPKS category</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation type="vanished">Disability</translation>
    </message>
    <message>
        <source>Catatan kesehatan</source>
        <translation type="vanished">Health notes</translation>
    </message>
    <message>
        <source>Tanggal masuk</source>
        <translation type="vanished">Admission date</translation>
    </message>
    <message>
        <source>Tanggal terminasi</source>
        <translation type="vanished">Discharge date</translation>
    </message>
    <message>
        <source>Alasan terminasi</source>
        <translation type="vanished">Discharge reason</translation>
    </message>
    <message>
        <source>Diserahkan kepada</source>
        <translation type="vanished">Handed over to</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation type="vanished">Official record</translation>
    </message>
    <message>
        <source>Catatan terminasi</source>
        <translation type="vanished">Discharge notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="432"/>
        <source>Data keluarga dan wali hanya dapat dilihat oleh staf, Kepala UPT dan Administrator.</source>
        <translation>Family and guardian data can only be seen by staff, the Head of UPT and the Administrator.</translation>
    </message>
    <message>
        <source>Nama wali/keluarga</source>
        <translation type="vanished">Guardian/family name</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation type="vanished">Relationship</translation>
    </message>
    <message>
        <source>Telepon wali</source>
        <translation type="vanished">Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>Alamat wali</source>
        <translation type="vanished">Guardian&apos;s address</translation>
    </message>
    <message>
        <source>Catatan keluarga</source>
        <translation type="vanished">Family notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="440"/>
        <source>Hanya dapat dilihat oleh staf, Kepala UPT dan Administrator.</source>
        <translation>Visible only to staff, the Head of UPT and the Administrator.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="442"/>
        <source>Belum ada persetujuan yang dicatat.</source>
        <translation>No consent has been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="451"/>
        <source> (dicatat oleh {name})</source>
        <translation> (recorded by {name})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="459"/>
        <source>Belum ada jadwal bimbingan lanjut.</source>
        <translation>No follow-up scheduled yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="525"/>
        <source>Pilih dulu persetujuan yang akan ditarik.</source>
        <translation>First choose the consent to withdraw.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="529"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="533"/>
        <source>Tarik persetujuan</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="532"/>
        <source>Tanggal penarikan</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="543"/>
        <source>Pilih foto klien</source>
        <translation>Choose the client&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="544"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="551"/>
        <source>Berkas tidak dapat dibaca: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="564"/>
        <source>Hapus foto klien ini?</source>
        <translation>Remove this client&apos;s photo?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="565"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="203"/>
        <source>Ubah data klien {reg_no}</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py) field -&gt; tab index, so an error shows the right tab</extracomment>
        <translation>Edit client {reg_no}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="204"/>
        <source>Klien baru</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="220"/>
        <source>Kolom bertanda * wajib diisi.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="221"/>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="569"/>
        <source>Periksa duplikat</source>
        <translation>Check for duplicates</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="223"/>
        <source>Cari klien lain dengan NIK sama, atau nama dan tanggal lahir sama</source>
        <translation>Look for other clients with the same NIK, or the same name and date of birth</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="226"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="229"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation type="vanished">Identity</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="296"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Kosongkan (—) bila tanggal lahir tidak diketahui</source>
        <translation type="vanished">Leave empty (—) if the date of birth is unknown</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="301"/>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="305"/>
        <source>Pakai jenis kelamin dan tanggal lahir dari NIK</source>
        <translation>Use the sex and date of birth from the NIK</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="320"/>
        <source>— NIK ada —</source>
        <translation>— has a NIK —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="322"/>
        <source>16 angka, boleh kosong</source>
        <translation>16 digits, may be left empty</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation type="vanished">Full name *</translation>
    </message>
    <message>
        <source>Jenis kelamin *</source>
        <translation type="vanished">Sex *</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation type="vanished">Place of birth</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="299"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="vanished">NIK</translation>
    </message>
    <message>
        <source>Alasan tanpa NIK</source>
        <translation type="vanished">Reason for no NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="vanished">Family card (KK) number</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation type="vanished">Religion</translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation type="vanished">Highest education</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Alamat dan Rujukan</source>
        <translation type="vanished">Address and Referral</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="341"/>
        <source>— pilih kabupaten/kota —</source>
        <translation>— choose a regency/city —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="344"/>
        <source>mis. Dinas Sosial Kabupaten Malang, Satpol PP, keluarga</source>
        <translation>e.g. Malang Regency Social Services Office, Satpol PP, family</translation>
    </message>
    <message>
        <source>Alamat asal</source>
        <translation type="vanished">Home address</translation>
    </message>
    <message>
        <source>Kabupaten/kota asal</source>
        <translation type="vanished">Home regency/city</translation>
    </message>
    <message>
        <source>Sumber rujukan</source>
        <translation type="vanished">Referral source</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation type="vanished">Service</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="351"/>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <source>Kategori PPKS *</source>
        <translation type="vanished">PPKS category *</translation>
    </message>
    <message>
        <source>Tanggal masuk *</source>
        <translation type="vanished">Admission date *</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation type="vanished">Disability</translation>
    </message>
    <message>
        <source>Catatan kesehatan</source>
        <translation type="vanished">Health notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="361"/>
        <source>Data kesehatan dan disabilitas adalah data pribadi yang bersifat spesifik (UU 27/2022): isi seperlunya untuk layanan.</source>
        <translation>Health and disability data are sensitive personal data (Law 27/2022): record only what the service needs.</translation>
    </message>
    <message>
        <source>Keluarga dan Wali</source>
        <translation type="vanished">Family and Guardian</translation>
    </message>
    <message>
        <source>Nama wali/keluarga</source>
        <translation type="vanished">Guardian/family name</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation type="vanished">Relationship</translation>
    </message>
    <message>
        <source>Telepon wali</source>
        <translation type="vanished">Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>Alamat wali</source>
        <translation type="vanished">Guardian&apos;s address</translation>
    </message>
    <message>
        <source>Catatan keluarga</source>
        <translation type="vanished">Family notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="445"/>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="472"/>
        <source>Wajib diisi</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="450"/>
        <source>Nomor KK harus 16 angka</source>
        <translation>The family card (KK) number must have 16 digits</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="466"/>
        <source>Tanpa NIK: pilih alasannya di bawah.</source>
        <translation>No NIK: choose the reason below.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="463"/>
        <source>Tanpa NIK: {reason}.</source>
        <translation>No NIK: {reason}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="353"/>
        <source>Tanggal masuk</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="468"/>
        <source>16 angka; bila tidak ada, pilih alasannya di bawah.</source>
        <translation>16 digits; if there is none, choose the reason below.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="476"/>
        <source>{n} dari 16 angka</source>
        <translation>{n} of 16 digits</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="477"/>
        <source>NIK harus 16 angka</source>
        <translation>The NIK must have 16 digits</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="487"/>
        <source>{sex}, lahir {born}, {region}</source>
        <translation>{sex}, born {born}, {region}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="533"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="534"/>
        <source>Data klien yang Anda isi belum disimpan. Buang perubahan itu?</source>
        <translation>The client data you entered has not been saved. Discard these changes?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="535"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="535"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="570"/>
        <source>Tidak ditemukan klien lain dengan NIK yang sama, atau dengan nama dan tanggal lahir yang sama.</source>
        <translation>No other client was found with the same NIK, or with the same name and date of birth.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="587"/>
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="623"/>
        <source>Data terbaru telah dimuat; ulangi perubahan Anda lalu simpan.</source>
        <translation>The latest data has been loaded; make your changes again and save.</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="73"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="74"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Pendaftaran klien</source>
        <extracomment>What the changes made in this window touch. Changes that may alter what this window shows. Audit actions on a client, as people call them.</extracomment>
        <translation>Client registration</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="75"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Perubahan data</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="76"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Pindah tahapan</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="77"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Terminasi</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="78"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Foto diganti</source>
        <translation>Photo replaced</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="79"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Data pribadi dibuka</source>
        <translation>Personal data viewed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="80"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Data dianonimkan</source>
        <translation>Data anonymised</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="81"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="479"/>
        <source>Impor data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Nama</source>
        <extracomment>Field labels for the change history.</extracomment>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="vanished">Sex</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation type="vanished">Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="vanished">Date of birth</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="vanished">NIK</translation>
    </message>
    <message>
        <source>Alasan tanpa NIK</source>
        <translation type="vanished">Reason for no NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="vanished">Family card (KK) number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="vanished">Address</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation type="vanished">Regency/city</translation>
    </message>
    <message>
        <source>Kategori PPKS</source>
        <translation type="vanished">PPKS category</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation type="vanished">Disability</translation>
    </message>
    <message>
        <source>Catatan kesehatan</source>
        <translation type="vanished">Health notes</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation type="vanished">Religion</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation type="vanished">Education</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Sumber rujukan</source>
        <translation type="vanished">Referral source</translation>
    </message>
    <message>
        <source>Nama wali</source>
        <translation type="vanished">Guardian&apos;s name</translation>
    </message>
    <message>
        <source>Hubungan wali</source>
        <translation type="vanished">Guardian&apos;s relationship</translation>
    </message>
    <message>
        <source>Telepon wali</source>
        <translation type="vanished">Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>Alamat wali</source>
        <translation type="vanished">Guardian&apos;s address</translation>
    </message>
    <message>
        <source>Catatan keluarga</source>
        <translation type="vanished">Family notes</translation>
    </message>
    <message>
        <source>Tanggal masuk</source>
        <translation type="vanished">Admission date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation type="vanished">Stage</translation>
    </message>
    <message>
        <source>Tanggal terminasi</source>
        <translation type="vanished">Discharge date</translation>
    </message>
    <message>
        <source>Alasan terminasi</source>
        <translation type="vanished">Discharge reason</translation>
    </message>
    <message>
        <source>Catatan terminasi</source>
        <translation type="vanished">Discharge notes</translation>
    </message>
    <message>
        <source>Diserahkan kepada</source>
        <translation type="vanished">Handed over to</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation type="vanished">Official record</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation type="vanished">Photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="86"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="121"/>
        <source>Mulai tanggal</source>
        <extracomment>Labels of history fields that are not client fields (client fields: the field registry).</extracomment>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="87"/>
        <location filename="../../jssc_desktop/ui/clients/detail.py" line="121"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No. registrasi</source>
        <translation type="vanished">Registration no.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>No. Registrasi</source>
        <extracomment>Rows asked for by each further page: fewer round trips when scrolling far (a page of 1,000 takes a few milliseconds), while the first page stays small so the list opens at once. Columns sorted in SQL: (sort key, whether the key runs opposite to the column). A database record until the row is first asked for, then its ClientRow. Emitted after every (re)load and fetch with the number of matching clients. Emitted when loading failed; the page shows the error.</extracomment>
        <translation type="vanished">Registration No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation type="vanished">M/F</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/model.py" line="135"/>
        <source>Umur</source>
        <extracomment>Rows asked for by each further page: fewer round trips when scrolling far (a page of 2,000 takes about 10 ms at 100,000 clients, of which the unit of work and the service are a few tenths of a millisecond), while the first page stays small so the list opens at once. The client field (``domain/fields.py``) each column shows, which gives its header in the list and in the list&apos;s export; None for a column worked out from other fields. Columns sorted in SQL: (sort key, whether the key runs opposite to the column). A database record until the row is first asked for, then its ClientRow. Emitted after every (re)load and fetch with the number of matching clients. Emitted when loading failed; the page shows the error.</extracomment>
        <translation>Age</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="vanished">NIK</translation>
    </message>
    <message>
        <source>Kab/Kota</source>
        <translation type="vanished">Regency/City</translation>
    </message>
    <message>
        <source>Kategori PPKS</source>
        <translation type="vanished">PPKS category</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation type="vanished">Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/model.py" line="230"/>
        <source>Kolom ini tidak dapat diurutkan; pakai penyaring di atas tabel.</source>
        <translation>This column cannot be sorted; use the filters above the table.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="52"/>
        <source>Klien</source>
        <extracomment>Changes that alter what the client list shows (stages, statuses, enrolments for the filter). F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="54"/>
        <source>Cari nama, NIK atau nomor registrasi…</source>
        <translation>Search name, NIK or registration number…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="63"/>
        <source>Klien baru</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="64"/>
        <source>Daftarkan klien baru (Ctrl+N)</source>
        <translation>Register a new client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="68"/>
        <source>Impor Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="69"/>
        <source>Masukkan daftar klien dari berkas Excel</source>
        <translation>Import a list of clients from an Excel file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="74"/>
        <source>Daftar klien</source>
        <translation>Client list</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="80"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="85"/>
        <source>Semua kategori PPKS</source>
        <translation>All PPKS categories</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="87"/>
        <source>Semua tahapan</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="88"/>
        <source>Semua kab/kota</source>
        <translation>All regencies/cities</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="90"/>
        <source>Semua program</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Semua program pelatihan</source>
        <translation type="vanished">All training programmes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="98"/>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="99"/>
        <source>Hapus pencarian dan semua penyaring</source>
        <translation>Clear the search and all filters</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="136"/>
        <source>Klik dua kali sebuah baris untuk membuka data klien. Kolom bertanda panah dapat diurutkan.</source>
        <translation>Double-click a row to open the client&apos;s record. Columns marked with an arrow can be sorted.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/page.py" line="143"/>
        <source>Buka data</source>
        <translation>Open record</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/clients/page.py" line="203"/>
        <source>{n} klien</source>
        <translation>
            <numerusform>{n} client</numerusform>
            <numerusform>{n} clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="107"/>
        <source>Ubah angkatan</source>
        <translation>Edit cohort</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="107"/>
        <source>Angkatan baru</source>
        <translation>New cohort</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="115"/>
        <source>mis. Angkatan I 2026</source>
        <translation>e.g. Cohort I 2026</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="122"/>
        <source>— belum ditentukan —</source>
        <translation>— not decided yet —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="128"/>
        <source> JP</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="129"/>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="130"/>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="vanished">Programme</translation>
    </message>
    <message>
        <source>Nama angkatan</source>
        <translation type="vanished">Cohort name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="118"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="120"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="vanished">Tutor</translation>
    </message>
    <message>
        <source>Rencana JP</source>
        <translation type="vanished">Planned hours</translation>
    </message>
    <message>
        <source>Kapasitas</source>
        <translation type="vanished">Capacity</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="153"/>
        <source>Catat persetujuan pemrosesan data</source>
        <translation>Record consent to data processing</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="156"/>
        <source>Sesuai UU 27/2022, catat persetujuan klien dan, untuk anak atau bila perlu, persetujuan wali atau keluarga.</source>
        <translation>As required by Law 27/2022, record the client&apos;s consent and, for children or when needed, the consent of a guardian or family member.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="169"/>
        <source>mis. data identitas, kesehatan dan foto untuk layanan rehabilitasi dan laporan ke Dinas Sosial</source>
        <translation>e.g. identity data, health data and photo for rehabilitation services and reporting to the Social Services Office</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="172"/>
        <source>Diberikan oleh</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="173"/>
        <source>Nama pemberi *</source>
        <translation>Given by (name) *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="174"/>
        <source>Tanggal *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="175"/>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="178"/>
        <source>Simpan persetujuan</source>
        <translation>Save consent</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="146"/>
        <source>Beranda</source>
        <extracomment>Everything the dashboard counts. F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="158"/>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="313"/>
        <source>Penghuni</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="159"/>
        <source>Klien per tahapan</source>
        <translation>Clients by stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="160"/>
        <source>Sedang pelatihan</source>
        <translation>In training</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="161"/>
        <source>Kehadiran bulan ini</source>
        <translation>This month&apos;s attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="162"/>
        <source>Bimbingan lanjut terlambat</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="163"/>
        <source>Usulan menunggu keputusan</source>
        <translation>Requests awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="175"/>
        <source>Peserta angkatan saya</source>
        <translation>Participants of my cohorts</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="189"/>
        <source>Penghuni per tahapan rehabilitasi</source>
        <translation>Residents by rehabilitation stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="223"/>
        <source>Keadaan per {day}</source>
        <translation>Situation as of {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/dashboard.py" line="228"/>
        <source>{n} angkatan sedang berjalan</source>
        <translation>
            <numerusform>{n} cohort running</numerusform>
            <numerusform>{n} cohorts running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="231"/>
        <source>Kapasitas {capacity}; bulan ini masuk {admitted}, keluar {discharged}</source>
        <translation>Capacity {capacity}; this month {admitted} admitted, {discharged} discharged</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="237"/>
        <source>{residents} / {capacity}</source>
        <translation>{residents} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="240"/>
        <source>Terisi {share}; bulan ini masuk {admitted}, keluar {discharged}</source>
        <translation>{share} occupied; this month {admitted} admitted, {discharged} discharged</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="250"/>
        <source>{stage}: {n}</source>
        <translation>{stage}: {n}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="253"/>
        <source>Belum ada penghuni</source>
        <translation>No residents yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="257"/>
        <source>{cohorts}, {tracks}</source>
        <translation>{cohorts}, {tracks}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/dashboard.py" line="258"/>
        <source>{n} angkatan berjalan</source>
        <translation>
            <numerusform>{n} cohort running</numerusform>
            <numerusform>{n} cohorts running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/dashboard.py" line="260"/>
        <source>{n} program</source>
        <translation>
            <numerusform>{n} programme</numerusform>
            <numerusform>{n} programmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="265"/>
        <source>{month}: {sessions}, {jp}</source>
        <translation>{month}: {sessions}, {jp}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/dashboard.py" line="267"/>
        <source>{n} pertemuan</source>
        <translation>
            <numerusform>{n} session</numerusform>
            <numerusform>{n} sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/dashboard.py" line="269"/>
        <source>{n} JP</source>
        <translation>
            <numerusform>{n} hour</numerusform>
            <numerusform>{n} hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="296"/>
        <source>Tutor aktif: {n}</source>
        <translation>Active tutors: {n}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="297"/>
        <source>Klien terdaftar sejak awal: {n}</source>
        <translation>Clients registered since the start: {n}</translation>
    </message>
    <message>
        <source>Terbanyak: {stage} ({n})</source>
        <translation type="vanished">Most: {stage} ({n})</translation>
    </message>
    <message>
        <source>{n} tahap</source>
        <translation type="vanished">{n} stages</translation>
    </message>
    <message>
        <source>{cohorts} angkatan berjalan, {tracks} program</source>
        <translation type="vanished">{cohorts} cohorts running, {tracks} programmes</translation>
    </message>
    <message>
        <source>{month}: {sessions} pertemuan, {jp} JP</source>
        <translation type="vanished">{month}: {sessions} sessions, {jp} hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="270"/>
        <source>Belum ada pertemuan bulan ini</source>
        <translation>No sessions this month yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="274"/>
        <source>{due} jatuh tempo dalam 30 hari ke depan</source>
        <translation>{due} due in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="279"/>
        <source>{n} sedang dianggarkan atau dikerjakan</source>
        <translation>{n} being budgeted or in progress</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="290"/>
        <source>Peserta pelatihan per program</source>
        <translation>Training participants by programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/dashboard.py" line="292"/>
        <source>Belum ada peserta aktif.</source>
        <translation>No active participants yet.</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="123"/>
        <source>Basis data yang dipakai sekarang</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Database in use now</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="125"/>
        <source>Berkas SQLite di komputer ini</source>
        <translation>SQLite file on this computer</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="126"/>
        <source>Server PostgreSQL (dipakai bersama beberapa komputer)</source>
        <translation>PostgreSQL server (shared by several computers)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="131"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="132"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="132"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="135"/>
        <source>Versi struktur data</source>
        <translation>Data structure version</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="139"/>
        <source>Saat dibuka berikutnya</source>
        <translation>At the next start</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="142"/>
        <source>Pilihan folder data</source>
        <translation>Data folder choice</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="149"/>
        <source>Buka folder basis data</source>
        <translation>Open database folder</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="160"/>
        <source>Hanya Administrator yang dapat mengubah lokasi data atau server basis data.</source>
        <translation>Only the Administrator can change the data location or the database server.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="178"/>
        <source>Satu komputer: cukup berkas SQLite. Beberapa komputer di satu UPT: pasang PostgreSQL di satu komputer server, lalu pilih server itu di setiap komputer. Jangan membagi berkas SQLite lewat folder jaringan: berkas dapat rusak bila dua komputer menulis bersamaan.</source>
        <translation>One computer: an SQLite file is enough. Several computers in one UPT: install PostgreSQL on one server computer, then choose that server on every computer. Do not share the SQLite file through a network folder: the file can be damaged when two computers write at the same time.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="192"/>
        <source>{host}:{port}, basis data &apos;{name}&apos;, pengguna &apos;{user}&apos;</source>
        <translation>{host}:{port}, database &apos;{name}&apos;, user &apos;{user}&apos;</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="197"/>
        <source>Lokasi folder data (berkas SQLite)</source>
        <translation>Data folder location (SQLite file)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="201"/>
        <source>Bersama untuk semua pengguna PC ini</source>
        <translation>Shared by all users of this PC</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="202"/>
        <source>Hanya untuk pengguna Windows ini</source>
        <translation>Only for this Windows user</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="203"/>
        <source>Folder lain…</source>
        <translation>Another folder…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="206"/>
        <source>(belum dipilih)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="207"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="223"/>
        <source>Simpan lokasi</source>
        <translation>Save location</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="225"/>
        <source>Salin basis data ke lokasi baru</source>
        <translation>Copy the database to the new location</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="232"/>
        <source>Folder ini memuat basis data, cadangan dan catatan log. Pilihan berlaku untuk akun Windows Anda dan baru dipakai saat aplikasi dibuka berikutnya. Basis data yang ada TIDAK dipindahkan otomatis: gunakan &apos;Salin basis data ke lokasi baru&apos; agar data yang sekarang ikut terbawa; tanpa salinan, aplikasi mulai dengan basis data kosong di folder baru.</source>
        <translation>This folder holds the database, backups and log files. The choice applies to your Windows account and takes effect the next time the application is opened. The existing database is NOT moved automatically: use &apos;Copy the database to the new location&apos; to take the current data along; without a copy, the application starts with an empty database in the new folder.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="248"/>
        <source>Server PostgreSQL (beberapa PC)</source>
        <translation>PostgreSQL server (several PCs)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="252"/>
        <source>mis. 192.168.1.10 atau server-upt</source>
        <translation>e.g. 192.168.1.10 or server-upt</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="264"/>
        <source>kosongkan bila sudah tersimpan</source>
        <translation>leave empty if already saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="265"/>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="266"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="267"/>
        <source>Nama basis data</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="268"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="269"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="277"/>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="525"/>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="527"/>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="534"/>
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="279"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="281"/>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="583"/>
        <source>Kembali ke berkas SQLite</source>
        <translation>Back to the SQLite file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="288"/>
        <source>Kata sandi disimpan di penyimpanan kata sandi Windows (Pengelola Kredensial), tidak pernah di berkas. Server yang disimpan dipakai saat aplikasi dibuka berikutnya; bila strukturnya belum ada, aplikasi membuatnya.</source>
        <translation>The password is kept in the Windows password store (Credential Manager), never in a file. The saved server is used the next time the application is opened; if its structure does not exist yet, the application creates it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="334"/>
        <source>{name} ({folder})</source>
        <translation>{name} ({folder})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="335"/>
        <source>Folder lain</source>
        <translation>Another folder</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="361"/>
        <source>Variabel lingkungan {name} diatur di komputer ini; selama ada, variabel itu menentukan basis data dan pilihan server di bawah tidak dipakai.</source>
        <translation>The {name} environment variable is set on this computer; while it exists, it decides the database and the server choice below is not used.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="366"/>
        <source>Variabel lingkungan JSSC_DATA_DIR menentukan folder data ({path}); pilihan lokasi folder di bawah baru dipakai bila variabel itu dihapus.</source>
        <translation>The JSSC_DATA_DIR environment variable sets the data folder ({path}); the folder choice below only applies once that variable is removed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="373"/>
        <source>alamat dari variabel {name}</source>
        <translation>address from the {name} variable</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="375"/>
        <source>server PostgreSQL {server}</source>
        <translation>PostgreSQL server {server}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="380"/>
        <source>berkas SQLite {path}</source>
        <translation>SQLite file {path}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="382"/>
        <source>berkas SQLite di folder data</source>
        <translation>SQLite file in the data folder</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="405"/>
        <source>Pilih folder data</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="414"/>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="434"/>
        <source>Lokasi folder data</source>
        <translation>Data folder location</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="415"/>
        <source>Pilih dulu folder lain dengan tombol &apos;Pilih folder…&apos;.</source>
        <translation>First choose another folder with the &apos;Choose folder…&apos; button.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="424"/>
        <source>Pilihan lokasi tidak dapat disimpan: {error}.</source>
        <translation>The location choice cannot be saved: {error}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="431"/>
        <source>Lokasi folder data disimpan: {folder}.</source>
        <translation>Data folder location saved: {folder}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="435"/>
        <source>Di folder itu belum ada basis data. Salin basis data yang sekarang ke sana?</source>
        <translation>There is no database in that folder yet. Copy the current database there?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="437"/>
        <source>Basis data yang ada tidak dipindahkan otomatis. Tanpa salinan, aplikasi mulai dengan basis data kosong di folder baru saat dibuka berikutnya.</source>
        <translation>The existing database is not moved automatically. Without a copy, the application starts with an empty database in the new folder the next time it is opened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="440"/>
        <source>Salin sekarang</source>
        <translation>Copy now</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="440"/>
        <source>Jangan salin</source>
        <translation>Don&apos;t copy</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="444"/>
        <source>Di folder itu sudah ada basis data; basis data itulah yang dipakai saat aplikasi dibuka berikutnya.</source>
        <translation>That folder already holds a database; that database is used the next time the application is opened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="451"/>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="462"/>
        <source>Salin basis data</source>
        <translation>Copy database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="452"/>
        <source>Pilih dulu folder tujuan.</source>
        <translation>First choose the destination folder.</translation>
    </message>
    <message>
        <source>Menyalin dan memeriksa basis data…</source>
        <translation type="vanished">Copying and verifying the database…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="458"/>
        <source>Basis data disalin dan diperiksa: {path}.</source>
        <translation>The database was copied and verified: {path}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="463"/>
        <source>Menyalin basis data ke {folder}…</source>
        <translation>Copying the database to {folder}…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="475"/>
        <source>alamat server</source>
        <translation>server address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="476"/>
        <source>nama basis data</source>
        <translation>database name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="477"/>
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="481"/>
        <source>Isian belum lengkap</source>
        <translation>Incomplete input</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="482"/>
        <source>Isi {fields}.</source>
        <translation>Fill in {fields}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="488"/>
        <source>Isian belum benar</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="489"/>
        <source>Alamat server hanya berisi nama komputer atau alamat IP, mis. 192.168.1.10.</source>
        <translation>The server address is only a computer name or an IP address, e.g. 192.168.1.10.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="535"/>
        <source>Menghubungi server {server}…</source>
        <translation>Contacting server {server}…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="552"/>
        <source>Komputer ini tidak memiliki penyimpanan kata sandi sistem operasi, jadi kata sandi TIDAK disimpan (juga tidak di berkas mana pun). Server hanya dapat dipakai bila mengizinkan masuk tanpa kata sandi, atau bila alamat lengkapnya diberikan lewat variabel lingkungan {name}.</source>
        <translation>This computer has no operating-system password store, so the password is NOT saved (nor in any file). The server can only be used if it allows sign-in without a password, or if its full address is given through the {name} environment variable.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="562"/>
        <source>Kata sandi tidak disimpan: {reason}</source>
        <translation>The password was not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="573"/>
        <source>Kata sandi tidak disimpan</source>
        <translation>Password not saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="574"/>
        <source>Server PostgreSQL {server} disimpan sebagai basis data untuk akun Windows ini.</source>
        <translation>PostgreSQL server {server} was saved as the database for this Windows account.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="576"/>
        <source>Kata sandi disimpan di penyimpanan kata sandi sistem operasi, tidak di berkas.</source>
        <translation>The password is kept in the operating system&apos;s password store, not in a file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="584"/>
        <source>Berhenti memakai server PostgreSQL dan kembali ke berkas SQLite di folder data saat aplikasi dibuka berikutnya?</source>
        <translation>Stop using the PostgreSQL server and go back to the SQLite file in the data folder the next time the application is opened?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="586"/>
        <source>Data di server tidak dihapus dan tidak disalin ke berkas SQLite.</source>
        <translation>The data on the server is neither deleted nor copied to the SQLite file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="588"/>
        <source>Kembali ke SQLite</source>
        <translation>Back to SQLite</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="597"/>
        <source>Pilihan server PostgreSQL dihapus; aplikasi memakai berkas SQLite saat dibuka berikutnya.</source>
        <translation>The PostgreSQL server choice was removed; the application uses the SQLite file the next time it is opened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="604"/>
        <source>Perubahan berlaku saat aplikasi dibuka berikutnya.</source>
        <translation>The change takes effect the next time the application is opened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="607"/>
        <source>Pengaturan basis data</source>
        <translation>Database settings</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="608"/>
        <source>Tutup aplikasi sekarang?</source>
        <translation>Close the application now?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="609"/>
        <source>Tutup aplikasi</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="609"/>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Satu komputer: data disimpan dalam satu berkas SQLite di folder data pengguna. Cadangkan berkas ini secara teratur (tab Cadangan).</source>
        <translation type="vanished">One computer: the data is kept in a single SQLite file in the user&apos;s data folder. Back up this file regularly (Backups tab).</translation>
    </message>
    <message>
        <source>Beberapa komputer di satu UPT: pasang PostgreSQL di satu komputer server, lalu jalankan aplikasi di setiap komputer dengan alamat server itu, misalnya --db postgresql://jssc@192.168.1.10/jssc atau variabel lingkungan JSSC_DATABASE_URL. Semua komputer lalu melihat data yang sama; bila dua orang mengubah data yang sama, perubahan kedua ditolak dengan pesan, tidak ditimpa.</source>
        <translation type="vanished">Several computers in one UPT: install PostgreSQL on one server computer, then run the application on every computer with that server address, for example --db postgresql://jssc@192.168.1.10/jssc or the JSSC_DATABASE_URL environment variable. All computers then see the same data; when two people change the same record, the second change is refused with a message instead of overwriting the first.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="317"/>
        <source>{rev} (terbaru)</source>
        <translation>{rev} (latest)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/database_tab.py" line="319"/>
        <source>{rev} (terbaru: {head})</source>
        <translation>{rev} (latest: {head})</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="113"/>
        <source>Terminasi klien</source>
        <translation>Discharge client</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="115"/>
        <source>Terminasi mengakhiri masa layanan klien di UPT. Keikutsertaan pelatihan tidak berubah; kelulusan dicatat di halaman Pelatihan.</source>
        <translation>A discharge ends the client&apos;s period of service at the UPT. Training enrolments do not change; graduation is recorded on the Training page.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="117"/>
        <source>— pilih alasan —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="120"/>
        <source>mis. orang tua (Bapak Sutrisno), Dinas Sosial Kab. Malang</source>
        <translation>e.g. parent (Mr Sutrisno), Malang Regency Social Services Office</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="124"/>
        <source>Nomor dan ringkasan berita acara serah terima</source>
        <translation>Number and summary of the handover record</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="130"/>
        <source>Alasan *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="131"/>
        <source>Tanggal terminasi *</source>
        <translation>Discharge date *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="132"/>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="133"/>
        <source>Berita acara</source>
        <translation>Official record</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="134"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="138"/>
        <source>Simpan terminasi</source>
        <translation>Save discharge</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="116"/>
        <source>Periksa sebelum menyimpan</source>
        <extracomment>What saving a client changes, for every open list and detail.</extracomment>
        <translation>Check before saving</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="120"/>
        <source>Kemungkinan data ganda: klien berikut sudah terdaftar.</source>
        <translation>Possible duplicate: the following clients are already registered.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="126"/>
        <source>tanpa tanggal</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="127"/>
        <source>{name} — {reg_no}, lahir {born} ({reason})</source>
        <translation>{name} — {reg_no}, born {born} ({reason})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="135"/>
        <source>Buka data klien terpilih</source>
        <translation>Open the selected client</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="140"/>
        <source>NIK yang sama tidak boleh dipakai dua kali. Buka data klien yang sudah ada, atau periksa lagi NIK yang diketik.</source>
        <translation>The same NIK cannot be used twice. Open the existing client&apos;s record, or check the NIK you typed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="144"/>
        <source>Bila ini memang orang yang berbeda, tekan &apos;Tetap simpan&apos;. Bila orang yang sama, batalkan dan buka data yang sudah ada.</source>
        <translation>If this really is a different person, press &apos;Save anyway&apos;. If it is the same person, cancel and open the existing record.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="147"/>
        <source>Catatan pemeriksaan NIK:</source>
        <translation>NIK check notes:</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="156"/>
        <source>Perbedaan ini boleh disimpan (dokumen klien sering tidak lengkap), tetapi sebaiknya diperiksa dan dibetulkan kemudian.</source>
        <translation>These differences may be saved (clients&apos; documents are often incomplete), but they should be checked and corrected later.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="162"/>
        <source>Tetap simpan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="162"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/form.py" line="164"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="281"/>
        <source>Daftarkan peserta ke {name}</source>
        <translation>Enrol participants in {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="282"/>
        <source>Daftarkan</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="286"/>
        <source>Tanggal masuk</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="287"/>
        <source>Cari nama, NIK atau nomor registrasi…</source>
        <translation>Search name, NIK or registration number…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="301"/>
        <source>Centang semua yang tampil</source>
        <translation>Tick all shown</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="303"/>
        <source>Hapus semua centang</source>
        <translation>Untick all</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="322"/>
        <source>{n} klien dipilih</source>
        <translation>
            <numerusform>{n} client selected</numerusform>
            <numerusform>{n} clients selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="342"/>
        <source>Menampilkan {shown} dari {total} klien aktif; ketik nama untuk mencari yang lain. Centang tetap tersimpan saat mencari.</source>
        <translation>
            <numerusform>Showing {shown} of {total} active client; type a name to find others. Ticks are kept while searching.</numerusform>
            <numerusform>Showing {shown} of {total} active clients; type a name to find others. Ticks are kept while searching.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="346"/>
        <source>{total} klien aktif ditemukan.</source>
        <translation>
            <numerusform>{total} active client found.</numerusform>
            <numerusform>{total} active clients found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="356"/>
        <source>Centang minimal satu klien.</source>
        <translation>Tick at least one client.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="116"/>
        <location filename="../../jssc_desktop/ui/export.py" line="316"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="117"/>
        <source>Mengambil semua baris daftar…</source>
        <translation>Fetching every row of the list…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="118"/>
        <location filename="../../jssc_desktop/ui/export.py" line="157"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/export.py" line="148"/>
        <source>Daftar ini berisi {n} baris.</source>
        <extracomment>Above this many rows, loading a lazy list completely is confirmed first.</extracomment>
        <translation>
            <numerusform>This list has {n} row.</numerusform>
            <numerusform>This list has {n} rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/export.py" line="150"/>
        <source>Daftar ini berisi lebih dari {n} baris.</source>
        <translation>
            <numerusform>This list has more than {n} row.</numerusform>
            <numerusform>This list has more than {n} rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="154"/>
        <source>Ekspor daftar besar</source>
        <translation>Export a large list</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="155"/>
        <source>Mengambil semuanya dapat memakan waktu beberapa menit dan berkasnya akan besar. Ekspor semua baris?</source>
        <translation>Fetching everything can take a few minutes and the file will be large. Export all rows?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="157"/>
        <source>Ekspor semua</source>
        <translation>Export all</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="242"/>
        <source>Menulis berkas…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="270"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="270"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="272"/>
        <source>Ekspor {title}</source>
        <translation>Export {title}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="328"/>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/export.py" line="329"/>
        <source>{n} baris diekspor ke:
{path}</source>
        <translation>
            <numerusform>{n} row exported to:
{path}</numerusform>
            <numerusform>{n} rows exported to:
{path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="332"/>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="332"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="364"/>
        <source>Simpan daftar yang tampil ke berkas Excel atau CSV</source>
        <translation>Save the list shown to an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/export.py" line="368"/>
        <location filename="../../jssc_desktop/ui/export.py" line="373"/>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="108"/>
        <source>Ubah usulan {number}</source>
        <extracomment>The button of each workflow step, by the status it leads to.</extracomment>
        <translation>Edit request {number}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="109"/>
        <source>Usulan revitalisasi baru</source>
        <translation>New revitalization request</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="112"/>
        <source>mis. Penggantian sepeda motor praktik</source>
        <translation>e.g. Replacement of the practice motorcycle</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="122"/>
        <source>— tidak terkait program —</source>
        <translation>— not linked to a programme —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="129"/>
        <source>Kondisi saat ini, kebutuhan, dan manfaatnya bagi pelatihan/penghuni</source>
        <translation>Current condition, the need, and the benefit for training/residents</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation type="vanished">Funding source</translation>
    </message>
    <message>
        <source>Perkiraan biaya (RAB)</source>
        <translation type="vanished">Estimated cost (budget plan)</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation type="vanished">Priority</translation>
    </message>
    <message>
        <source>Program terkait</source>
        <translation type="vanished">Related programme</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation type="vanished">Description</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="170"/>
        <source>Usulan revitalisasi sarana dan prasarana</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Facility and infrastructure revitalization requests</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="172"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Fisik dan nonfisik</source>
        <translation type="vanished">Physical and non-physical</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="185"/>
        <source>Cari nomor atau judul…</source>
        <translation>Search number or title…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="188"/>
        <source>Usulan baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="250"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation type="vanished">Cost</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="193"/>
        <source>Usulan revitalisasi</source>
        <translation>Revitalization requests</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="214"/>
        <source>Tampilkan lebih banyak</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="234"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="368"/>
        <source>Pilih usulan di sebelah kiri</source>
        <translation>Choose a request on the left</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="241"/>
        <source>Ubah isi usulan</source>
        <translation>Edit request</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="246"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="250"/>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="251"/>
        <source>Perkiraan biaya</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="251"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="252"/>
        <source>Program terkait</source>
        <translation>Related programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="252"/>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="253"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="253"/>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="254"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Selesai</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="273"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation type="vanished">Change</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="vanished">By</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="285"/>
        <source>Foto dan dokumen</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="287"/>
        <source>Foto sebelum…</source>
        <translation>Photo before…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="288"/>
        <source>Foto sesudah…</source>
        <translation>Photo after…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="289"/>
        <source>Dokumen…</source>
        <translation>Document…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="290"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="331"/>
        <source>Menampilkan {shown} dari {total} usulan</source>
        <translation>
            <numerusform>Showing {shown} of {total} request</numerusform>
            <numerusform>Showing {shown} of {total} requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Menampilkan {shown} dari {total} usulan; persempit dengan filter.</source>
        <translation type="vanished">Showing {shown} of {total} requests; narrow them down with the filters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="177"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="333"/>
        <source>{total} usulan</source>
        <translation>
            <numerusform>{total} request</numerusform>
            <numerusform>{total} requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="379"/>
        <source>Status: &lt;b style=&apos;color:{color}&apos;&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b style=&apos;color:{color}&apos;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="384"/>
        <source>Ubah status menjadi {name}</source>
        <translation>Change status to {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="393"/>
        <source>Menunggu tindakan {roles}.</source>
        <translation>Waiting for {roles} to act.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="394"/>
        <source> atau </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="395"/>
        <source>Menunggu tindakan pengguna lain.</source>
        <translation>Waiting for another user to act.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="409"/>
        <source>(tanpa uraian)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="420"/>
        <source>oleh {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="424"/>
        <source>Belum ada perubahan status.</source>
        <translation>No status changes yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="449"/>
        <source>{kind}: {name}, {size} KB, ditambahkan {day}</source>
        <translation>{kind}: {name}, {size} KB, added {day}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="490"/>
        <source>menolak</source>
        <translation>being rejected</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="491"/>
        <source>mengembalikan ke draf</source>
        <translation>being returned to draft</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="492"/>
        <source>{step} usulan</source>
        <translation>Request: {step}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="494"/>
        <source>Tuliskan alasan {what} usulan {number} ({title}). Alasan ini dicatat di riwayat dan dapat dibaca pengusul.</source>
        <translation>Write the reason why request {number} ({title}) is {what}. The reason is recorded in the history and can be read by the person who made the request.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="501"/>
        <source>Ubah status usulan {number} ({title}) dari {old} menjadi {new}?</source>
        <translation>Change the status of request {number} ({title}) from {old} to {new}?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="515"/>
        <source>Pilih foto sebelum</source>
        <translation>Choose &quot;before&quot; photos</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="516"/>
        <source>Pilih foto sesudah</source>
        <translation>Choose &quot;after&quot; photos</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="517"/>
        <source>Pilih dokumen</source>
        <translation>Choose documents</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="549"/>
        <source>Pilih lampiran</source>
        <translation>Choose an attachment</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="550"/>
        <source>Pilih dahulu foto atau dokumen yang ingin dibuka.</source>
        <translation>First choose the photo or document to open.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Anggarkan</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Kembalikan ke draf</source>
        <translation>Return to draft</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Mulai dikerjakan</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="383"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="493"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="497"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="500"/>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="503"/>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="520"/>
        <source>Dokumen (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Semua berkas (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/facility.py" line="520"/>
        <source>Gambar (*.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Images (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="80"/>
        <location filename="../../jssc_desktop/ui/fields.py" line="22"/>
        <source>Identitas</source>
        <extracomment>The translation context of every label in this module.</extracomment>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="81"/>
        <location filename="../../jssc_desktop/ui/fields.py" line="22"/>
        <source>Alamat dan Rujukan</source>
        <translation>Address and Referral</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="82"/>
        <location filename="../../jssc_desktop/ui/fields.py" line="22"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="83"/>
        <location filename="../../jssc_desktop/ui/fields.py" line="22"/>
        <source>Keluarga dan Wali</source>
        <translation>Family and Guardian</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="179"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="307"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="340"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="359"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="398"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="418"/>
        <source>Nomor data</source>
        <extracomment>the client form&apos;s tab (None: not on the form) header written in the import template (None: the label); the import also accepts aliases hint in the import template&apos;s instructions the example row of the import template column header when the record kind is exported (None: not exported on its own) a shorter header for the field&apos;s column in a list (and so in the list&apos;s export), where ``export`` would crowd the list on a 1024-pixel screen (None: ``export``) shown masked (NIK, KK) rather than hidden from roles that may not see sensitive data Columns every record kind has for record keeping, not describing anyone.</extracomment>
        <translation>Record number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="180"/>
        <source>Nomor registrasi</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="182"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="267"/>
        <source>Nama untuk pencarian</source>
        <translation>Name for searching</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="204"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="208"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="212"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="216"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="189"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="193"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="194"/>
        <source>Alasan tanpa NIK</source>
        <translation>Reason for no NIK</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="198"/>
        <source>Nomor KK</source>
        <translation>Family card (KK) number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="236"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="238"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="242"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="328"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="217"/>
        <source>Alamat asal</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="221"/>
        <source>Kabupaten/kota asal</source>
        <translation>Home regency/city</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="246"/>
        <source>Sumber rujukan</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="228"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="232"/>
        <source>Kategori PPKS</source>
        <translation>PPKS category</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="261"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="266"/>
        <source>Tanggal masuk</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="233"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="269"/>
        <source>Catatan kesehatan</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="250"/>
        <source>Nama wali/keluarga</source>
        <translation>Guardian/family name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="254"/>
        <source>Hubungan wali</source>
        <translation>Guardian&apos;s relationship</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="257"/>
        <source>Telepon wali</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="271"/>
        <source>Alamat wali</source>
        <translation>Guardian&apos;s address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="273"/>
        <source>Catatan keluarga</source>
        <translation>Family notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="275"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="276"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="352"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="433"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="434"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="277"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="278"/>
        <source>Tahapan</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="279"/>
        <source>Tanggal terminasi</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="281"/>
        <source>Alasan terminasi</source>
        <translation>Discharge reason</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="283"/>
        <source>Catatan terminasi</source>
        <translation>Discharge notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="285"/>
        <source>Berita acara serah terima</source>
        <translation>Handover record</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="287"/>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="289"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="291"/>
        <source>Dianonimkan pada</source>
        <translation>Anonymised on</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="293"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="299"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="294"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="300"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="295"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="301"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="308"/>
        <source>Nama tutor</source>
        <translation>Tutor name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="187"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="310"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="181"/>
        <source>No. Registrasi</source>
        <translation>Registration No.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="207"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="226"/>
        <source>Kab/Kota asal</source>
        <translation>Home regency/city</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="227"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="311"/>
        <source>Jenis tutor</source>
        <translation>Tutor type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="315"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="317"/>
        <source>Jenis mitra</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="320"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="322"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="323"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="325"/>
        <source>Keahlian</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="326"/>
        <source>Sertifikasi</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="330"/>
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="331"/>
        <source>Honor per JP</source>
        <translation>Fee per lesson hour</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="333"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="341"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="343"/>
        <source>Nama angkatan</source>
        <translation>Cohort name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="345"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="346"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="348"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="440"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="350"/>
        <source>Rencana JP</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="351"/>
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="360"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="401"/>
        <source>Peserta angkatan</source>
        <translation>Cohort enrolment</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="362"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="399"/>
        <source>Klien</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="363"/>
        <source>Bulan ke-</source>
        <translation>Months after</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="364"/>
        <source>Bulan ke</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="365"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="366"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="367"/>
        <source>Tanggal dilakukan</source>
        <translation>Date done</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="368"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="369"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="370"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="371"/>
        <source>Tempat kerja/usaha</source>
        <translation>Workplace/business</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="373"/>
        <source>Penghasilan per bulan</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="374"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="375"/>
        <source>Bantuan yang diterima</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="377"/>
        <source>Kondisi bantuan</source>
        <translation>Condition of the aid</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="379"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="409"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="380"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="410"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="384"/>
        <source>Terbaru sejak</source>
        <translation>Latest since</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="385"/>
        <source>Terbaru sampai</source>
        <translation>Latest until</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="386"/>
        <source>Program pelatihan</source>
        <translation>Training programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="390"/>
        <source>Bimbingan lanjut berikutnya</source>
        <translation>Next follow-up done</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="403"/>
        <source>Bentuk bantuan</source>
        <translation>Aid given</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="405"/>
        <source>Nilai bantuan</source>
        <translation>Aid value</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="407"/>
        <source>Tanggal diberikan</source>
        <translation>Date given</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="419"/>
        <source>Nomor usulan</source>
        <translation>Request number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="420"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="421"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="422"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="314"/>
        <location filename="../../jssc_desktop/domain/fields.py" line="423"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="425"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="426"/>
        <source>Program terkait</source>
        <translation>Related programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="428"/>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="430"/>
        <source>Perkiraan biaya (RAB)</source>
        <translation>Estimated cost (budget plan)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="431"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="432"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="435"/>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="436"/>
        <source>Tanggal diajukan</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/fields.py" line="438"/>
        <source>Tanggal diputuskan</source>
        <translation>Decided on</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="114"/>
        <source>Langkah 1 dari 4 · Pilih berkas Excel</source>
        <translation>Step 1 of 4 · Choose the Excel file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="116"/>
        <source>Pilih buku kerja Excel (.xlsx) berisi daftar klien dan lembar yang memuat datanya. Belum ada data yang disimpan sampai langkah terakhir.</source>
        <translation>Choose an Excel workbook (.xlsx) with a list of clients, and the sheet that holds the data. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="121"/>
        <source>Pilih buku kerja Excel (.xlsx) berisi {what} dan lembar yang memuat datanya. Belum ada data yang disimpan sampai langkah terakhir.</source>
        <translation>Choose the Excel workbook (.xlsx) with the {what} and the sheet that holds it. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="130"/>
        <source>Berkas Excel</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="133"/>
        <source>Belum ada berkas yang dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="135"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="138"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="152"/>
        <source>Baris judul di atas tabel dan sel yang digabung tidak masalah: baris judul kolom dicari otomatis. Di langkah berikutnya Anda dapat memeriksa kolom mana berisi data apa, lalu melihat pratinjau setiap baris sebelum menyimpan.</source>
        <translation>Title rows above the table and merged cells are fine: the row of column headings is found automatically. In the next step you can check which column holds which data, then preview every row before saving.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="161"/>
        <source>Belum punya berkas yang rapi? Unduh templat kosong: judul kolom, contoh pengisian, pilihan untuk jenis kelamin, kab/kota dan jenis PPKS, serta lembar petunjuk.</source>
        <translation>No tidy file yet? Download the empty template: column headings, a sample row, choice lists for sex, regency/city and PPKS category, and an instructions sheet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="163"/>
        <source>Unduh templat</source>
        <translation>Download template</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="176"/>
        <source>Pilih berkas Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="176"/>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="225"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="193"/>
        <source>Buku kerja ini tidak berisi lembar apa pun.</source>
        <translation>This workbook contains no sheets.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="219"/>
        <source>Templat impor klien.xlsx</source>
        <translation>Client import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="220"/>
        <source>Templat impor tutor.xlsx</source>
        <translation>Tutor import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="221"/>
        <source>Templat impor kehadiran.xlsx</source>
        <translation>Attendance import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="222"/>
        <source>Templat impor bimbingan lanjut.xlsx</source>
        <translation>Follow-up import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="225"/>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="239"/>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="242"/>
        <source>Templat disimpan</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="240"/>
        <source>Templat impor disimpan di:
{path}</source>
        <translation>Import template saved at:
{path}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="243"/>
        <source>Templat impor klien disimpan di:
{path}

Isi satu klien per baris mulai di bawah baris contoh (baris contoh boleh dibiarkan; baris itu dilewati), lalu pilih berkas itu di sini.</source>
        <translation>The client import template was saved at:
{path}

Fill in one client per row, starting below the sample row (the sample row may stay; it is skipped), then choose that file here.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="219"/>
        <source>Penyiapan pertama — JSSC Desktop</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>First-time setup — JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="223"/>
        <source>Berikutnya &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="224"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="225"/>
        <source>Simpan dan mulai</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="226"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="242"/>
        <source>Simpan, lanjutkan &gt;</source>
        <translation>Save, continue &gt;</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="260"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="261"/>
        <source>Basis data baru masih disiapkan. Tunggu sebentar, lalu coba lagi.</source>
        <translation>The new database is still being prepared. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="318"/>
        <location filename="../../jssc_desktop/ui/first_run.py" line="324"/>
        <location filename="../../jssc_desktop/ui/first_run.py" line="349"/>
        <source>Data demo</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="319"/>
        <source>Data demo adalah data sebuah UPT. Pilih &apos;Instalasi UPT&apos; untuk membukanya.</source>
        <translation>The demo data is a UPT&apos;s data. Choose &apos;UPT installation&apos; to open it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="325"/>
        <source>Pembuat data demo belum tersedia di versi aplikasi ini.</source>
        <translation>Demo data is not available in this version of the application yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="334"/>
        <source>Membuat data demo</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="335"/>
        <source>Membuat data demo; tunggu sebentar…</source>
        <translation>Creating demo data; please wait…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="345"/>
        <source>Data demo siap. Masuk dengan salah satu akun berikut:</source>
        <translation>The demo data is ready. Sign in with one of these accounts:</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="347"/>
        <source>• {role}: nama pengguna {username}, kata sandi {password}</source>
        <translation>• {role}: user name {username}, password {password}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="72"/>
        <source>Hasil bimbingan lanjut</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="75"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({reg})&lt;br&gt;{track} — {cohort}, lulus {graduated}&lt;br&gt;Bimbingan lanjut bulan ke-{months}, jatuh tempo {due}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({reg})&lt;br&gt;{track} — {cohort}, graduated {graduated}&lt;br&gt;Follow-up at month {months}, due {due}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="90"/>
        <source>Nama tempat kerja atau usaha</source>
        <translation>Name of the workplace or business</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="94"/>
        <source>mis. mesin jahit dan obras (kosongkan bila tidak)</source>
        <translation>e.g. sewing and overlock machines (leave empty if none)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="96"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>Cara</source>
        <translation type="vanished">Method</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="vanished">Outcome</translation>
    </message>
    <message>
        <source>Tempat kerja/usaha</source>
        <translation type="vanished">Workplace/business</translation>
    </message>
    <message>
        <source>Penghasilan per bulan</source>
        <translation type="vanished">Monthly income</translation>
    </message>
    <message>
        <source>Bantuan usaha diterima</source>
        <translation type="vanished">Business aid received</translation>
    </message>
    <message>
        <source>Kondisi bantuan</source>
        <translation type="vanished">Condition of the aid</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="146"/>
        <source>Penghasilan tidak biasa</source>
        <translation>Unusual income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="147"/>
        <source>Ya, angkanya benar</source>
        <translation>Yes, the figure is right</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="148"/>
        <source>Periksa lagi</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="170"/>
        <source>Bimbingan lanjut lulusan</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Follow-up of graduates</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="173"/>
        <source>Daftar bimbingan lanjut</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="174"/>
        <source>Efektivitas program</source>
        <translation>Programme effectiveness</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="192"/>
        <source>Catat hasil…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="195"/>
        <source>Cari nama atau no. registrasi</source>
        <translation>Search name or registration no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="198"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="200"/>
        <source>Masukkan hasil bimbingan lanjut yang dicatat di Excel</source>
        <translation>Bring in follow-up results recorded in Excel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="205"/>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="275"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="213"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="214"/>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="215"/>
        <source>Program / angkatan</source>
        <translation>Programme / cohort</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="217"/>
        <source>Lulus</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <source>Bulan ke</source>
        <translation type="vanished">Month</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="187"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="187"/>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="225"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="225"/>
        <source>{n} hari</source>
        <translation>
            <numerusform>{n} day</numerusform>
            <numerusform>{n} days</numerusform>
        </translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="vanished">Outcome</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation type="vanished">Income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="238"/>
        <source>Tampilkan lebih banyak</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="246"/>
        <source>Bimbingan lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="258"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="260"/>
        <source>Lulus dari</source>
        <translation>Graduated from</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="261"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="263"/>
        <source>Per program: lulusan pada rentang tanggal itu (kosong = semua) dan hasil bimbingan lanjut terakhir mereka. &apos;Bekerja/usaha&apos; = bekerja, wirausaha atau KUBE; persentase dihitung dari lulusan yang sudah dipantau.</source>
        <translation>Per programme: graduates in that date range (empty = all) and their latest follow-up outcome. &apos;Working/business&apos; = employed, self-employed or in a KUBE joint business group; percentages are of the graduates already followed up.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="278"/>
        <source>Bekerja/
usaha</source>
        <translation>Working/
business</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="283"/>
        <source>Median
penghasilan</source>
        <translation>Median
income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="295"/>
        <source>Melanjutkan
pendidikan</source>
        <translation>Continuing
education</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="296"/>
        <source>Tidak
bekerja</source>
        <translation>Not
working</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="297"/>
        <source>Tidak dapat
dihubungi</source>
        <translation>Could not be
reached</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="366"/>
        <source>Tersimpan: bimbingan lanjut {name} bulan ke-{months} ({outcome}), {day}. Data ini kini ada di daftar &quot;Selesai&quot;.</source>
        <translation>Saved: follow-up of {name}, month {months} ({outcome}), {day}. It is now in the &quot;Done&quot; list.</translation>
    </message>
    <message>
        <source>Per program: lulusan pada rentang tanggal itu (kosong = semua) dan hasil bimbingan lanjut terakhir mereka. &apos;Bekerja/berusaha&apos; = bekerja, wirausaha atau KUBE; persentase dihitung dari lulusan yang sudah dipantau.</source>
        <translation type="vanished">Per programme: graduates in that date range (empty = all) and their latest follow-up outcome. &apos;Working/self-employed&apos; = employed, self-employed or in a KUBE joint business group; percentages are of the graduates already followed up.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="276"/>
        <source>Lulusan</source>
        <translation>Graduates</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="277"/>
        <source>Dipantau</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Bekerja/berusaha</source>
        <translation type="vanished">Working/self-employed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="280"/>
        <source>Persentase</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Median penghasilan</source>
        <translation type="vanished">Median income</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="295"/>
        <source>KUBE</source>
        <translation>KUBE</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation type="vanished">School</translation>
    </message>
    <message>
        <source>Tdk bekerja</source>
        <translation type="vanished">Not working</translation>
    </message>
    <message>
        <source>Tdk terhubung</source>
        <translation type="vanished">Unreachable</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="316"/>
        <source>Semua program</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Menampilkan {shown} dari {total}</source>
        <translation type="vanished">Showing {shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="187"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/followups.py" line="187"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="40"/>
        <source> menit</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="42"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="45"/>
        <source>mis. Malang</source>
        <translation>e.g. Malang</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="46"/>
        <source>Kunci layar otomatis setelah</source>
        <translation>Lock the screen automatically after</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="48"/>
        <source>Bila aplikasi tidak disentuh selama itu, layar dikunci dan kata sandi diminta lagi, agar data klien tidak terlihat orang yang lewat.</source>
        <translation>When the application is not used for that long, the screen is locked and the password is asked again, so that passers-by cannot see client data.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="50"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="51"/>
        <source>Perubahan bahasa berlaku saat aplikasi dibuka berikutnya.</source>
        <translation>A change of language takes effect the next time the application starts.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="53"/>
        <source>Tempat penandatanganan laporan</source>
        <translation>Place where reports are signed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="55"/>
        <source>Tercetak di atas tanda tangan Kepala UPT, mis. &apos;Malang, 30 November 2026&apos;.</source>
        <translation>Printed above the signature of the Head of UPT, e.g. &apos;Malang, 30 November 2026&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="57"/>
        <source>Batas penghasilan wajar per bulan</source>
        <translation>Usual monthly income ceiling</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="59"/>
        <source>Hasil bimbingan lanjut dengan penghasilan di atas batas ini harus dikonfirmasi (salah ketik satu angka nol mengubah median penghasilan di laporan).</source>
        <translation>A follow-up result with an income above this ceiling must be confirmed (one zero typed too many changes the median income in the report).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="65"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="106"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/general_tab.py" line="106"/>
        <source>Pengaturan telah disimpan.</source>
        <translation>The settings have been saved.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="195"/>
        <source>Panduan pengguna — JSSC Desktop</source>
        <extracomment>The guide&apos;s topics in the order of its contents list (file ``&lt;topic&gt;.md`` in each language). Pictures wider than this are shown scaled down (they are 1024 px screenshots). A section&apos;s anchor, written after its heading: ``## Pengguna {#users}``. where the last section shown starts, in document pixels (tests read it)</extracomment>
        <translation>User guide — JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="200"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="200"/>
        <source>Topik sebelumnya</source>
        <translation>Previous topic</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="201"/>
        <source>Maju</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="201"/>
        <source>Topik berikutnya</source>
        <translation>Next topic</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="202"/>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="203"/>
        <source>Halaman awal panduan</source>
        <translation>The guide&apos;s first page</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/help.py" line="265"/>
        <source>{topic} — Panduan pengguna</source>
        <translation>{topic} — User guide</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="243"/>
        <source>Impor Data Klien dari Excel</source>
        <extracomment>Sheets of our own template that never hold clients. Header text (normalised) → client field, the same names the importer recognises by itself. What each import kind writes, announced to the open pages when it is done. What can be imported: clients (services.imports) and the table kinds (services.table_import). F1 opens the guide at this topic (ui/help.py) True while a sheet is read or planned in the background. A new plan is available (``self.plan``). Reading or planning failed; the exception (its message is shown on the page). True while the import runs. The user&apos;s decisions the plan reads (follow-ups: ``confirm_high_income``).</extracomment>
        <translation>Import Client Data from Excel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="244"/>
        <source>Impor Data Tutor dari Excel</source>
        <translation>Import Tutors from Excel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="245"/>
        <source>Impor Kehadiran dari Excel</source>
        <translation>Import Attendance from Excel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="246"/>
        <source>Impor Hasil Bimbingan Lanjut dari Excel</source>
        <translation>Import Follow-up Results from Excel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="252"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="253"/>
        <source>Berikutnya &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="254"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/wizard.py" line="255"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/__init__.py" line="19"/>
        <source>Impor data dari Excel hanya dapat dilakukan oleh Administrator dan Staf Administrasi.</source>
        <translation>Only the Administrator and Administrative Staff can import data from Excel.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/__init__.py" line="19"/>
        <source>Tidak berhak</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="90"/>
        <source>data tutor</source>
        <translation>tutor data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="91"/>
        <source>catatan kehadiran</source>
        <translation>attendance records</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="92"/>
        <source>hasil bimbingan lanjut</source>
        <translation>follow-up results</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="94"/>
        <source>data klien</source>
        <translation>client data</translation>
    </message>
</context>
<context>
    <name>JSSC</name>
    <message>
        <source>gambar {kb} KB</source>
        <translation type="vanished">image {kb} KB</translation>
    </message>
    <message>
        <source>Data dianonimkan</source>
        <translation type="vanished">Data anonymised</translation>
    </message>
    <message>
        <source>Data pribadi dibuka</source>
        <translation type="vanished">Personal data viewed</translation>
    </message>
    <message>
        <source>Foto diganti</source>
        <translation type="vanished">Photo replaced</translation>
    </message>
    <message>
        <source>Impor data</source>
        <translation type="vanished">Import data</translation>
    </message>
    <message>
        <source>Pendaftaran klien</source>
        <translation type="vanished">Client registration</translation>
    </message>
    <message>
        <source>Perubahan data</source>
        <translation type="vanished">Record changed</translation>
    </message>
    <message>
        <source>Pindah tahapan</source>
        <translation type="vanished">Change stage</translation>
    </message>
    <message>
        <source>Terminasi</source>
        <translation type="vanished">Discharge</translation>
    </message>
    <message>
        <source>Wajib diisi</source>
        <translation type="vanished">Required</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation type="vanished">Continue</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="vanished">{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="vanished">{n} MB</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation type="vanished">Backups</translation>
    </message>
    <message>
        <source>Fitur cadangan belum tersedia di versi ini.</source>
        <translation type="vanished">Backups are not available in this version yet.</translation>
    </message>
    <message>
        <source>Menyalin dan memeriksa basis data…</source>
        <translation type="vanished">Copying and verifying the database…</translation>
    </message>
    <message>
        <source>Cadangan dibuat dan diperiksa:
{path}</source>
        <translation type="vanished">Backup created and verified:
{path}</translation>
    </message>
    <message>
        <source>Cadangan dibuat tetapi pemeriksaannya gagal:
{path}</source>
        <translation type="vanished">Backup created, but its verification failed:
{path}</translation>
    </message>
    <message>
        <source>Membuat cadangan basis data…</source>
        <translation type="vanished">Backing up the database…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="vanished">Close</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="vanished">Yes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="129"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Data sudah ada</source>
        <translation>Record already exists</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="127"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Data tidak ditemukan</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="131"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="126"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Isian belum benar</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="130"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Langkah tidak diizinkan</source>
        <translation>Step not allowed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="132"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Masalah basis data</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/widgets.py" line="128"/>
        <location filename="../../jssc_desktop/ui/widgets.py" line="155"/>
        <source>Tidak berhak</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="vanished">Cannot continue</translation>
    </message>
    <message>
        <source>Data telah diubah pengguna lain</source>
        <translation type="vanished">The record was changed by another user</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation type="vanished">Reload</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation type="vanished">An error occurred</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga; tidak ada data yang hilang dari basis data. Rinciannya telah dicatat di berkas log untuk petugas TI.</source>
        <translation type="vanished">An unexpected error occurred; no data was lost from the database. The details have been written to the log file for the IT officer.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Mohon tunggu</source>
        <translation type="vanished">Please wait</translation>
    </message>
    <message>
        <source>Sedang bekerja…</source>
        <translation type="vanished">Working…</translation>
    </message>
    <message>
        <source>Membatalkan… menunggu langkah yang sedang berjalan.</source>
        <translation type="vanished">Cancelling… waiting for the current step to finish.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="64"/>
        <location filename="../../jssc_desktop/ui/login.py" line="109"/>
        <source>Masuk — JSSC Desktop</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Sign in — JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="74"/>
        <location filename="../../jssc_desktop/ui/login.py" line="110"/>
        <source>JSSC Desktop</source>
        <translation>JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="112"/>
        <source>Data klien, pelatihan dan laporan UPT Dinas Sosial Provinsi Jawa Timur</source>
        <translation>Clients, training and reports of the UPTs of the East Java Provincial Social Services Office</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="113"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="114"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="95"/>
        <location filename="../../jssc_desktop/ui/login.py" line="115"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="95"/>
        <location filename="../../jssc_desktop/ui/login.py" line="116"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="143"/>
        <source>Membuka basis data …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="151"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="156"/>
        <source>Menunggu basis data siap …</source>
        <translation>Waiting for the database …</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="177"/>
        <source>Kata sandi harus diganti sebelum dapat memakai aplikasi.</source>
        <translation>The password must be changed before the application can be used.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="168"/>
        <source>HANYA-BACA: basis data ini rusak. Data dapat dilihat dan dicetak, tetapi tidak ada perubahan yang disimpan. Administrator: pulihkan cadangan terverifikasi terbaru (Pengaturan → Cadangan).</source>
        <extracomment>the page&apos;s class, imported when the area is first opened (start-up stays quick) The user signed out (Berkas → Keluar akun): the application shows the login again.</extracomment>
        <translation>READ-ONLY: this database is damaged. Data can be viewed and printed, but no change is saved. Administrator: restore the newest verified backup (Settings → Backups).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="199"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="200"/>
        <source>Klien</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="201"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="203"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="205"/>
        <source>Tutor</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="206"/>
        <source>Usulan Revitalisasi</source>
        <translation>Revitalization requests</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="208"/>
        <source>Bimbingan Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="210"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="212"/>
        <location filename="../../jssc_desktop/ui/main_window.py" line="226"/>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="213"/>
        <location filename="../../jssc_desktop/ui/main_window.py" line="227"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="220"/>
        <source>Dasbor Provinsi</source>
        <translation>Province Dashboard</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="222"/>
        <source>Terima Paket</source>
        <translation>Receive Packages</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="224"/>
        <source>Laporan Provinsi</source>
        <translation>Province Report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="255"/>
        <source>Halaman ini tidak dapat dibuka karena kesalahan program. Rinciannya telah dicatat di berkas log; halaman lain tetap dapat dipakai.</source>
        <translation>This page cannot be opened because of a program error. The details have been written to the log file; the other pages can still be used.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="258"/>
        <source>Halaman ini belum tersedia di versi aplikasi ini.</source>
        <translation>This page is not available in this version of the application yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="375"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="377"/>
        <source>Klien &amp;baru…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="382"/>
        <source>&amp;Impor Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="383"/>
        <source>Masukkan daftar klien dari berkas Excel</source>
        <translation>Import a list of clients from an Excel file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="387"/>
        <source>&amp;Cadangkan data sekarang</source>
        <translation>&amp;Back up data now</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="391"/>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="394"/>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="398"/>
        <source>Keluar akun / &amp;ganti pengguna</source>
        <translation>Sign out / &amp;switch user</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="402"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="407"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="415"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="419"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="423"/>
        <source>Layar &amp;penuh</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="429"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="430"/>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="438"/>
        <source>Pintasan &amp;keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="441"/>
        <source>Apa yang &amp;baru</source>
        <translation>&amp;What&apos;s new</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="445"/>
        <source>&amp;Tentang JSSC Desktop</source>
        <translation>&amp;About JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="458"/>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="460"/>
        <source>Basis data: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="469"/>
        <source>JSSC Desktop — Dinas Sosial Provinsi Jawa Timur</source>
        <translation>JSSC Desktop — East Java Provincial Social Affairs Office</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="483"/>
        <source>Tentang JSSC Desktop</source>
        <translation>About JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="484"/>
        <source>JSSC Desktop {version}</source>
        <translation>JSSC Desktop {version}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="485"/>
        <source>Data klien, pelatihan, tutor, bimbingan lanjut, usulan revitalisasi dan laporan periodik UPT Dinas Sosial Provinsi Jawa Timur.

Basis data: {db}
Qt for Python {qt}</source>
        <translation>Clients, training, tutors, follow-up, revitalization requests and periodic reports of the UPTs of the East Java Provincial Social Services Office.

Database: {db}
Qt for Python {qt}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="494"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="494"/>
        <source>Kata sandi Anda telah diganti.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/main_window.py" line="521"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="50"/>
        <source>Langkah 2 dari 4 · Cocokkan kolom</source>
        <translation>Step 2 of 4 · Match the columns</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="52"/>
        <source>Periksa kolom mana di berkas Anda berisi data apa. Kolom yang belum dikenali ditandai kuning: pilih isinya, atau biarkan &apos;(abaikan)&apos;.</source>
        <translation>Check which column of your file holds which data. Columns not recognised are marked yellow: choose what they contain, or leave &apos;(ignore)&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="60"/>
        <source>Baris judul kolom di lembar:</source>
        <translation>Row of column headings in the sheet:</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="64"/>
        <source>Nomor baris (seperti di Excel) yang berisi judul kolom. Ditemukan otomatis; ubah bila salah.</source>
        <translation>The row number (as in Excel) that holds the column headings. Found automatically; change it if it is wrong.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="79"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="79"/>
        <source>Judul di berkas</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="79"/>
        <source>Diisi ke data</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="80"/>
        <source>Contoh isi 1</source>
        <translation>Sample 1</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="80"/>
        <source>Contoh isi 2</source>
        <translation>Sample 2</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="80"/>
        <source>Contoh isi 3</source>
        <translation>Sample 3</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="81"/>
        <source>Galat</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="136"/>
        <source>Membaca berkas dan memeriksa setiap baris…</source>
        <translation>Reading the file and checking every row…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="137"/>
        <source>Memeriksa ulang setiap baris dengan pemetaan baru…</source>
        <translation>Checking every row again with the new mapping…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="145"/>
        <source>Berkas tidak dapat diperiksa karena kesalahan program; rinciannya dicatat di berkas log.</source>
        <translation>The file cannot be checked because of a program error; the details have been written to the log file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="158"/>
        <source>{file}, lembar {sheet}: {rows} baris data</source>
        <translation>
            <numerusform>{file}, sheet {sheet}: {rows} data row</numerusform>
            <numerusform>{file}, sheet {sheet}: {rows} data rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="193"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="195"/>
        <source>{label} (wajib)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="249"/>
        <source>Kolom ini belum dikenali dan akan diabaikan; pilih isinya bila perlu diimpor.</source>
        <translation>This column is not recognised and will be ignored; choose what it contains if it should be imported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="259"/>
        <source>{n} galat di kolom ini; rinciannya di langkah berikutnya.</source>
        <translation>
            <numerusform>{n} error in this column; the details are in the next step.</numerusform>
            <numerusform>{n} errors in this column; the details are in the next step.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="269"/>
        <source>Belum dikenali, akan diabaikan: {names}.</source>
        <translation>Not recognised, will be ignored: {names}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="274"/>
        <source>Kolom wajib belum ada: {names}. Pilih kolom berkas yang berisi data itu.</source>
        <translation>Required columns are missing: {names}. Choose the columns of the file that hold that data.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="278"/>
        <source>Hasil pemeriksaan: {new} baris siap diimpor, {skipped} dilewati, {bad}.</source>
        <translation>
            <numerusform>Check result: {new} row ready to import, {skipped} skipped, {bad}.</numerusform>
            <numerusform>Check result: {new} rows ready to import, {skipped} skipped, {bad}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/mapping_page.py" line="281"/>
        <source>{n} baris bermasalah</source>
        <translation>
            <numerusform>{n} row with problems</numerusform>
            <numerusform>{n} rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Hasil pemeriksaan: {new} baris siap diimpor, {skipped} dilewati, {bad} baris bermasalah.</source>
        <translation type="vanished">Check result: {new} rows ready to import, {skipped} skipped, {bad} rows with problems.</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="76"/>
        <source>Pindah tahapan rehabilitasi</source>
        <translation>Move to another rehabilitation stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="82"/>
        <source>Tahap sekarang</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="93"/>
        <source>Tahap berikutnya</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="94"/>
        <source>Mulai tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="95"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="99"/>
        <source>Terminasi dicatat lewat tombol Terminasi (dengan alasan dan berita acara).</source>
        <translation>A discharge is recorded with the Discharge button (with a reason and an official record).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="100"/>
        <source>Simpan tahapan</source>
        <translation>Save stage</translation>
    </message>
</context>
<context>
    <name>PackageBox</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="42"/>
        <source>Kirim paket ke Dinsos</source>
        <translation>Send package to Dinsos</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="51"/>
        <source>Paket periode terpilih untuk Dinas Sosial Provinsi: angka agregat, PDF dan Excel, bertanda tangan. Simpan ke folder atau flashdisk.</source>
        <translation>The chosen period&apos;s package for the provincial Social Affairs Office: aggregate figures, PDF and Excel, signed. Save it to a folder or USB stick.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="54"/>
        <source>Kirim paket ke Dinsos…</source>
        <translation>Send package to Dinsos…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="65"/>
        <source>Pilih folder atau flashdisk tujuan paket</source>
        <translation>Choose the folder or USB stick for the package</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="73"/>
        <source>Paket untuk Dinsos</source>
        <translation>Package for Dinsos</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="74"/>
        <source>Membuat paket {label}…</source>
        <translation>Making the package for {label}…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="83"/>
        <source>Tersimpan: {file}
{period}, {status}. Tanpa data pribadi klien.</source>
        <translation>Saved: {file}
{period}, {status}. No client personal data.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="85"/>
        <source>Paket untuk Dinsos tersimpan</source>
        <translation>Package for Dinsos saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_package.py" line="86"/>
        <source>Paket disimpan sebagai {path}.

Periode: {period}. Status: {status}. Dibuat {when}.
Isi: data angka agregat (data.json), PDF dan Excel laporan, manifest bertanda tangan.
Tidak ada data pribadi di dalamnya: tanpa NIK, nama, alamat atau data kesehatan klien.

Kirim berkas ini ke Dinas Sosial Provinsi lewat surel atau flashdisk.</source>
        <translation>Package saved as {path}.

Period: {period}. Status: {status}. Made {when}.
Contents: aggregate figures (data.json), the report&apos;s PDF and Excel, a signed manifest.
No personal data inside: no client NIK, name, address or health data.

Send this file to the provincial Social Affairs Office by e-mail or on a USB stick.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="62"/>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="91"/>
        <source>Belum ada dokumen.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="72"/>
        <source>Pratinjau tidak tersedia di komputer ini. Dokumen tersimpan di {path}.</source>
        <translation>Preview is not available on this computer. The document is saved at {path}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="79"/>
        <source>Dokumen PDF tidak dapat ditampilkan.</source>
        <translation>The PDF document cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="99"/>
        <source>Komponen pencetak PDF tidak terpasang. Buka berkas {path} lalu cetak dari program PDF.</source>
        <translation>The PDF printing component is not installed. Open the file {path} and print it from a PDF program.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="99"/>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="105"/>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="106"/>
        <source>Dokumen PDF {path} tidak dapat dibuka.</source>
        <translation>The PDF document {path} cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="112"/>
        <source>Cetak {name}</source>
        <translation>Print {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/_pdf.py" line="126"/>
        <source>Printer tidak dapat dipakai. Periksa apakah printer menyala dan terhubung, lalu coba lagi.</source>
        <translation>The printer cannot be used. Check that the printer is switched on and connected, then try again.</translation>
    </message>
    <message>
        <source>Printer tidak dapat dipakai.</source>
        <translation type="vanished">The printer cannot be used.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/usecase.py" line="76"/>
        <source>Mohon konfirmasi</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/usecase.py" line="77"/>
        <source>Tetap simpan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/usecase.py" line="78"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/usecase.py" line="167"/>
        <source>Periode terkunci</source>
        <translation>Period locked</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/usecase.py" line="168"/>
        <source>Alasan koreksi:</source>
        <translation>Reason for the correction:</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <location filename="../../jssc_desktop/ui/paging.py" line="31"/>
        <source>Menampilkan {shown} dari {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="52"/>
        <source>Kuat. Ulangi kata sandi yang sama di kolom kedua.</source>
        <translation>Strong. Type the same passphrase again in the second field.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="54"/>
        <source>Kuat: kata sandi ini dapat dipakai.</source>
        <translation>Strong: this passphrase can be used.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="57"/>
        <source>Jenis</source>
        <extracomment>How many periods of each kind the chooser offers (newest first).</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="60"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="74"/>
        <source>{label} (berjalan)</source>
        <translation>{label} (ongoing)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="54"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="54"/>
        <source>Semester</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="54"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="54"/>
        <source>Triwulan</source>
        <translation>Quarterly</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="81"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="82"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="83"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="84"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="87"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="88"/>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/preview_model.py" line="89"/>
        <source>Bermasalah</source>
        <translation>Has problems</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="268"/>
        <source>Langkah 3 dari 4 · Pratinjau</source>
        <translation>Step 3 of 4 · Preview</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="270"/>
        <source>Apa yang akan terjadi pada setiap baris. Impor hanya berjalan bila tidak ada baris yang bermasalah; bila ada, tidak satu pun disimpan.</source>
        <translation>What will happen to each row. The import only runs when no row has problems; if any does, nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="272"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="285"/>
        <source>Hanya yang bermasalah</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="310"/>
        <source>Penghasilan di atas batas wajar memang benar (sudah diperiksa)</source>
        <translation>Incomes above the usual ceiling are correct (checked)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="319"/>
        <source>Simpan daftar galat…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="321"/>
        <source>Salinan berkas dengan kolom &apos;Keterangan Galat&apos; dan baris bermasalah berwarna merah, untuk diperbaiki lalu diimpor lagi.</source>
        <translation>A copy of the file with a &apos;Keterangan Galat&apos; (error remarks) column and the rows with problems in red, to correct and import again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="344"/>
        <source>Memeriksa ulang setiap baris…</source>
        <translation>Checking every row again…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="356"/>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;{n}&lt;/b&gt; baru</source>
        <translation>&lt;b style=&apos;font-size:13pt&apos;&gt;{n}&lt;/b&gt; new</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="358"/>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;{n}&lt;/b&gt; dilewati</source>
        <translation>&lt;b style=&apos;font-size:13pt&apos;&gt;{n}&lt;/b&gt; skipped</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="362"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;{n}&lt;/b&gt; bermasalah&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;{n}&lt;/b&gt; with problems&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="364"/>
        <source>{n} baris dengan {m}</source>
        <translation>
            <numerusform>{n} row with {m}</numerusform>
            <numerusform>{n} rows with {m}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="367"/>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="396"/>
        <source>{n} galat</source>
        <translation>
            <numerusform>{n} error</numerusform>
            <numerusform>{n} errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="394"/>
        <source>{n} baris bermasalah ({m})</source>
        <translation>
            <numerusform>{n} row with problems ({m})</numerusform>
            <numerusform>{n} rows with problems ({m})</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} baris dengan {m} galat</source>
        <translation type="vanished">{n} rows with {m} errors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="382"/>
        <source>Sedang memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="389"/>
        <source>kolom wajib {names} belum ada (pilih kolomnya di langkah 2)</source>
        <translation>required columns {names} are missing (choose them in step 2)</translation>
    </message>
    <message>
        <source>{n} baris bermasalah ({m} galat)</source>
        <translation type="vanished">{n} rows with problems ({m} errors)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="398"/>
        <source>Impor belum dapat dijalankan: {problems}. Perbaiki baris itu di Excel lalu pilih berkasnya lagi (langkah 1), atau ubah pemetaan kolom (langkah 2). &apos;Simpan daftar galat…&apos; membuat salinan berkas dengan keterangan di setiap baris yang bermasalah.</source>
        <translation>The import cannot run yet: {problems}. Correct those rows in Excel and choose the file again (step 1), or change the column mapping (step 2). &apos;Save error list…&apos; makes a copy of the file with a remark on every row that has a problem.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="404"/>
        <source>Tidak ada {what} baru untuk diimpor: semua baris sudah tersimpan atau dilewati.</source>
        <translation>No new {what} to import: every row is already stored or skipped.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="408"/>
        <source>Semua baris lolos pemeriksaan. Tekan &apos;Impor&apos; untuk menyimpan {n} baris {what} sekaligus; bila terjadi masalah, tidak ada yang tersimpan.</source>
        <translation>
            <numerusform>Every row passed the checks. Press &apos;Import&apos; to save {n} row of {what} at once; if anything goes wrong, nothing is saved.</numerusform>
            <numerusform>Every row passed the checks. Press &apos;Import&apos; to save {n} rows of {what} at once; if anything goes wrong, nothing is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor belum dapat dijalankan: {n} baris bermasalah ({m} galat). Perbaiki baris itu di Excel lalu pilih berkasnya lagi (langkah 1), atau ubah pemetaan kolom (langkah 2). &apos;Simpan daftar galat…&apos; membuat salinan berkas dengan keterangan di setiap baris yang bermasalah.</source>
        <translation type="vanished">The import cannot run yet: {n} rows have problems ({m} errors). Correct those rows in Excel and choose the file again (step 1), or change the column mapping (step 2). &apos;Save error list…&apos; makes a copy of the file with a remark on every row that has a problem.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="414"/>
        <source>Tidak ada klien baru untuk diimpor: semua baris sudah terdaftar atau dilewati.</source>
        <translation>There are no new clients to import: every row is already registered or skipped.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="418"/>
        <source>Semua baris lolos pemeriksaan. Tekan &apos;Impor&apos; untuk menyimpan {n} klien baru sekaligus; bila terjadi masalah, tidak ada yang tersimpan.</source>
        <translation>
            <numerusform>Every row passed the check. Press &apos;Import&apos; to save {n} new client at once; if anything goes wrong, nothing is saved.</numerusform>
            <numerusform>Every row passed the check. Press &apos;Import&apos; to save {n} new clients at once; if anything goes wrong, nothing is saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="435"/>
        <source>{stem} - galat.xlsx</source>
        <translation>{stem} - errors.xlsx</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="437"/>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="450"/>
        <source>Simpan daftar galat</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="437"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="442"/>
        <source>Pilih nama lain</source>
        <translation>Choose another name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="443"/>
        <source>Daftar galat tidak boleh menimpa berkas asli; pilih nama berkas lain.</source>
        <translation>The error list must not overwrite the original file; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="450"/>
        <source>Menulis salinan berkas…</source>
        <translation>Writing a copy of the file…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="454"/>
        <source>Daftar galat disimpan</source>
        <translation>Error list saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="455"/>
        <source>Salinan berkas dengan keterangan galat disimpan di:
{path}

Baris bermasalah berwarna merah dan keterangannya ada di kolom terakhir. Perbaiki, lalu impor berkas itu lagi; kolom &apos;Keterangan Galat&apos; akan diabaikan.</source>
        <translation>A copy of the file with error remarks was saved at:
{path}

Rows with problems are red and the remarks are in the last column. Correct them, then import that file again; the &apos;Keterangan Galat&apos; column will be ignored.</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="103"/>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="222"/>
        <source>Inventaris data pribadi</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Personal data inventory</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="106"/>
        <source>Data pribadi apa saja dan berapa banyak yang tersimpan di aplikasi ini. Bila laptop hilang atau data bocor, pemberitahuan tertulis wajib disampaikan paling lambat 3 × 24 jam (UU 27/2022); simpan laporan ini sebagai lampirannya. Angka-angka ini tidak memuat isi data pribadi.</source>
        <translation>Which personal data, and how much of it, is stored in this application. If a laptop is lost or data leaks, a written notification must be given within 3 × 24 hours (Law 27/2022); keep this report as its attachment. These figures contain no personal data themselves.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="116"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="116"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="134"/>
        <source>Hitung ulang</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="136"/>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="166"/>
        <source>Keadaan per {day}, dihitung {moment}.</source>
        <translation>Situation as of {day}, calculated {moment}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="206"/>
        <source>Berkas teks (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="207"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="209"/>
        <source>Simpan inventaris data pribadi</source>
        <translation>Save the personal data inventory</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="223"/>
        <source>Inventaris disimpan ke {path}.</source>
        <translation>The inventory was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="228"/>
        <source>Klien lama untuk ditinjau</source>
        <translation>Old clients to review</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="231"/>
        <source>Klien yang sudah diterminasi lebih lama dari masa simpan. Data pribadinya sebaiknya dianonimkan: nama, NIK, KK, alamat, kontak, wali, catatan kesehatan dan keluarga, serta foto dihapus; jenis kelamin, tahun lahir, jenis PPKS, kabupaten/kota asal, tanggal, tahapan, pelatihan dan hasil bimbingan lanjut tetap ada, sehingga angka laporan lama tidak berubah.</source>
        <translation>Clients discharged longer ago than the retention period. Their personal data should be anonymised: name, NIK, KK, address, contact details, guardian, health and family notes, and photo are deleted; sex, year of birth, PPKS category, home regency/city, dates, stages, training and follow-up outcomes remain, so the figures of past reports do not change.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="237"/>
        <source>Terminasi lebih dari</source>
        <translation>Discharged more than</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="240"/>
        <source> tahun lalu</source>
        <translation> years ago</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="248"/>
        <source>Jadikan masa simpan</source>
        <translation>Set as retention period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="250"/>
        <source>Simpan jumlah tahun ini sebagai masa simpan data UPT (juga dipakai di inventaris).</source>
        <translation>Save this number of years as the UPT&apos;s data retention period (also used in the inventory).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="256"/>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="257"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="258"/>
        <source>Terminasi</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="260"/>
        <source>Lama</source>
        <translation>Time since</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="261"/>
        <source>{n} tahun</source>
        <translation>
            <numerusform>{n} year</numerusform>
            <numerusform>{n} years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="274"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="276"/>
        <source>Anonimkan…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="299"/>
        <source>Tidak ada klien yang melewati masa simpan.</source>
        <translation>No client is past the retention period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="301"/>
        <source>{total} klien, {chosen} dipilih.</source>
        <translation>
            <numerusform>{total} client, {chosen} selected.</numerusform>
            <numerusform>{total} clients, {chosen} selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="310"/>
        <source>Masa simpan data</source>
        <translation>Data retention period</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="311"/>
        <source>Masa simpan data diatur menjadi {n} tahun.</source>
        <translation>
            <numerusform>The data retention period is set to {n} year.</numerusform>
            <numerusform>The data retention period is set to {n} years.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="320"/>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="320"/>
        <source>Pilih dulu klien di tabel.</source>
        <translation>First choose clients in the table.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="325"/>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="334"/>
        <source>Alasan anonimisasi</source>
        <translation>Reason for anonymisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="326"/>
        <source>Alasan menganonimkan {n} klien ({names}).
Contoh: masa simpan 10 tahun terlampaui, tinjauan tahunan.
Alasan wajib diisi dan dicatat di log audit.</source>
        <translation>
            <numerusform>Reason for anonymising {n} client ({names}).
Example: 10-year retention period exceeded, annual review.
The reason is required and is recorded in the audit log.</numerusform>
            <numerusform>Reason for anonymising {n} clients ({names}).
Example: 10-year retention period exceeded, annual review.
The reason is required and is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="335"/>
        <source>Alasan anonimisasi wajib diisi. Tidak ada data yang diubah.</source>
        <translation>A reason for the anonymisation is required. No data was changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="338"/>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="358"/>
        <source>Anonimkan data klien</source>
        <translation>Anonymise client data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="339"/>
        <source>Hapus data pribadi {n} klien secara permanen?</source>
        <translation>
            <numerusform>Permanently delete the personal data of {n} client?</numerusform>
            <numerusform>Permanently delete the personal data of {n} clients?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="342"/>
        <source>Langkah ini TIDAK DAPAT DIBATALKAN: nama, NIK, KK, alamat, kontak, data wali, catatan kesehatan dan keluarga, serta foto hilang untuk selamanya. Statistik laporan tetap. Cadangan lama masih memuat data sebelum anonimisasi; hapus cadangan lama sesuai aturan masa simpan.</source>
        <translation>This step CANNOT BE UNDONE: name, NIK, KK, address, contact details, guardian data, health and family notes, and photo are gone for good. Report statistics stay the same. Old backups still contain the data from before the anonymisation; delete old backups according to the retention rules.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="346"/>
        <source>Anonimkan permanen</source>
        <translation>Anonymise permanently</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="346"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/settings/privacy_tab.py" line="359"/>
        <source>{n} klien telah dianonimkan.</source>
        <translation>
            <numerusform>{n} client has been anonymised.</numerusform>
            <numerusform>{n} clients have been anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="29"/>
        <source>mis. UPT Rehabilitasi Sosial Bina Remaja Malang</source>
        <translation>e.g. &apos;UPT Rehabilitasi Sosial Bina Remaja Malang&apos;</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="31"/>
        <source>mis. UPT-RSBR-MLG</source>
        <translation>e.g. UPT-RSBR-MLG</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="36"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="42"/>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="45"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="47"/>
        <source>mis. Pembina Tingkat I (IV/b)</source>
        <translation>e.g. Pembina Tingkat I (IV/b)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="48"/>
        <source>Nama UPT *</source>
        <translation>UPT name *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="49"/>
        <source>Kode UPT *</source>
        <translation>UPT code *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="50"/>
        <source>Klaster layanan</source>
        <translation>Service cluster</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="51"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="52"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="53"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="54"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="55"/>
        <source>Kapasitas tampung</source>
        <translation>Residential capacity</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="56"/>
        <source>Nama Kepala UPT</source>
        <translation>Name of the Head of UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="57"/>
        <source>NIP Kepala UPT</source>
        <translation>NIP of the Head of UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/profile_form.py" line="58"/>
        <source>Pangkat/golongan Kepala UPT</source>
        <translation>Rank/grade of the Head of UPT</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="99"/>
        <source>Profil UPT</source>
        <translation>UPT profile</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="100"/>
        <source>Data ini tampil di kop surat dan tanda tangan laporan. Semua dapat diubah lagi di Pengaturan.</source>
        <translation>This information appears in the letterhead and signature block of reports. All of it can be changed later in Settings.</translation>
    </message>
    <message>
        <source>mis. UPT Rehabilitasi Sosial Bina Remaja Malang</source>
        <translation type="vanished">e.g. UPT Rehabilitasi Sosial Bina Remaja Malang</translation>
    </message>
    <message>
        <source>mis. UPT-RSBR-MLG</source>
        <translation type="vanished">e.g. UPT-RSBR-MLG</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation type="vanished">— choose —</translation>
    </message>
    <message>
        <source> orang</source>
        <translation type="vanished"> people</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation type="vanished">18 digits</translation>
    </message>
    <message>
        <source>Nama UPT *</source>
        <translation type="vanished">UPT name *</translation>
    </message>
    <message>
        <source>Kode UPT *</source>
        <translation type="vanished">UPT code *</translation>
    </message>
    <message>
        <source>Klaster layanan</source>
        <translation type="vanished">Service cluster</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="vanished">Address</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation type="vanished">Regency/city</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">Email</translation>
    </message>
    <message>
        <source>Kapasitas tampung</source>
        <translation type="vanished">Residential capacity</translation>
    </message>
    <message>
        <source>Nama Kepala UPT</source>
        <translation type="vanished">Name of the Head of UPT</translation>
    </message>
    <message>
        <source>NIP Kepala UPT</source>
        <translation type="vanished">NIP of the Head of UPT</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="51"/>
        <source>Simpan profil</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="57"/>
        <source>Hanya Administrator yang dapat mengubah profil UPT.</source>
        <translation>Only the Administrator can change the UPT profile.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="62"/>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="70"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="72"/>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="126"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="76"/>
        <source>PNG atau JPEG, paling besar 2 MB.</source>
        <translation>PNG or JPEG, at most 2 MB.</translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation type="vanished">No logo yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="90"/>
        <source>Belum ada logo: kop surat dan sertifikat memakai lambang netral bawaan.</source>
        <translation>No logo yet: letterheads and certificates carry a neutral default emblem.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="109"/>
        <source>Profil UPT</source>
        <translation>UPT profile</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="109"/>
        <source>Profil UPT telah disimpan.</source>
        <translation>The UPT profile has been saved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="112"/>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="113"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="120"/>
        <source>Berkas tidak dapat dibaca: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="126"/>
        <source>Hapus logo dari kop surat?</source>
        <translation>Remove the logo from the letterhead?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/profile_tab.py" line="127"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="24"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="25"/>
        <source>Diterima (pengganti)</source>
        <translation>Received (replacement)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="26"/>
        <source>Diterima (paket lama)</source>
        <translation>Received (older package)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="27"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="34"/>
        <source>Paket disimpan.</source>
        <translation>Package saved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="35"/>
        <source>Paket disimpan dan menggantikan paket sebelumnya dari UPT dan periode ini; keduanya disimpan.</source>
        <translation>Package saved; it replaces the earlier package of this UPT and period. Both are kept.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="37"/>
        <source>Paket disimpan sebagai paket lama: sudah ada paket yang dibuat lebih baru.</source>
        <translation>Package saved as an older package: a package made later is already here.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/common.py" line="38"/>
        <source>Berkas yang sama sudah pernah diterima; tidak ada yang berubah.</source>
        <translation>The same file was already received; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="46"/>
        <source>Memeriksa {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="50"/>
        <source>Berkas tidak dapat dibaca: {why}.</source>
        <translation>The file cannot be read: {why}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="43"/>
        <source>Menyusun berkas {name} ({n} dari {total})…</source>
        <translation>Writing the {name} file ({n} of {total})…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="48"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="58"/>
        <source>Menyusun dan mengarsipkan laporan yang disetujui…</source>
        <translation>Making and archiving the approved report…</translation>
    </message>
</context>
<context>
    <name>ProvinceDashboardPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="104"/>
        <source>Dasbor provinsi</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Province dashboard</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="114"/>
        <source>Memuat data provinsi…</source>
        <translation>Loading the province figures…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="126"/>
        <source>UPT yang sudah mengirim</source>
        <translation>UPTs that have sent</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="127"/>
        <source>UPT terlambat</source>
        <translation>UPTs late</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="128"/>
        <source>Klien pada akhir periode</source>
        <translation>Clients at the end of the period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="129"/>
        <source>Lulusan pelatihan</source>
        <translation>Training graduates</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="130"/>
        <source>Tingkat kehadiran</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="131"/>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="315"/>
        <source>Bekerja/berwirausaha</source>
        <translation>Employed/self-employed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="158"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="159"/>
        <source>UPT</source>
        <translation>UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="160"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="161"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="165"/>
        <source>Klien akhir</source>
        <translation>Clients at end</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="167"/>
        <source>Masuk</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="169"/>
        <source>Keluar</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="171"/>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="201"/>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="314"/>
        <source>Lulusan</source>
        <translation>Graduates</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="173"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="182"/>
        <source>Lihat laporan UPT…</source>
        <translation>View UPT report…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="185"/>
        <source>Pilih UPT yang sudah mengirim untuk melihat laporannya (PDF dari paket).</source>
        <translation>Choose a UPT that has sent to see its report (the PDF from its package).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="186"/>
        <source>Per UPT</source>
        <translation>By UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="200"/>
        <source>Program keterampilan</source>
        <translation>Training programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="203"/>
        <source>Terpantau</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="205"/>
        <source>Bekerja/usaha</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="207"/>
        <source>% bekerja/usaha</source>
        <translation>% working</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="211"/>
        <source>Efektivitas program</source>
        <translation>Track effectiveness</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="260"/>
        <source>PERBAIKAN KE-{n}</source>
        <translation>CORRECTION {n}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="261"/>
        <source>SEMENTARA</source>
        <translation>PROVISIONAL</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="262"/>
        <source>DISETUJUI</source>
        <translation>APPROVED</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="270"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="272"/>
        <source>Belum mengirim</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="279"/>
        <source>Laporan {label} jatuh tempo {due}. Angka provinsi dari paket terakhir tiap UPT.</source>
        <translation>Reports for {label} are due on {due}. Province figures come from each UPT&apos;s latest package.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="281"/>
        <source>{sent} dari {known}</source>
        <translation>{sent} of {known}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="283"/>
        <source>{waiting} belum mengirim, masih dalam waktu</source>
        <translation>{waiting} not sent yet, still in time</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="287"/>
        <source>masuk {admitted}, keluar {discharged}</source>
        <translation>admitted {admitted}, discharged {discharged}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="293"/>
        <source>{n} dari {m} lulusan terpantau</source>
        <translation>
            <numerusform>{n} of {m} graduate followed up</numerusform>
            <numerusform>{n} of {m} graduates followed up</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="305"/>
        <source>Lulusan dan yang bekerja/berwirausaha per program</source>
        <translation>Graduates and employed/self-employed by track</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="348"/>
        <source>Belum ada paket</source>
        <translation>No package yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="349"/>
        <source>{name} belum mengirim paket {label}.</source>
        <translation>{name} has not sent its package for {label} yet.</translation>
    </message>
</context>
<context>
    <name>ProvinceReportPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="79"/>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="221"/>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="233"/>
        <source>Laporan provinsi</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Province report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="81"/>
        <source>Laporan gabungan satu periode dari paket terakhir setiap UPT: jumlah provinsi, satu baris per UPT dengan status dan tanggal diterima, UPT yang belum mengirim, asal klien dan efektivitas program keterampilan.</source>
        <translation>The combined report of one period from each UPT&apos;s latest package: province totals, one row per UPT with its status and the day it arrived, UPTs that have not sent, clients&apos; origin and training track effectiveness.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="84"/>
        <source>Pilih laporan</source>
        <translation>Choose the report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="98"/>
        <source>Buat laporan provinsi…</source>
        <translation>Make province report…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="105"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="107"/>
        <source>Belum ada laporan yang dibuat.</source>
        <translation>No report made yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="112"/>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="119"/>
        <source>Status laporan</source>
        <translation>Report status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="124"/>
        <source>Setujui laporan provinsi…</source>
        <translation>Approve the province report…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="128"/>
        <source>Hanya pimpinan Dinsos Provinsi yang dapat menyetujui laporan provinsi.</source>
        <translation>Only the head of the provincial Social Services Office can approve the province report.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="154"/>
        <source>DISETUJUI oleh {name} pada {when}. PDF dan XLSX yang dibuat adalah arsip yang disetujui.</source>
        <translation>APPROVED by {name} on {when}. The PDF and XLSX made are the approved archive.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="158"/>
        <source>PERBAIKAN KE-{n}: ada paket UPT yang diterima setelah laporan disetujui; laporan perlu disetujui lagi.</source>
        <translation>CORRECTION {n}: a UPT package arrived after the report was approved; the report needs approving again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="161"/>
        <source>SEMENTARA: belum disetujui pimpinan; angka dapat berubah bila UPT mengirim paket baru.</source>
        <translation>PROVISIONAL: not approved by the head yet; the figures may change when a UPT sends a new package.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="164"/>
        <source>Belum ada paket UPT untuk periode ini.</source>
        <translation>No UPT package for this period yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="166"/>
        <source>{n} UPT sudah mengirim paket.</source>
        <translation>
            <numerusform>{n} UPT has sent its package.</numerusform>
            <numerusform>{n} UPTs have sent their packages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="169"/>
        <source>Periode belum berakhir; laporan dapat disetujui setelah periode berakhir.</source>
        <translation>The period has not ended; the report can be approved once it has.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="188"/>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="198"/>
        <source>Setujui laporan provinsi</source>
        <translation>Approve the province report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="189"/>
        <source>Setujui laporan provinsi {label}?

Laporan dibuat dengan status DISETUJUI, nama Anda dan tanggal hari ini, lalu PDF dan XLSX-nya diarsipkan. Paket UPT yang diterima kemudian membuat laporan ini berstatus PERBAIKAN sampai disetujui lagi.</source>
        <translation>Approve the province report {label}?

The report is made with the status APPROVED, your name and today&apos;s date, and its PDF and XLSX are archived. A UPT package received later turns this report into a CORRECTION until it is approved again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="192"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="199"/>
        <source>Menyetujui laporan provinsi {label}…</source>
        <translation>Approving the province report {label}…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="206"/>
        <source>Laporan provinsi disetujui</source>
        <translation>Province report approved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="207"/>
        <source>Laporan provinsi {label} disetujui oleh {name} pada {when} ({n} UPT) dan diarsipkan.</source>
        <translation>
            <numerusform>Province report {label} approved by {name} on {when} ({n} UPT) and archived.</numerusform>
            <numerusform>Province report {label} approved by {name} on {when} ({n} UPTs) and archived.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="222"/>
        <source>Pilih paling sedikit satu format berkas.</source>
        <translation>Choose at least one file format.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="226"/>
        <source>Pilih folder tujuan laporan provinsi</source>
        <translation>Choose the folder for the province report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="234"/>
        <source>Membuat laporan provinsi {label}…</source>
        <translation>Making the province report for {label}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/province/report_page.py" line="249"/>
        <source>Laporan provinsi {label}: {n} berkas disimpan di {folder}.</source>
        <translation>
            <numerusform>Province report {label}: {n} file saved in {folder}.</numerusform>
            <numerusform>Province report {label}: {n} files saved in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecapModel</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="280"/>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="280"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="321"/>
        <source>Persentase hadir (H dan T) dari pertemuan yang tercatat</source>
        <translation>Share present (H and T) of the recorded sessions</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/attendance_grid.py" line="338"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="84"/>
        <source>Terima paket dari UPT</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Receive packages from UPTs</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="86"/>
        <source>Pilih satu atau beberapa berkas paket (.jsscpkg) dari surel atau flashdisk. Setiap paket diperiksa lebih dulu (tanda tangan, checksum dan isi); paket yang rusak atau diubah ditolak tanpa menyimpan apa pun. Paket pertama sebuah UPT menampilkan sidik jari kuncinya untuk dikonfirmasi.</source>
        <translation>Choose one or more package files (.jsscpkg) from e-mail or a USB stick. Each package is checked first (signature, checksums and contents); a damaged or altered package is refused and nothing is saved. A UPT&apos;s first package shows its key fingerprint for confirmation.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="90"/>
        <source>Pilih paket…</source>
        <translation>Choose packages…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="94"/>
        <source>Belum ada paket yang diterima dalam sesi ini.</source>
        <translation>No packages received in this session yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="98"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="100"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="101"/>
        <source>UPT</source>
        <translation>UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="102"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="103"/>
        <source>Status paket</source>
        <translation>Package status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="104"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="123"/>
        <source>Pilih paket laporan UPT</source>
        <translation>Choose UPT report packages</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="124"/>
        <source>Paket laporan JSSC (*.jsscpkg);;Semua berkas (*)</source>
        <translation>JSSC report packages (*.jsscpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="132"/>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="171"/>
        <source>Terima paket</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="132"/>
        <source>Memeriksa paket…</source>
        <translation>Checking packages…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="137"/>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="186"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="146"/>
        <source>Kunci UPT baru</source>
        <translation>New UPT key</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="147"/>
        <source>Paket {file} adalah paket pertama dari {name} ({code}).

Sidik jari kunci UPT:
{fingerprint}

Cocokkan sidik jari ini dengan petugas UPT (misalnya lewat telepon). Setelah didaftarkan, paket berikutnya dari UPT ini harus ditandatangani kunci yang sama.</source>
        <translation>Package {file} is the first package from {name} ({code}).

UPT key fingerprint:
{fingerprint}

Check this fingerprint with the UPT&apos;s staff (for example by telephone). Once registered, every later package from this UPT must be signed with the same key.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="153"/>
        <source>Daftarkan kunci dan terima</source>
        <translation>Register the key and receive</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="153"/>
        <source>Lewati paket UPT ini</source>
        <translation>Skip this UPT&apos;s package</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="157"/>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="158"/>
        <source>Kunci UPT belum dikonfirmasi; tidak ada yang disimpan.</source>
        <translation>The UPT&apos;s key was not confirmed; nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/province/receive.py" line="172"/>
        <source>Menerima {n} paket…</source>
        <translation>
            <numerusform>Receiving {n} package…</numerusform>
            <numerusform>Receiving {n} packages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="191"/>
        <source>Kunci UPT didaftarkan: {fingerprint}</source>
        <translation>UPT key registered: {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/province/receive.py" line="207"/>
        <source>{files} berkas diproses: {ok} diterima atau sudah ada, {bad} ditolak atau dilewati.</source>
        <translation>
            <numerusform>{files} file processed: {ok} received or already here, {bad} refused or skipped.</numerusform>
            <numerusform>{files} files processed: {ok} received or already here, {bad} refused or skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/receive.py" line="213"/>
        <source>{file}: {result}. {note}</source>
        <translation>{file}: {result}. {note}</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="136"/>
        <source>Simpan bahan pemulihan</source>
        <translation>Keep the recovery material</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="137"/>
        <source>Ditampilkan sekali ini saja. Cetak lalu simpan di lemari terkunci, terpisah dari komputer dan flashdisk cadangan.</source>
        <translation>Shown this once only. Print it and keep it in a locked cabinet, apart from the computer and the backup USB sticks.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="149"/>
        <source>Kunci pemulihan Administrator</source>
        <translation>Administrator recovery key</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="150"/>
        <source>Sidik kunci cadangan</source>
        <translation>Backup key fingerprint</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="153"/>
        <source>Kunci pemulihan mengatur ulang kata sandi Administrator yang terlupa (perintah &apos;jssc-desktop user recover&apos;). Lembar pemulihan memuat kunci itu dan kata sandi cadangan: siapa pun yang memegangnya beserta sebuah berkas cadangan dapat membaca seluruh data klien.</source>
        <translation>The recovery key resets a forgotten Administrator password (command &apos;jssc-desktop user recover&apos;). The recovery sheet holds that key and the backup passphrase: whoever has it together with a backup file can read all client data.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="159"/>
        <source>Cetak/Simpan PDF…</source>
        <translation>Print/Save PDF…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="166"/>
        <source>Saya sudah mencetak atau menyimpan lembar pemulihan di tempat aman.</source>
        <translation>I have printed or stored the recovery sheet in a safe place.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="187"/>
        <source>Simpan lembar pemulihan untuk dicetak</source>
        <translation>Save the recovery sheet to print</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run_keys.py" line="206"/>
        <source>Lembar pemulihan disimpan: {path}. Cetak sekarang, lalu hapus berkasnya dari komputer.</source>
        <translation>Recovery sheet saved: {path}. Print it now, then delete the file from the computer.</translation>
    </message>
</context>
<context>
    <name>ReportArchiveDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="33"/>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="36"/>
        <source>Arsip laporan yang disetujui</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Archive of approved reports</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="38"/>
        <source>Berkas PDF dan Excel disimpan persis seperti saat disetujui, dengan checksum SHA-256; berkas diperiksa lagi setiap kali dibuka.</source>
        <translation>The PDF and Excel files are kept exactly as approved, with SHA-256 checksums; each file is checked again whenever it is opened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="42"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="42"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="42"/>
        <source>Disetujui oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="43"/>
        <source>Waktu persetujuan</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="43"/>
        <source>SHA-256 PDF</source>
        <translation>PDF SHA-256</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="51"/>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="53"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="55"/>
        <source>Bandingkan dengan data sekarang</source>
        <translation>Compare with current data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="60"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="113"/>
        <source>Simpan Excel arsip</source>
        <translation>Save archived Excel</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="114"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="134"/>
        <source>Tidak ada perubahan</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="135"/>
        <source>Data saat ini masih sama dengan laporan {label} yang disetujui.</source>
        <translation>The current data still matches the approved {label} report.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="138"/>
        <source>Data telah berubah</source>
        <translation>Data has changed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/report_archive.py" line="139"/>
        <source>Sejak laporan {label} disetujui, angka berikut berubah:</source>
        <translation>Since the {label} report was approved, these figures have changed:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="82"/>
        <source>Laporan periodik</source>
        <extracomment>How many periods of each kind the period chooser offers (newest first). F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Periodic reports</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="92"/>
        <source>Pilih laporan</source>
        <translation>Choose a report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="101"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="102"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="103"/>
        <source>Buat laporan</source>
        <translation>Generate report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="108"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="110"/>
        <source>Belum ada laporan yang dibuat.</source>
        <translation>No report has been generated yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="112"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="113"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="114"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="122"/>
        <source>Persetujuan Kepala UPT</source>
        <translation>Approval by the Head of UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="125"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="229"/>
        <source>Setelah diperiksa, Kepala UPT menyetujui laporan periode ini. Laporan yang disetujui dikunci dan tercatat di log audit.</source>
        <translation>After checking it, the Head of UPT approves the report for this period. An approved report is locked and recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="128"/>
        <source>Setujui laporan periode</source>
        <translation>Approve period report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="131"/>
        <source>Buka kembali untuk perbaikan…</source>
        <translation>Reopen for correction…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="137"/>
        <source>Arsip laporan yang disetujui…</source>
        <translation>Archive of approved reports…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="159"/>
        <source>Pilih jenis dan periode, lalu tekan &quot;Buat laporan&quot;.
Pratinjau PDF akan tampil di sini.</source>
        <translation>Choose the type and period, then press &quot;Generate report&quot;.
The PDF preview will appear here.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="183"/>
        <source>{label} (berjalan)</source>
        <translation>{label} (in progress)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="223"/>
        <source>Laporan {label} sudah disetujui oleh {name} pada {when}. Untuk mengubahnya, laporan harus dibuka kembali.</source>
        <translation>The {label} report was approved by {name} on {when}. To change it, the report must be reopened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="240"/>
        <source>Laporan yang tampil adalah {label}. Tekan &quot;Buat laporan&quot; untuk periode yang dipilih.</source>
        <translation>The report shown is {label}. Press &quot;Generate report&quot; for the selected period.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="264"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="375"/>
        <source>Belum tersedia</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="265"/>
        <source>Pembuatan laporan periodik belum tersedia pada versi aplikasi ini.</source>
        <translation>Periodic reports are not available in this version of the application yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="273"/>
        <source>Membuat laporan</source>
        <translation>Generating report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="274"/>
        <source>Laporan {kind} {label}</source>
        <translation>{kind} report {label}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="289"/>
        <source>SEMENTARA: belum disetujui, angka dapat berubah.</source>
        <translation>PROVISIONAL: not approved, the figures may change.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="290"/>
        <source>DISETUJUI: berkas arsip yang disetujui, tidak berubah.</source>
        <translation>APPROVED: the archived approved files, unchanged.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="291"/>
        <source>PERBAIKAN ke-{n}: data berubah setelah disetujui; setujui lagi setelah diperiksa.</source>
        <translation>CORRECTION no. {n}: data changed after approval; approve again after checking.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="295"/>
        <source>Laporan {kind} {label}, dibuat {when}. Periksa pratinjau, lalu simpan atau cetak.</source>
        <translation>{kind} report {label}, generated {when}. Check the preview, then save or print it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="309"/>
        <source>Pembuatan laporan dibatalkan.</source>
        <translation>Report generation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="322"/>
        <source>Buka kembali laporan</source>
        <translation>Reopen report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="323"/>
        <source>Alasan membuka kembali laporan {kind} {label} (tercatat di log audit dan tercetak pada laporan perbaikan):</source>
        <translation>Reason for reopening the {kind} report {label} (written to the audit log and printed on the corrected report):</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="331"/>
        <source>Laporan dibuka kembali</source>
        <translation>Report reopened</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="332"/>
        <source>Laporan {kind} {label} dibuka kembali. Periode ini tidak terkunci lagi; laporan bertanda PERBAIKAN sampai disetujui lagi.</source>
        <translation>The {kind} report {label} was reopened. This period is no longer locked; the report is marked CORRECTION until it is approved again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="344"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="345"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="347"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="358"/>
        <source>Laporan disimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="359"/>
        <source>Laporan disimpan sebagai {path}.</source>
        <translation>The report was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="363"/>
        <source>Laporan {label}</source>
        <translation>Report {label}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="376"/>
        <source>Persetujuan laporan periode belum tersedia pada versi aplikasi ini. Laporan tetap dapat disimpan dan dicetak untuk ditandatangani.</source>
        <translation>Approving period reports is not available in this version of the application yet. The report can still be saved and printed for signing.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="379"/>
        <source>Setujui laporan</source>
        <translation>Approve report</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="380"/>
        <source>Setujui laporan {kind} {label}? Setelah disetujui, laporan periode ini dikunci sebagai laporan resmi.</source>
        <translation>Approve the {kind} report {label}? Once approved, the report for this period is locked as the official report.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="383"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="390"/>
        <source>Laporan {kind} {label} disetujui oleh {name} pada {when} dan disimpan di arsip laporan.</source>
        <translation>{kind} report {label} was approved by {name} on {when} and stored in the report archive.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="389"/>
        <source>Laporan disetujui</source>
        <translation>Report approved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="96"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="275"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="296"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="325"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="334"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="381"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="391"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="96"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="275"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="296"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="325"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="334"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="381"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="391"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="96"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="275"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="296"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="325"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="334"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="381"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="391"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="96"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="275"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="296"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="325"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="334"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="381"/>
        <location filename="../../jssc_desktop/ui/pages/reports.py" line="391"/>
        <source>Triwulan</source>
        <translation>Quarterly</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="152"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="155"/>
        <source>Buat kata sandi sementara untuk {name}. Pengguna wajib menggantinya saat masuk berikutnya, dan kunci akibat salah kata sandi dibuka.</source>
        <translation>Create a temporary password for {name}. The user must change it at the next sign-in, and a lock caused by wrong passwords is lifted.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="161"/>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="162"/>
        <source>Ulangi</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="169"/>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="176"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="164"/>
        <source>Minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama pengguna.</source>
        <translation>At least 8 characters, with letters and digits, and not containing the user name.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="469"/>
        <source>Langkah 4 dari 4 · Impor</source>
        <translation>Step 4 of 4 · Import</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="470"/>
        <source>Semua klien baru disimpan dalam satu langkah: semuanya, atau tidak satu pun bila terjadi masalah.</source>
        <translation>All new clients are saved in a single step: all of them, or none if anything goes wrong.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="474"/>
        <source>Semua baris disimpan dalam satu langkah: semuanya, atau tidak satu pun bila terjadi masalah.</source>
        <translation>All rows are saved in one step: all of them, or none if anything goes wrong.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="489"/>
        <source>Kembali ke pratinjau</source>
        <translation>Back to the preview</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="520"/>
        <source>Menyimpan {what}… jangan tutup jendela ini.</source>
        <translation>Saving {what}… do not close this window.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="523"/>
        <source>Menyimpan klien baru… jangan tutup jendela ini.</source>
        <translation>Saving the new clients… do not close this window.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="530"/>
        <source>{n} baris {what} telah disimpan.</source>
        <translation>
            <numerusform>{n} row of {what} saved.</numerusform>
            <numerusform>{n} rows of {what} saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="533"/>
        <source>{n} baris dilewati karena sudah tersimpan.</source>
        <translation>
            <numerusform>{n} row skipped because it is already stored.</numerusform>
            <numerusform>{n} rows skipped because they are already stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="538"/>
        <source>{n} klien baru telah disimpan.</source>
        <translation>
            <numerusform>{n} new client has been saved.</numerusform>
            <numerusform>{n} new clients have been saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="543"/>
        <source>Nomor registrasi: {first} – {last}.</source>
        <translation>Registration numbers: {first} – {last}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="545"/>
        <source>Nomor registrasi: {first}.</source>
        <translation>Registration number: {first}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="548"/>
        <source>{n} baris dilewati karena kliennya sudah terdaftar (atau baris contoh templat).</source>
        <translation>
            <numerusform>{n} row skipped because the client is already registered (or it is the sample row of the template).</numerusform>
            <numerusform>{n} rows skipped because the client is already registered (or it is the sample row of the template).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="551"/>
        <source>Klien baru berstatus aktif pada tahap {stage}. Lengkapi persetujuan pengolahan data dan data lainnya dari halaman Klien.</source>
        <translation>The new clients are active, at stage {stage}. Complete their data-processing consent and other details from the Clients page.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="560"/>
        <source>Terjadi kesalahan tak terduga; rinciannya telah dicatat di berkas log untuk petugas TI.</source>
        <translation>An unexpected error occurred; the details have been written to the log file for the IT officer.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/imports/pages.py" line="562"/>
        <source>Impor tidak dijalankan; tidak ada data yang disimpan.</source>
        <translation>The import did not run; no data was saved.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="161"/>
        <source>Ubah pertemuan</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="162"/>
        <source>Pertemuan baru</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="165"/>
        <source>Angkatan: {name} ({start} s.d. {end})</source>
        <translation>Cohort: {name} ({start} to {end})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="172"/>
        <source> JP</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="174"/>
        <source>Materi yang diajarkan</source>
        <translation>Subjects taught</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="176"/>
        <source>belum ditentukan</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="177"/>
        <source>Tutor angkatan ({name})</source>
        <translation>Cohort tutor ({name})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="185"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="186"/>
        <source>Jumlah JP</source>
        <translation>Lesson hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="187"/>
        <source>Materi</source>
        <translation>Subject matter</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="188"/>
        <source>Pengajar</source>
        <translation>Instructor</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="24"/>
        <source>Pengaturan</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="32"/>
        <source>Profil UPT</source>
        <translation>UPT profile</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="36"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="40"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="43"/>
        <source>Target Tahunan</source>
        <translation>Annual Targets</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="44"/>
        <source>Basis Data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="48"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="53"/>
        <source>Plh. Kepala UPT</source>
        <translation>Acting Head of UPT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/page.py" line="54"/>
        <source>Privasi Data</source>
        <translation>Data Privacy</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="37"/>
        <source>Buka panduan pada halaman ini</source>
        <extracomment>the name the code uses the keys as written in the guide and the tooltips (&quot;Ctrl+S&quot;); ``sequence`` when they are a real key sequence Qt can bind, else only told (e.g. &quot;H, S, I, A, T&quot;) what it does (Indonesian source text, translated in context &quot;Shortcuts&quot;) where it works</extracomment>
        <translation>Open the guide at this page</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="38"/>
        <source>Di mana saja</source>
        <translation>Anywhere</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="39"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="40"/>
        <source>Formulir, dialog, kehadiran, tutor, pengaturan</source>
        <translation>Forms, dialogs, attendance, tutors, settings</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="41"/>
        <source>Semua hadir</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="42"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="44"/>
        <source>Isi kehadiran baris terpilih dan turun satu baris</source>
        <translation>Mark the selected row and move down a row</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="45"/>
        <source>Kehadiran (daftar peserta)</source>
        <translation>Attendance (participant list)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="46"/>
        <source>Muat ulang halaman</source>
        <translation>Reload the page</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="47"/>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="49"/>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="54"/>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="56"/>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="58"/>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="60"/>
        <source>Jendela utama</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="48"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="50"/>
        <source>Klien baru</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="51"/>
        <source>Jendela utama (staf)</source>
        <translation>Main window (staff)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="53"/>
        <source>Buka halaman ke-1 sampai ke-9 pada daftar kiri</source>
        <translation>Open the 1st to 9th page of the list on the left</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="55"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="57"/>
        <source>Layar penuh</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="59"/>
        <source>Keluar dari program</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/shortcuts.py" line="83"/>
        <source>{text} ({keys})</source>
        <translation>{text} ({keys})</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="34"/>
        <source>Target tahunan UPT dicetak pada setiap laporan periodik tahun itu (tabel 1.3) bersama capaiannya sejak 1 Januari. Kosongkan (0) bila belum ditetapkan.</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>The UPT&apos;s annual targets are printed in every periodic report of that year (table 1.3) next to what was achieved since 1 January. Leave at 0 when not set.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="42"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="44"/>
        <source>Kapasitas tampung (orang)</source>
        <translation>Capacity (people)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="45"/>
        <source>Klien masuk (orang)</source>
        <translation>Admissions (people)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="46"/>
        <source>Lulusan pelatihan (orang)</source>
        <translation>Training graduates (people)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="47"/>
        <source>Lulusan bekerja/berwirausaha</source>
        <translation>Graduates employed/self-employed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="53"/>
        <source>belum ditetapkan</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="64"/>
        <source>Simpan target</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="86"/>
        <source>Target disimpan</source>
        <translation>Targets saved</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/targets_tab.py" line="87"/>
        <source>Target tahun {year} disimpan.</source>
        <translation>Targets for {year} saved.</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="64"/>
        <source>Ubah program</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="64"/>
        <source>Program baru</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="69"/>
        <source>mis. AC, BOGA, JAHIT</source>
        <translation>e.g. AC, BOGA, JAHIT</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="71"/>
        <source>mis. Reparasi AC</source>
        <translation>e.g. AC repair</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="75"/>
        <source> JP</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="76"/>
        <source>Program aktif (dapat membuka angkatan baru)</source>
        <translation>Active programme (new cohorts can be opened)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="78"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="79"/>
        <source>Nama program</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="80"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training_dialogs.py" line="81"/>
        <source>Jumlah JP</source>
        <translation>Lesson hours</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="89"/>
        <source>Pelatihan keterampilan</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Skills training</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="107"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="133"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="108"/>
        <source>Tambah program keterampilan</source>
        <translation>Add skills programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="109"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="135"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="239"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="112"/>
        <source>Tampilkan nonaktif</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="116"/>
        <source>Program keterampilan</source>
        <translation>Skills programmes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="119"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="120"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="121"/>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="123"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="250"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="125"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="149"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="152"/>
        <source>Angkatan</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="134"/>
        <source>Buka angkatan baru untuk program terpilih</source>
        <translation>Open a new cohort for the selected programme</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="138"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="142"/>
        <source>Jadikan: {name}</source>
        <translation>Set to: {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="153"/>
        <source>Tutor: {name}</source>
        <translation>Tutor: {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="154"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="325"/>
        <source>belum ditentukan</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="155"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="157"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="216"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="233"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="171"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="309"/>
        <source>Pilih angkatan di sebelah kiri</source>
        <translation>Choose a cohort on the left</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="159"/>
        <source>Peserta</source>
        <comment>how many are enrolled in the cohort</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="182"/>
        <source>Daftarkan peserta…</source>
        <translation>Enrol participants…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="183"/>
        <source>Keluarkan…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="184"/>
        <source>Nilai uji…</source>
        <translation>Assess…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="185"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="455"/>
        <source>Luluskan</source>
        <translation>Graduate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="186"/>
        <source>Luluskan angkatan…</source>
        <translation>Graduate cohort…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="188"/>
        <source>Luluskan semua peserta yang sudah dinilai: yang kompeten lulus dan mendapat nomor sertifikat, yang belum kompeten tidak lulus.</source>
        <translation>Graduate every assessed participant: those found competent graduate and get a certificate number, those not yet competent do not pass.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="190"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="511"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="550"/>
        <source>Cetak sertifikat</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="208"/>
        <source>Peserta {track} {cohort}</source>
        <translation>Participants {track} {cohort}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="210"/>
        <source>Peserta angkatan</source>
        <translation>Cohort participants</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="214"/>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="215"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="219"/>
        <source>Lulus {day}</source>
        <translation>Graduated {day}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="221"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="223"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="225"/>
        <source>Hasil uji</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="228"/>
        <source>No. sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="238"/>
        <source>Tambah pertemuan</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="240"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="580"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="248"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="251"/>
        <source>Materi</source>
        <translation>Subject matter</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="252"/>
        <source>Pengajar</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="253"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="253"/>
        <source>{n} tercatat</source>
        <translation>{n} recorded</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="254"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="259"/>
        <source>Pertemuan</source>
        <translation>Sessions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="316"/>
        <source>{n} dari {cap} tempat</source>
        <translation>
            <numerusform>{n} of {cap} place</numerusform>
            <numerusform>{n} of {cap} places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="318"/>
        <source>{n} peserta</source>
        <translation>
            <numerusform>{n} participant</numerusform>
            <numerusform>{n} participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="319"/>
        <source>{n} pertemuan</source>
        <translation>
            <numerusform>{n} session</numerusform>
            <numerusform>{n} sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="320"/>
        <source>{jp} dari {planned} JP</source>
        <translation>
            <numerusform>{jp} of {planned} hour</numerusform>
            <numerusform>{jp} of {planned} hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="323"/>
        <source>Tutor: {tutor} · {start} s.d. {end} · Status: {status} · {capacity} · {sessions}, {hours}</source>
        <translation>Tutor: {tutor} · {start} to {end} · Status: {status} · {capacity} · {sessions}, {hours}</translation>
    </message>
    <message>
        <source>Tutor: {tutor} · {start} s.d. {end} · Status: {status} · {capacity} · {sessions} pertemuan, {jp} dari {planned} JP</source>
        <translation type="vanished">Tutor: {tutor} · {start} to {end} · Status: {status} · {capacity} · {sessions} sessions, {jp} of {planned} hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="424"/>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="462"/>
        <source>Pilih peserta</source>
        <translation>Choose participants</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="425"/>
        <source>Pilih dahulu seorang peserta pada daftar.</source>
        <translation>First choose a participant in the list.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="433"/>
        <source>Keluarkan peserta</source>
        <translation>Withdraw participant</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="434"/>
        <source>{name} akan dikeluarkan dari angkatan ini per hari ini. Tuliskan alasannya (mis. sakit berkepanjangan, pindah UPT).</source>
        <translation>{name} will be withdrawn from this cohort as of today. Write the reason (e.g. long illness, moved to another UPT).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="436"/>
        <source>Keluarkan</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="454"/>
        <source>Tanggal kelulusan</source>
        <translation>Graduation date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="463"/>
        <source>Pilih peserta aktif yang sudah dinilai kompeten untuk diluluskan.</source>
        <translation>Choose active participants who have been assessed as competent to graduate them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="467"/>
        <source>Luluskan {n} peserta ({names})? Mereka mendapat nomor sertifikat dan jadwal bimbingan lanjut 3, 6 dan 12 bulan.</source>
        <translation>
            <numerusform>Graduate {n} participant ({names})? They get a certificate number and follow-ups scheduled at 3, 6 and 12 months.</numerusform>
            <numerusform>Graduate {n} participants ({names})? They get a certificate number and follow-ups scheduled at 3, 6 and 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="488"/>
        <source>Tetapkan kelulusan angkatan {name}: peserta yang kompeten lulus dan mendapat nomor sertifikat; yang belum kompeten dinyatakan tidak lulus. Peserta yang belum dinilai tetap aktif.</source>
        <translation>Decide graduation for cohort {name}: competent participants graduate and get a certificate number; those not yet competent are marked as not passed. Participants not yet assessed stay active.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="497"/>
        <source>Kelulusan ditetapkan</source>
        <translation>Graduation decided</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="498"/>
        <source>{passed} peserta lulus, {failed} tidak lulus.</source>
        <translation>
            <numerusform>{passed} participant graduated, {failed} did not pass.</numerusform>
            <numerusform>{passed} participants graduated, {failed} did not pass.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="508"/>
        <source>Belum ada sertifikat</source>
        <translation>No certificates yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="509"/>
        <source>Sertifikat hanya untuk peserta yang sudah lulus. Luluskan peserta dahulu.</source>
        <translation>Certificates are only for participants who have graduated. Graduate the participants first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="512"/>
        <source>Tidak ada peserta lulus yang dipilih. Cetak sertifikat semua {n} lulusan angkatan ini?</source>
        <translation>
            <numerusform>No graduated participant is selected. Print the certificate of the {n} graduate of this cohort?</numerusform>
            <numerusform>No graduated participant is selected. Print certificates for all {n} graduates of this cohort?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="514"/>
        <source>Cetak semua</source>
        <translation>Print all</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="519"/>
        <source>Belum tersedia</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="520"/>
        <source>Pencetakan sertifikat belum tersedia pada versi aplikasi ini.</source>
        <translation>Printing certificates is not available in this version of the application yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="523"/>
        <source>Pilih folder untuk menyimpan sertifikat</source>
        <translation>Choose a folder to save the certificates in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="529"/>
        <source>Sertifikat {i} dari {n}</source>
        <translation>Certificate {i} of {n}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="544"/>
        <source>Sertifikat dibuat</source>
        <translation>Certificates created</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/training.py" line="545"/>
        <source>{n} sertifikat disimpan di folder {folder}.</source>
        <translation>
            <numerusform>{n} certificate saved in the folder {folder}.</numerusform>
            <numerusform>{n} certificates saved in the folder {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="551"/>
        <source>Membuat sertifikat…</source>
        <translation>Creating certificates…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="577"/>
        <source>Hapus pertemuan</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/training.py" line="578"/>
        <source>Hapus pertemuan tanggal {day}? Pertemuan yang sudah berisi kehadiran tidak dapat dihapus.</source>
        <translation>Delete the session of {day}? A session that already has attendance cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>TutorsPage</name>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="121"/>
        <source>Tutor dan instruktur</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Tutors and instructors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="144"/>
        <source>Cari nama, lembaga atau keahlian…</source>
        <translation>Search name, institution or expertise…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="146"/>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="358"/>
        <source>Tutor baru</source>
        <translation>New tutor</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="150"/>
        <source>Daftar tutor</source>
        <translation>Tutor list</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="152"/>
        <source>Tampilkan tutor nonaktif</source>
        <translation>Show inactive tutors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="154"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="155"/>
        <source>Masukkan daftar tutor dari berkas Excel</source>
        <translation>Bring a tutor list in from an Excel file</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="164"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="165"/>
        <source>Eksternal</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Lembaga</source>
        <translation type="vanished">Institution</translation>
    </message>
    <message>
        <source>Perjanjian s.d.</source>
        <translation type="vanished">Agreement until</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="170"/>
        <source>Berlaku s.d.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="175"/>
        <source>Tidak ada perjanjian yang berlaku hari ini</source>
        <translation>No agreement in force today</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="176"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="182"/>
        <source>Tampilkan lebih banyak</source>
        <translation>Show more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="187"/>
        <source>Menampilkan {shown} dari {total} tutor</source>
        <translation>
            <numerusform>Showing {shown} of {total} tutor</numerusform>
            <numerusform>Showing {shown} of {total} tutors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="196"/>
        <source>Pilih tutor</source>
        <translation>Choose a tutor</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="199"/>
        <source>Data tutor</source>
        <translation>Tutor details</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="206"/>
        <source>18 digit, untuk ASN/PPPK</source>
        <translation>18 digits, for civil servants (ASN/PPPK)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="207"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="209"/>
        <source>mis. Politeknik Negeri Malang</source>
        <translation>e.g. Politeknik Negeri Malang</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="211"/>
        <source>mis. Refrigerasi dan tata udara</source>
        <translation>e.g. Refrigeration and air conditioning</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="214"/>
        <source>Sertifikat kompetensi, satu per baris</source>
        <translation>Competency certificates, one per line</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="219"/>
        <source>Aktif mengajar</source>
        <translation>Currently teaching</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="vanished">NIP</translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation type="vanished">Partner type</translation>
    </message>
    <message>
        <source>Lembaga asal</source>
        <translation type="vanished">Home institution</translation>
    </message>
    <message>
        <source>Keahlian</source>
        <translation type="vanished">Expertise</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">Email</translation>
    </message>
    <message>
        <source>Tarif per JP</source>
        <translation type="vanished">Rate per lesson hour</translation>
    </message>
    <message>
        <source>Sertifikasi</source>
        <translation type="vanished">Certification</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="240"/>
        <source>Simpan data tutor</source>
        <translation>Save tutor details</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="247"/>
        <source>Perjanjian kerja sama (MoU/kontrak)</source>
        <translation>Cooperation agreements (MoU/contract)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="249"/>
        <source>Tambah perjanjian</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="250"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="260"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="261"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="263"/>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="265"/>
        <source>Tarif/JP</source>
        <translation>Rate/hour</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="267"/>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="267"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="269"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="278"/>
        <source>Jam mengajar dan honorarium</source>
        <translation>Teaching hours and fees</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="283"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="285"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="286"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="473"/>
        <source>&lt;b&gt;{jp} JP&lt;/b&gt; dalam {sessions}, {start} s.d. {end}. Honorarium: &lt;b&gt;{money}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;{jp} lesson hour&lt;/b&gt; in {sessions}, {start} to {end}. Fee: &lt;b&gt;{money}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;{jp} lesson hours&lt;/b&gt; in {sessions}, {start} to {end}. Fee: &lt;b&gt;{money}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="476"/>
        <source>{n} pertemuan</source>
        <translation>
            <numerusform>{n} session</numerusform>
            <numerusform>{n} sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="186"/>
        <source>{n} tutor</source>
        <translation>
            <numerusform>{n} tutor</numerusform>
            <numerusform>{n} tutors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="357"/>
        <source>Belum ada tutor</source>
        <translation>No tutors yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="387"/>
        <source>Ada perjanjian yang berlaku hari ini.</source>
        <translation>There is an agreement in force today.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="390"/>
        <source>Tidak ada perjanjian yang berlaku hari ini.</source>
        <translation>No agreement is in force today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="398"/>
        <source>Total {jp} JP mengajar. Angkatan: {cohorts}</source>
        <translation>
            <numerusform>Total {jp} teaching hour. Cohorts: {cohorts}</numerusform>
            <numerusform>Total {jp} teaching hours. Cohorts: {cohorts}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{jp} JP&lt;/b&gt; dalam {sessions} pertemuan, {start} s.d. {end}. Honorarium: &lt;b&gt;{money}&lt;/b&gt;.</source>
        <translation type="vanished">&lt;b&gt;{jp} lesson hours&lt;/b&gt; in {sessions} sessions, {start} to {end}. Fee: &lt;b&gt;{money}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="482"/>
        <source>{jp} JP × {rate}</source>
        <translation>
            <numerusform>{jp} hour × {rate}</numerusform>
            <numerusform>{jp} hours × {rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/pages/tutors.py" line="487"/>
        <source>{jp} JP tidak tercakup perjanjian yang berlaku; dihitung dengan tarif tutor.</source>
        <translation>
            <numerusform>{jp} hour is not covered by an agreement in force; it is paid at the tutor&apos;s own rate.</numerusform>
            <numerusform>{jp} hours are not covered by an agreement in force; they are paid at the tutor&apos;s own rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="261"/>
        <location filename="../../jssc_desktop/ui/login.py" line="269"/>
        <source>Layar terkunci</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Aplikasi dikunci karena lama tidak dipakai, agar data klien tidak terlihat orang lain. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation type="vanished">The application was locked after a period of inactivity, so that client data is not seen by others. Enter {name}&apos;s password to continue.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="273"/>
        <source>Data klien tidak terlihat selama layar terkunci. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>Client data is hidden while the screen is locked. Enter the password of {name} to continue.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="279"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="280"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="284"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="284"/>
        <source>Keluar dari aplikasi</source>
        <translation>Exit the application</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jssc_desktop/ui/login.py" line="295"/>
        <source>Aplikasi dikunci otomatis karena tidak dipakai selama {n} menit (Pengaturan › Umum).</source>
        <translation>
            <numerusform>The application locked itself because it was not used for {n} minute (Settings › General).</numerusform>
            <numerusform>The application locked itself because it was not used for {n} minutes (Settings › General).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="297"/>
        <source>Aplikasi dikunci oleh {name} dengan &quot;Kunci layar&quot; (Ctrl+L).</source>
        <translation>The application was locked by {name} with &quot;Lock screen&quot; (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/login.py" line="310"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>UptReportDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="374"/>
        <source>Laporan {name} {label}</source>
        <translation>Report of {name} {label}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="381"/>
        <source>{label}, {status}, diterima {when}. Klien awal {start}, masuk {admitted}, keluar {discharged}, akhir {end}; lulusan {graduates}; kehadiran {attendance}.</source>
        <translation>{label}, {status}, received {when}. Clients at start {start}, admitted {admitted}, discharged {discharged}, at end {end}; graduates {graduates}; attendance {attendance}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/province/dashboard.py" line="391"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="60"/>
        <source>Pengguna baru</source>
        <extracomment>What the changes on this tab touch.</extracomment>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="61"/>
        <source>Ubah pengguna {username}</source>
        <translation>Edit user {username}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="67"/>
        <source>huruf kecil, mis. siti.aminah</source>
        <translation>lower case, e.g. siti.aminah</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="72"/>
        <source>— pilih data tutor —</source>
        <translation>— choose tutor details —</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="77"/>
        <source>Data tutor *</source>
        <translation>Tutor details *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="78"/>
        <source>Nama pengguna *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="79"/>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="80"/>
        <source>Peran *</source>
        <translation>Role *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="84"/>
        <source>Wajib ganti kata sandi saat pertama masuk</source>
        <translation>Must change the password at first sign-in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="87"/>
        <source>Kata sandi awal *</source>
        <translation>Initial password *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="88"/>
        <source>Ulangi kata sandi *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="127"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="92"/>
        <source>Minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama pengguna.</source>
        <translation>At least 8 characters, with letters and digits, and not containing the user name.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="196"/>
        <source>Tambah pengguna</source>
        <extracomment>F1 opens the guide at this topic (ui/help.py)</extracomment>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="198"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="200"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="202"/>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="264"/>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="291"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="210"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="210"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="210"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="211"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="211"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="222"/>
        <source>Akun tidak dihapus agar riwayat perubahan tetap dapat ditelusuri; nonaktifkan akun pegawai yang sudah tidak bertugas.</source>
        <translation>Accounts are never deleted, so that the change history stays traceable; deactivate the accounts of staff who no longer work here.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="235"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="237"/>
        <source>Terkunci sementara</source>
        <translation>Temporarily locked</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="239"/>
        <source>Aktif, wajib ganti kata sandi</source>
        <translation>Active, must change password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="241"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="243"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="263"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="278"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="279"/>
        <source>Kata sandi sementara untuk {username} telah diatur. Sampaikan secara langsung, bukan lewat pesan berantai.</source>
        <translation>The temporary password for {username} has been set. Pass it on in person, not through forwarded messages.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="288"/>
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/settings/users_tab.py" line="289"/>
        <source>Nonaktifkan akun {username}? Pengguna ini tidak dapat masuk lagi sampai diaktifkan kembali.</source>
        <translation>Deactivate the account {username}? This user cannot sign in again until the account is reactivated.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="54"/>
        <source>Selamat datang di JSSC Desktop</source>
        <translation>Welcome to JSSC Desktop</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="55"/>
        <source>Basis data ini masih kosong. Pilih cara memulai.</source>
        <translation>This database is still empty. Choose how to start.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="75"/>
        <source>Jenis instalasi</source>
        <translation>Installation type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="77"/>
        <source>Instalasi UPT</source>
        <translation>UPT installation</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="81"/>
        <source>Untuk memakai aplikasi di UPT Anda: isi profil UPT lalu buat akun Administrator pertama.</source>
        <translation>To use the application at your UPT: fill in the UPT profile, then create the first Administrator account.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="83"/>
        <source>Instalasi Dinas Sosial Provinsi</source>
        <translation>Provincial Social Affairs Office installation</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="86"/>
        <source>Untuk Dinas Sosial Provinsi: menerima paket laporan dari UPT dan menyusun laporan provinsi. Basis data ini tidak menyimpan data klien.</source>
        <translation>For the provincial Social Affairs Office: receive report packages from UPTs and make the province report. This database holds no client data.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="88"/>
        <source>Tekan &apos;Berikutnya&apos; untuk mulai.</source>
        <translation>Press &apos;Next&apos; to start.</translation>
    </message>
    <message>
        <source>Untuk mulai memakai aplikasi di UPT Anda, isi profil UPT lalu buat akun Administrator pertama. Tekan &apos;Berikutnya&apos; untuk mulai.</source>
        <translation type="vanished">To start using the application at your UPT, fill in the UPT profile and then create the first Administrator account. Press &apos;Next&apos; to begin.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="60"/>
        <source>Ingin melihat-lihat dulu? Data demo berisi {clients} klien rekaan selama {years} tahun, lengkap dengan pelatihan, kehadiran dan bimbingan lanjut. Data demo hanya untuk latihan; jangan dicampur dengan data sungguhan.</source>
        <translation>Want to look around first? The demo data contains {clients} fictitious clients over {years} years, complete with training, attendance and follow-up. Demo data is for practice only; do not mix it with real data.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/ui/first_run.py" line="64"/>
        <source>Buka data demo</source>
        <translation>Open demo data</translation>
    </message>
</context>
<context>
    <name>_ClientDialog</name>
    <message>
        <location filename="../../jssc_desktop/ui/clients/dialogs.py" line="41"/>
        <source>{name} ({reg_no})</source>
        <translation>{name} ({reg_no})</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="173"/>
        <source>Nama pengguna atau kata sandi ditolak oleh server.</source>
        <extracomment>The name of the SQLite database file in a data folder. Seconds a connection test waits for a server that does not answer. The Qt translation context of the texts below. The verification&apos;s own words (integrity, schema version, rows per table). True when the database has no JSSC tables yet (made at the first start with it).</extracomment>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="176"/>
        <source>Server menolak sambungan dari komputer ini: pg_hba.conf di server belum mengizinkannya.</source>
        <translation>The server refuses connections from this computer: the server&apos;s pg_hba.conf does not allow it yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="179"/>
        <source>Basis data &apos;{name}&apos; tidak ada di server itu.</source>
        <translation>Database &apos;{name}&apos; does not exist on that server.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="182"/>
        <source>Pengguna &apos;{name}&apos; tidak dikenal di server itu.</source>
        <translation>User &apos;{name}&apos; is unknown on that server.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="188"/>
        <source>Nama server &apos;{host}&apos; tidak dikenal. Periksa ejaannya atau gunakan alamat IP server.</source>
        <translation>The server name &apos;{host}&apos; is unknown. Check the spelling or use the server&apos;s IP address.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="191"/>
        <source>Tidak ada layanan PostgreSQL yang menjawab di {host} port {port}. Periksa alamat dan port, dan pastikan layanan PostgreSQL di server berjalan dan menerima sambungan dari jaringan (listen_addresses).</source>
        <translation>No PostgreSQL service answers at {host} port {port}. Check the address and port, and make sure the PostgreSQL service on the server is running and accepts connections from the network (listen_addresses).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="199"/>
        <source>Server {host} tidak menjawab dalam {n} detik. Periksa alamat server dan jaringan (kabel, Wi-Fi, firewall).</source>
        <translation>Server {host} did not answer within {n} seconds. Check the server address and the network (cable, Wi-Fi, firewall).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="205"/>
        <source>Server menolak sambungan.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="244"/>
        <source>Tidak dapat tersambung ke server PostgreSQL {server}. {reason}</source>
        <translation>Cannot connect to PostgreSQL server {server}. {reason}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="247"/>
        <source>Rincian teknis: {text}</source>
        <translation>Technical details: {text}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="253"/>
        <source>Basis data &apos;{name}&apos; masih kosong; strukturnya dibuat otomatis saat aplikasi dibuka dengan server ini.</source>
        <translation>Database &apos;{name}&apos; is still empty; its structure is created automatically when the application is started with this server.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="257"/>
        <source>Basis data &apos;{name}&apos; sudah berisi struktur data JSSC.</source>
        <translation>Database &apos;{name}&apos; already contains the JSSC data structure.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="261"/>
        <source>Sambungan ke server PostgreSQL {server} berhasil (basis data &apos;{name}&apos;, pengguna &apos;{user}&apos;).</source>
        <translation>Connected to PostgreSQL server {server} (database &apos;{name}&apos;, user &apos;{user}&apos;).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="53"/>
        <source>{label} &apos;{text}&apos; tidak dikenal; isi L/P, Laki-laki atau Perempuan.</source>
        <translation>{label} &apos;{text}&apos; is not recognised; enter L/P, &apos;Laki-laki&apos; or &apos;Perempuan&apos; (male or female).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="65"/>
        <source>{label} bukan angka.</source>
        <translation>{label} is not a number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="69"/>
        <source>{label} tersimpan sebagai angka desimal di Excel sehingga digitnya bisa rusak; format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>{label} is stored as a decimal number in Excel, so its digits may be damaged; format the column as Text and type it again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="77"/>
        <source>{label} {text} tersimpan sebagai angka di Excel; digit terakhirnya mungkin sudah berubah menjadi 0. Format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>{label} {text} is stored as a number in Excel; its last digits may have turned into 0. Format the column as Text and type it again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="82"/>
        <source>{label} {text} hanya {text_count} digit; bila diawali 0 atau diketik sebagai angka, format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>{label} {text} has only {text_count} digits; if it starts with 0 or was typed as a number, format the column as Text and type it again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="89"/>
        <source>{label} tertulis dalam bentuk ilmiah ({text}); digitnya sudah hilang. Format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>{label} is written in scientific notation ({text}); its digits are lost. Format the column as Text and type it again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="112"/>
        <source>{label} berupa angka ({cell_text}), bukan tanggal; format kolom sebagai tanggal atau tulis seperti 12-03-2005.</source>
        <translation>{label} is a number ({cell_text}), not a date; format the column as a date or write it like 12-03-2005.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="150"/>
        <source>{label} &apos;{text}&apos; tidak dikenal; tulis kode (mis. 3507) atau nama kabupaten/kota Jawa Timur, atau &apos;Luar Jawa Timur&apos;.</source>
        <translation>{label} &apos;{text}&apos; is not recognised; write the code (e.g. 3507) or the name of an East Java regency/city, or &apos;Luar Jawa Timur&apos; (outside East Java).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="155"/>
        <source>{label} &apos;{text}&apos; bisa berarti {names}; tulis &apos;Kab.&apos; atau &apos;Kota&apos; di depannya.</source>
        <translation>{label} &apos;{text}&apos; could mean {names}; write &apos;Kab.&apos; or &apos;Kota&apos; in front of it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="189"/>
        <source>{label} &apos;{text}&apos; tidak dikenal; pilih dari: {choices}.</source>
        <translation>{label} &apos;{text}&apos; is not recognised; choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="219"/>
        <source>{label} harus berupa angka.</source>
        <translation>{label} must be a number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="222"/>
        <source>{label} {value} harus bilangan bulat.</source>
        <translation>{label} {value} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="225"/>
        <source>{label} {value} terlalu besar.</source>
        <translation>{label} {value} is too large.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="234"/>
        <source>{label} &apos;{value}&apos; bukan angka.</source>
        <translation>{label} &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/cells.py" line="238"/>
        <source>{label} tidak boleh negatif.</source>
        <translation>{label} must not be negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/errors.py" line="90"/>
        <source>Basis data ini rusak dan dibuka hanya-baca: data dapat dilihat dan dicetak, tetapi perubahan tidak disimpan. Pulihkan cadangan terverifikasi terbaru (Administrator: Pengaturan → Cadangan, atau &apos;jssc-desktop restore&apos;).</source>
        <translation>This database is damaged and opened read-only: data can be viewed and printed, but changes are not saved. Restore the newest verified backup (Administrator: Settings → Backups, or &apos;jssc-desktop restore&apos;).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/errors.py" line="97"/>
        <source>Bagian basis data yang diperlukan untuk ini rusak dan tidak dapat dibaca. Data lain tetap dapat dilihat; pulihkan cadangan terverifikasi terbaru untuk memperbaikinya.</source>
        <translation>The part of the database needed for this is damaged and cannot be read. Other data can still be viewed; restore the newest verified backup to repair it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/formatting.py" line="176"/>
        <source>{label} &apos;{raw}&apos;: tahun {year} di luar {first_year}–{last_year}.</source>
        <translation>{label} &apos;{raw}&apos;: year {year} is outside {first_year}–{last_year}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/formatting.py" line="184"/>
        <source>{label}: nama bulan &apos;{word}&apos; tidak dikenal.</source>
        <translation>{label}: month name &apos;{word}&apos; is not recognised.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/formatting.py" line="196"/>
        <location filename="../../jssc_desktop/domain/nik.py" line="54"/>
        <source>{label} kosong.</source>
        <translation>{label} is empty.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/formatting.py" line="209"/>
        <source>{label} &apos;{raw}&apos; bukan tanggal yang sah.</source>
        <translation>{label} &apos;{raw}&apos; is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/formatting.py" line="212"/>
        <source>{label} &apos;{raw}&apos; tidak dapat dibaca; tulis seperti 05/07/1990, 05071990 atau 5 Juli 1990.</source>
        <translation>{label} &apos;{raw}&apos; cannot be read; write it like 05/07/1990, 05071990 or 5 July 1990.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="56"/>
        <source>{label} hanya boleh berisi angka.</source>
        <translation>{label} may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="58"/>
        <source>{label} harus 16 digit (tertulis {text_count} digit).</source>
        <translation>{label} must have 16 digits ({text_count} digits written).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="75"/>
        <source>NIK: kode provinsi &apos;{province}&apos; tidak dikenal.</source>
        <translation>NIK: province code &apos;{province}&apos; is not recognised.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="78"/>
        <source>NIK: kode kabupaten/kota atau kecamatan tidak boleh 00.</source>
        <translation>NIK: the regency/city or district code must not be 00.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="81"/>
        <source>NIK: kode kabupaten/kota &apos;{kabkota}&apos; tidak ada di Jawa Timur.</source>
        <translation>NIK: regency/city code &apos;{kabkota}&apos; is not in East Java.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="91"/>
        <source>NIK: bagian tanggal lahir &apos;{nik}&apos; bukan tanggal yang sah.</source>
        <translation>NIK: the birth date part &apos;{nik}&apos; is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="95"/>
        <source>NIK: nomor urut (4 digit terakhir) tidak boleh 0000.</source>
        <translation>NIK: the serial number (last 4 digits) must not be 0000.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="107"/>
        <source>Menurut NIK, jenis kelamin {sex}; isian formulir berbeda.</source>
        <translation>The NIK says the sex is {sex}; the form says otherwise.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="110"/>
        <source>Menurut NIK, tanggal lahir {nik_date}; isian formulir {form_date}.</source>
        <translation>The NIK says born {nik_date}; the form says {form_date}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="115"/>
        <source>NIK diterbitkan di {nik_place}, sedangkan asal klien tertulis {place} (boleh berbeda bila klien pindah).</source>
        <translation>The NIK was issued in {nik_place}, while the client's origin is given as {place} (they may differ if the client moved).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/nik.py" line="126"/>
        <source>Nomor KK: kode provinsi &apos;{kk}&apos; tidak dikenal.</source>
        <translation>Family card number: province code &apos;{kk}&apos; is not recognised.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/periods.py" line="110"/>
        <source>Tahun periode {year} di luar rentang {min_year}–{max_year}.</source>
        <translation>Period year {year} is outside the range {min_year}–{max_year}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/periods.py" line="115"/>
        <source>Bulan {number} tidak ada; isi 1 sampai 12.</source>
        <translation>Month {number} does not exist; enter 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/periods.py" line="138"/>
        <source>Periode &apos;{raw}&apos; tidak dikenal. Contoh: 2026-10 (bulan), 2026-Q3 (triwulan), 2026-S2 (semester), 2026 (tahun).</source>
        <translation>Period &apos;{raw}&apos; is not recognised. Examples: 2026-10 (month), 2026-Q3 (quarter), 2026-S2 (half-year), 2026 (year).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/periods.py" line="146"/>
        <source>Jenis laporan &apos;{kind}&apos; tidak dikenal; pilih monthly, quarterly, semester atau annual.</source>
        <translation>Report kind &apos;{kind}&apos; is not recognised; choose monthly, quarterly, semester or annual.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/periods.py" line="153"/>
        <source>Periode &apos;{text}&apos; tidak cocok untuk laporan {lower}; contoh: {examples}.</source>
        <translation>Period &apos;{text}&apos; does not fit a {lower} report; example: {examples}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/periods.py" line="169"/>
        <source>Jenis laporan &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Report kind &apos;{kind}&apos; is not recognised.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="108"/>
        <location filename="../../jssc_desktop/services/client_checks.py" line="61"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="112"/>
        <source>{label} tidak dikenal: &apos;{code}&apos;.</source>
        <translation>{label} is not recognised: &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="119"/>
        <source>Kategori PPKS</source>
        <translation>PPKS category</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="120"/>
        <source>Tahapan rehabilitasi</source>
        <translation>Rehabilitation stage</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="121"/>
        <source>Kode kehadiran</source>
        <translation>Attendance code</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="122"/>
        <source>Kode kabupaten/kota</source>
        <translation>Regency/city code</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="123"/>
        <source>Alasan terminasi</source>
        <translation>Discharge reason</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="124"/>
        <source>Hasil bimbingan lanjut</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="125"/>
        <source>Cara bimbingan lanjut</source>
        <translation>Follow-up method</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="126"/>
        <source>Kondisi bantuan</source>
        <translation>Aid condition</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="127"/>
        <source>Jenis usulan</source>
        <translation>Request kind</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="128"/>
        <source>Status usulan</source>
        <translation>Request status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="129"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="130"/>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="131"/>
        <source>Jenis tutor</source>
        <translation>Tutor type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="132"/>
        <source>Jenis lembaga mitra</source>
        <translation>Partner institution type</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="133"/>
        <source>Hasil uji kompetensi</source>
        <translation>Competency test result</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="134"/>
        <source>Status peserta</source>
        <translation>Participant status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="135"/>
        <source>Status angkatan</source>
        <translation>Cohort status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="136"/>
        <source>Status klien</source>
        <translation>Client status</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="137"/>
        <source>Alasan NIK kosong</source>
        <translation>Reason for missing NIK</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="138"/>
        <source>Jenis persetujuan</source>
        <translation>Consent kind</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="139"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="140"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/domain/vocab.py" line="141"/>
        <source>Kelompok umur</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/__init__.py" line="55"/>
        <source>Pilih sedikitnya satu format: pdf atau xlsx.</source>
        <translation>Choose at least one format: pdf or xlsx.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/__init__.py" line="58"/>
        <source>Format &apos;{f}&apos; tidak dikenal; pilih pdf atau xlsx.</source>
        <translation>Format &apos;{f}&apos; is not recognised; choose pdf or xlsx.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/__init__.py" line="165"/>
        <source>Jenis dokumen &apos;{kind}&apos; tidak dikenal; pilih certificate, recap, case atau facility.</source>
        <translation>Document kind &apos;{kind}&apos; is not recognised; choose certificate, recap, case or facility.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/__init__.py" line="168"/>
        <source>Nomor data (--id) wajib diisi.</source>
        <translation>The record number (--id) is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="235"/>
        <source>menyetujui {title}</source>
        <translation>approve the {title}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="239"/>
        <source>{title} belum dapat disetujui: periodenya baru berakhir pada {end}.</source>
        <translation>{title} cannot be approved yet: its period only ends on {end}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="245"/>
        <source>{title} sudah disetujui oleh {approved_by} pada {approved_at}.</source>
        <translation>{title} was already approved by {approved_by} on {approved_at}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="302"/>
        <source>Alasan membuka kembali laporan wajib diisi.</source>
        <translation>A reason for reopening the report is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="305"/>
        <source>{title} belum disetujui, jadi tidak perlu dibuka kembali.</source>
        <translation>{title} is not approved, so it does not need to be reopened.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="335"/>
        <source>Format &apos;{fmt}&apos; tidak dikenal; pilih pdf atau xlsx.</source>
        <translation>Format &apos;{fmt}&apos; is not recognised; choose pdf or xlsx.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="341"/>
        <source>Arsip laporan {period} tidak memuat berkas {upper}.</source>
        <translation>The report archive {period} holds no {upper} file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="345"/>
        <source>Berkas {upper} arsip laporan {period} tidak cocok dengan checksum saat disetujui: berkas telah berubah atau rusak.</source>
        <translation>The {upper} file of the report archive {period} does not match its checksum at approval: the file has changed or is damaged.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/approval.py" line="361"/>
        <source>Laporan {lower} {label} belum disetujui, jadi belum ada arsip untuk dibandingkan.</source>
        <translation>The {lower} report {label} is not approved, so there is no archive to compare with yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/documents.py" line="139"/>
        <source>Sertifikat hanya untuk peserta yang sudah lulus; {name} ({reg_no}) berstatus {lower} di {name2} {name3}.</source>
        <translation>Certificates are only for participants who have graduated; {name} ({reg_no}) has status {lower} in {name2} {name3}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/documents.py" line="307"/>
        <source>Bulan &apos;{month}&apos; tidak dikenal; tulis seperti 2026-10.</source>
        <translation>Month &apos;{month}&apos; is not recognised; write it like 2026-10.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/package.py" line="58"/>
        <source>Kode UPT belum diisi di Profil UPT; paket untuk Dinsos memerlukan kode UPT.</source>
        <translation>The UPT code is not filled in under UPT profile; the package for Dinsos needs the UPT code.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/package.py" line="123"/>
        <source>Kunci instalasi belum ada; paket tidak dapat ditandatangani.</source>
        <translation>The installation key does not exist yet; the package cannot be signed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/province.py" line="150"/>
        <source>Format &apos;{f}&apos; tidak dikenal untuk laporan provinsi; pilih json, xlsx atau pdf.</source>
        <translation>Format &apos;{f}&apos; is not recognised for the province report; choose json, xlsx or pdf.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/province_approval.py" line="110"/>
        <source>Persetujuan laporan provinsi memerlukan pimpinan yang masuk dengan akunnya sendiri.</source>
        <translation>Approving the province report needs the head signed in with their own account.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/province_approval.py" line="117"/>
        <source>{title} belum dapat disetujui: periodenya baru berakhir pada {format_date}.</source>
        <translation>{title} cannot be approved yet: its period only ends on {format_date}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/province_approval.py" line="122"/>
        <source>{title} belum dapat disetujui: belum ada paket UPT yang diterima untuk periode ini.</source>
        <translation>{title} cannot be approved yet: no UPT package has been received for this period.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/province_approval.py" line="127"/>
        <source>{title} sudah disetujui oleh {approved_by} pada {format_datetime}.</source>
        <translation>{title} was already approved by {approved_by} on {format_datetime}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/reports/province_approval.py" line="170"/>
        <source>Berkas {upper} arsip laporan provinsi {period} tidak cocok dengan checksum saat disetujui: berkas telah berubah atau rusak.</source>
        <translation>The {upper} file of the province report archive {period} does not match its checksum at approval: the file has changed or is damaged.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="68"/>
        <source>Hanya Kepala UPT atau Plh. Kepala UPT yang ditunjuk yang berhak {what}; peran {role_name} tidak (pemisahan tugas).</source>
        <translation>Only the Head of UPT or an appointed acting Head of UPT may {what}; the role {role_name} may not (separation of duties).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="84"/>
        <location filename="../../jssc_desktop/services/approvers.py" line="137"/>
        <location filename="../../jssc_desktop/services/approvers.py" line="161"/>
        <source>Hanya Kepala UPT yang dapat menunjuk Plh. Kepala UPT.</source>
        <translation>Only the Head of UPT can appoint an acting Head of UPT.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="87"/>
        <source>Kepala UPT tidak perlu menunjuk dirinya sendiri.</source>
        <translation>The Head of UPT does not need to appoint themselves.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="90"/>
        <source>&apos;{full_name}&apos; tidak dapat ditunjuk Plh.: hanya staf aktif yang dapat ditunjuk (Administrator dan Tutor tidak, demi pemisahan tugas).</source>
        <translation>&apos;{full_name}&apos; cannot be appointed acting head: only active staff can be appointed (not Administrators or Tutors, for separation of duties).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="94"/>
        <source>Tanggal mulai dan selesai Plh. wajib diisi.</source>
        <translation>The start and end dates of the acting appointment are required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="96"/>
        <source>Tanggal selesai Plh. tidak boleh sebelum tanggal mulai.</source>
        <translation>The end date of the acting appointment must not be before the start date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="99"/>
        <source>Penunjukan Plh. paling lama {max_days} hari.</source>
        <translation>An acting appointment lasts at most {max_days} days.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="113"/>
        <location filename="../../jssc_desktop/services/approvers.py" line="170"/>
        <source>Hanya Kepala UPT yang dapat mencabut penunjukan Plh.</source>
        <translation>Only the Head of UPT can revoke an acting appointment.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="150"/>
        <location filename="../../jssc_desktop/services/users.py" line="316"/>
        <source>Pengguna &apos;{username}&apos; tidak ditemukan.</source>
        <translation>User &apos;{username}&apos; was not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/approvers.py" line="158"/>
        <source>Alasan penunjukan Plh. wajib diisi (mis. Kepala UPT cuti).</source>
        <translation>A reason for the acting appointment is required (e.g. the Head of UPT is on leave).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="165"/>
        <source>Nomor klien tidak sah: {cid!r}.</source>
        <translation>Invalid client number: {cid!r}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="173"/>
        <source>{label} tidak terdaftar sebagai peserta angkatan {name}.</source>
        <translation>{label} is not registered as a participant of cohort {name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="184"/>
        <source>Kode kehadiran &apos;{raw}&apos; untuk {who} tidak dikenal. Kode yang sah: {valid_codes_text}.</source>
        <translation>Attendance code &apos;{raw}&apos; for {who} is not recognised. Valid codes: {valid_codes_text}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="189"/>
        <source>{who} bukan peserta angkatan {name} pada tanggal {day:%d-%m-%Y}.</source>
        <translation>{who} is not a participant of cohort {name} on {day:%d-%m-%Y}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="196"/>
        <source>Kode kehadiran bawaan &apos;{default}&apos; tidak dikenal. Kode yang sah: {valid_codes_text}.</source>
        <translation>Default attendance code &apos;{default}&apos; is not recognised. Valid codes: {valid_codes_text}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="208"/>
        <source>Catatan kehadiran {who} paling banyak {max_note} karakter.</source>
        <translation>The attendance note for {who} may have at most {max_note} characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="212"/>
        <source>Catatan untuk {who} memerlukan kode kehadiran.</source>
        <translation>A note for {who} needs an attendance code.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="225"/>
        <source>Mengubah kehadiran yang sudah tersimpan memerlukan alasan ({listed}).</source>
        <translation>Changing attendance that is already saved needs a reason ({listed}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="275"/>
        <source>Tahun tidak sah: {year!r}.</source>
        <translation>Invalid year: {year!r}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance.py" line="277"/>
        <source>Bulan harus 1 sampai 12, bukan {month!r}.</source>
        <translation>The month must be 1 to 12, not {month!r}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="81"/>
        <source>angkatan &apos;{cohort}&apos; pada program {track} tidak ditemukan.</source>
        <translation>cohort &apos;{cohort}&apos; of track {track} not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="83"/>
        <source>angkatan &apos;{cohort}&apos; tidak ditemukan.</source>
        <translation>cohort &apos;{cohort}&apos; not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="85"/>
        <source>ada {count} angkatan bernama &apos;{cohort}&apos;; isi kolom Program.</source>
        <translation>there are {count} cohorts named &apos;{cohort}&apos;; fill in the Program column.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="103"/>
        <source>klien dengan nomor registrasi {reg} tidak ditemukan.</source>
        <translation>no client with registration number {reg}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="111"/>
        <source>nomor {reg} milik {name}, bukan {given}; periksa barisnya.</source>
        <translation>number {reg} belongs to {name}, not {given}; check the row.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="122"/>
        <source>tanggal {day} termasuk {report} yang laporannya sudah disetujui.</source>
        <translation>the date {day} falls in the {report}, which has been approved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="132"/>
        <source>angkatan {cohort} tidak memiliki pertemuan pada {day}; tambahkan pertemuannya dulu di halaman Pelatihan.</source>
        <translation>cohort {cohort} has no session on {day}; add the session first on the Training page.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="143"/>
        <source>{name} bukan peserta angkatan {cohort} pada {day}.</source>
        <translation>{name} was not a participant of cohort {cohort} on {day}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="150"/>
        <source>kehadiran {name} pada {day} sudah ada di baris {row}.</source>
        <translation>the attendance of {name} on {day} is already in row {row}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="158"/>
        <source>sudah tercatat sama</source>
        <translation>already recorded the same</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/attendance_import.py" line="162"/>
        <source>{name} sudah tercatat {code} pada {day}; koreksi lewat halaman Kehadiran dengan alasannya.</source>
        <translation>{name} is already recorded as {code} on {day}; correct it on the Attendance page with a reason.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="122"/>
        <source>Anda tidak berhak melihat riwayat perubahan data ini.</source>
        <translation>You may not see the change history of this record.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="135"/>
        <source>berkas jangkar di samping basis data</source>
        <translation>the anchor file beside the database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="136"/>
        <source>arsip laporan yang disetujui</source>
        <translation>the archive of approved reports</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="136"/>
        <source>manifes cadangan</source>
        <translation>a backup manifest</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="137"/>
        <source>pemeriksaan terakhir</source>
        <translation>the last check</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="148"/>
        <source>Log audit tidak utuh: baris #{row} yang tercatat di {where} tidak ada lagi; baris terakhir kini #{newest}. Baris terbaru log audit telah dihapus di luar aplikasi.</source>
        <translation>The audit log is incomplete: row #{row}, recorded in {where}, no longer exists; the last row is now #{newest}. The newest rows of the audit log were deleted outside the application.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="152"/>
        <source>Log audit tidak utuh: baris #{row} sampai #{head} hilang (ekor log dihapus di luar aplikasi); baris terakhir kini #{newest}.</source>
        <translation>The audit log is incomplete: rows #{row} to #{head} are missing (the end of the log was deleted outside the application); the last row is now #{newest}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="156"/>
        <source>Log audit tidak utuh: baris #{row} dan sesudahnya tidak ditulis oleh aplikasi (ditambahkan di luar aplikasi).</source>
        <translation>The audit log is incomplete: row #{row} and those after it were not written by the application (added outside the application).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="162"/>
        <source>, tidak cocok dengan {where}</source>
        <translation>, and does not match {where}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="163"/>
        <source>Log audit telah diubah di luar aplikasi: isi baris #{row}{what} tidak cocok dengan sidik jarinya{where}.</source>
        <translation>The audit log was changed outside the application: the content of row #{row}{what} does not match its fingerprint{where}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="165"/>
        <source> (menurut {where})</source>
        <translation> (according to {where})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="166"/>
        <source>Log audit tidak utuh: sebelum baris #{row} ada baris yang dihapus atau diubah di luar aplikasi{where}.</source>
        <translation>The audit log is incomplete: before row #{row}, rows were deleted or changed outside the application{where}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="182"/>
        <source>Log audit utuh: {checked} baris baru diperiksa, {total} baris seluruhnya.</source>
        <translation>The audit log is intact: {checked} new rows checked, {total} rows in all.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="185"/>
        <source>Log audit utuh: {checked} baris diperiksa.</source>
        <translation>The audit log is intact: {checked} rows checked.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="216"/>
        <source>Berkas jangkar log audit ({name}) telah diubah di luar aplikasi.</source>
        <translation>The audit log&apos;s anchor file ({name}) was changed outside the application.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="219"/>
        <source>Log audit telah diganti atau dikosongkan di luar aplikasi: berkas jangkar di samping basis data ({name}) mencatat log audit yang lain.</source>
        <translation>The audit log was replaced or emptied outside the application: the anchor file beside the database ({name}) records a different audit log.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="348"/>
        <source>Pengguna &apos;{username}&apos; ditambahkan langsung ke basis data, di luar aplikasi: pembuatannya tidak tercatat di log audit.</source>
        <translation>User &apos;{username}&apos; was added straight to the database, outside the application: its creation is not in the audit log.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="352"/>
        <source>Peran pengguna &apos;{username}&apos; diubah di luar aplikasi: basis data mencatat {role}, log audit mencatat {audited}.</source>
        <translation>The role of user &apos;{username}&apos; was changed outside the application: the database says {role}, the audit log says {audited}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="357"/>
        <source>Akun pengguna &apos;{username}&apos; diaktifkan kembali di luar aplikasi: log audit mencatatnya nonaktif.</source>
        <translation>The account of user &apos;{username}&apos; was re-enabled outside the application: the audit log has it disabled.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="359"/>
        <source>Akun pengguna &apos;{username}&apos; dinonaktifkan di luar aplikasi: log audit mencatatnya aktif.</source>
        <translation>The account of user &apos;{username}&apos; was disabled outside the application: the audit log has it enabled.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/audit_log.py" line="388"/>
        <source>Log audit belum memiliki kunci: kunci dibuat pada perubahan data pertama.</source>
        <translation>The audit log has no key yet: the key is made at the first data change.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/backups.py" line="107"/>
        <source>Basis data tidak dapat dibuka: {display_name}.</source>
        <translation>The database cannot be opened: {display_name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/backups.py" line="253"/>
        <source>Pemulihan menimpa semua data saat ini dan harus dikonfirmasi.</source>
        <translation>Restoring overwrites all current data and must be confirmed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/backups.py" line="389"/>
        <source>Kata sandi cadangan belum diatur.</source>
        <translation>The backup passphrase has not been set.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/backups.py" line="392"/>
        <source>Kata sandi cadangan salah.</source>
        <translation>Wrong backup passphrase.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/backups.py" line="394"/>
        <source>Penyimpanan kata sandi sistem operasi tidak tersedia di PC ini; gunakan {env_passphrase} untuk cadangan otomatis.</source>
        <translation>The operating system&apos;s password store is not available on this PC; use {env_passphrase} for automatic backups.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/base.py" line="115"/>
        <source>Peran {role_name} tidak berhak {label}.</source>
        <translation>The role {role_name} may not {label}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/base.py" line="128"/>
        <source>{label} dengan nomor {ident} tidak ditemukan.</source>
        <translation>{label} with number {ident} was not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/base.py" line="137"/>
        <source>{label} telah diubah oleh pengguna lain sejak Anda membukanya. Tidak ada yang ditimpa; muat ulang lalu ulangi perubahan Anda.</source>
        <translation>{label} was changed by another user since you opened it. Nothing was overwritten; reload, then make your change again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="110"/>
        <source>Bentuk bantuan wajib diisi (mis. mesin jahit, gerobak).</source>
        <translation>The kind of aid is required (e.g. sewing machine, food cart).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="113"/>
        <source>Bentuk bantuan paling panjang {limit} karakter.</source>
        <translation>The kind of aid may have at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="117"/>
        <source>Nilai bantuan harus bilangan bulat Rupiah.</source>
        <translation>The value of the aid must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="119"/>
        <source>Nilai bantuan harus lebih dari Rp 0.</source>
        <translation>The value of the aid must be more than Rp 0.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="121"/>
        <source>Nilai bantuan terlalu besar; periksa kembali angkanya.</source>
        <translation>The value of the aid is too large; please check the amount.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="127"/>
        <source>Tanggal bantuan diberikan wajib diisi.</source>
        <translation>The date the aid was given is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="129"/>
        <source>Tanggal bantuan diberikan tidak boleh di masa depan.</source>
        <translation>The date the aid was given must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="134"/>
        <source>{name} ({reg_no}) belum lulus pelatihan; bantuan usaha dicatat untuk lulusan.</source>
        <translation>{name} ({reg_no}) has not graduated from a training yet; business aid is recorded for graduates.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="140"/>
        <source>Pilih pelatihan yang telah diluluskan klien ini.</source>
        <translation>Choose a training this client has graduated from.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="145"/>
        <source>Tanggal bantuan diberikan tidak boleh sebelum tanggal lulus ({graduated_on}).</source>
        <translation>The date the aid was given must not be before the graduation date ({graduated_on}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/business_aid.py" line="210"/>
        <source>Alasan menghapus bantuan usaha wajib diisi.</source>
        <translation>A reason for deleting the business aid is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/certificates.py" line="45"/>
        <source>Kode verifikasi &apos;{text}&apos; tidak sah: 10 huruf/angka seperti 7KQ2M-X9D4T.</source>
        <translation>Verification code &apos;{text}&apos; is invalid: 10 letters/digits such as 7KQ2M-X9D4T.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/certificates.py" line="98"/>
        <source>Tidak ada sertifikat dengan kode verifikasi {format_code} di basis data ini: sertifikat itu tidak diterbitkan oleh UPT ini atau kodenya salah.</source>
        <translation>There is no certificate with verification code {format_code} in this database: that certificate was not issued by this UPT or the code is wrong.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="69"/>
        <source>{label} bukan tanggal yang sah.</source>
        <translation>{label} is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="75"/>
        <source>{label} ({day}) tidak boleh setelah hari ini ({today}).</source>
        <translation>{label} ({day}) must not be after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="92"/>
        <source>Nama klien wajib diisi.</source>
        <translation>The client&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="94"/>
        <source>Nama klien terlalu panjang (maksimal 200 karakter).</source>
        <translation>The client&apos;s name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="97"/>
        <source>Nama klien harus memuat huruf atau angka.</source>
        <translation>The client&apos;s name must contain letters or digits.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="109"/>
        <source>Tanggal lahir {birth_date} berarti usia lebih dari {max_age_years} tahun; periksa kembali.</source>
        <translation>Birth date {birth_date} means an age over {max_age_years} years; please check it.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="118"/>
        <source>Tanggal masuk ({admission_date}) tidak boleh sebelum tanggal lahir ({birth_date}).</source>
        <translation>The admission date ({admission_date}) must not be before the birth date ({birth_date}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="132"/>
        <source>NIK kosong: isi NIK atau pilih alasan NIK tidak ada.</source>
        <translation>NIK is empty: enter the NIK or choose why there is none.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="160"/>
        <source>{label} terlalu panjang (maksimal {value} karakter).</source>
        <translation>{label} is too long (at most {value} characters).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="201"/>
        <source>NIK sudah terdaftar atas nama {name} ({reg_no}).</source>
        <translation>The NIK is already registered to {name} ({reg_no}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_checks.py" line="208"/>
        <source>Sudah ada klien dengan nama dan tanggal lahir yang sama: {name} ({reg_no}, lahir {birth_date}). Bila memang orang yang berbeda, simpan dengan konfirmasi.</source>
        <translation>There is already a client with the same name and birth date: {name} ({reg_no}, born {birth_date}). If this really is a different person, save with confirmation.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_list.py" line="194"/>
        <source>Peran {role_name} tidak berhak melihat klien menurut kategori {ppk}.</source>
        <translation>The role {role_name} may not see clients by category {ppk}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_list.py" line="394"/>
        <source>Urutan tidak dikenal: &apos;{sort}&apos;.</source>
        <translation>Unknown sort order: &apos;{sort}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_list.py" line="396"/>
        <source>Posisi halaman tidak boleh negatif.</source>
        <translation>The page position must not be negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_list.py" line="398"/>
        <source>Jumlah baris per halaman minimal 1.</source>
        <translation>At least 1 row per page.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_list.py" line="400"/>
        <source>Halaman berikutnya dipilih dengan posisi atau kunci, tidak keduanya.</source>
        <translation>The next page is chosen by position or by key, not both.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/client_list.py" line="405"/>
        <source>Posisi halaman tidak sesuai dengan urutan daftar.</source>
        <translation>The page position does not match the list order.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="248"/>
        <source>Data klien {reg_no} sudah dianonimkan dan tidak dapat diubah lagi.</source>
        <translation>The data of client {reg_no} has been anonymised and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="269"/>
        <source>Klien ini tidak terdaftar di angkatan Anda; tutor hanya dapat membuka data peserta angkatannya sendiri.</source>
        <translation>This client is not enrolled in your cohort; tutors can only open the records of their own cohorts&apos; participants.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="288"/>
        <source>Nomor registrasi tahun {year} sudah habis (99.999).</source>
        <translation>The registration numbers of year {year} are used up (99,999).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="435"/>
        <source>Nomor registrasi tidak dapat dibuat karena banyak pendaftaran bersamaan; coba simpan lagi.</source>
        <translation>A registration number could not be made because many registrations happened at once; try saving again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="476"/>
        <source>Tanggal masuk ({new_admission}) tidak boleh setelah tahap {stage} ({started_on}).</source>
        <translation>The admission date ({new_admission}) must not be after the stage {stage} ({started_on}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="483"/>
        <source>Tanggal masuk tidak boleh setelah tanggal terminasi ({discharge_date}).</source>
        <translation>The admission date must not be after the discharge date ({discharge_date}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="487"/>
        <source>Tanggal lahir tidak boleh setelah tahap rehabilitasi pertama.</source>
        <translation>The birth date must not be after the first rehabilitation stage.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="520"/>
        <source>Tahap terminasi dicatat melalui Terminasi klien (dengan alasan dan tanggal).</source>
        <translation>The discharge stage is recorded through Discharge client (with reason and date).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="524"/>
        <source>{label} sudah diterminasi; setelah terminasi hanya tahap {aftercare_stage} yang dapat dicatat.</source>
        <translation>{label} has been discharged; after discharge only the stage {aftercare_stage} can be recorded.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="529"/>
        <source>Tahap {aftercare_stage} dicatat setelah terminasi.</source>
        <translation>The stage {aftercare_stage} is recorded after discharge.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="533"/>
        <source>{label} sudah berada pada tahap {stage}.</source>
        <translation>{label} is already at the stage {stage}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="541"/>
        <source>Tanggal mulai tahap ({day}) tidak boleh sebelum tahap terakhir {stage} ({started_on}).</source>
        <translation>The stage start date ({day}) must not be before the last stage {stage} ({started_on}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="546"/>
        <source>Tanggal mulai tahap tidak boleh sebelum tanggal masuk ({admission_date}).</source>
        <translation>The stage start date must not be before the admission date ({admission_date}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="575"/>
        <source>{label} sudah diterminasi pada {discharge_date}.</source>
        <translation>{label} was already discharged on {discharge_date}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="584"/>
        <source>Tanggal terminasi ({day}) tidak boleh sebelum tanggal masuk ({admission_date}).</source>
        <translation>The discharge date ({day}) must not be before the admission date ({admission_date}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="589"/>
        <source>Tanggal terminasi ({day}) tidak boleh sebelum tahap terakhir {stage} ({started_on}).</source>
        <translation>The discharge date ({day}) must not be before the last stage {stage} ({started_on}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="595"/>
        <source>Diserahkan kepada: maksimal 200 karakter.</source>
        <translation>Handed over to: at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="626"/>
        <source>Nama pemberi persetujuan wajib diisi.</source>
        <translation>The name of the person giving consent is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="628"/>
        <source>Nama pemberi persetujuan maksimal 200 karakter.</source>
        <translation>The name of the person giving consent may have at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="648"/>
        <source>Persetujuan ini sudah ditarik pada {withdrawn_on}.</source>
        <translation>This consent was already withdrawn on {withdrawn_on}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/clients.py" line="656"/>
        <source>Tanggal penarikan tidak boleh sebelum tanggal persetujuan ({given_on}).</source>
        <translation>The withdrawal date must not be before the consent date ({given_on}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="92"/>
        <source>Basis data yang dipakai sekarang bukan berkas SQLite; tidak ada berkas yang dapat disalin.</source>
        <translation>The database in use is not an SQLite file; there is no file that can be copied.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="97"/>
        <source>Basis data sudah berada di folder itu: {target}.</source>
        <translation>The database is already in that folder: {target}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="101"/>
        <source>Di folder {folder} sudah ada basis data ({db_file_name}). Berkas itu tidak ditimpa. Bila memang ingin menggantinya, pindahkan atau ganti nama berkas itu lebih dulu.</source>
        <translation>The folder {folder} already holds a database ({db_file_name}). That file is not overwritten. If you really want to replace it, move or rename that file first.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="110"/>
        <source>Folder {folder} tidak dapat ditulisi ({value}).</source>
        <translation>The folder {folder} cannot be written to ({value}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="118"/>
        <source>Salinan gagal diperiksa dan dihapus: {message}</source>
        <translation>The copy failed its check and was deleted: {message}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="121"/>
        <source>Di folder {folder} sudah ada basis data ({db_file_name}). Berkas itu tidak ditimpa.</source>
        <translation>The folder {folder} already holds a database ({db_file_name}). That file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="127"/>
        <source>Basis data tidak dapat disalin ke {folder} ({value}).</source>
        <translation>The database cannot be copied to {folder} ({value}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="130"/>
        <source>Basis data tidak dapat disalin: {exc}.</source>
        <translation>The database cannot be copied: {exc}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/database_location.py" line="226"/>
        <source>Uji sambungan hanya untuk alamat server PostgreSQL (postgresql://pengguna@server:5432/basisdata).</source>
        <translation>The connection test is only for PostgreSQL server addresses (postgresql://user@server:5432/database).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/demo/__init__.py" line="56"/>
        <source>Basis data sudah berisi {n_clients} klien. Data demo hanya dapat dibuat pada basis data kosong; gunakan berkas basis data baru (--db).</source>
        <translation>The database already holds {n_clients} clients. Demo data can only be made in an empty database; use a new database file (--db).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/demo/__init__.py" line="62"/>
        <source>Basis data sudah berisi data {label}. Data demo hanya dapat dibuat pada basis data kosong; gunakan berkas basis data baru (--db).</source>
        <translation>The database already holds {label} records. Demo data can only be made in an empty database; use a new database file (--db).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/demo/__init__.py" line="81"/>
        <source>Jumlah klien data demo harus 1 sampai {most}.</source>
        <translation>The number of demo clients must be 1 to {most}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/demo/__init__.py" line="84"/>
        <source>Rentang tahun data demo harus 1 sampai {max_years}.</source>
        <translation>The year range of the demo data must be 1 to {max_years}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/exports.py" line="58"/>
        <source>Ekspor hanya ke berkas .xlsx atau .csv.</source>
        <translation>Export only to an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="276"/>
        <source>Judul usulan wajib diisi.</source>
        <translation>The request title is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="278"/>
        <source>Judul usulan paling panjang 300 karakter.</source>
        <translation>The request title may have at most 300 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="284"/>
        <source>Perkiraan biaya (RAB) harus bilangan bulat Rupiah.</source>
        <translation>The cost estimate (RAB) must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="287"/>
        <source>Perkiraan biaya (RAB) tidak boleh negatif.</source>
        <translation>The cost estimate (RAB) must not be negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="289"/>
        <source>Perkiraan biaya (RAB) terlalu besar; periksa kembali angkanya.</source>
        <translation>The cost estimate (RAB) is too large; please check the amount.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="293"/>
        <source>Program keterampilan dengan nomor {track_id} tidak ditemukan.</source>
        <translation>Training programme number {track_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="412"/>
        <source>Nomor usulan tidak dapat dibuat karena banyak usulan disimpan bersamaan. Coba lagi.</source>
        <translation>A request number could not be made because many requests were saved at once. Try again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="422"/>
        <source>Usulan {number} berstatus {status}; hanya usulan berstatus {draft} yang dapat diubah isinya.</source>
        <translation>Request {number} has status {status}; only requests with status {draft} can have their content changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="453"/>
        <source>Usulan {number} berstatus {status}</source>
        <translation>Request {number} has status {status}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="457"/>
        <source>{where}; tidak dapat diubah menjadi {to_status}. Status berikutnya yang diperbolehkan: {names}.</source>
        <translation>{where}; it cannot be changed to {to_status}. Allowed next statuses: {names}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="462"/>
        <source>{where}; status ini sudah final dan tidak dapat diubah lagi (diminta: {to_status}).</source>
        <translation>{where}; this status is final and can no longer be changed (asked for: {to_status}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="470"/>
        <source>Usulan {number} tidak dapat diubah dari {current} menjadi {to_status}: {refusal} (pemisahan tugas).{hint}</source>
        <translation>Request {number} cannot be changed from {current} to {to_status}: {refusal} (separation of duties).{hint}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="477"/>
        <source>Alasan {label} usulan {number} wajib diisi.</source>
        <translation>A reason for {label} request {number} is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="484"/>
        <source>Tanggal perubahan status tidak valid.</source>
        <translation>The status change date is invalid.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="486"/>
        <source>Tanggal perubahan status tidak boleh di masa depan.</source>
        <translation>The status change date must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="493"/>
        <source>Tanggal perubahan status tidak boleh sebelum perubahan sebelumnya ({strftime}).</source>
        <translation>The status change date must not be before the previous change ({strftime}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="521"/>
        <source>perkiraan biaya (RAB) lebih dari Rp 0</source>
        <translation>a cost estimate (RAB) above Rp 0</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="523"/>
        <source>uraian kebutuhan</source>
        <translation>the description of needs</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="525"/>
        <source>{first} dan {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="528"/>
        <source>Usulan {number} belum dapat diajukan: isi dulu {what} (Ubah usulan).</source>
        <translation>Request {number} cannot be submitted yet: first fill in {what} (Edit request).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="545"/>
        <source>Nama berkas lampiran tidak valid.</source>
        <translation>The attachment file name is invalid.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="568"/>
        <source>Jenis lampiran tidak dikenal: &apos;{kind}&apos;. Pilih: {items}.</source>
        <translation>Unknown attachment kind: &apos;{kind}&apos;. Choose: {items}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="575"/>
        <source>Isi berkas lampiran tidak valid.</source>
        <translation>The attachment file content is invalid.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="578"/>
        <source>Berkas &apos;{name}&apos; kosong.</source>
        <translation>The file &apos;{name}&apos; is empty.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="582"/>
        <source>Berkas &apos;{name}&apos; berukuran {mb} MB; lampiran paling besar 10 MB.</source>
        <translation>The file &apos;{name}&apos; is {mb} MB; attachments may be at most 10 MB.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/facility.py" line="605"/>
        <source>Lampiran &apos;{file_name}&apos; rusak: isinya tidak cocok dengan sidik jarinya.</source>
        <translation>The attachment &apos;{file_name}&apos; is damaged: its content does not match its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="58"/>
        <source>Penghasilan &apos;{value}&apos; bukan Rupiah bulat.</source>
        <translation>Income &apos;{value}&apos; is not a whole number of Rupiah.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="73"/>
        <source>Penghasilan &apos;{value}&apos; tidak dapat dibaca; tulis angka Rupiah seperti 2500000 atau Rp 2.500.000.</source>
        <translation>Income &apos;{value}&apos; cannot be read; write a Rupiah amount such as 2500000 or Rp 2.500.000.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="83"/>
        <source>Bulan ke &apos;{text}&apos; harus 3, 6 atau 12.</source>
        <translation>Month number &apos;{text}&apos; must be 3, 6 or 12.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="147"/>
        <source>{reg_no} pada program {track}</source>
        <translation>{reg_no} in the programme {track}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="150"/>
        <source>Tidak ada jadwal bimbingan lanjut bulan ke-{months} untuk {where} (klien belum lulus atau nomor registrasi salah).</source>
        <translation>There is no month-{months} follow-up scheduled for {where} (the client has not graduated or the registration number is wrong).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="155"/>
        <source>{reg_no} lulus dari beberapa program ({names}): isi kolom Program.</source>
        <translation>{reg_no} graduated from several programmes ({names}): fill in the Programme column.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="184"/>
        <location filename="../../jssc_desktop/services/imports.py" line="533"/>
        <source>baris contoh templat</source>
        <translation>the template's example row</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followup_import.py" line="208"/>
        <source>Impor dibatalkan, tidak ada data yang disimpan: {row_issue}</source>
        <translation>Import cancelled, no data was saved: {row_issue}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="152"/>
        <source>Tanggal pelaksanaan bimbingan lanjut wajib diisi.</source>
        <translation>The date the follow-up took place is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="155"/>
        <source>Tanggal pelaksanaan bimbingan lanjut tidak boleh di masa depan.</source>
        <translation>The date the follow-up took place must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="158"/>
        <source>Tanggal pelaksanaan bimbingan lanjut tidak boleh sebelum tanggal lulus ({graduated_on}).</source>
        <translation>The date the follow-up took place must not be before the graduation date ({graduated_on}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="165"/>
        <source>Penghasilan per bulan harus bilangan bulat Rupiah.</source>
        <translation>The monthly income must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="168"/>
        <source>Penghasilan per bulan tidak boleh negatif.</source>
        <translation>The monthly income must not be negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="172"/>
        <source>Penghasilan per bulan terlalu besar; periksa kembali angkanya.</source>
        <translation>The monthly income is too large; please check the amount.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="178"/>
        <source>Penghasilan hanya diisi bila hasilnya {earning}; hasil &apos;{outcome}&apos; tidak berpenghasilan.</source>
        <translation>Income is only filled in when the outcome is {earning}; the outcome &apos;{outcome}&apos; has no income.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="183"/>
        <source>Tempat kerja/usaha paling panjang 200 karakter.</source>
        <translation>The workplace/business may have at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="187"/>
        <source>Bantuan yang diterima paling panjang 300 karakter.</source>
        <translation>The aid received may have at most 300 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="193"/>
        <source>Kondisi bantuan diisi, tetapi bantuan yang diterima kosong.</source>
        <translation>The aid condition is filled in, but the aid received is empty.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="215"/>
        <source>Hasil &apos;{name}&apos; memerlukan tempat kerja/usaha; isi nama tempat kerja atau usahanya.</source>
        <translation>The outcome &apos;{name}&apos; needs a workplace/business; fill in the name of the workplace or business.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="219"/>
        <source>Hasil &apos;{name}&apos; memerlukan penghasilan per bulan di atas Rp 0; bila belum berpenghasilan, pilih hasil lain.</source>
        <translation>The outcome &apos;{name}&apos; needs a monthly income above Rp 0; if there is no income yet, choose another outcome.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="223"/>
        <source>Penghasilan {income} per bulan melebihi batas wajar {ceiling} (Pengaturan). Pastikan angkanya benar, lalu konfirmasikan.</source>
        <translation>An income of {income} a month is above the usual ceiling of {ceiling} (Settings). Make sure the amount is right, then confirm.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="365"/>
        <source>Pilihan daftar bimbingan lanjut tidak dikenal: &apos;{state}&apos;.</source>
        <translation>Unknown follow-up list choice: &apos;{state}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/followups.py" line="417"/>
        <location filename="../../jssc_desktop/services/tutors.py" line="456"/>
        <source>Tanggal akhir periode tidak boleh sebelum tanggal awal.</source>
        <translation>The end date of the period must not be before its start date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="93"/>
        <source>{client_label} berstatus {status}; hanya peserta aktif yang dapat {doing}.</source>
        <translation>{client_label} has status {status}; only active participants can {doing}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="103"/>
        <source>Nilai uji kompetensi harus berupa angka 0 sampai 100.</source>
        <translation>The competency test score must be a number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="107"/>
        <source>Nilai uji kompetensi harus 0 sampai 100, bukan {score}.</source>
        <translation>The competency test score must be 0 to 100, not {score}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="122"/>
        <source>dinilai</source>
        <translation>be assessed</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="128"/>
        <source>Tanggal uji kompetensi {client_label} tidak boleh sebelum tanggal masuk angkatan ({enrolled_on:%d-%m-%Y}).</source>
        <translation>The competency test date of {client_label} must not be before the date of joining the cohort ({enrolled_on:%d-%m-%Y}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="134"/>
        <source>Nama penguji paling banyak 200 karakter.</source>
        <translation>The assessor&apos;s name may have at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="153"/>
        <source>diluluskan</source>
        <translation>graduate</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="156"/>
        <source>belum dinilai</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="158"/>
        <source>{client_label} belum dapat diluluskan: hasil uji kompetensi {state}. Hanya peserta kompeten yang lulus dan menerima sertifikat.</source>
        <translation>{client_label} cannot graduate yet: the competency test result is {state}. Only competent participants graduate and receive a certificate.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="163"/>
        <source>Tanggal lulus {client_label} tidak boleh sebelum tanggal uji kompetensi ({assessed_on:%d-%m-%Y}).</source>
        <translation>The graduation date of {client_label} must not be before the competency test date ({assessed_on:%d-%m-%Y}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="189"/>
        <source>Nomor sertifikat {certificate_no} baru saja dipakai dari komputer lain. Tidak ada yang disimpan; ulangi penetapan kelulusan.</source>
        <translation>Certificate number {certificate_no} was just used from another computer. Nothing was saved; set the graduation again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/graduation.py" line="236"/>
        <source>Angkatan {name} tidak memiliki peserta aktif yang sudah dinilai; isi hasil uji kompetensi terlebih dahulu.</source>
        <translation>Cohort {name} has no active participants who have been assessed; fill in the competency test results first.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="153"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="158"/>
        <location filename="../../jssc_desktop/services/imports.py" line="183"/>
        <source>Berkas {name} tidak dapat dibaca sebagai Excel (.xlsx): {exc}</source>
        <translation>The file {name} cannot be read as Excel (.xlsx): {exc}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="171"/>
        <source>Lembar &apos;{sheet_name}&apos; tidak ada di {name}.</source>
        <translation>The sheet &apos;{sheet_name}&apos; is not in {name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="187"/>
        <source>Lembar {title} berisi lebih dari {max_rows} baris; bagi menjadi beberapa berkas.</source>
        <translation>The sheet {title} has more than {max_rows} rows; split it into several files.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="247"/>
        <source>Baris judul kolom tidak ditemukan: pastikan ada kolom seperti &apos;Nama Lengkap&apos;, &apos;Jenis Kelamin&apos;, &apos;Jenis PPKS&apos; dan &apos;Tgl Masuk&apos; di 30 baris pertama.</source>
        <translation>No column header row was found: make sure there are columns such as &apos;Nama Lengkap&apos;, &apos;Jenis Kelamin&apos;, &apos;Jenis PPKS&apos; and &apos;Tgl Masuk&apos; in the first 30 rows.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="269"/>
        <source>Baris {row}, kolom {column}: {message}</source>
        <translation>Row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="351"/>
        <location filename="../../jssc_desktop/services/table_import.py" line="143"/>
        <source>Kolom tujuan tidak dikenal: {items}.</source>
        <translation>Unknown target columns: {items}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="361"/>
        <location filename="../../jssc_desktop/services/table_import.py" line="154"/>
        <source>kolom wajib &apos;{column}&apos; tidak ada di lembar ini.</source>
        <translation>the required column &apos;{column}&apos; is not in this sheet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="460"/>
        <source>NIK sama dengan baris {row} di berkas ini.</source>
        <translation>the same NIK as row {row} of this file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="466"/>
        <source>nama dan tanggal lahir sama dengan baris {row} di berkas ini.</source>
        <translation>the same name and date of birth as row {row} of this file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="517"/>
        <source>tanggal masuk termasuk {report} yang laporannya sudah disetujui; data periode itu tidak dapat ditambah lewat impor.</source>
        <translation>the admission date falls in the {report}, which has been approved; that period's data cannot be added by an import.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="538"/>
        <source>NIK sudah terdaftar atas nama {name} ({reg_no})</source>
        <translation>NIK already registered to {name} ({reg_no})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="545"/>
        <source>nama dan tanggal lahir sama dengan {name} ({reg_no}) yang sudah terdaftar</source>
        <translation>same name and date of birth as {name} ({reg_no}), already registered</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/imports.py" line="616"/>
        <location filename="../../jssc_desktop/services/table_import.py" line="189"/>
        <source>Impor dibatalkan: {error_rows} baris bermasalah. Perbaiki lalu ulangi; tidak ada data yang disimpan. Galat pertama: {errors}</source>
        <translation>Import cancelled: {error_rows} rows have problems. Correct them and try again; no data was saved. First error: {errors}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="187"/>
        <source>Paket {name} ditolak: {reason}. Tidak ada yang disimpan.</source>
        <translation>Package {name} was refused: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="193"/>
        <source>berkas terlalu besar untuk sebuah paket laporan</source>
        <translation>the file is too large for a report package</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="198"/>
        <source>isi paket tidak dikenali (terlalu banyak berkas)</source>
        <translation>the package content is not recognised (too many files)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="202"/>
        <source>isi paket tidak dikenali (&apos;{filename}&apos;)</source>
        <translation>the package content is not recognised (&apos;{filename}&apos;)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="207"/>
        <source>bukan paket JSSC atau berkasnya terpotong/rusak</source>
        <translation>not a JSSC package, or the file is truncated/damaged</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="218"/>
        <source>tanda tangan paket tidak sah (isi paket telah diubah)</source>
        <translation>the package signature is invalid (the package content was changed)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="225"/>
        <source>{what} tidak dapat dibaca</source>
        <translation>{what} cannot be read</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="233"/>
        <source>berkasnya berubah setelah diperiksa; pilih dan periksa lagi</source>
        <translation>the file changed after it was checked; choose it and check it again</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="242"/>
        <source>berkas {needed} tidak ada di dalam paket</source>
        <translation>the file {needed} is not in the package</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="245"/>
        <source>bukan paket laporan JSSC</source>
        <translation>not a JSSC report package</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="248"/>
        <source>versi skema {version!r} tidak dikenal (program ini membaca versi {items}); perbarui program</source>
        <translation>schema version {version!r} is not recognised (this program reads version {items}); update the program</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="253"/>
        <source>kunci publik UPT di manifest tidak valid</source>
        <translation>the UPT public key in the manifest is invalid</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="257"/>
        <source>manifest tidak mencantumkan data.json</source>
        <translation>the manifest does not list data.json</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="260"/>
        <source>berkas di luar manifest: {items}</source>
        <translation>files not in the manifest: {items}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="263"/>
        <source>berkas {member} yang tercantum di manifest tidak ada</source>
        <translation>the file {member} listed in the manifest is missing</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="266"/>
        <source>checksum {member} tidak cocok (isi paket telah diubah)</source>
        <translation>the checksum of {member} does not match (the package content was changed)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="271"/>
        <source>data.json tidak sesuai skema versi {version}: {problems}</source>
        <translation>data.json does not fit schema version {version}: {problems}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/package_format.py" line="275"/>
        <source>kode UPT atau periode di manifest berbeda dengan data.json</source>
        <translation>the UPT code or period in the manifest differs from data.json</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/period_lock.py" line="129"/>
        <source>Tanggal {d} termasuk {what} yang sudah disetujui dan dikunci. Administrator dapat tetap mengubahnya dengan menuliskan alasan koreksi.</source>
        <translation>The date {d} belongs to {what} that is already approved and locked. An Administrator can still change it by writing a correction reason.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/period_lock.py" line="133"/>
        <source> pada {day}</source>
        <translation> on {day}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/period_lock.py" line="135"/>
        <source>Tanggal {d} termasuk {what} yang sudah disetujui Kepala UPT{value}; data periode itu dikunci. Hanya Administrator yang dapat mengubahnya, dengan menuliskan alasan koreksi.</source>
        <translation>The date {d} belongs to {what} already approved by the Head of UPT{value}; the data of that period is locked. Only an Administrator can change it, by writing a correction reason.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="130"/>
        <source>Peran {role_name} tidak berhak {doing}; hanya Administrator yang dapat melakukannya.</source>
        <translation>The role {role_name} may not {doing}; only an Administrator can do that.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="160"/>
        <source>Masa simpan data harus bilangan bulat tahun.</source>
        <translation>The data retention period must be a whole number of years.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="162"/>
        <source>Masa simpan data harus 1 sampai 100 tahun.</source>
        <translation>The data retention period must be 1 to 100 years.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="187"/>
        <source>melihat daftar data klien yang melewati masa simpan</source>
        <translation>see the list of client data past the retention period</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="232"/>
        <source>menganonimkan data klien</source>
        <translation>anonymise client data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="238"/>
        <source>{label} sudah dianonimkan pada {anonymized_at}.</source>
        <translation>{label} was already anonymised on {anonymized_at}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="242"/>
        <source>{label} masih aktif; hanya klien yang sudah diterminasi yang dapat dianonimkan.</source>
        <translation>{label} is still active; only discharged clients can be anonymised.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="247"/>
        <source>Alasan anonimisasi wajib diisi.</source>
        <translation>A reason for the anonymisation is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="249"/>
        <source>Alasan anonimisasi maksimal {max_reason} karakter.</source>
        <translation>The anonymisation reason may have at most {max_reason} characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="423"/>
        <source>Pengguna {role}</source>
        <translation>Users: {role}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="426"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="427"/>
        <source>Lokasi basis data</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="428"/>
        <source>Cadangan terakhir</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="429"/>
        <source>belum ada cadangan</source>
        <translation>no backup yet</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="430"/>
        <source>Berkas cadangan terakhir</source>
        <translation>Last backup file</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="432"/>
        <source>Klien (penerima manfaat)</source>
        <translation>Clients (beneficiaries)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="433"/>
        <source>Klien seluruhnya</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="434"/>
        <source>Klien aktif</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="435"/>
        <source>Klien terminasi (data pribadi masih disimpan)</source>
        <translation>Discharged clients (personal data still kept)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="436"/>
        <source>Klien yang sudah dianonimkan</source>
        <translation>Anonymised clients</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="437"/>
        <source>Klien anak (di bawah 18 tahun)</source>
        <translation>Child clients (under 18)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="438"/>
        <source>Klien dengan NIK</source>
        <translation>Clients with a NIK</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="439"/>
        <source>Klien dengan nomor KK</source>
        <translation>Clients with a family card number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="440"/>
        <source>Klien dengan tanggal lahir</source>
        <translation>Clients with a birth date</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="441"/>
        <source>Klien dengan alamat</source>
        <translation>Clients with an address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="442"/>
        <source>Klien dengan nomor telepon</source>
        <translation>Clients with a telephone number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="443"/>
        <source>Klien dengan catatan kesehatan</source>
        <translation>Clients with health notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="444"/>
        <source>Klien dengan data disabilitas</source>
        <translation>Clients with disability data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="445"/>
        <source>Klien dengan catatan keluarga</source>
        <translation>Clients with family notes</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="446"/>
        <source>Klien dengan data wali</source>
        <translation>Clients with guardian data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="447"/>
        <source>Klien dengan foto</source>
        <translation>Clients with a photo</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="448"/>
        <source>Klien terminasi lebih dari {years} tahun (masa simpan)</source>
        <translation>Clients discharged more than {years} years ago (retention period)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="451"/>
        <source>Persetujuan pemrosesan data</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="452"/>
        <source>Persetujuan tercatat</source>
        <translation>Consents recorded</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="453"/>
        <source>Persetujuan yang ditarik</source>
        <translation>Consents withdrawn</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="455"/>
        <source>Pengguna aplikasi</source>
        <translation>Program users</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="456"/>
        <source>Tutor/instruktur</source>
        <translation>Tutors/instructors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="457"/>
        <source>Tutor seluruhnya</source>
        <translation>All tutors</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="458"/>
        <source>Tutor dengan NIP</source>
        <translation>Tutors with a NIP</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="459"/>
        <source>Tutor dengan nomor telepon</source>
        <translation>Tutors with a telephone number</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="460"/>
        <source>Tutor dengan alamat email</source>
        <translation>Tutors with an email address</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="462"/>
        <source>Bimbingan lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="463"/>
        <source>Bimbingan lanjut yang sudah dilaksanakan</source>
        <translation>Follow-ups carried out</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="464"/>
        <source>Bimbingan lanjut dengan data penghasilan</source>
        <translation>Follow-ups with income data</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="466"/>
        <source>Lain-lain</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="467"/>
        <source>Lampiran usulan revitalisasi (foto/dokumen)</source>
        <translation>Revitalization request attachments (photos/documents)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="468"/>
        <source>Ukuran lampiran (byte)</source>
        <translation>Size of attachments (bytes)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="469"/>
        <source>Baris log audit</source>
        <translation>Audit log rows</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="513"/>
        <source>Inventaris data hanya dapat disimpan ke berkas .txt atau .xlsx.</source>
        <translation>The data inventory can only be saved to a .txt or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="529"/>
        <source>Keterangan data yang diekspor wajib diisi.</source>
        <translation>A description of the exported data is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="532"/>
        <source>Keterangan data yang diekspor maksimal {max_export_what} karakter.</source>
        <translation>The description of the exported data may have at most {max_export_what} characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/privacy.py" line="535"/>
        <source>Jumlah baris ekspor harus bilangan bulat tidak negatif.</source>
        <translation>The number of exported rows must be a whole number, not negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="33"/>
        <source>{label} kosong atau tidak dapat dibaca.</source>
        <translation>{label} is empty or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="37"/>
        <source>{label} terlalu besar ({shown} MB); maksimal 2 MB.</source>
        <translation>{label} is too large ({shown} MB); at most 2 MB.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="43"/>
        <source>{label} harus berupa gambar PNG atau JPEG.</source>
        <translation>{label} must be a PNG or JPEG picture.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="48"/>
        <source>{label} terlalu panjang (maksimal {limit} karakter).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="103"/>
        <location filename="../../jssc_desktop/services/profile.py" line="114"/>
        <source>Kapasitas harus berupa bilangan bulat.</source>
        <translation>The capacity must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="108"/>
        <source>Kapasitas harus berupa bilangan bulat, bukan &apos;{value}&apos;.</source>
        <translation>The capacity must be a whole number, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="116"/>
        <source>Kapasitas tidak boleh negatif.</source>
        <translation>The capacity must not be negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="118"/>
        <source>Kapasitas tidak masuk akal (lebih dari 100.000).</source>
        <translation>The capacity is not plausible (more than 100,000).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="129"/>
        <source>NIP Kepala UPT harus {nip_length} angka (spasi boleh), bukan &apos;{text}&apos;.</source>
        <translation>The NIP of the Head of UPT must be {nip_length} digits (spaces allowed), not &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="137"/>
        <source>Nama UPT wajib diisi.</source>
        <translation>The UPT name is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="140"/>
        <source>Kode UPT wajib diisi.</source>
        <translation>The UPT code is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="144"/>
        <source>UPT berada di Jawa Timur: pilih kabupaten/kota di Jawa Timur.</source>
        <translation>The UPT is in East Java: choose a regency/city in East Java.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="147"/>
        <location filename="../../jssc_desktop/services/tutors.py" line="214"/>
        <source>Alamat email tidak valid: &apos;{email}&apos;.</source>
        <translation>Invalid email address: &apos;{email}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/profile.py" line="209"/>
        <source>Profil UPT belum diisi: simpan profil terlebih dahulu.</source>
        <translation>The UPT profile is not filled in yet: save the profile first.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province.py" line="58"/>
        <source>Basis data ini bukan instalasi provinsi. Siapkan basis data baru dengan &apos;jssc-desktop province init&apos;.</source>
        <translation>This database is not a province installation. Prepare a new database with &apos;jssc-desktop province init&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province.py" line="68"/>
        <source>Basis data ini berisi data klien UPT; mode provinsi hanya untuk basis data baru.</source>
        <translation>This database holds UPT client data; province mode is only for a new database.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province.py" line="73"/>
        <source>Basis data ini sudah memiliki pengguna UPT (staf, tutor atau kepala UPT); mode provinsi hanya untuk basis data baru.</source>
        <translation>This database already has UPT users (staff, tutors or Head of UPT); province mode is only for a new database.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province.py" line="222"/>
        <source>Paket {file_name} ditolak: ditandatangani kunci yang berbeda dengan kunci terdaftar {upt_name} ({upt_code}) (terdaftar {fingerprint}, paket {fingerprint2}). Tidak ada yang disimpan.</source>
        <translation>Package {file_name} was refused: it is signed with a key other than the registered key of {upt_name} ({upt_code}) (registered {fingerprint}, package {fingerprint2}). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province_inbox.py" line="126"/>
        <source>Paket {file_name} adalah paket pertama dari {upt_name} ({upt_code}). Kunci UPT dengan sidik jari {fingerprint} akan didaftarkan; paket berikutnya dari UPT ini harus ditandatangani kunci yang sama. Cocokkan sidik jari ini dengan UPT (misalnya lewat telepon) sebelum menerima.</source>
        <translation>Package {file_name} is the first package from {upt_name} ({upt_code}). The UPT key with fingerprint {fingerprint} will be registered; later packages from this UPT must be signed with the same key. Compare this fingerprint with the UPT (for example by telephone) before accepting.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province_inbox.py" line="189"/>
        <source>Belum ada paket {upt_code} untuk periode {label}.</source>
        <translation>There is no package from {upt_code} for the period {label} yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/province_inbox.py" line="195"/>
        <source>Paket {upt_code} {label} tidak memuat berkas {suffix}.</source>
        <translation>Package {upt_code} {label} holds no {suffix} file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/session_ops.py" line="32"/>
        <source>Pertemuan {session_date:%d-%m-%Y} angkatan {name} sudah berisi {recorded} catatan kehadiran; tidak dapat dihapus.</source>
        <translation>The session of {session_date:%d-%m-%Y} of cohort {name} already has {recorded} attendance records; it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="40"/>
        <source>{label} harus bilangan bulat {low}–{high}, bukan &apos;{value}&apos;.</source>
        <translation>{label} must be a whole number {low}–{high}, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="52"/>
        <source>{label} harus antara {low} dan {high}, bukan &apos;{value}&apos;.</source>
        <translation>{label} must be between {low} and {high}, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="63"/>
        <source>Bahasa harus &apos;id&apos; (Indonesia) atau &apos;en&apos; (Inggris), bukan &apos;{value}&apos;.</source>
        <translation>The language must be &apos;id&apos; (Indonesian) or &apos;en&apos; (English), not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="70"/>
        <source>Tempat penandatanganan laporan maksimal 100 karakter.</source>
        <translation>The place where reports are signed may have at most 100 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="100"/>
        <source>Nama pengaturan tidak valid: &apos;{key}&apos;.</source>
        <translation>Invalid setting name: &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="102"/>
        <source>Nilai pengaturan harus berupa teks.</source>
        <translation>A setting&apos;s value must be text.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/settings.py" line="106"/>
        <source>Nilai pengaturan terlalu panjang (maksimal {max_value_length} karakter).</source>
        <translation>The setting&apos;s value is too long (at most {max_value_length} characters).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/table_import.py" line="120"/>
        <source>Baris judul kolom {title} tidak ditemukan: pastikan ada kolom {names} di {max_header_scan} baris pertama.</source>
        <translation>The {title} column header row was not found: make sure there are columns {names} in the first {max_header_scan} rows.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/table_import.py" line="217"/>
        <source>Jenis impor tidak dikenal: &apos;{name}&apos;; pilih tutors, attendance atau followups.</source>
        <translation>Unknown import kind: &apos;{name}&apos;; choose tutors, attendance or followups.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/targets.py" line="41"/>
        <source>Tahun target harus {first_year}–{last_year}.</source>
        <translation>The target year must be {first_year}–{last_year}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/targets.py" line="68"/>
        <source>Target &apos;{name}&apos; tidak dikenal.</source>
        <translation>Unknown target &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/targets.py" line="75"/>
        <source>{label}: isi bilangan bulat 0–{top}.</source>
        <translation>{label}: enter a whole number 0–{top}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/templates.py" line="187"/>
        <source>Templat &apos;{kind}&apos; tidak dikenal; pilih clients, tutors, attendance atau followups.</source>
        <translation>Unknown template &apos;{kind}&apos;; choose clients, tutors, attendance or followups.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="183"/>
        <source>Angkatan {name} bukan angkatan Anda.</source>
        <translation>Cohort {name} is not your cohort.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="380"/>
        <source>Program keterampilan angkatan wajib dipilih.</source>
        <translation>The cohort&apos;s training programme must be chosen.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="383"/>
        <source>Program {name} tidak aktif; aktifkan dahulu sebelum membuka angkatan baru.</source>
        <translation>The programme {name} is not active; activate it before opening a new cohort.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="388"/>
        <source>Nama angkatan wajib diisi.</source>
        <translation>The cohort name is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="390"/>
        <source>Nama angkatan paling banyak 120 karakter.</source>
        <translation>The cohort name may have at most 120 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="395"/>
        <source>Tanggal selesai angkatan tidak boleh sebelum tanggal mulai.</source>
        <translation>The cohort&apos;s end date must not be before its start date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="401"/>
        <location filename="../../jssc_desktop/services/training.py" line="708"/>
        <source>Tutor dengan nomor {tutor_id} tidak ditemukan.</source>
        <translation>Tutor number {tutor_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="405"/>
        <source>Tutor {name} tidak aktif.</source>
        <translation>Tutor {name} is not active.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="412"/>
        <source>Angkatan &apos;{same}&apos; sudah ada pada program {name}.</source>
        <translation>A cohort &apos;{same}&apos; already exists in the programme {name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="419"/>
        <source>Angkatan {name} sudah memiliki peserta; programnya tidak dapat diganti.</source>
        <translation>Cohort {name} already has participants; its programme cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="429"/>
        <source>Kapasitas {capacity} lebih kecil dari jumlah peserta angkatan {name} ({taken}).</source>
        <translation>The capacity {capacity} is smaller than the number of participants of cohort {name} ({taken}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="437"/>
        <source>Angkatan {name} sudah memiliki pertemuan dari {outside:%d-%m-%Y} sampai {outside2:%d-%m-%Y}; tanggal angkatan harus mencakupnya.</source>
        <translation>Cohort {name} already has sessions from {outside:%d-%m-%Y} to {outside2:%d-%m-%Y}; the cohort&apos;s dates must include them.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="533"/>
        <source>Pilih minimal satu klien untuk didaftarkan.</source>
        <translation>Choose at least one client to enrol.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="536"/>
        <source>Angkatan {name} sudah selesai; tidak dapat menerima peserta baru.</source>
        <translation>Cohort {name} has finished; it cannot take new participants.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="540"/>
        <source>Tanggal masuk {enrolled_on:%d-%m-%Y} sesudah angkatan {name} berakhir ({end_date:%d-%m-%Y}).</source>
        <translation>The joining date {enrolled_on:%d-%m-%Y} is after cohort {name} ends ({end_date:%d-%m-%Y}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="546"/>
        <source>Klien dengan nomor {numbers} tidak ditemukan.</source>
        <translation>Clients with numbers {numbers} were not found.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="551"/>
        <source>{client_label} tidak berstatus aktif (sudah terminasi); tidak dapat didaftarkan.</source>
        <translation>{client_label} is not active (already discharged); they cannot be enrolled.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="561"/>
        <source>{client_label} sudah terdaftar di angkatan {name}.</source>
        <translation>{client_label} is already enrolled in cohort {name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="566"/>
        <source>{client_label} sudah pernah menyelesaikan angkatan {name} ({status}).</source>
        <translation>{client_label} has already completed cohort {name} ({status}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="578"/>
        <source>{client_label} masih aktif di angkatan {elsewhere} pada program yang sama.</source>
        <translation>{client_label} is still active in cohort {elsewhere} of the same programme.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="591"/>
        <source>Kapasitas angkatan {name} {capacity} orang, sudah terisi {taken}; tidak cukup tempat untuk: {over}.</source>
        <translation>Cohort {name} has a capacity of {capacity} people and {taken} places are taken; there is not enough room for: {over}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="634"/>
        <source>{client_label} berstatus {status}; hanya peserta aktif yang dapat dikeluarkan.</source>
        <translation>{client_label} has status {status}; only active participants can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="640"/>
        <source>Tanggal keluar tidak boleh sebelum tanggal masuk ({enrolled_on:%d-%m-%Y}).</source>
        <translation>The leaving date must not be before the joining date ({enrolled_on:%d-%m-%Y}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="693"/>
        <source>Tanggal pertemuan {day:%d-%m-%Y} di luar masa angkatan {name} ({start_date:%d-%m-%Y} s.d. {end_date:%d-%m-%Y}).</source>
        <translation>The session date {day:%d-%m-%Y} is outside the period of cohort {name} ({start_date:%d-%m-%Y} to {end_date:%d-%m-%Y}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="701"/>
        <source>Materi pertemuan paling banyak 300 karakter.</source>
        <translation>The session topic may have at most 300 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training.py" line="706"/>
        <source>Tutor hanya dapat mencatat pertemuan atas namanya sendiri.</source>
        <translation>A tutor can only record sessions under their own name.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="48"/>
        <source>Angkatan {name} sudah memiliki pertemuan pada {day:%d-%m-%Y}{topic}. Tetap tambahkan pertemuan kedua pada hari yang sama?</source>
        <translation>Cohort {name} already has a session on {day:%d-%m-%Y}{topic}. Add a second session on the same day anyway?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="75"/>
        <source>Masa angkatan {name} ({start:%d-%m-%Y} s.d. {end:%d-%m-%Y}) bertumpang tindih dengan angkatan lain yang masih diikuti:
{lines}
Tetap daftarkan?</source>
        <translation>The period of cohort {name} ({start:%d-%m-%Y} to {end:%d-%m-%Y}) overlaps with other cohorts still being attended:
{lines}
Enrol anyway?</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="109"/>
        <source>{label} wajib diisi dengan tanggal yang benar.</source>
        <translation>{label} must be filled in with a valid date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="117"/>
        <source>{label} harus berupa bilangan bulat.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="119"/>
        <source>{label} tidak boleh kurang dari {minimum}.</source>
        <translation>{label} must not be less than {minimum}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="122"/>
        <source>{label} tidak boleh lebih dari {maximum}.</source>
        <translation>{label} must not be more than {maximum}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="131"/>
        <source>Kode program wajib diisi.</source>
        <translation>The programme code is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="134"/>
        <source>Kode program hanya boleh berisi huruf, angka, titik atau tanda minus (paling banyak 20 karakter), misalnya &apos;AC&apos; atau &apos;BOGA&apos;.</source>
        <translation>The programme code may contain only letters, digits, dots or minus signs (at most 20 characters), for example &apos;AC&apos; or &apos;BOGA&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="138"/>
        <source>Nama program wajib diisi.</source>
        <translation>The programme name is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="140"/>
        <source>Nama program paling banyak 120 karakter.</source>
        <translation>The programme name may have at most 120 characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="148"/>
        <source>Kode program &apos;{code}&apos; sudah dipakai oleh program {same_code}.</source>
        <translation>The programme code &apos;{code}&apos; is already used by the programme {same_code}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/training_checks.py" line="157"/>
        <source>Nama program &apos;{same_name}&apos; sudah dipakai (kode {same_name2}).</source>
        <translation>The programme name &apos;{same_name}&apos; is already used (code {same_name2}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutor_import.py" line="101"/>
        <source>NIP sama dengan baris {row} di berkas ini.</source>
        <translation>the same NIP as row {row} of this file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutor_import.py" line="107"/>
        <source>nama dan lembaga sama dengan baris {row} di berkas ini.</source>
        <translation>the same name and institution as row {row} of this file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutor_import.py" line="115"/>
        <source>NIP sudah terdaftar atas nama {name}</source>
        <translation>NIP already registered to {name}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutor_import.py" line="119"/>
        <source>tutor {name} sudah terdaftar</source>
        <translation>tutor {name} already registered</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="166"/>
        <source>Honorarium per JP harus bilangan bulat Rupiah.</source>
        <translation>The fee per lesson hour (JP) must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="168"/>
        <source>Honorarium per JP tidak boleh negatif.</source>
        <translation>The fee per lesson hour (JP) must not be negative.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="170"/>
        <source>Honorarium per JP terlalu besar; periksa kembali angkanya.</source>
        <translation>The fee per lesson hour (JP) is too large; please check the amount.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="178"/>
        <source>{label} paling panjang {length} karakter.</source>
        <translation>{label} may have at most {length} characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="186"/>
        <source>Nama tutor wajib diisi.</source>
        <translation>The tutor&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="195"/>
        <source>Tutor eksternal wajib memiliki jenis lembaga mitra.</source>
        <translation>An external tutor must have a partner institution type.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="199"/>
        <source>Tutor eksternal wajib memiliki nama lembaga asal.</source>
        <translation>An external tutor must have the name of their home institution.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="202"/>
        <source>NIP hanya diisi untuk tutor internal (ASN/PPPK).</source>
        <translation>The NIP is only filled in for internal tutors (ASN/PPPK).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="206"/>
        <source>Jenis lembaga mitra hanya diisi untuk tutor eksternal.</source>
        <translation>The partner institution type is only filled in for external tutors.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="208"/>
        <source>NIP harus 18 digit angka.</source>
        <translation>The NIP must be 18 digits.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="211"/>
        <source>Nomor telepon tidak valid: &apos;{phone}&apos;.</source>
        <translation>Invalid telephone number: &apos;{phone}&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="216"/>
        <source>Status aktif tutor harus ya atau tidak.</source>
        <translation>The tutor&apos;s active status must be yes or no.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="235"/>
        <source>Nomor perjanjian (MoU/kontrak) wajib diisi.</source>
        <translation>The agreement number (MoU/contract) is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="237"/>
        <source>Tanggal mulai perjanjian wajib diisi.</source>
        <translation>The agreement start date is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="239"/>
        <source>Tanggal berakhir perjanjian wajib diisi.</source>
        <translation>The agreement end date is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="242"/>
        <source>Tanggal berakhir perjanjian tidak boleh sebelum tanggal mulainya.</source>
        <translation>The agreement end date must not be before its start date.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="371"/>
        <source>Perjanjian nomor &apos;{number}&apos; sudah tercatat untuk tutor {name}.</source>
        <translation>Agreement number &apos;{number}&apos; is already recorded for tutor {name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/tutors.py" line="454"/>
        <source>Tanggal awal dan akhir periode wajib diisi.</source>
        <translation>The start and end dates of the period are required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="76"/>
        <source>instalasi UPT</source>
        <translation>UPT installation</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="76"/>
        <source>instalasi provinsi</source>
        <translation>province installation</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="78"/>
        <source>Peran {role} tidak tersedia di {where} ini; pilih salah satu dari: {roles}.</source>
        <translation>The role {role} is not available in this {where}; choose one of: {roles}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="114"/>
        <source>Kata sandi minimal {min_password_length} karakter.</source>
        <translation>The password must have at least {min_password_length} characters.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="117"/>
        <source>Kata sandi harus memuat huruf dan angka.</source>
        <translation>The password must contain letters and digits.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="119"/>
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="122"/>
        <source>Kata sandi ditolak: {problem}</source>
        <translation>Password refused: {problem}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="136"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="141"/>
        <source>Akun ini dinonaktifkan. Hubungi Administrator.</source>
        <translation>This account is deactivated. Contact the Administrator.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="145"/>
        <source>Akun terkunci karena {max_failed_attempts} kali salah kata sandi. Coba lagi dalam {minutes} menit.</source>
        <translation>The account is locked after {max_failed_attempts} wrong passwords. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="210"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="213"/>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="226"/>
        <source>Nama pengguna 3–60 karakter: huruf kecil, angka, titik, minus atau garis bawah.</source>
        <translation>User name of 3–60 characters: lower-case letters, digits, dot, minus or underscore.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="230"/>
        <location filename="../../jssc_desktop/services/users.py" line="264"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="235"/>
        <location filename="../../jssc_desktop/services/users.py" line="272"/>
        <source>Pengguna berperan Tutor harus ditautkan ke data tutor.</source>
        <translation>A user with the Tutor role must be linked to a tutor record.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="239"/>
        <source>Hanya pengguna berperan Tutor yang ditautkan ke data tutor.</source>
        <translation>Only users with the Tutor role are linked to a tutor record.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="243"/>
        <source>Nama pengguna &apos;{username}&apos; sudah dipakai.</source>
        <translation>The user name &apos;{username}&apos; is already taken.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="278"/>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="295"/>
        <source>Pengguna &apos;{username}&apos; adalah Administrator aktif terakhir; harus selalu ada minimal satu.</source>
        <translation>User &apos;{username}&apos; is the last active Administrator; there must always be at least one.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="351"/>
        <source>Kunci pemulihan hanya untuk Administrator.</source>
        <translation>The recovery key is for Administrators only.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/services/users.py" line="363"/>
        <source>Nama pengguna atau kunci pemulihan salah.</source>
        <translation>Wrong user name or recovery key.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/audit_chain.py" line="170"/>
        <source>Log audit belum memiliki kunci instalasi.</source>
        <translation>The audit log has no installation key yet.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/audit_key.py" line="59"/>
        <source>Teks pemulihan kunci audit tidak dikenali (harus diawali {prefix}:).</source>
        <translation>The audit key recovery text is not recognised (it must start with {prefix}:).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/audit_key.py" line="66"/>
        <source>Teks pemulihan kunci audit tidak lengkap.</source>
        <translation>The audit key recovery text is incomplete.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/audit_key.py" line="76"/>
        <source>Nomor rantai log audit tidak valid.</source>
        <translation>Invalid audit log chain number.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/audit_key.py" line="151"/>
        <source>Kunci audit tidak dapat disimpan di {key_folder} ({reason}).</source>
        <translation>The audit key cannot be saved in {key_folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/audit_key.py" line="174"/>
        <source>Kunci audit instalasi ini tidak ada di komputer ini, sehingga log audit tidak dapat ditulis atau diperiksa. Pasang teks pemulihannya dari komputer yang sudah memakai basis data ini: &apos;jssc-desktop audit key show&apos; di sana, lalu &apos;jssc-desktop audit key import&apos; di sini.</source>
        <translation>The audit key of this installation is not on this computer, so the audit log cannot be written or checked. Install its recovery text from a computer that already uses this database: &apos;jssc-desktop audit key show&apos; there, then &apos;jssc-desktop audit key import&apos; here.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="89"/>
        <source>Basis data sedang dipakai proses lain terlalu lama. Tutup aplikasi di komputer atau akun lain yang membukanya, lalu coba lagi.</source>
        <translation>The database has been in use by another process for too long. Close the program on the computer or user account that has it open, then try again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="152"/>
        <source>Basis data ini bukan berkas SQLite.</source>
        <translation>This database is not an SQLite file.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="167"/>
        <source>Pemulihan gagal: {exc}.</source>
        <translation>Restore failed: {exc}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="172"/>
        <source>Pemeriksaan integritas setelah pemulihan gagal: {rows}</source>
        <translation>The integrity check after the restore failed: {rows}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="209"/>
        <source>Basis data SQLite belum ada; tidak ada yang dicadangkan.</source>
        <translation>The SQLite database does not exist yet; there is nothing to back up.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="217"/>
        <source>Pencadangan gagal: {exc}.</source>
        <translation>Backup failed: {exc}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="275"/>
        <source>Cadangan gagal diverifikasi dan dihapus: {message}</source>
        <translation>The backup failed verification and was deleted: {message}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="284"/>
        <source>Cadangan terenkripsi gagal diverifikasi dan dihapus.</source>
        <translation>The encrypted backup failed verification and was deleted.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="342"/>
        <source>Salinan kedua tidak dibuat: {message}</source>
        <translation>The second copy was not made: {message}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="351"/>
        <source>Salinan kedua tidak dibuat: {os_message}</source>
        <translation>The second copy was not made: {os_message}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="355"/>
        <source>Salinan kedua di {folder} tidak sama dengan aslinya; dihapus.</source>
        <translation>The second copy in {folder} differs from the original; it was deleted.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="363"/>
        <source>Salinan kedua gagal diverifikasi: {message}</source>
        <translation>The second copy failed verification: {message}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="414"/>
        <source>Berkas {name} telah berubah atau rusak sejak dibuat (sidik SHA-256 tidak cocok). Data saat ini tidak diubah.</source>
        <translation>The file {name} has changed or been damaged since it was made (SHA-256 fingerprint does not match). The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="443"/>
        <source>Berkas cadangan tidak ditemukan: {chosen}.</source>
        <translation>Backup file not found: {chosen}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="455"/>
        <source>{message} Data saat ini tidak diubah.</source>
        <translation>{message} The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="457"/>
        <source>Cadangan {name} dibuat oleh versi JSSC Desktop yang lebih baru (struktur {revision}). Perbarui aplikasi dulu. Data saat ini tidak diubah.</source>
        <translation>Backup {name} was made by a newer version of JSSC Desktop (structure {revision}). Update the program first. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="464"/>
        <source>Cadangan {name} memuat {orphans} baris yatim (merujuk data yang tidak ada, mis. {items}); cadangan ini tidak utuh dan tidak dipulihkan. Data saat ini tidak diubah.</source>
        <translation>Backup {name} holds {orphans} orphan rows (referring to records that do not exist, e.g. {items}); this backup is incomplete and is not restored. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="470"/>
        <source>Berkas cadangan tidak dapat dibaca: {value}.</source>
        <translation>The backup file cannot be read: {value}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="481"/>
        <source>Berkas {name} bukan cadangan JSSC Desktop yang utuh (jenis berkas tidak dikenali atau rusak). Data saat ini tidak diubah.</source>
        <translation>The file {name} is not a complete JSSC Desktop backup (file type not recognised or damaged). The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="487"/>
        <source>Berkas {name} adalah cadangan {names}, sedangkan basis data ini {names2}. Data saat ini tidak diubah.</source>
        <translation>The file {name} is a {names} backup, while this database is {names2}. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup.py" line="500"/>
        <source>Hasil pemulihan tidak sama dengan cadangan: {problem}.</source>
        <translation>The restored data differs from the backup: {problem}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="46"/>
        <source>Data saat ini tidak diubah.</source>
        <translation>The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="95"/>
        <source>Kata sandi cadangan minimal {min_passphrase} karakter; sebuah kalimat pendek yang mudah diingat (mis. empat kata) paling baik.</source>
        <translation>The backup passphrase needs at least {min_passphrase} characters; a short sentence that is easy to remember (e.g. four words) is best.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="102"/>
        <source>Kata sandi cadangan terlalu lemah: {problem}</source>
        <translation>The backup passphrase is too weak: {problem}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="113"/>
        <source>Kata sandi cadangan tidak boleh kosong.</source>
        <translation>The backup passphrase must not be empty.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="131"/>
        <source>Kepala berkas cadangan terenkripsi rusak.</source>
        <translation>The header of the encrypted backup file is damaged.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="134"/>
        <source>Berkas ini adalah salinan otomatis (sebelum pembaruan atau pemulihan) yang dienkripsi dengan kunci instalasi PC tempat ia dibuat, bukan dengan kata sandi cadangan. Pulihkan di PC itu, atau salin berkas kunci dari folder data PC itu (backup-keys) ke folder data PC ini. {untouched}</source>
        <translation>This file is an automatic copy (made before an update or a restore), encrypted with the installation key of the PC where it was made, not with the backup passphrase. Restore it on that PC, or copy the key file from that PC&apos;s data folder (backup-keys) into this PC&apos;s data folder. {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="158"/>
        <source>Berkas {name} bukan cadangan terenkripsi JSSC Desktop.</source>
        <translation>The file {name} is not an encrypted JSSC Desktop backup.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="162"/>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="272"/>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="280"/>
        <source>Berkas {name} terpotong. {untouched}</source>
        <translation>The file {name} is truncated. {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="166"/>
        <source>Berkas {name} rusak (kepala berkas tidak wajar). {untouched}</source>
        <translation>The file {name} is damaged (implausible file header). {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="175"/>
        <source>Berkas {name} rusak (kepala berkas tidak terbaca). {untouched}</source>
        <translation>The file {name} is damaged (file header unreadable). {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="200"/>
        <source>Berkas terlalu besar untuk dienkripsi.</source>
        <translation>The file is too large to be encrypted.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="226"/>
        <source>Berkas {name} rusak (kepala berkas). {untouched}</source>
        <translation>The file {name} is damaged (file header). {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="238"/>
        <source>Berkas {name} telah diubah, terpotong atau rusak (bagian {value} tidak lolos pemeriksaan keaslian). Data saat ini tidak diubah.</source>
        <translation>The file {name} has been changed, truncated or damaged (part {value} failed the authenticity check). The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="244"/>
        <source>Berkas {name} terpotong (tidak ada isi). {untouched}</source>
        <translation>The file {name} is truncated (no content). {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_crypto.py" line="276"/>
        <source>Berkas {name} rusak (ukuran bagian tidak wajar). {untouched}</source>
        <translation>The file {name} is damaged (implausible part size). {untouched}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_files.py" line="105"/>
        <source>Alasan cadangan tidak valid: &apos;{reason}&apos;. Gunakan huruf kecil, angka dan tanda &apos;-&apos;.</source>
        <translation>Invalid backup reason: &apos;{reason}&apos;. Use lower-case letters, digits and &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_files.py" line="280"/>
        <source>Disk penuh: cadangan tidak dapat ditulis ke {folder}.</source>
        <translation>Disk full: the backup cannot be written to {folder}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_files.py" line="282"/>
        <location filename="../../jssc_desktop/storage/backup_files.py" line="295"/>
        <source>Folder cadangan tidak dapat ditulisi: {folder}.</source>
        <translation>The backup folder cannot be written to: {folder}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_files.py" line="283"/>
        <source>Cadangan tidak dapat ditulis ke {folder}: {error}.</source>
        <translation>The backup cannot be written to {folder}: {error}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_files.py" line="292"/>
        <source>Folder cadangan tidak dapat dibuat: {folder} ({value}).</source>
        <translation>The backup folder cannot be created: {folder} ({value}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_keys.py" line="55"/>
        <source>Kata sandi cadangan belum diatur, sehingga cadangan tidak dapat dienkripsi. Administrator: atur di Pengaturan → Cadangan (atau isi JSSC_BACKUP_PASSPHRASE untuk perintah baris).</source>
        <translation>The backup passphrase has not been set, so backups cannot be encrypted. Administrator: set it under Settings → Backups (or set JSSC_BACKUP_PASSPHRASE for the command line).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_keys.py" line="117"/>
        <source>{env_passphrase} tidak sama dengan kata sandi cadangan yang diatur Administrator; cadangan tidak dibuat.</source>
        <translation>{env_passphrase} differs from the backup passphrase set by the Administrator; no backup was made.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_keys.py" line="125"/>
        <source>Kunci cadangan tidak tersimpan di PC ini. Administrator: masukkan kata sandi cadangan sekali di Pengaturan → Cadangan agar cadangan otomatis dapat dibuat (atau isi {env_passphrase}).</source>
        <translation>The backup key is not stored on this PC. Administrator: enter the backup passphrase once under Settings → Backups so that automatic backups can be made (or set {env_passphrase}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_keys.py" line="241"/>
        <source>Kunci salinan otomatis tidak dapat disimpan di {folder} ({value}).</source>
        <translation>The key of the automatic copies cannot be saved in {folder} ({value}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="55"/>
        <source>Program &apos;{name}&apos; tidak ditemukan. Pasang PostgreSQL Client (versi yang sama dengan server atau lebih baru) lalu tambahkan folder &apos;bin&apos;-nya ke PATH, atau isi variabel lingkungan JSSC_PG_BIN dengan folder tersebut.</source>
        <translation>The program &apos;{name}&apos; was not found. Install the PostgreSQL Client (the same version as the server or newer) and add its &apos;bin&apos; folder to PATH, or set the environment variable JSSC_PG_BIN to that folder.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="87"/>
        <source>{what} tidak dapat dijalankan: {exc}.</source>
        <translation>{what} cannot be run: {exc}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="90"/>
        <source>{what} tidak selesai dalam satu jam.</source>
        <translation>{what} did not finish within one hour.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="99"/>
        <source>{what} gagal: versi program PostgreSQL Client lebih lama dari versi server. Pasang versi yang sesuai. ({detail})</source>
        <translation>{what} failed: the PostgreSQL Client program is older than the server. Install a matching version. ({detail})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="103"/>
        <source>{what} gagal: basis data sedang dipakai komputer lain. Tutup aplikasi di komputer lain lalu coba lagi.</source>
        <translation>{what} failed: the database is in use by another computer. Close the program on the other computer, then try again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="106"/>
        <source>{what} dibatalkan: cadangan memuat baris yatim (merujuk data yang tidak ada) dan tidak utuh. Data saat ini tidak diubah. ({detail})</source>
        <translation>{what} cancelled: the backup holds orphan rows (referring to records that do not exist) and is incomplete. The current data was not changed. ({detail})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="110"/>
        <source>{what} gagal: kata sandi server PostgreSQL ditolak.</source>
        <translation>{what} failed: the PostgreSQL server refused the password.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="111"/>
        <source>{what} gagal: {detail}</source>
        <translation>{what} failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="137"/>
        <source>Pencadangan PostgreSQL (pg_dump)</source>
        <translation>PostgreSQL backup (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="218"/>
        <source>pg_restore tidak dapat dijalankan: {exc}.</source>
        <translation>pg_restore cannot be run: {exc}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="250"/>
        <source>Pemulihan PostgreSQL dibatalkan: basis data sedang dipakai komputer lain{who}. Tutup aplikasi JSSC Desktop di komputer lain lalu coba lagi. Data saat ini tidak diubah.</source>
        <translation>PostgreSQL restore cancelled: the database is in use by another computer{who}. Close JSSC Desktop on the other computer, then try again. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/backup_pg.py" line="255"/>
        <source>Pemulihan PostgreSQL (pg_restore)</source>
        <translation>PostgreSQL restore (pg_restore)</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="25"/>
        <source>Penyimpanan kata sandi sistem operasi tidak tersedia di komputer ini. Masukkan kata sandi PostgreSQL di alamat basis data (JSSC_DATABASE_URL) atau pasang layanan penyimpanan kata sandi (Windows Credential Manager, GNOME Keyring atau KWallet).</source>
        <translation>The operating system&apos;s password store is not available on this computer. Put the PostgreSQL password in the database address (JSSC_DATABASE_URL) or install a password store service (Windows Credential Manager, GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="60"/>
        <source>Alamat PostgreSQL harus memuat nama pengguna (postgresql://PENGGUNA@SERVER/BASISDATA).</source>
        <translation>A PostgreSQL address must contain a user name (postgresql://USER@SERVER/DATABASE).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="70"/>
        <source>Alamat basis data tidak valid: {url}</source>
        <translation>Invalid database address: {url}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="72"/>
        <source>Kata sandi hanya disimpan untuk alamat server PostgreSQL.</source>
        <translation>Passwords are only stored for PostgreSQL server addresses.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="85"/>
        <source>Penyimpanan kata sandi sistem menolak {what}: {exc}</source>
        <translation>The system password store refused {what}: {exc}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="88"/>
        <source>{no_backend} ({exc})</source>
        <translation>{no_backend} ({exc})</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="94"/>
        <source>Kata sandi PostgreSQL tidak boleh kosong.</source>
        <translation>The PostgreSQL password must not be empty.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="98"/>
        <source>menyimpan kata sandi</source>
        <translation>saving the password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="106"/>
        <source>membaca kata sandi</source>
        <translation>reading the password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/credentials.py" line="119"/>
        <source>menghapus kata sandi</source>
        <translation>deleting the password</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="89"/>
        <source>Alamat basis data tidak valid: {hide_password}.</source>
        <translation>Invalid database address: {hide_password}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="95"/>
        <source>Jenis basis data tidak didukung: &apos;{get_backend_name}&apos;. Gunakan berkas SQLite atau server PostgreSQL.</source>
        <translation>Database kind not supported: &apos;{get_backend_name}&apos;. Use an SQLite file or a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="138"/>
        <source>Alamat server PostgreSQL tidak valid.</source>
        <translation>Invalid PostgreSQL server address.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="140"/>
        <source>Hanya alamat server PostgreSQL yang dapat disimpan.</source>
        <translation>Only PostgreSQL server addresses can be saved.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="142"/>
        <source>Alamat server, nama basis data dan nama pengguna wajib diisi.</source>
        <translation>The server address, database name and user name are required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="190"/>
        <source>Folder basis data tidak dapat dibuat: {folder} ({strerror}).</source>
        <translation>The database folder cannot be created: {folder} ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="194"/>
        <source>Folder basis data tidak dapat ditulisi: {folder}.</source>
        <translation>The database folder cannot be written to: {folder}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="352"/>
        <source>Data ini telah diubah oleh pengguna lain sejak dibuka. Tidak ada yang ditimpa; muat ulang data lalu ulangi perubahan.</source>
        <translation>This record was changed by another user since it was opened. Nothing was overwritten; reload the data, then make the change again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="360"/>
        <source>Data yang sama sudah tersimpan, mungkin baru saja oleh pengguna lain. Tidak ada yang ditimpa; muat ulang data lalu periksa kembali.</source>
        <translation>The same record is already saved, perhaps just now by another user. Nothing was overwritten; reload the data, then check again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="438"/>
        <source>Basis data sedang dipakai proses lain. Tunggu sebentar lalu coba lagi.</source>
        <translation>The database is in use by another process. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="442"/>
        <source>Basis data tidak dapat ditulisi: {name}.</source>
        <translation>The database cannot be written to: {name}.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="444"/>
        <source>Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>Disk full: the change was not saved. Free some disk space, then try again.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="446"/>
        <source>Struktur basis data belum dibuat atau belum diperbarui. Jalankan &apos;jssc-desktop migrate&apos;.</source>
        <translation>The database structure has not been created or updated yet. Run &apos;jssc-desktop migrate&apos;.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/db.py" line="450"/>
        <source>Basis data tidak dapat dipakai ({name}): {detail}</source>
        <translation>The database cannot be used ({name}): {detail}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/health.py" line="293"/>
        <source>Basis data {path} rusak (pemeriksaan integritas: {detail}). Berkas ini tidak diubah dan tidak akan ditulisi. {offer}</source>
        <translation>The database {path} is damaged (integrity check: {detail}). This file is not changed and will not be written to. {offer}</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/health.py" line="315"/>
        <source>Berkas rusak tidak dapat dipindahkan: {path} ({value}).</source>
        <translation>The damaged file cannot be moved: {path} ({value}).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/migrate.py" line="87"/>
        <source>Basis data ini dibuat oleh versi JSSC Desktop yang lebih baru (struktur {revision}). Perbarui aplikasi ke versi terbaru lalu buka lagi; data tidak diubah.</source>
        <translation>This database was made by a newer version of JSSC Desktop (structure {revision}). Update the program to the newest version, then open it again; the data was not changed.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="60"/>
        <source>Nama {what} &apos;{name}&apos; tidak valid: huruf kecil, angka dan garis bawah, diawali huruf (mis. jssc_app).</source>
        <translation>Invalid {what} name &apos;{name}&apos;: lower-case letters, digits and underscores, starting with a letter (e.g. jssc_app).</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="128"/>
        <source>basis data</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="129"/>
        <source>peran pemilik</source>
        <translation>owner role</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="130"/>
        <source>peran aplikasi</source>
        <translation>application role</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="132"/>
        <source>Peran pemilik dan peran aplikasi harus berbeda.</source>
        <translation>The owner role and the application role must be different.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="134"/>
        <source>Kata sandi peran pemilik dan peran aplikasi wajib diisi.</source>
        <translation>The passwords of the owner role and the application role are required.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="137"/>
        <source>Alamat administrator harus alamat server PostgreSQL.</source>
        <translation>The administrator address must be a PostgreSQL server address.</translation>
    </message>
    <message>
        <location filename="../../jssc_desktop/storage/server_setup.py" line="183"/>
        <source>Penyiapan server PostgreSQL gagal: {scrub_values}</source>
        <translation>Setting up the PostgreSQL server failed: {scrub_values}</translation>
    </message>
</context>
</TS>
