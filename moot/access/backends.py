"""An administrator granted by role (not a Django superuser) holds every permission of the
back office, as a superuser does: the access rule, not Django's per-model permissions,
decides who repairs the record (``admin.repair``). Authenticates nobody."""

from __future__ import annotations

from moot.access.rules import Role
from moot.access.selectors import holds_role

CACHE = "_moot_access_administrator"


def is_administrator(user) -> bool:
    """Asked once per user object (the admin asks for permissions many times a page)."""
    if not hasattr(user, CACHE):
        setattr(user, CACHE, holds_role(user, {Role.ADMINISTRATOR}))
    return getattr(user, CACHE)


class AdministratorBackend:
    def authenticate(self, request, **credentials):
        return None

    def get_user(self, user_id):
        return None

    def has_perm(self, user_obj, perm, obj=None) -> bool:
        return bool(user_obj.is_active and is_administrator(user_obj))

    def has_module_perms(self, user_obj, app_label) -> bool:
        return bool(user_obj.is_active and is_administrator(user_obj))
