"""Django forms with gcds. (Minimal, for the forms-errors branch only: the forms-fields branch
owns this file; merge keeps its content and adds these exports.)"""

from .formsets import (
    ADD_BUTTON,
    ADD_TEXT,
    add_button,
    add_requested,
    bind_formset,
    can_add_form,
    with_another_form,
)
from .summary import error_summary, errors_for

__all__ = [
    "ADD_BUTTON",
    "ADD_TEXT",
    "add_button",
    "add_requested",
    "bind_formset",
    "can_add_form",
    "error_summary",
    "errors_for",
    "with_another_form",
]
