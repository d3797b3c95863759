package nl.aanjager.common.export;

/**
 * A value people read in a downloaded file. The SPA words the same values on screen
 * (frontend/src/locales); a Vitest compares both so they cannot drift apart.
 */
public interface Labelled {
    Words words();
}
