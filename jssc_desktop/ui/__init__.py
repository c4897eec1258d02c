"""The PySide6 desktop interface: main window, pages, dialogs and Qt models."""
