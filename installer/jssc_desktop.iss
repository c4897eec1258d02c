; Inno Setup script for JSSC Desktop.
;
; Inno Setup rather than NSIS: it ships an Indonesian translation of its own wizard, upgrades in
; place when the AppId matches, handles per-machine installs and folder permissions declaratively,
; and its Pascal [Code] section is enough for the one question we ask on uninstall.
;
; Built by installer/build.py on Windows:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\JSSC Desktop /DOutputDir=dist installer\jssc_desktop.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\JSSC Desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "JSSC Desktop"
#define AppPublisher "Dinas Sosial Provinsi Jawa Timur"
#define AppExe "JSSC Desktop.exe"
; The data folder shared by every Windows user of the PC (jssc_desktop/paths.py reads the same).
#define DataDir "{commonappdata}\Dinsos Jatim\JSSC Desktop"

[Setup]
; Never change the AppId: it is how a new version finds and replaces the old one in place.
AppId={{6F1C2B7A-3E55-4C8E-9A8B-4D2A7C1E9B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=JSSC-Desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat pintasan di desktop
en.DesktopIcon=Create a desktop shortcut
id.RemoveData=Hapus juga semua data JSSC Desktop di PC ini (basis data, cadangan, log)?%n%nPilih Tidak untuk menyimpan data (disarankan). Data yang dihapus tidak dapat dikembalikan.
en.RemoveData=Also delete all JSSC Desktop data on this PC (database, backups, logs)?%n%nChoose No to keep the data (recommended). Deleted data cannot be recovered.
id.LaunchApp=Jalankan JSSC Desktop
en.LaunchApp=Start JSSC Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Dirs]
; Every user of the PC may write the shared data folder, so staff sharing a PC see the same data.
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{#DataDir}\backups"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program files completely; the data folder is elsewhere and untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    if MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(ExpandConstant('{#DataDir}'), True, True, True);
  end;
end;
