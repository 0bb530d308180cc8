; Windows installer of Etalase (Inno Setup 6).
;
; Build it on a Windows PC, in the checkout (Python 3.11+ and Inno Setup 6 installed):
;   py -3 tools\freeze.py --smoke          makes dist\Etalase\ and build\etalase.ico, and tests them
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\etalase.iss
; The installer is then dist\Etalase-<version>-setup.exe.
;
; What it does on the center's PC:
; - installs dist\Etalase\ into Program Files\Etalase (all users, needs an administrator) or
;   into the user's own programs folder (no administrator); the setup asks which;
; - Start-menu shortcuts "Etalase" (the staff window) and "Etalase Kiosk" (the kiosk);
; - as a task, "Start the kiosk at login": a shortcut in the Startup folder that runs the kiosk
;   under its watchdog (etalase.exe kiosk --restart), which starts it again 5 seconds after a
;   crash; staff leaving the kiosk with the PIN end it until the next login;
; - Indonesian and English, chosen from Windows' language.
; Uninstalling removes the program and its shortcuts only. The showcase itself (database,
; photos, backups, logs) lives in %LOCALAPPDATA%\Etalase, which this setup never installs
; into, so it stays: the center's data outlives the program.
;
; tests/frozen/test_installers.py checks this file against installer/bundle.py (the folder and
; the executable's names) and showcase/__init__.py (the version).

#define AppName "Etalase"
#define AppVersion "0.1.0"
#define AppExe "etalase.exe"
#define Bundle "..\dist\Etalase"

[Setup]
AppId={{5F3C2A71-8E4B-4C2D-9B6A-1E7D0C4F8A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UMKM Center Bakauheni
DefaultDirName={autopf}\Etalase
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Etalase-{#AppVersion}-setup
SetupIconFile=..\build\etalase.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Inno Setup has no Indonesian of its own: etalase-id.isl translates the pages this setup
; shows, over the English defaults.
Name: "indonesian"; MessagesFile: "compiler:Default.isl,etalase-id.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
english.ConfirmUninstall=Remove %1? The showcase data (database, photos, backups) is kept.

[CustomMessages]
indonesian.StaffComment=Produk, stok, label QR, dan katalog
english.StaffComment=Products, stock, QR labels and catalogues
indonesian.KioskComment=Etalase layar sentuh untuk pengunjung
english.KioskComment=The touchscreen showcase for visitors
indonesian.KioskGroup=Kios:
english.KioskGroup=Kiosk:
indonesian.KioskAtLogin=Jalankan &kios setiap kali masuk Windows (dan mulai ulang bila macet)
english.KioskAtLogin=Start the &kiosk at every Windows login (and again after a crash)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kioskatlogin"; Description: "{cm:KioskAtLogin}"; GroupDescription: "{cm:KioskGroup}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundle whole: files of the previous version must not linger beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Etalase"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:StaffComment}"
Name: "{autoprograms}\Etalase Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "kiosk"; WorkingDir: "{app}"; Comment: "{cm:KioskComment}"
Name: "{autodesktop}\Etalase"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{autostartup}\Etalase Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "kiosk --restart"; WorkingDir: "{app}"; Tasks: kioskatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Etalase}"; Flags: nowait postinstall skipifsilent
