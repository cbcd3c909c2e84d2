package org.paniercommun.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a pager needs. Pages are numbered from 1. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public long pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Clamps what a caller asked for: page ≥ 1, 1 ≤ size ≤ MAX_SIZE. */
    public static int page(Integer requested) {
        return requested == null || requested < 1 ? 1 : requested;
    }

    public static int size(Integer requested) {
        return requested == null || requested < 1 ? DEFAULT_SIZE : Math.min(requested, MAX_SIZE);
    }
}
