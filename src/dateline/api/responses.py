"""The JSON response class of the API (shared by the app and the routes)."""
from __future__ import annotations

import json
from typing import Any

from fastapi.responses import JSONResponse


class SafeJSON(JSONResponse):
    """JSON that survives lone surrogates in stored text (escaped as \\udXXX)."""

    def render(self, content: Any) -> bytes:
        try:
            return super().render(content)
        except UnicodeEncodeError:
            return json.dumps(content, ensure_ascii=True, allow_nan=False,
                              separators=(",", ":")).encode("ascii")
