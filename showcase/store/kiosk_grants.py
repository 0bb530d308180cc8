"""What the kiosk login may do with the tables of kiosks on the LAN (migration 0006), on a server.

Part of server_engine.grant_rights, run after every schema upgrade. The kiosk login reads the
change counter (`showcase_change`) and writes only its own row of `kiosk_status`: the row named
by its session's `etalase.kiosk_name` setting (showcase.store.live.KIOSK_NAME_SETTING). Every
kiosk shares the one login, so the policy keeps a kiosk from overwriting another by mistake (a
misconfigured name, a copy of another PC's unit); it is no defence against someone who holds the
kiosk password and writes SQL by hand, and the rest of the table is only status.
"""

from __future__ import annotations

NAME_SETTING = "etalase.kiosk_name"


def kiosk_statements(desk: str | None, kiosk: str | None) -> list[str]:
    """The GRANTs and row policies for the desk and kiosk roles that exist (None: absent)."""
    statements: list[str] = []
    if kiosk is not None:
        statements += [
            f"GRANT SELECT ON SEQUENCE showcase_change TO {kiosk}",
            f"GRANT INSERT, UPDATE ON kiosk_status TO {kiosk}",
        ]
    statements += [
        "ALTER TABLE kiosk_status ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS kiosk_status_read ON kiosk_status",
        "DROP POLICY IF EXISTS kiosk_status_own ON kiosk_status",
        "DROP POLICY IF EXISTS kiosk_status_desk ON kiosk_status",
        "CREATE POLICY kiosk_status_read ON kiosk_status FOR SELECT USING (true)",
    ]
    own = f"name = current_setting('{NAME_SETTING}', true)"
    if kiosk is not None:
        statements.append(
            f"CREATE POLICY kiosk_status_own ON kiosk_status FOR ALL TO {kiosk} "
            f"USING ({own}) WITH CHECK ({own})"
        )
    if desk is not None:
        statements.append(
            f"CREATE POLICY kiosk_status_desk ON kiosk_status FOR ALL TO {desk} "
            "USING (true) WITH CHECK (true)"
        )
    return statements
