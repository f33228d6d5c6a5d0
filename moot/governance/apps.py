from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "moot.governance"
    label = "governance"
