package nl.aanjager.companies;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

/** EU size classes by employees: micro < 10, small < 50, medium < 250. */
public enum SizeClass implements Labelled {
    MICRO(new Words("Micro (minder dan 10 werknemers)", "Micro (fewer than 10 employees)")),
    SMALL(new Words("Klein (minder dan 50 werknemers)", "Small (fewer than 50 employees)")),
    MEDIUM(new Words("Middelgroot (minder dan 250 werknemers)", "Medium (fewer than 250 employees)"));

    private final Words words;

    SizeClass(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }

    public static SizeClass ofEmployees(int employees) {
        if (employees < 10) {
            return MICRO;
        }
        return employees < 50 ? SMALL : MEDIUM;
    }
}
