package org.paniercommun.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.paniercommun.kernel.PageResult;

/** Previous/next links of a paged list that keep the search and filters. */
public record Pager(int page, long pageCount, long total, String previousUrl, String nextUrl) {

    static Pager of(PageResult<?> result, String path, Map<String, String> params) {
        return new Pager(result.page(), result.pageCount(), result.total(),
                result.hasPrevious() ? url(path, params, result.previous()) : null,
                result.hasNext() ? url(path, params, result.next()) : null);
    }

    private static String url(String path, Map<String, String> params, int page) {
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }
}
