package nl.aanjager.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.aanjager.common.export.Words;
import org.junit.jupiter.api.Test;

/** Files name a default stage in their own language only while it keeps a default name. */
class DefaultStagesTest {
    private static final Words INSPIRED = new Words("Geïnspireerd", "Inspired");

    @Test
    void aDefaultStageUnderItsDefaultNameInEitherLanguageOrItsCodeIsWordedPerLanguage() {
        assertEquals(INSPIRED, DefaultStages.label("inspired", "Inspired"));
        assertEquals(INSPIRED, DefaultStages.label("inspired", " geïnspireerd "));
        assertEquals(INSPIRED, DefaultStages.label("inspired", "inspired"));
        assertEquals(new Words("Geactiveerd", "Activated"), DefaultStages.label("activated", "Activated"));
    }

    @Test
    void aRenamedOrAddedStageKeepsTheNameItWasGiven() {
        assertEquals("Eerste kennismaking", DefaultStages.label("inspired", "Eerste kennismaking"));
        assertEquals("Inspired", DefaultStages.label("kennismaking", "Inspired"));
        assertEquals("Informed", DefaultStages.label("inspired", "Informed"));
    }
}
