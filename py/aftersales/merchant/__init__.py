"""Merchant tools: the link builder (link, QR code, snippet, parcel card) and the package verifier."""
