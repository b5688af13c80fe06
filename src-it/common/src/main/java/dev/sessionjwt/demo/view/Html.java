package dev.sessionjwt.demo.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The frame of the demo's pages (head, stylesheet, header line naming the node and the server) and HTML escaping. */
public final class Html {

    /** JVM system property a node of the cluster demo sets to its name; the page header shows it. */
    public static final String NODE_PROPERTY = "dev.sessionjwt.demo.node";

    private static final String STYLE = """
            :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0969da;--ok:#1a7f37;--okbg:#dafbe1;\
            --warn:#9a6700;--warnbg:#fff8c5}
            *{box-sizing:border-box}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Helvetica,Arial,sans-serif;\
            color:var(--fg);max-width:66rem;margin:1.25rem auto;padding:0 1.25rem}
            header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.4rem 1rem;\
            border-bottom:1px solid var(--line);padding-bottom:.6rem;margin-bottom:1rem}
            h1{font-size:1.45rem;margin:0}
            .sub{color:var(--muted);margin:.1rem 0 0}
            header>div:first-child{flex:1 1 24rem}
            .node{color:var(--muted);font-size:.9rem;text-align:right;max-width:30rem}
            .grid{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
            .card{border:1px solid var(--line);border-radius:8px;padding:.9rem 1.2rem;margin:0 0 1rem}
            .card h2{font-size:.8rem;margin:0 0 .6rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
            .big{font-size:1.25rem;font-weight:600}
            .count{font-size:2rem;font-weight:600;line-height:1}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
            th{background:var(--soft);font-weight:600;font-size:.9rem}
            td.v{word-break:break-all}
            code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);\
            padding:.1rem .3rem;border-radius:4px;word-break:break-all}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
            dt{color:var(--muted)}
            dd{margin:0;min-width:0}
            form{display:inline}
            .row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin-top:.6rem}
            button{font:inherit;padding:.3rem .9rem;border-radius:6px;border:1px solid var(--line);background:var(--soft);\
            cursor:pointer}
            button.primary{background:var(--accent);color:#fff;border-color:var(--accent)}
            input{font:inherit;padding:.25rem .5rem;border:1px solid var(--line);border-radius:6px;width:9.5rem}
            .badge{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-size:.85rem;\
            background:var(--okbg);color:var(--ok)}
            .badge.anon{background:var(--soft);color:var(--muted)}
            .badge.bad{background:var(--warnbg);color:var(--warn)}
            .muted{color:var(--muted)}
            details{margin-top:.5rem}
            summary{cursor:pointer;color:var(--muted)}
            pre{background:var(--soft);padding:.6rem;border-radius:6px;white-space:pre-wrap;word-break:break-all;\
            font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            a{color:var(--accent)}
            footer{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);padding-top:.6rem}
            """;

    private Html() {
    }

    /**
     * Starts a page: sets the content type and {@code Cache-Control: no-store} (a page that shows a session must
     * not come back from the browser's cache after a sign-out), writes the head and the header line.
     *
     * @param title    the page title and heading; not null
     * @param subtitle one line under the heading, already HTML; not null
     */
    public static StringBuilder start(HttpServletRequest request, HttpServletResponse response, String title,
                                      String subtitle) {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body><header><div><h1>").append(escape(title)).append("</h1><p class=\"sub\">")
                .append(subtitle).append("</p></div><div class=\"node\" id=\"node\">served by ")
                .append(escape(node(request))).append("<br><code id=\"server\">")
                .append(escape(ServerLabel.of(request.getServletContext()))).append("</code></div></header>\n");
        return html;
    }

    /** Ends a page with a footer line (already HTML). */
    public static String end(StringBuilder html, String footer) {
        return html.append("<footer>").append(footer).append("</footer></body></html>\n").toString();
    }

    /** The node that serves the request: "node-a · 127.0.0.1:8080" in the cluster demo, else the address. */
    public static String node(HttpServletRequest request) {
        String address = request.getLocalAddr() + ":" + request.getLocalPort();
        String name = System.getProperty(NODE_PROPERTY);
        return name == null || name.isBlank() ? address : name + " \u00b7 " + address;
    }

    /** Escapes text for HTML element content and double-quoted attributes; null becomes "". */
    public static String escape(Object text) {
        if (text == null) {
            return "";
        }
        return text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
