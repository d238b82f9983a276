package dev.sci4j.compare;

/** The inline style sheet of sci4j's HTML pages: system fonts (CJK included), AA contrast, printable. */
final class PageStyle {
    static final String CSS = String.join(
            "\n",
            "body{font-family:system-ui,\"Noto Sans CJK TC\",\"Noto Sans TC\",\"Microsoft JhengHei\",\"PingFang TC\",sans-serif;",
            "color:#1a1a1a;background:#fff;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.6}",
            "h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1f4e79}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:bold;padding:.25rem 0}",
            "th,td{border:1px solid #6b6b6b;padding:.4rem .5rem;text-align:left;vertical-align:top}",
            "thead th{background:#e8eef5}tbody th{font-weight:600;min-width:9rem}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            ".bad{color:#8b0000}.note{color:#3d3d3d;font-size:.95rem}figure{margin:1rem 0}svg{max-width:100%;height:auto}",
            "a{color:#1f4e79}",
            ".unverified{border:3px solid #8b0000;color:#8b0000;padding:.75rem;font-weight:bold}",
            ".fingerprint{overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:.85rem}",
            // Narrow screens (a phone at 390 px): every row of a table becomes a block of labelled cells.
            "@media screen and (max-width:40rem){.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;"
                    + "clip:rect(0 0 0 0)}.reflow,.reflow tbody,.reflow tr,.reflow td,.reflow tbody th{display:block;"
                    + "width:auto}.reflow tr{border:1px solid #6b6b6b;margin:.5rem 0}.reflow td,.reflow tbody th{border:0;"
                    + "border-top:1px solid #6b6b6b;text-align:left;white-space:normal}.reflow [data-label]::before{"
                    + "content:attr(data-label);display:block;font-weight:600;font-size:.85rem}}",
            // A4 paper: officers file the comparison; nothing may run past the printable width.
            "@page{size:A4;margin:15mm}",
            "@media print{body{max-width:none;margin:0;padding:0;font-size:9.5pt;line-height:1.4}"
                    + "h2{break-after:avoid}tr,figure,li{break-inside:avoid}th,td{padding:.2rem .3rem;"
                    + "overflow-wrap:anywhere}td.num{white-space:normal}.unverified{border-width:2px}}");

    private PageStyle() {}

    /** Opens the document: {@code <html lang>}, head with title and style, body. */
    static void head(Html h, String lang, String title) {
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "lang", lang)
                .raw("\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title)
                .raw("\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n");
    }

    static void end(Html h) {
        h.raw("</body>\n</html>\n");
    }
}
