package nl.aanjager.companies;

import java.util.List;
import nl.aanjager.common.export.Column;
import nl.aanjager.common.export.ExportTable;
import nl.aanjager.common.export.Words;

/** The company list as a file: the columns a programme manager filters and counts in Excel. */
final class CompanyExport {
    static ExportTable<Company> table(SbiCatalogue sbi) {
        return new ExportTable<>(new Words("Bedrijven", "Companies"), new Words("bedrijven", "companies"), List.of(
                Column.of("Naam", "Name", c -> c.name),
                Column.of("KvK-nummer", "KvK number", c -> c.kvkNumber),
                Column.of("Vestigingsnummer", "Branch number", c -> c.branchNumber),
                Column.of("SBI-code", "SBI code", c -> c.sbiCode),
                Column.of("Sector", "Sector", c -> c.sbiCode == null ? null : sbi.titleOf(c.sbiCode).orElse(null)),
                Column.of("Grootteklasse", "Size class", c -> c.sizeClass),
                Column.of("Werkzame personen", "Employees", c -> c.employees),
                Column.of("Straat", "Street", c -> c.street),
                Column.of("Huisnummer", "House number", c -> c.houseNumber),
                Column.of("Postcode", "Postcode", c -> c.postcode),
                Column.of("Plaats", "City", c -> c.city),
                Column.of("Gebied", "District", c -> c.district),
                Column.of("Website", "Website", c -> c.website),
                Column.of("Labels", "Tags", c -> c.tags),
                Column.of("Vastgelegd op", "Added on", c -> c.createdAt)));
    }

    private CompanyExport() {
    }
}
