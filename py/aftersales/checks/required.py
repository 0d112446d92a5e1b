"""What a merchant cannot act without: the required fields, and a way to reach the buyer."""

from __future__ import annotations

from ..data.fields import FIELDS
from .model import Draft, Hit

# Either will do; the finding names the pair by this path.
CONTACT = "contact"
CONTACT_PATHS = ("contact.phone", "contact.email")
REQUIRED = "required"


def required_hits(d: Draft) -> list[Hit]:
    hits = [Hit(REQUIRED, f.path) for f in FIELDS if f.required and not d.get(f.path) and f.path not in d.bad]
    if not any(d.get(p) or p in d.bad for p in CONTACT_PATHS):
        hits.append(Hit(REQUIRED, CONTACT))
    return hits
