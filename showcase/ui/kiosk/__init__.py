"""The visitors' touchscreen kiosk: the full-screen window shell and its screens (screens/)."""
