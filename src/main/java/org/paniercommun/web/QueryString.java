package org.paniercommun.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the "&name=value" tail that keeps a list's filters when paging. */
public final class QueryString {

    private QueryString() {
    }

    /** @param pairs name, value, name, value…; null or blank values are left out */
    public static String of(Object... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !value.toString().isBlank()) {
                out.append('&').append(pairs[i]).append('=')
                        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
