"""The style of the HTML reports: one ``<style>`` block, scoped to ``.randaberg-some``.

Readable on a light page and on a dark one (Jupyter's dark theme, a browser in dark
mode): text and borders inherit the page's colour; severity and status are shown as a
word on a badge whose colours are chosen for contrast on either background (white text on
a dark red, dark text on amber), and a coloured bar on the left of each row. The colour is
never the only sign: the word is always there.
"""

from __future__ import annotations

from typing import Final

__all__ = ["STYLE"]

STYLE: Final = """<style>
.randaberg-some{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
line-height:1.4;color:inherit;max-width:72rem}
.randaberg-some h3,.randaberg-some h4{margin:1.2em 0 .3em;font-size:1.05em}
.randaberg-some .rs-counts{display:flex;flex-wrap:wrap;gap:.5em;list-style:none;
padding:0;margin:.5em 0 1em}
.randaberg-some .rs-counts li{border:1px solid rgba(128,128,128,.5);border-radius:.4em;
padding:.3em .7em}
.randaberg-some .rs-counts strong{font-size:1.3em;margin-right:.25em}
.randaberg-some table{border-collapse:collapse;width:100%;margin:.2em 0 .8em}
.randaberg-some th,.randaberg-some td{text-align:left;vertical-align:top;
padding:.3em .6em;border-bottom:1px solid rgba(128,128,128,.35)}
.randaberg-some th{font-weight:600;border-bottom:2px solid rgba(128,128,128,.6)}
.randaberg-some .rs-account table{table-layout:fixed}
.randaberg-some .rs-account th:nth-child(1){width:6.5em}
.randaberg-some .rs-account th:nth-child(2){width:8.5em}
.randaberg-some .rs-account th:nth-child(4){width:15em}
.randaberg-some .rs-account th:nth-child(5){width:9em}
.randaberg-some .rs-unreadable th:nth-child(1){width:3.5em}
.randaberg-some td code{white-space:nowrap}
.randaberg-some .rs-who{font-weight:600}
.randaberg-some .rs-muted{opacity:.75;font-weight:normal}
.randaberg-some code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em}
.randaberg-some .rs-badge{display:inline-block;min-width:5.5em;text-align:center;
border-radius:.3em;padding:.05em .45em;font-weight:600;font-size:.9em}
.randaberg-some .rs-error .rs-badge,.randaberg-some .rs-late .rs-badge,
.randaberg-some .rs-overdue .rs-badge{background:#b3261e;color:#fff}
.randaberg-some .rs-warning .rs-badge{background:#f2b600;color:#1f1f1f}
.randaberg-some .rs-info .rs-badge,.randaberg-some .rs-open .rs-badge{background:#3a6ea5;
color:#fff}
.randaberg-some .rs-met .rs-badge{background:#2e7d32;color:#fff}
.randaberg-some tr.rs-error td:first-child,.randaberg-some tr.rs-late td:first-child,
.randaberg-some tr.rs-overdue td:first-child{box-shadow:inset 4px 0 #b3261e}
.randaberg-some tr.rs-warning td:first-child{box-shadow:inset 4px 0 #f2b600}
.randaberg-some tr.rs-info td:first-child,.randaberg-some tr.rs-open td:first-child{
box-shadow:inset 4px 0 #3a6ea5}
.randaberg-some tr.rs-met td:first-child{box-shadow:inset 4px 0 #2e7d32}
.randaberg-some .rs-notice{border-left:4px solid #3a6ea5;padding:.2em .6em}
@media (prefers-color-scheme:dark){
.randaberg-some th,.randaberg-some td{border-bottom-color:rgba(200,200,200,.3)}
.randaberg-some .rs-warning .rs-badge{background:#ffcc33}
.randaberg-some .rs-info .rs-badge,.randaberg-some .rs-open .rs-badge{background:#2f5f91}}
</style>"""
