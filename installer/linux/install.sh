#!/bin/sh
# Install the frozen Etalase on a Linux PC, for the user running this script (no root needed).
#
#   installer/linux/install.sh [--kiosk] [--kiosk-server URL [--kiosk-password-stdin]]
#                              [--from DIR] [--prefix DIR]
#   installer/linux/install.sh --uninstall [--prefix DIR]
#
#   --from DIR     the built program folder (default: dist/Etalase of this checkout, made by
#                  `python3 tools/freeze.py`)
#   --prefix DIR   where the program goes (default: ~/.local/opt/etalase)
#   --kiosk        also start the kiosk at every login of this user, and again 5 seconds after
#                  any crash (the systemd user service etalase-kiosk.service)
#   --kiosk-server URL   the kiosk shows the showcase on this server, with the kiosk login:
#                  postgresql://etalase_kiosk@HOST[:PORT]/DBNAME (as `server init` printed it),
#                  written into the unit as SHOWCASE_DB; a URL holding a password is refused
#   --kiosk-password-stdin   read the kiosk login's password from standard input into this
#                  user's ~/.pgpass (mode 600), where the kiosk finds it: never into the unit
#   --uninstall    remove the program, its menu entries and the kiosk service; the showcase
#                  database and backups in ~/.local/share/Etalase are left alone
#
# It installs: the program folder; the menu entries "Etalase" and "Etalase Kiosk" with the icon;
# a link ~/.local/bin/etalase for the commands; the kiosk's systemd user unit (enabled only with
# --kiosk, with an autostart entry that starts it on desktops that do not start
# graphical-session.target). Running it again updates an installed Etalase.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
FROM="$HERE/../../dist/Etalase"
PREFIX="$HOME/.local/opt/etalase"
KIOSK=no
UNINSTALL=no
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
APPLICATIONS="$DATA_HOME/applications"
ICON_DIR="$DATA_HOME/icons/hicolor/scalable/apps"
UNIT_DIR="$CONFIG_HOME/systemd/user"
AUTOSTART="$CONFIG_HOME/autostart"
BIN_LINK="$HOME/.local/bin/etalase"
UNIT=etalase-kiosk.service
KIOSK_SERVER=
KIOSK_PASSWORD_STDIN=no

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

