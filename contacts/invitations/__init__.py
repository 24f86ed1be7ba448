"""Company logins by invitation: staff invite a company's delegate by e-mail; the invitee sets
their own password through a signed, expiring, single-use link, which creates the login and links
it to the company. Staff never see or set a password.

- models.py     Invitation: who was invited to which company, when, by whom, and what came of it
- tokens.py     the signed link
- services.py   invitation_create / invitation_send / invitation_revoke / invitation_accept,
                company_login_deactivate
- logins.py     who of a company's people can log in, is invited, or neither (for the admin)
- views.py      the invitee's page (/accounts/invitation/<token>/)
- admin.py      invitations and company logins; admin_users.py: the user pages without a dead
                "Reset password"; admin_links.py: links and words other admin pages show
"""
