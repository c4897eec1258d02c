"""The field registry (``domain/fields.py``) as the window shows it: translated labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ..domain.fields import FORM_TAB_LABELS, FieldSpec, FieldType, FormTab, Registry


def field_label(spec: FieldSpec, *, required_mark: bool = False) -> str:
    """The field's label in the current language; ``required_mark`` adds ' *' when required."""
    text = QCoreApplication.translate("Fields", spec.label)
    return text + " *" if required_mark and spec.required else text


def label_of(registry: Registry, name: str, *, required_mark: bool = False) -> str:
    return field_label(registry[name], required_mark=required_mark)


def tab_label(tab: FormTab) -> str:
    return QCoreApplication.translate("Fields", FORM_TAB_LABELS[tab])


def apply_limits(widget: QWidget, spec: FieldSpec) -> None:
    """The registry's length limit on a one-line text field (the service checks it too)."""
    if isinstance(widget, QLineEdit) and spec.type is FieldType.TEXT and spec.max_length:
        widget.setMaxLength(spec.max_length)


def export_header(registry: Registry, name: str) -> str:
    """The column header of a field in lists and their exports (the registry's ``list_header``,
    else its ``export``, else its label), in the current language."""
    spec = registry[name]
    return QCoreApplication.translate("Fields", spec.list_header or spec.export or spec.label)
