package nl.aanjager.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;
import nl.aanjager.companies.SbiCatalogue;
import nl.aanjager.companies.SizeClass;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.Theme;

/** The names a downloaded report shows where its JSON has ids and codes; each kind read once per request. */
@RequestScoped
class ReportNames {
    @Inject
    PartnerRepository partners;

    @Inject
    FunnelStageRepository stages;

    @Inject
    SbiCatalogue sbi;

    private Map<Long, String> partnerNames;
    private final Map<Long, Object> stageNames = new HashMap<>();

    String partner(Long id) {
        if (id == null) {
            return null;
        }
        if (partnerNames == null) {
            partnerNames = new HashMap<>();
            partners.listAll().forEach(partner -> partnerNames.put(partner.id, partner.name));
        }
        return partnerNames.get(id);
    }

    /** The stage's name as files show it: a default stage in the file's language. */
    Object stage(long id) {
        return stageNames.computeIfAbsent(id, key -> stages.labelsById(List.of(key)).get(key));
    }

    /** "10.71 Brood en banket": the code with its title, or the code alone when the list lacks it. */
    Object sector(String code) {
        if (code == null) {
            return null;
        }
        return sbi.titleOf(code).map(title -> (Object) new Words(code + " " + title.nl(), code + " " + title.en()))
                .orElse(code);
    }

    /** A value of an enum people read in words, or the value itself when it is not one of them. */
    static <E extends Enum<E> & Labelled> Object label(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException notOneOfThem) {
            return value;
        }
    }

    Object breakdownKey(String by, String key) {
        return switch (by) {
            case "theme" -> label(Theme.class, key);
            case "partner" -> key == null ? null : partner(Long.valueOf(key));
            case "sector" -> sector(key);
            case "sizeClass" -> label(SizeClass.class, key);
            default -> key;
        };
    }
}