while [ $# -gt 0 ]; do
    case "$1" in
        --kiosk) KIOSK=yes ;;
        --kiosk-server) [ $# -ge 2 ] || fail "--kiosk-server needs a postgresql:// URL"; KIOSK_SERVER=$2; shift ;;
        --kiosk-password-stdin) KIOSK_PASSWORD_STDIN=yes ;;
        --uninstall) UNINSTALL=yes ;;
        --from) [ $# -ge 2 ] || fail "--from needs a folder"; FROM=$2; shift ;;
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder"; PREFIX=$2; shift ;;
        -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
done

# The kiosk's server: postgresql://USER@HOST[:PORT]/DBNAME[?OPTIONS], without a password.
if [ -n "$KIOSK_SERVER" ]; then
    case "$KIOSK_SERVER" in
        postgresql://*|postgres://*) ;;
        *) fail "--kiosk-server takes a postgresql:// URL, not $KIOSK_SERVER" ;;
    esac
    rest=${KIOSK_SERVER#*://}
    case "$rest" in
        *@*) ;;
        *) fail "--kiosk-server must name the kiosk login: postgresql://etalase_kiosk@HOST/DBNAME" ;;
    esac
    SERVER_USER=${rest%%@*}
    case "$SERVER_USER" in
        *:*) fail "--kiosk-server must not hold the password (it would be readable in the unit): give it with --kiosk-password-stdin" ;;
    esac
    hostpart=${rest#*@}
    hostport=${hostpart%%/*}
    SERVER_DB=${hostpart#*/}
    SERVER_DB=${SERVER_DB%%\?*}
    [ "$hostpart" != "$hostport" ] && [ -n "$SERVER_DB" ] || fail "--kiosk-server names no database: postgresql://etalase_kiosk@HOST/DBNAME"
    SERVER_HOST=${hostport%:*}
    SERVER_PORT=5432
    case "$hostport" in *:*) SERVER_PORT=${hostport##*:} ;; esac
elif [ "$KIOSK_PASSWORD_STDIN" = yes ]; then
    fail "--kiosk-password-stdin goes with --kiosk-server"
fi

case "$PREFIX" in
    /*) ;;
    *) PREFIX="$(pwd)/$PREFIX" ;;
esac
PREFIX=${PREFIX%/}

# The prefix is replaced whole on an update: refuse a folder that is not an Etalase install
# (a typo like --prefix ~ must never empty someone's home folder).
if [ -e "$PREFIX" ] && [ ! -x "$PREFIX/etalase" ]; then
    if [ -n "$(ls -A "$PREFIX" 2>/dev/null)" ]; then
        fail "$PREFIX exists and does not hold Etalase; choose another --prefix"
    fi
fi

have_user_systemd() {
    command -v systemctl >/dev/null 2>&1 && systemctl --user show-environment >/dev/null 2>&1
}

if [ "$UNINSTALL" = yes ]; then
    if have_user_systemd; then
        systemctl --user disable --now "$UNIT" >/dev/null 2>&1 || true
    fi
    rm -f "$UNIT_DIR/$UNIT" "$AUTOSTART/etalase-kiosk-autostart.desktop" \
        "$APPLICATIONS/etalase.desktop" "$APPLICATIONS/etalase-kiosk.desktop" \
        "$ICON_DIR/etalase.svg"
    if [ -L "$BIN_LINK" ]; then rm -f "$BIN_LINK"; fi
    if [ -x "$PREFIX/etalase" ]; then rm -rf "$PREFIX"; fi
    if have_user_systemd; then systemctl --user daemon-reload || true; fi
    echo "Etalase removed. The showcase data in $DATA_HOME/Etalase is kept."
    exit 0
fi

[ -x "$FROM/etalase" ] || fail "no built program in $FROM: run python3 tools/freeze.py first, or give --from"
FROM=$(cd "$FROM" && pwd)
[ "$FROM" != "$PREFIX" ] || fail "--from and --prefix are the same folder"

# Copy beside the old version, then swap: a copy cut short leaves the old version working.
mkdir -p "$(dirname "$PREFIX")"
rm -rf "$PREFIX.new" "$PREFIX.old"
cp -a "$FROM" "$PREFIX.new"
if [ -e "$PREFIX" ]; then mv "$PREFIX" "$PREFIX.old"; fi
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"
EXE="$PREFIX/etalase"

# The path as it must be written into sed's replacement text, after the quoting rules of a
# desktop entry's Exec (\ " ` $ escaped, % doubled) or of a systemd ExecStart (% doubled).
sed_text() { printf '%s' "$1" | sed 's/[\\&|]/\\&/g'; }
EXEC_PATH=$(sed_text "$(printf '%s' "$EXE" | sed 's/[\\"`$]/\\&/g; s/%/%%/g')")
UNIT_PATH=$(sed_text "$(printf '%s' "$EXE" | sed 's/%/%%/g')")

# Menu entries with the real path (quoted: a path may hold spaces) and the icon.
mkdir -p "$APPLICATIONS" "$ICON_DIR" "$UNIT_DIR" "$(dirname "$BIN_LINK")"
for entry in etalase.desktop etalase-kiosk.desktop; do
    sed "s|^Exec=etalase|Exec=\"$EXEC_PATH\"|" "$HERE/$entry" > "$APPLICATIONS/$entry"
done
cp "$PREFIX/_internal/assets/icons/etalase.svg" "$ICON_DIR/etalase.svg"
ln -sfn "$EXE" "$BIN_LINK"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$APPLICATIONS" >/dev/null 2>&1 || true
fi

# The kiosk's unit, always (so `systemctl --user start etalase-kiosk` works); enabled on --kiosk.
# With a server, the unit names it (SHOWCASE_DB) and the password goes into ~/.pgpass only.
if [ -n "$KIOSK_SERVER" ]; then
    SERVER_TEXT=$(sed_text "$(printf '%s' "$KIOSK_SERVER" | sed 's/%/%%/g; s/["\\]/\\&/g')")
    sed "s|^ExecStart=.*|Environment=\"SHOWCASE_DB=$SERVER_TEXT\"\nExecStart=\"$UNIT_PATH\" kiosk|" \
        "$HERE/$UNIT" > "$UNIT_DIR/$UNIT"
else
    sed "s|^ExecStart=.*|ExecStart=\"$UNIT_PATH\" kiosk|" "$HERE/$UNIT" > "$UNIT_DIR/$UNIT"
fi
if [ "$KIOSK_PASSWORD_STDIN" = yes ]; then
    IFS= read -r password || [ -n "$password" ] || fail "no password on standard input"
    [ -n "$password" ] || fail "the password read from standard input is empty"
    # pgpass fields: \ and : written as \\ and \: (see libpq's "The Password File").
    pgpass_field() { printf '%s' "$1" | sed 's/[\\:]/\\&/g'; }
    entry="$(pgpass_field "$SERVER_HOST"):$SERVER_PORT:$(pgpass_field "$SERVER_DB"):$(pgpass_field "$SERVER_USER"):"
    PGPASS="$HOME/.pgpass"
    umask 077
    touch "$PGPASS"
    # This server's line replaced, every other kept.
    awk -v p="$entry" 'index($0, p) != 1' "$PGPASS" > "$PGPASS.new"
    printf '%s%s\n' "$entry" "$(pgpass_field "$password")" >> "$PGPASS.new"
    chmod 600 "$PGPASS.new"
    mv "$PGPASS.new" "$PGPASS"
    echo "  kiosk: the password of $SERVER_USER is in $PGPASS (readable by this user only)"
fi

echo "Etalase installed in $PREFIX"
echo "  menu: Etalase, Etalase Kiosk; commands: $BIN_LINK (etalase --help)"

if [ "$KIOSK" = yes ]; then
    mkdir -p "$AUTOSTART"
    cp "$HERE/etalase-kiosk-autostart.desktop" "$AUTOSTART/etalase-kiosk-autostart.desktop"
    if ! have_user_systemd; then
        fail "systemd's user manager is not reachable from here (log in on the PC's desktop and run this again), so the kiosk was not set to start at login"
    fi
    systemctl --user daemon-reload
    systemctl --user enable "$UNIT"
    echo "  kiosk: starts at every login and again 5 s after a crash"
    echo "         (now: systemctl --user start etalase-kiosk; state: systemctl --user status etalase-kiosk)"
elif have_user_systemd; then
    systemctl --user daemon-reload || true
fi
