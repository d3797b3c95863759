package nl.aanjager.companies;

/** EU size classes by employees: micro < 10, small < 50, medium < 250. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM;

    public static SizeClass ofEmployees(int employees) {
        if (employees < 10) {
            return MICRO;
        }
        return employees < 50 ? SMALL : MEDIUM;
    }
}
