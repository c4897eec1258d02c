"""The client screens: list, detail, form and the dialogs for stages, discharge and consent."""

from .page import ClientsPage

__all__ = ["ClientsPage"]
