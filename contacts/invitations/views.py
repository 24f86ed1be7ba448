"""The page an invitation link opens: choose a password, and the company login exists."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import services
from .tokens import read_token

# A link that was never valid is not found; one that was valid once is gone.
REFUSED_STATUS = {"invalid": 404, "expired": 410, "used": 410, "revoked": 410}


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def accept(request, token):
    invitation, problem = read_token(token)
    if problem:
        return render(
            request,
            "contacts/invitations/refused.html",
            {"problem": problem},
            status=REFUSED_STATUS[problem],
        )
    form = SetPasswordForm(services.login_candidate(invitation), request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(
                invitation=invitation, password=form.cleaned_data["new_password1"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request,
                _(
                    "Welcome. You are logged in as %(login)s; use that name and your password "
                    "next time."
                )
                % {"login": user.get_username()},
            )
            return redirect("my:trips")
    context = {
        "invitation": invitation,
        "form": form,
        "login_name": services.login_name(invitation),
    }
    return render(request, "contacts/invitations/accept.html", context)
