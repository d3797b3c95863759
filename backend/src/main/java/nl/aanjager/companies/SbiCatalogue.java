package nl.aanjager.companies;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import nl.aanjager.common.export.Words;

/**
 * The SBI 2008 code list with Dutch and English titles, read once from {@code sbi/sbi-2008.csv}
 * (source and licence in that file's header). It decides which codes a company may carry and gives
 * the SPA the titles to show beside a code.
 */
@ApplicationScoped
public class SbiCatalogue {
    static final String RESOURCE = "sbi/sbi-2008.csv";

    /**
     * A code a company can carry: a division (62), group (62.0), class (62.01) or Dutch subclass
     * (62.01.1), written with dots as CBS writes them. Sections (letters) only group divisions.
     */
    private static final Pattern COMPANY_CODE = Pattern.compile("[0-9]{2}(\\.[0-9]|\\.[0-9]{2}(\\.[0-9])?)?");

    /** One row of the list; {@code en} is null where the list has no English title. */
    public record Entry(String code, String nl, String en) {
    }

    private final List<Entry> entries;
    private final Set<String> companyCodes;
    private final Map<String, Entry> byCode;
    private final long version;

    public SbiCatalogue() {
        byte[] csv = read();
        this.entries = parse(csv);
        this.companyCodes = companyCodes(entries);
        this.byCode = entries.stream().collect(Collectors.toMap(Entry::code, entry -> entry, (first, second) -> first));
        CRC32 crc = new CRC32();
        crc.update(csv);
        this.version = crc.getValue();
    }

    /** Every entry in the order of the classification: each section, then its divisions and their children. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Whether a company may carry this code: it is in the list, or it is the division, group or class
     * above a listed code (62.0 above 62.01), cut off where a dot or a level ends.
     */
    public boolean isCompanyCode(String code) {
        return code != null && COMPANY_CODE.matcher(code).matches() && companyCodes.contains(code);
    }

    /**
     * The title of a code in both languages (Dutch where the list has no English one), from the
     * code itself or else the nearest level above it (62.01.9 → 62.01); empty for an unknown code.
     */
    public Optional<Words> titleOf(String code) {
        for (String candidate = code; candidate != null && !candidate.isEmpty(); candidate = levelAbove(candidate)) {
            Entry entry = byCode.get(candidate);
            if (entry != null) {
                return Optional.of(new Words(entry.nl(), entry.en() != null ? entry.en() : entry.nl()));
            }
        }
        return Optional.empty();
    }

    private static String levelAbove(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    /** Changes only when the shipped file does: the ETag of the list. */
    public long version() {
        return version;
    }

    private static byte[] read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> parse(byte[] csv) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';').withComments();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(csv)) {
            return rows.readAll().stream()
                    .map(row -> new Entry(row.get("code").trim(), row.get("nl").trim(), blankToNull(row.get("en"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The listed codes and every level above them (62.01.1 gives 62.01.1, 62.01, 62.0 and 62). */
    private static Set<String> companyCodes(List<Entry> entries) {
        Set<String> codes = new HashSet<>();
        for (Entry entry : entries) {
            String code = entry.code();
            if (!COMPANY_CODE.matcher(code).matches()) {
                continue;
            }
            codes.add(code);
            for (int end : new int[] {2, 4, 5}) {
                if (code.length() > end) {
                    codes.add(code.substring(0, end));
                }
            }
        }
        return Set.copyOf(codes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
