"""The installers: the Windows setup script, the Linux desktop entries, the kiosk's systemd user
unit and the Linux install script, checked against what the build makes and the program accepts.

Inno Setup cannot run here, so etalase.iss is read: the folder, executable and icon it takes must
be the ones tools/freeze.py makes, its shortcuts' arguments must be commands the program
accepts, and every message it uses must exist in both languages. install.sh runs for real into
a temporary home folder, with a small stand-in for the built program.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import showcase
from showcase.cli import build_parser
from tests.helpers.paths import ROOT

INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
sys.path.insert(0, str(INSTALLER))
sys.path.insert(0, str(ROOT / "tools"))

import bundle  # noqa: E402
import freeze  # noqa: E402

ISS = (INSTALLER / "etalase.iss").read_text(encoding="utf-8")


class CaseKeptParser(configparser.ConfigParser):
    """An INI reader that keeps the keys' case (Inno Setup's messages, desktop entries, systemd)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]*)"$', ISS, re.MULTILINE)
    assert match is not None, name
    return match.group(1)


def _iss_section(name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.MULTILINE | re.DOTALL)
    assert match is not None, name
    return [
        line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")
    ]


def _iss_entry(line: str) -> dict[str, str]:
    """`Name: "x"; Filename: "y"` as a dict (Inno's quoting: "" is a quote)."""
    fields = re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]*)', line)
    return {key: value.strip().strip('"').replace('""', '"') for key, value in fields}


def _windows_path(relative: str) -> Path:
    return (INSTALLER / relative.replace("\\", "/")).resolve()


def test_the_setup_takes_the_folder_and_executable_the_build_makes() -> None:
    assert _windows_path(_iss_define("Bundle")) == freeze.DIST / bundle.APP_FOLDER
    assert _iss_define("AppExe") == bundle.executable_name("win32")
    setup = dict(line.split("=", 1) for line in _iss_section("Setup"))
    assert _windows_path(setup["SetupIconFile"]) == freeze.ICON
    assert _windows_path(setup["OutputDir"]) == freeze.DIST
    assert setup["DefaultDirName"] == r"{autopf}\Etalase"
    files = [_iss_entry(line) for line in _iss_section("Files")]
    assert files == [
        {
            "Source": r"{#Bundle}\*",
            "DestDir": "{app}",
            "Flags": "ignoreversion recursesubdirs createallsubdirs",
        }
    ]


def test_the_setup_version_is_the_programs() -> None:
    assert _iss_define("AppVersion") == showcase.__version__


def test_start_menu_and_startup_shortcuts_run_commands_the_program_accepts() -> None:
    # Without /KIOSKSERVER= (its twins: test_kiosk_shortcuts_name_the_server_given…).
    icons = {
        entry["Name"]: entry
        for entry in map(_iss_entry, _iss_section("Icons"))
        if entry.get("Check") != "KioskServerGiven"
    }
    assert set(icons) == {
        r"{autoprograms}\Etalase",
        r"{autoprograms}\Etalase Kiosk",
        r"{autodesktop}\Etalase",
        r"{autostartup}\Etalase Kiosk",
    }
    assert all(e["Filename"] == r"{app}\{#AppExe}" for e in icons.values())
    assert "Parameters" not in icons[r"{autoprograms}\Etalase"]  # the staff window
    assert icons[r"{autoprograms}\Etalase Kiosk"]["Parameters"] == "kiosk"
    startup = icons[r"{autostartup}\Etalase Kiosk"]
    assert startup["Tasks"] == "kioskatlogin"
    assert startup["Parameters"] == "kiosk --restart"  # comes back after a crash
    for entry in map(_iss_entry, _iss_section("Icons")):
        args = build_parser().parse_args(shlex.split(entry.get("Parameters", "")))
        assert args.command in (None, "kiosk")


def test_kiosk_shortcuts_name_the_server_given_and_never_a_password() -> None:
    """/KIOSKSERVER= on the setup's command line: each kiosk shortcut has a twin that runs the
    kiosk on that server (--db), chosen by the Check; the password goes to pgpass.conf only."""
    entries = [_iss_entry(line) for line in _iss_section("Icons") if "Kiosk" in line]
    plain = {e["Name"]: e["Parameters"] for e in entries if e["Check"] == "not KioskServerGiven"}
    served = {e["Name"]: e["Parameters"] for e in entries if e["Check"] == "KioskServerGiven"}
    assert plain == {
        r"{autoprograms}\Etalase Kiosk": "kiosk",
        r"{autostartup}\Etalase Kiosk": "kiosk --restart",
    }
    assert served == {
        r"{autoprograms}\Etalase Kiosk": '--db "{param:KioskServer}" kiosk',
        r"{autostartup}\Etalase Kiosk": '--db "{param:KioskServer}" kiosk --restart',
    }
    for parameters in served.values():
        args = build_parser().parse_args(shlex.split(parameters))
        assert (args.command, args.db) == ("kiosk", "{param:KioskServer}")
    assert "KioskPassword" not in "".join(_iss_section("Icons"))
    code = ISS[ISS.index("[Code]") :]
    assert "{userappdata}\\postgresql\\pgpass.conf" in code  # libpq's file on Windows
    assert "ssPostInstall" in code and "InitializeSetup" in code
    for language in ("indonesian", "english"):
        assert f"{language}.BadKioskServer=" in ISS


