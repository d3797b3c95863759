package nl.aanjager.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The funnel's median from counts per whole day equals percentile_cont(0.5) over the days. */
class DayCountsTest {

    @Test
    void anOddNumberOfCompaniesHasTheMiddleOneAsMedian() {
        DayCounts counts = new DayCounts();
        counts.add(3, 2); // 3, 3
        counts.add(10, 1); // 10
        counts.add(1, 2); // 1, 1 → sorted 1 1 3 3 10
        assertEquals(5, counts.companies());
        assertEquals(3.0, counts.median());
    }

    @Test
    void anEvenNumberAveragesTheTwoMiddleOnesAcrossDays() {
        DayCounts counts = new DayCounts();
        counts.add(0, 2);
        counts.add(10, 1);
        counts.add(64, 1); // 0 0 10 64 → (0 + 10) / 2
        assertEquals(5.0, counts.median());
    }

    @Test
    void companiesWithoutAPreviousStageCountButHaveNoDays() {
        DayCounts counts = new DayCounts();
        counts.add(null, 4);
        assertEquals(4, counts.companies());
        assertNull(counts.median());
    }
}
