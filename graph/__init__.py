"""Canonical graph model of Russia–North Korea relations and its sinks."""

__version__ = "0.1.0"
