; Inno Setup 6 script: installs the one-folder bundle dist\tumorboard\ on Windows.
;
; Build on Windows, from the repository root, after building the bundle there
; (`pyinstaller packaging\tumorboard.spec`, what packaging/build.sh runs):
;     iscc /DAppVersion=0.1.0 packaging\windows\tumorboard.iss
;     -> dist\tumorboard-0.1.0-windows-x64-setup.exe
; It cannot be built on the Linux CI; tests/packaging/test_installer_script.py checks
; that [Files] covers every file of the built bundle.
;
; The user's data is never in {app}: the database, settings, backups and logs live in
; the user's profile (%LOCALAPPDATA%\Tumorboard, chosen by platformdirs; logs in its Logs folder).
; Uninstall removes only what [Files] installed, so the database survives uninstalling
; and reinstalling. Keep it that way: no [UninstallDelete], no [Code] touching user data.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId identifies the product across versions (upgrades install over it): never change it.
AppId={{0A4EDD11-A353-4F86-935F-5591A44FDB48}
AppName=Tumorboard
AppVersion={#AppVersion}
AppPublisher=Tumorboard
AppComments=Liver-metastasis tumor board: cases, decision support, meetings, follow-ups
; Paths below are relative to the repository root.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=tumorboard-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\windows\tumorboard.ico
; Per-user by default (no administrator needed: {autopf} = %LOCALAPPDATA%\Programs);
; the dialog lets an administrator install for all users (Program Files) instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Tumorboard
DefaultGroupName=Tumorboard
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\tumorboard.exe
; An open Tumorboard holds its files: ask to close it before replacing them.
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle, subfolders included (tumorboard.exe, tumorboard-cli.exe, _internal\...).
Source: "dist\tumorboard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tumorboard"; Filename: "{app}\tumorboard.exe"; Parameters: "gui"; Comment: "Open Tumorboard"
Name: "{group}\Uninstall Tumorboard"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Tumorboard"; Filename: "{app}\tumorboard.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\tumorboard.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Tumorboard}"; Flags: nowait postinstall skipifsilent
