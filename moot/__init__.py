"""Moot: run and publish the meetings of public bodies."""

__version__ = "0.1.0"
