from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "moot.workspace"
    verbose_name = "Clerk's workspace"
