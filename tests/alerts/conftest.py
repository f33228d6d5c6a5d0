from tests.notifications.conftest import smtp_server  # noqa: F401 - the loopback SMTP fixture
