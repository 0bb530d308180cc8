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
; - a kiosk on the LAN: with /KIOSKSERVER=postgresql://etalase_kiosk@HOST[:PORT]/DBNAME on the
;   setup's command line (as `etalase server init` printed it, without a password), both kiosk
;   shortcuts run the kiosk on that server (--db); /KIOSKPASSWORD=… puts the kiosk login's
;   password into the user's %APPDATA%\postgresql\pgpass.conf (libpq's password file on
;   Windows: this server's line replaced, others kept), never into a shortcut. A server URL
;   holding a password is refused before anything is installed;
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
indonesian.BadKioskServer=/KIOSKSERVER= harus berbentuk postgresql://etalase_kiosk@HOST[:PORT]/DBNAME, tanpa kata sandi (berikan kata sandi dengan /KIOSKPASSWORD=).
english.BadKioskServer=/KIOSKSERVER= takes postgresql://etalase_kiosk@HOST[:PORT]/DBNAME, without a password (give the password with /KIOSKPASSWORD=).

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
Name: "{autoprograms}\Etalase Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "kiosk"; WorkingDir: "{app}"; Comment: "{cm:KioskComment}"; Check: not KioskServerGiven
Name: "{autoprograms}\Etalase Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "--db ""{param:KioskServer}"" kiosk"; WorkingDir: "{app}"; Comment: "{cm:KioskComment}"; Check: KioskServerGiven
Name: "{autodesktop}\Etalase"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{autostartup}\Etalase Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "kiosk --restart"; WorkingDir: "{app}"; Tasks: kioskatlogin; Check: not KioskServerGiven
Name: "{autostartup}\Etalase Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "--db ""{param:KioskServer}"" kiosk --restart"; WorkingDir: "{app}"; Tasks: kioskatlogin; Check: KioskServerGiven

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Etalase}"; Flags: nowait postinstall skipifsilent

[Code]
// The kiosk's server (/KIOSKSERVER=) and the kiosk login's password (/KIOSKPASSWORD=), which
// goes into libpq's password file only.

function KioskServer: String;
begin
  Result := ExpandConstant('{param:KioskServer|}');
end;

function KioskServerGiven: Boolean;
begin
  Result := KioskServer <> '';
end;

// postgresql://LOGIN@HOSTPORT/DB[?…] split into its parts; False if it is not that shape or holds
// a password.
function SplitServer(Url: String; var Login, Host, Port, Db: String): Boolean;
var
  Rest, HostPort: String;
begin
  Result := False;
  if (Pos('postgresql://', Url) <> 1) and (Pos('postgres://', Url) <> 1) then Exit;
  Rest := Copy(Url, Pos('://', Url) + 3, Length(Url));
  if Pos('@', Rest) = 0 then Exit;
  Login := Copy(Rest, 1, Pos('@', Rest) - 1);
  if (Login = '') or (Pos(':', Login) > 0) then Exit;
  Rest := Copy(Rest, Pos('@', Rest) + 1, Length(Rest));
  if Pos('/', Rest) = 0 then Exit;
  HostPort := Copy(Rest, 1, Pos('/', Rest) - 1);
  Db := Copy(Rest, Pos('/', Rest) + 1, Length(Rest));
  if Pos('?', Db) > 0 then Db := Copy(Db, 1, Pos('?', Db) - 1);
  if (HostPort = '') or (Db = '') then Exit;
  Host := HostPort;
  Port := '5432';
  if Pos(':', HostPort) > 0 then begin
    Host := Copy(HostPort, 1, Pos(':', HostPort) - 1);
    Port := Copy(HostPort, Pos(':', HostPort) + 1, Length(HostPort));
  end;
  Result := True;
end;

function InitializeSetup: Boolean;
var
  Login, Host, Port, Db: String;
begin
  Result := True;
  if KioskServerGiven and not SplitServer(KioskServer, Login, Host, Port, Db) then begin
    SuppressibleMsgBox(CustomMessage('BadKioskServer'), mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

// A pgpass field: \ and : escaped (libpq's "The Password File").
function PgpassField(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, ':', '\:', True);
  Result := Value;
end;

procedure WriteKioskPassword;
var
  Login, Host, Port, Db, Password, Prefix, FileName: String;
  Old, New: TArrayOfString;
  I, Count: Integer;
begin
  Password := ExpandConstant('{param:KioskPassword|}');
  if (Password = '') or not SplitServer(KioskServer, Login, Host, Port, Db) then Exit;
  Prefix := PgpassField(Host) + ':' + Port + ':' + PgpassField(Db) + ':' + PgpassField(Login) + ':';
  FileName := ExpandConstant('{userappdata}\postgresql\pgpass.conf');
  ForceDirectories(ExtractFileDir(FileName));
  Count := 0;
  if LoadStringsFromFile(FileName, Old) then
    for I := 0 to GetArrayLength(Old) - 1 do
      if Pos(Prefix, Old[I]) <> 1 then begin
        SetArrayLength(New, Count + 1);
        New[Count] := Old[I];
        Count := Count + 1;
      end;
  SetArrayLength(New, Count + 1);
  New[Count] := Prefix + PgpassField(Password);
  SaveStringsToFile(FileName, New, False);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then WriteKioskPassword;
end;
