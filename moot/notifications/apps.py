from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "moot.notifications"
    label = "notifications"
    verbose_name = "Notifications"
