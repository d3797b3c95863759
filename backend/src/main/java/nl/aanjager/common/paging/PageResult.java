package nl.aanjager.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of matches. */
public record PageResult<T>(List<T> items, long total, int page, int size) {
    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
