"""Web edge: `storyline serve`, pages and a JSON API over the SQLite file that `analyze` writes."""

from storyline.web.app import create_app
from storyline.web.server import background, serve

__all__ = ["background", "create_app", "serve"]
