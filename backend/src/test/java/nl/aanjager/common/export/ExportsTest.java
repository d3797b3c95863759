package nl.aanjager.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemCode;
import org.junit.jupiter.api.Test;

class ExportsTest {

    /** A list of this many rows, read page by page as a list endpoint gives it. */
    private static Exports.PageReader<Integer> listOf(int rows, List<Integer> pagesRead) {
        return (page, size) -> {
            pagesRead.add(page);
            List<Integer> items = IntStream.range(page * size, Math.min(rows, (page + 1) * size)).boxed().toList();
            return new PageResult<>(items, rows, page, size);
        };
    }

    @Test
    void everyPageIsReadInOrder() {
        List<Integer> pages = new ArrayList<>();
        List<Integer> rows = Exports.allPages(listOf(2_500, pages));
        assertEquals(2_500, rows.size());
        assertEquals(IntStream.range(0, 2_500).boxed().toList(), rows);
        assertEquals(List.of(0, 1, 2), pages);
    }

    @Test
    void aListOfExactlyWholePagesEndsWithAnEmptyRead() {
        List<Integer> pages = new ArrayList<>();
        assertEquals(2_000, Exports.allPages(listOf(2_000, pages)).size());
        assertEquals(List.of(0, 1, 2), pages);
    }

    @Test
    void aListTooLongForOneFileIsRefusedAfterItsFirstPage() {
        List<Integer> pages = new ArrayList<>();
        ApiException refused = assertThrows(ApiException.class,
                () -> Exports.allPages(listOf(Exports.MAX_ROWS + 1, pages)));
        assertEquals(ProblemCode.EXPORT_TOO_LARGE, refused.code());
        assertEquals(List.of(0), pages);
    }

    @Test
    void aListThatGrowsWhileBeingReadIsStillCut() {
        // the first page's total said it fits; rows added meanwhile must not make a file without end
        Exports.PageReader<Integer> growing = (page, size) -> new PageResult<>(Collections.nCopies(size, page), 10, page,
                size);
        assertThrows(ApiException.class, () -> Exports.allPages(growing));
    }
}
