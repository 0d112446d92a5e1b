"""The link as a QR code in SVG, made with segno (imported here, so the core package stays stdlib-only).

Error correction "L" with segno's boost: a link that carries a Chinese shop name is a few hundred
characters, and the lowest level keeps the symbol at the fewest modules, so each module stays large
enough to scan when the code is printed 3–4 cm wide on a parcel card. boost_error raises the level
whenever that costs no extra modules, so short links get M or Q for free.
"""

from __future__ import annotations

import io


def svg(link: str, title: str = "") -> str:
    import segno

    code = segno.make(link, error="l", boost_error=True, micro=False)
    buf = io.BytesIO()
    # A 4-module quiet zone, as the standard asks; the viewBox lets the page scale it freely.
    code.save(buf, kind="svg", scale=1, border=4, xmldecl=False, svgns=True, title=title or None,
              omitsize=True, unit=None)
    return buf.getvalue().decode("utf-8")
