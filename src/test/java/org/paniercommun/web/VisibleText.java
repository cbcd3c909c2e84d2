package org.paniercommun.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a person reads in a page: the text between the tags (attribute values, scripts and styles left out). */
public final class VisibleText {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private VisibleText() {
    }

    public static String of(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ");
    }

    /** The ISO dates ("2026-12-12") a person would read in the page: there should be none. */
    public static List<String> isoDates(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(of(html));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
