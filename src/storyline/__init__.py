"""Storyline: many articles about one story in, one sourced account out."""
__version__ = "0.1.0"
