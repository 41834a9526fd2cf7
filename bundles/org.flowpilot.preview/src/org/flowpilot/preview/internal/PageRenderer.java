package org.flowpilot.preview.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.flowpilot.preview.html.HtmlWriter;

/**
 * Turns a {@link Page} into HTML: the screen's section alone, to embed in a page of one's own with
 * {@link #stylesheet()}, or a whole self-contained document. Everything is inline (CSS, SVG), and the document's
 * content security policy forbids every request, so a preview never reaches out of the page.
 */
public final class PageRenderer {

    /** The stylesheet files, in the order they are joined. */
    private static final String[] STYLESHEETS = { "/css/preview.css", "/css/windows10.css", "/css/windows11.css" };

    private PageRenderer() {
    }

    /** The screen's {@code <section class="screen">}. */
    public static String section(Page page) {
        HtmlWriter html = new HtmlWriter(8192);
        write(html, page);
        return html.toString();
    }

    /** Writes the screen's {@code <section class="screen">} into {@code html}. */
    public static void write(HtmlWriter html, Page page) {
        switch (page) {
            case Page.Oobe oobe -> OobeLayout.write(html, oobe);
            case Page.Esp esp -> EspLayout.write(html, esp);
            case Page.Result result -> ResultLayout.write(html, result);
            case Page.SignOn signOn -> SignOnLayout.write(html, signOn);
            case Page.Desktop desktop -> DesktopLayout.write(html, desktop);
        }
    }

    /**
     * A whole HTML document showing {@code page} as large as the window allows, titled {@code documentTitle}.
     */
    public static String document(Page page, String documentTitle) {
        return document(documentTitle, html -> write(html, page));
    }

    /**
     * A whole HTML document titled {@code documentTitle} whose {@code <main class="screen-frame">} holds what
     * {@code content} writes: a screen's section, or markup of the caller's.
     */
    public static String document(String documentTitle, Consumer<HtmlWriter> content) {
        HtmlWriter html = new HtmlWriter(Styles.TEXT.length() + 10_000);
        html.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head").empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY);
        html.element("title", documentTitle).open("style").raw(Styles.TEXT).raw(PAGE_STYLE).close("style");
        html.close("head").open("body", "class", "preview-page").open("main", "class", "screen-frame");
        content.accept(html);
        return html.close("main").close("body").close("html").toString();
    }

    /** The content security policy of every document: inline styles only, no request of any kind. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    // A document holds one screen, centred and as large as the window allows at 16:10.
    private static final String PAGE_STYLE = "html,body.preview-page{margin:0;height:100%;background:#202020}"
            + "body.preview-page{display:flex;align-items:center;justify-content:center;overflow:hidden}"
            + "body.preview-page .screen-frame{width:min(100vw,160vh)}";

    /** The CSS of every screen of both Windows versions. */
    public static String stylesheet() {
        return Styles.TEXT;
    }

    /** Loads the stylesheets once, when first needed. */
    private static final class Styles {
        static final String TEXT = load();

        private static String load() {
            StringBuilder text = new StringBuilder(32_768);
            for (String name : STYLESHEETS) {
                try (InputStream in = PageRenderer.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("The preview stylesheet " + name + " is not in the bundle");
                    }
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the preview stylesheet " + name, e);
                }
            }
            return text.toString();
        }
    }
}
