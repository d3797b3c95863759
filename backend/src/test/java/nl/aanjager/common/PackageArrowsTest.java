package nl.aanjager.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between feature packages run one way (design.md): no feature imports, directly or
 * round about, a feature that imports it, and common/ imports no feature. A cycle is what made
 * companies and activities impossible to change apart (activities.Need, now programmes.Need).
 */
class PackageArrowsTest {
    private static final Path SOURCES = Path.of("src/main/java/nl/aanjager");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?nl\\.aanjager\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void featurePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> arrows = arrows();
        assertTrue(arrows.size() > 10, "read the feature packages: " + arrows.keySet());
        List<String> cycles = new ArrayList<>();
        for (String start : arrows.keySet()) {
            for (String next : arrows.get(start)) {
                List<String> back = path(arrows, next, start, new HashSet<>());
                if (back != null) {
                    cycles.add(start + " -> " + String.join(" -> ", back));
                }
            }
        }
        assertEquals(List.of(), cycles, "feature packages that import each other");
    }

    @Test
    void commonImportsNoFeature() throws IOException {
        assertEquals(Set.of(), arrows().getOrDefault("common", Set.of()), "common/ must not depend on a feature");
    }

    /** A path of arrows from one package to another, or null. */
    private static List<String> path(Map<String, Set<String>> arrows, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return new ArrayList<>(List.of(to));
        }
        if (!seen.add(from)) {
            return null;
        }
        for (String next : arrows.getOrDefault(from, Set.of())) {
            List<String> rest = path(arrows, next, to, seen);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }

    /** Per top-level package, the other top-level packages it imports (common as a target left out). */
    private static Map<String, Set<String>> arrows() throws IOException {
        Map<String, Set<String>> arrows = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                Set<String> targets = arrows.computeIfAbsent(feature, f -> new TreeSet<>());
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    String target = imported.group(1);
                    if (!target.equals(feature) && !target.equals("common")) {
                        targets.add(target);
                    }
                }
            }
        }
        return new HashMap<>(arrows);
    }
}
