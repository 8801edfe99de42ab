"""The service's questions, as Django forms; gcds draws them (FORM_RENDERER)."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _
from markupsafe import Markup

import gcds
from gcds.django.forms import DateInputField, DateInputWidget, field_params, render_field

CONTACT_CHOICES = [
    ("email", _("Email")),
    ("phone", _("Phone")),
    ("post", _("Post")),
]
#: The field revealed under each contact choice (conditional reveal).
REVEALS = {"email": "email", "phone": "phone"}
DOCUMENT_TYPES = ["pdf", "jpg", "jpeg", "png"]
#: type="tel" (Django 5.2 has TelInput; before it, a TextInput with the type attribute).
TelInput = getattr(forms, "TelInput", None) or type(
    "TelInput", (forms.TextInput,), {"input_type": "tel"}
)


class DetailsForm(forms.Form):
    """Your details: name, date of birth, how to contact you (with the address or number)."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your full name")},
    )
    date_of_birth = DateInputField(
        label=_("Date of birth"),
        # In English the boxes are month, day, year (Canada.ca); in French day, month, year.
        help_text=_("For example, 3 27 1987"),
        widget=DateInputWidget(attrs={"autocomplete": "bday"}),
        error_messages={"required": _("Enter your date of birth")},
    )
    contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=CONTACT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should contact you")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter an email address like name@example.com")},
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=20,
        widget=TelInput(attrs={"autocomplete": "tel"}),
    )

    def clean_date_of_birth(self) -> datetime.date:
        born = self.cleaned_data["date_of_birth"]
        if born >= datetime.date.today():
            raise forms.ValidationError(_("Date of birth must be in the past"), code="future")
        return born

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        chosen = cleaned.get("contact")
        if chosen == "email" and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter your email address"))
        if chosen == "phone" and not cleaned.get("phone"):
            self.add_error("phone", _("Enter your phone number"))
        # An answer under an option not chosen is not asked for: never refuse it.
        for choice, name in REVEALS.items():
            if chosen != choice and name in self.errors:
                del self.errors[name]
        return cleaned

    def contact_question(self) -> Markup:
        """The contact radios, each field in ``REVEALS`` shown under its option (all shown
        without JavaScript). The page renders this in place of the three fields."""
        component, params = field_params(self["contact"])
        for item in params["items"]:
            revealed = REVEALS.get(item["value"])
            if revealed:
                item["conditional"] = render_field(self[revealed])
        return gcds.render(component, **params)


class DocumentForm(forms.Form):
    """Your fisher identification card, as a file; not asked again once one is uploaded."""

    document = forms.FileField(
        label=_("Upload a photo or scan of your fisher identification card"),
        help_text=_("A PDF, JPG or PNG file, smaller than 5 MB"),
        validators=[
            FileExtensionValidator(DOCUMENT_TYPES, message=_("The file must be a PDF, JPG or PNG"))
        ],
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
        error_messages={
            "required": _("Choose a file to upload"),
            "empty": _("The file is empty: choose another one"),
        },
    )

    def __init__(self, *args: Any, uploaded: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if uploaded:
            field = self.fields["document"]
            field.required = False
            field.help_text = _("You uploaded %(name)s. Choose another file to replace it.") % {
                "name": uploaded
            }

    def clean_document(self) -> Any:
        upload = self.cleaned_data["document"]
        if upload and upload.size > settings.MAX_DOCUMENT_BYTES:
            raise forms.ValidationError(_("The file must be smaller than 5 MB"), code="size")
        return upload
