package nl.aanjager.reports;

import java.util.Map;
import java.util.TreeMap;

/** How many companies took how many whole days: enough for the count and an exact median. */
final class DayCounts {
    private final TreeMap<Integer, Long> companiesByDays = new TreeMap<>();
    private long companies;

    void add(Integer days, long count) {
        companies += count;
        if (days != null) {
            companiesByDays.merge(days, count, Long::sum);
        }
    }

    long companies() {
        return companies;
    }

    /** The median as percentile_cont(0.5) computes it: the middle value, or the mean of the two middle ones. */
    Double median() {
        long n = companiesByDays.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        return (valueAt((n - 1) / 2) + valueAt(n / 2)) / 2.0;
    }

    private int valueAt(long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> days : companiesByDays.entrySet()) {
            seen += days.getValue();
            if (index < seen) {
                return days.getKey();
            }
        }
        throw new IllegalStateException("index beyond the counts");
    }
}
