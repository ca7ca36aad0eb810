"""Storyline: many articles about one story in, one sourced account out.

    >>> import storyline
    >>> result = storyline.analyze(["examples/kuzminov"])   # -> storyline.pipeline.Analysis
    >>> report = result.to_dict()                            # the JSON report (docs/report.md)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]


def __getattr__(name: str) -> Any:
    """`storyline.analyze` is imported on first use: `import storyline` stays light for the CLI and web."""
    if name == "analyze":
        from storyline.pipeline import analyze

        return analyze
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")
