"""licences/views.py: a form, a formset with "Add another", and a done page."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from gcds.django import bind_formset

from .forms import ChildFormSet, ContactForm


def contact(request):
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            # Save form.cleaned_data here; date_of_birth is a datetime.date.
            messages.success(request, _("Your contact details are saved."))
            return redirect("children")
    else:
        form = ContactForm()
    return render(
        request,
        "licences/contact.html",
        {
            "form": form,
            "page_title": _("Your contact details"),
            "has_errors": bool(form.errors),  # the title starts "Error: "
        },
    )


def children(request):
    # GET: an empty formset. POST: bound, or with one more row if "Add another" was pressed.
    formset = bind_formset(ChildFormSet, request)
    if formset.is_bound and formset.is_valid():
        messages.success(request, _("Your children are saved."))
        return redirect("done")
    return render(
        request,
        "licences/children.html",
        {
            "formset": formset,
            "page_title": _("Your children"),
            "has_errors": bool(formset.total_error_count()),
        },
    )


def done(request):
    return render(request, "licences/done.html", {"page_title": _("Application received")})