def test_uninstalling_leaves_the_users_data_alone() -> None:
    assert "[UninstallDelete]" not in ISS
    setup, code = ISS.split("; tests/frozen")[1].split("[Code]")
    assert not re.search(r"localappdata|userappdata", setup, re.I)
    # The code only writes the kiosk's password into libpq's file, and nothing at uninstall.
    assert re.findall(r"\{\w*appdata\}[^']*", code, re.I) == [
        "{userappdata}\\postgresql\\pgpass.conf"
    ]
    assert "Uninstall" not in code
    deleted = [_iss_entry(line)["Name"] for line in _iss_section("InstallDelete")]
    assert deleted == [r"{app}\_internal"]


def test_both_languages_have_every_message_the_setup_uses() -> None:
    languages = {e["Name"]: e["MessagesFile"] for e in map(_iss_entry, _iss_section("Languages"))}
    assert set(languages) == {"indonesian", "english"}
    assert languages["indonesian"] == r"compiler:Default.isl,etalase-id.isl"
    isl = CaseKeptParser(interpolation=None, strict=True)
    isl.read(INSTALLER / "etalase-id.isl", encoding="utf-8")
    assert isl["LangOptions"]["LanguageID"] == "$0421"
    assert all(value.strip() for value in isl["Messages"].values())
    own = {line.split("=", 1)[0] for line in _iss_section("CustomMessages")}
    for name in set(re.findall(r"\{cm:(\w+)", ISS)):
        in_both = {f"indonesian.{name}", f"english.{name}"} <= own
        # Inno Setup's own custom messages: English comes with it, Indonesian from our file.
        assert in_both or name in isl["CustomMessages"], name


def _desktop_entry(path: Path) -> dict[str, str]:
    parser = CaseKeptParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entries_start_the_staff_window_and_the_kiosk() -> None:
    staff = _desktop_entry(LINUX / "etalase.desktop")
    kiosk = _desktop_entry(LINUX / "etalase-kiosk.desktop")
    assert (staff["Name"], staff["Exec"]) == ("Etalase", "etalase")
    assert (kiosk["Name"], kiosk["Exec"]) == ("Etalase Kiosk", "etalase kiosk")
    assert kiosk["Name[id]"] == "Etalase Kios"
    for entry in (staff, kiosk):
        assert entry["Exec"].split()[0] == bundle.EXE_NAME
        build_parser().parse_args(entry["Exec"].split()[1:])
        assert entry["Icon"] == "etalase"


