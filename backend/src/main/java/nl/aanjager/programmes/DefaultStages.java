package nl.aanjager.programmes;

import java.util.List;
import java.util.Locale;
import nl.aanjager.common.export.Words;

/**
 * The funnel every new programme starts with (that of MKB010>>Next), and how files name those
 * stages: in the file's language while a stage keeps its default name, as the SPA shows them
 * (frontend/src/shared/stage-label.ts); a renamed or added stage keeps the name it was given.
 */
public final class DefaultStages {
    record Stage(String code, Words name) {
    }

    static final List<Stage> ALL = List.of(
            new Stage("inspired", new Words("Geïnspireerd", "Inspired")),
            new Stage("informed", new Words("Geïnformeerd", "Informed")),
            new Stage("activated", new Words("Geactiveerd", "Activated")));

    private DefaultStages() {
    }

    /** {@link Words} for a default stage under a default name (or its code), else the stage's own name. */
    public static Object label(String code, String name) {
        String given = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(stage -> stage.code().equalsIgnoreCase(code))
                .filter(stage -> given.equals(stage.code()) || given.equals(stage.name().nl().toLowerCase(Locale.ROOT))
                        || given.equals(stage.name().en().toLowerCase(Locale.ROOT)))
                .<Object>map(Stage::name).findFirst().orElse(name);
    }
}
