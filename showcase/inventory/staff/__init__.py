"""The front desk's people: staff `accounts` with their roles, the `pins` they sign in with
(hashing, the rule, the slowdown of guessing) and the `wrong_pins` kept in the audit log."""
