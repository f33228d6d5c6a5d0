"""E-mail: one function that builds and sends a message (``services.email_send``)."""
