from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "moot.meetings"
    label = "meetings"
