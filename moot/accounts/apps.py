from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "moot.accounts"
    label = "moot_accounts"
    verbose_name = "Accounts"