def test_the_kiosk_unit_comes_back_after_any_crash() -> None:
    unit = CaseKeptParser(interpolation=None, strict=False)
    unit.read(LINUX / "etalase-kiosk.service", encoding="utf-8")
    # Without StartLimitIntervalSec=0 systemd stops restarting after 5 starts in 10 s.
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"
    assert "graphical-session.target" in unit["Unit"]["After"].split()
    assert unit["Service"]["Restart"] == "always"
    assert unit["Service"]["RestartSec"] == "5"
    # Staff leaving with the PIN (status 0) keep the PC; only that end is not restarted.
    assert unit["Service"]["RestartPreventExitStatus"] == "0"
    assert unit["Service"]["ExecStart"] == f"%h/.local/opt/etalase/{bundle.EXE_NAME} kiosk"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_the_autostart_entry_starts_the_unit() -> None:
    entry = _desktop_entry(LINUX / "etalase-kiosk-autostart.desktop")
    assert "systemctl --user start etalase-kiosk.service" in entry["Exec"]
    assert "import-environment DISPLAY" in entry["Exec"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entries_are_valid() -> None:
    files = sorted(str(p) for p in LINUX.glob("*.desktop"))
    done = subprocess.run(["desktop-file-validate", *files], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


# --- install.sh, for real, into a temporary home folder ----------------------------------


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A stand-in for dist/Etalase: an executable that prints its arguments, and the icon."""
    folder = tmp_path / "dist" / bundle.APP_FOLDER
    (folder / bundle.CONTENTS / "assets" / "icons").mkdir(parents=True)
    shutil.copyfile(
        ROOT / "assets" / "icons" / "etalase.svg",
        folder / bundle.CONTENTS / "assets" / "icons" / "etalase.svg",
    )
    exe = folder / bundle.EXE_NAME
    exe.write_text('#!/bin/sh\necho "etalase $*"\n')
    exe.chmod(0o755)
    return folder


def _install(home: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": path or os.environ["PATH"],
        "XDG_RUNTIME_DIR": str(home / "no-runtime"),  # no systemd user manager here
    }
    return subprocess.run(
        ["sh", str(LINUX / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_install_puts_the_program_menu_entries_and_unit_in_place(
    tmp_path: Path, built: Path
) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    prefix = home / "opt dir" / "etalase"  # a space in the path: quoted in Exec and ExecStart
    done = _install(home, "--from", str(built), "--prefix", str(prefix))
    assert done.returncode == 0, done.stderr
    exe = prefix / bundle.EXE_NAME
    assert subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout == (
        "etalase --version\n"
    )
    apps = home / ".local" / "share" / "applications"
    assert _desktop_entry(apps / "etalase.desktop")["Exec"] == f'"{exe}"'
    assert _desktop_entry(apps / "etalase-kiosk.desktop")["Exec"] == f'"{exe}" kiosk'
    icon = home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "etalase.svg"
    assert icon.read_bytes() == (ROOT / "assets" / "icons" / "etalase.svg").read_bytes()
    assert (home / ".local" / "bin" / "etalase").resolve() == exe
    unit = (home / ".config" / "systemd" / "user" / "etalase-kiosk.service").read_text()
    assert f'ExecStart="{exe}" kiosk' in unit.splitlines()
    assert "Restart=always" in unit.splitlines()
    # Not asked for the kiosk: nothing starts it at login.
    assert not (home / ".config" / "autostart").exists()
    if shutil.which("desktop-file-validate"):
        entries = [str(apps / "etalase.desktop"), str(apps / "etalase-kiosk.desktop")]
        valid = subprocess.run(["desktop-file-validate", *entries], capture_output=True, text=True)
        assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout


def test_install_again_replaces_the_program_and_uninstall_keeps_the_data(
    tmp_path: Path, built: Path
) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    assert _install(home, "--from", str(built)).returncode == 0
    prefix = home / ".local" / "opt" / "etalase"
    (prefix / bundle.CONTENTS / "left-over-from-old-version").write_text("x")
    assert _install(home, "--from", str(built)).returncode == 0
    assert not (prefix / bundle.CONTENTS / "left-over-from-old-version").exists()
    data = home / ".local" / "share" / "Etalase"
    data.mkdir(parents=True)
    (data / "etalase.db").write_bytes(b"the center's showcase")
    done = _install(home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not prefix.exists()
    assert not (home / ".local" / "bin" / "etalase").exists()
    assert not (home / ".local" / "share" / "applications" / "etalase.desktop").exists()
    assert not (home / ".config" / "systemd" / "user" / "etalase-kiosk.service").exists()
    assert (data / "etalase.db").read_bytes() == b"the center's showcase"


def test_install_refuses_a_prefix_that_holds_something_else(tmp_path: Path, built: Path) -> None:
    home = tmp_path / "pc-home"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "laporan.xlsx").write_text("keep me")
    done = _install(home, "--from", str(built), "--prefix", str(home))
    assert done.returncode == 1
    assert "does not hold Etalase" in done.stderr
    assert (home / "Documents" / "laporan.xlsx").read_text() == "keep me"


def test_install_without_a_built_program_says_how_to_build_it(tmp_path: Path) -> None:
    done = _install(tmp_path, "--from", str(tmp_path / "nothing"))
    assert done.returncode == 1
    assert "tools/freeze.py" in done.stderr


def test_install_kiosk_enables_the_unit_at_login(tmp_path: Path, built: Path) -> None:
    """systemctl is replaced by a script that records its arguments: no user manager runs here."""
    home = tmp_path / "pc-home"
    home.mkdir()
    tools = tmp_path / "bin"
    tools.mkdir()
    calls = tmp_path / "systemctl-calls"
    fake = tools / "systemctl"
    fake.write_text(f'#!/bin/sh\necho "$*" >> "{calls}"\n')
    fake.chmod(0o755)
    done = _install(home, "--from", str(built), "--kiosk", path=f"{tools}:{os.environ['PATH']}")
    assert done.returncode == 0, done.stderr
    assert calls.read_text().splitlines() == [
        "--user show-environment",
        "--user daemon-reload",
        "--user enable etalase-kiosk.service",
    ]
    assert (home / ".config" / "autostart" / "etalase-kiosk-autostart.desktop").is_file()


def test_install_kiosk_without_a_user_manager_says_so(tmp_path: Path, built: Path) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    tools = tmp_path / "bin"
    tools.mkdir()
    fake = tools / "systemctl"
    fake.write_text("#!/bin/sh\necho 'Failed to connect to bus' >&2\nexit 1\n")
    fake.chmod(0o755)
    done = _install(home, "--from", str(built), "--kiosk", path=f"{tools}:{os.environ['PATH']}")
    assert done.returncode == 1
    assert "not set to start at login" in done.stderr
    assert (home / ".local" / "opt" / "etalase" / bundle.EXE_NAME).is_file()  # installed anyway


def _assert_kiosk_unit_verifies(home: Path, runtime: Path) -> None:
    """systemd's own check of the kiosk's unit as installed in `home` finds nothing wrong."""
    runtime.mkdir(mode=0o700)
    unit = home / ".config" / "systemd" / "user" / "etalase-kiosk.service"
    done = subprocess.run(
        ["systemd-analyze", "--user", "verify", str(unit)],
        env=dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd")
def test_the_installed_unit_passes_systemd_analyze(tmp_path: Path, built: Path) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    assert _install(home, "--from", str(built)).returncode == 0
    _assert_kiosk_unit_verifies(home, tmp_path / "runtime")


# --- a kiosk on the LAN: the server in the unit, the password in ~/.pgpass only -------------

KIOSK_SERVER = "postgresql://etalase_kiosk@desk-pc:5433/etalase"


def _install_kiosk_server(
    home: Path, built: Path, server: str, password: str | None
) -> subprocess.CompletedProcess[str]:
    args = ["--from", str(built), "--kiosk-server", server]
    if password is not None:
        args.append("--kiosk-password-stdin")
    return subprocess.run(
        ["sh", str(LINUX / "install.sh"), *args],
        env={"HOME": str(home), "PATH": os.environ["PATH"], "XDG_RUNTIME_DIR": str(home / "x")},
        input=None if password is None else password + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _unit_service(home: Path) -> configparser.SectionProxy:
    unit = CaseKeptParser(strict=False, interpolation=None)
    unit.read(home / ".config" / "systemd" / "user" / "etalase-kiosk.service", encoding="utf-8")
    return unit["Service"]


def test_the_kiosk_unit_names_its_server_and_the_password_goes_to_pgpass(
    tmp_path: Path, built: Path
) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    (home / ".pgpass").write_text("other-pc:5432:*:someone:keep-me\n")
    done = _install_kiosk_server(home, built, KIOSK_SERVER, "s3cr:et\\pw")
    assert done.returncode == 0, done.stderr
    service = _unit_service(home)
    assert service["Environment"] == f'"SHOWCASE_DB={KIOSK_SERVER}"'
    assert service["ExecStart"] == f'"{home}/.local/opt/etalase/{bundle.EXE_NAME}" kiosk'
    text = (home / ".config" / "systemd" / "user" / "etalase-kiosk.service").read_text()
    assert "s3cr" not in text and "s3cr" not in done.stdout
    pgpass = home / ".pgpass"
    assert pgpass.stat().st_mode & 0o777 == 0o600
    assert pgpass.read_text().splitlines() == [
        "other-pc:5432:*:someone:keep-me",
        r"desk-pc:5433:etalase:etalase_kiosk:s3cr\:et\\pw",
    ]
    # What the unit starts is a command the program accepts, on that server.
    args = build_parser().parse_args(["--db", KIOSK_SERVER, "kiosk"])
    assert args.command == "kiosk"
    # Again with a new password: the line is replaced, not added.
    assert _install_kiosk_server(home, built, KIOSK_SERVER, "new-pw").returncode == 0
    assert pgpass.read_text().splitlines()[1:] == ["desk-pc:5433:etalase:etalase_kiosk:new-pw"]


@pytest.mark.parametrize(
    ("server", "problem"),
    [
        ("postgresql://etalase_kiosk:secret@desk-pc/etalase", "must not hold the password"),
        ("desk-pc/etalase", "takes a postgresql:// URL"),
        ("postgresql://desk-pc/etalase", "must name the kiosk login"),
        ("postgresql://etalase_kiosk@desk-pc", "names no database"),
    ],
)
def test_a_kiosk_server_url_that_will_not_do_is_refused_before_anything_is_installed(
    tmp_path: Path, built: Path, server: str, problem: str
) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    done = _install_kiosk_server(home, built, server, None)
    assert done.returncode == 1 and problem in done.stderr
    assert not (home / ".local").exists() and not (home / ".pgpass").exists()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd")
def test_the_kiosk_unit_with_a_server_passes_systemd_analyze(tmp_path: Path, built: Path) -> None:
    home = tmp_path / "pc-home"
    home.mkdir()
    assert _install_kiosk_server(home, built, KIOSK_SERVER, "pw").returncode == 0
    _assert_kiosk_unit_verifies(home, tmp_path / "runtime")
