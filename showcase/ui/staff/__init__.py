"""The front-desk staff window and its dialogs."""
