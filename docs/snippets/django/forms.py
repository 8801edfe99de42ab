"""licences/forms.py: plain Django forms; the gcds renderer draws them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gcds.django.forms import DateInputField


class ContactForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your full name")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We send your licence to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_by = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=[("email", _("By email")), ("phone", _("By phone"))],
        widget=forms.RadioSelect,
    )
    date_of_birth = DateInputField(
        label=_("What is your date of birth?"),
        help_text=_("For example, 27 3 2007"),
    )


class ChildForm(forms.Form):
    name = forms.CharField(label=_("Child’s full name"))


# One row to start with, which must be filled in; "Add another child" adds up to 5.
ChildFormSet = forms.formset_factory(ChildForm, min_num=1, validate_min=True, extra=0, max_num=5)
