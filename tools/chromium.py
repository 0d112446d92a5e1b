"""How the tests and the benchmarks launch Chromium: which binary, and with which switches.

Debian's Chromium runs headless as the full browser, and every new window (each Playwright context
or page) preloads two WebUI renderers for the address bar's popups: about 0.6 s of CPU a window that
no page here ever uses. On a two-core machine that doubled the suite's CPU and competed with the page
under measurement, so the features behind them are off. Chromium keeps only the last
--disable-features switch, and Playwright passes its own before ours: its list (Playwright 1.65's
chromiumSwitches) is repeated here so that none of it is lost."""

from __future__ import annotations

import os
from pathlib import Path

PLAYWRIGHT_DISABLED = (
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding",
    "ThirdPartyStoragePartitioning", "AvoidCorsURLLoaderRestartOnRedirect", "TcpPortRandomizationWin",
    "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch",
    "CDPScreenshotNewSurface", "SkipListAccountsWithoutGaiaCookies",
)
OURS_DISABLED = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "PreloadTopChromeWebUI")

ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--disable-features=" + ",".join(PLAYWRIGHT_DISABLED + OURS_DISABLED),
]


DEBIAN_CHROMIUM = Path("/usr/bin/chromium")  # package chromium's wrapper script
HEADLESS_SHELL = Path("/usr/lib/chromium/chromium-headless-shell")
FULL_BROWSER = (Path("/usr/lib/chromium/chromium"), DEBIAN_CHROMIUM)


def executable(*, shell: bool = False) -> str | None:
    """Debian's Chromium (the binary behind the wrapper script is quieter); None = Playwright's own.
    AFTERSALES_CHROMIUM=playwright asks for Playwright's even where Debian's is installed.

    `shell` asks for Debian's headless shell (package chromium-headless-shell) where it is installed: the
    same Blink and V8 without the browser's window machinery, as Playwright itself runs headless tests.
    Measured here per fresh context, CPU of all Chromium processes: a guide page 780 -> 550 ms, the checker
    until ready 2.7 -> 2.2 s. The tests use it; the benchmarks time the full browser a buyer runs."""
    if os.environ.get("AFTERSALES_CHROMIUM") == "playwright":
        return None
    candidates = ((HEADLESS_SHELL,) if shell else ()) + FULL_BROWSER
    return next((str(c) for c in candidates if c.exists()), None)
