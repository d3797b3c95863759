package nl.aanjager.events;

import java.util.List;
import nl.aanjager.common.export.Column;
import nl.aanjager.common.export.ExportTable;
import nl.aanjager.common.export.Words;
import nl.aanjager.events.EventDtos.RegistrationResponse;

/** Who registered for an event, as a file: names where the list shows them, never the ticket. */
final class RegistrationExport {
    static final ExportTable<RegistrationResponse> TABLE = new ExportTable<>(new Words("Aanmeldingen", "Registrations"),
            new Words("aanmeldingen", "registrations"), List.of(
                    Column.of("Naam", "Name", RegistrationResponse::contactName),
                    Column.of("Bedrijf", "Company", RegistrationResponse::companyName),
                    Column.of("Status", "Status", RegistrationResponse::status),
                    Column.of("Aangemeld via", "Registered through", r -> source(r.source())),
                    Column.of("Aangemeld op", "Registered on", RegistrationResponse::registeredAt),
                    Column.of("Binnengekomen op", "Checked in at", RegistrationResponse::checkedInAt)));

    private RegistrationExport() {
    }

    static Words source(Registration.Source source) {
        return switch (source) {
            case STAFF -> new Words("Medewerker", "Staff");
            case PARTNER -> new Words("Partner", "Partner");
            case PUBLIC -> new Words("Openbare aanmelding", "Public registration");
            case WALK_IN -> new Words("Aan de deur", "At the door");
        };
    }
}
