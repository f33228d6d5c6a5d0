"""What goes wrong with a visitor's request, as sentences that name the input."""

from __future__ import annotations


class NotFound(Exception):
    """Nothing at this address; the message says what was looked for."""


class InvalidInput(Exception):
    """A parameter the visitor gave cannot be read: names the field and the format."""

    def __init__(self, field: str, value: str, expected: str):
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: '{value}' is not valid; expected {expected}.")
