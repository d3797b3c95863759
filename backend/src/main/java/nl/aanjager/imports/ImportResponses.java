package nl.aanjager.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.imports.ImportDtos.ImportColumn;
import nl.aanjager.imports.ImportDtos.ImportCounts;
import nl.aanjager.imports.ImportDtos.ImportJobResponse;
import nl.aanjager.imports.ImportDtos.ImportRejection;
import nl.aanjager.partners.PartnerRepository;

/** Import jobs as the API shows them. */
@ApplicationScoped
class ImportResponses {
    @Inject
    ImportService service;

    @Inject
    PartnerRepository partners;

    /** Without its rejected rows: for lists, where they would cost a query a job. */
    ImportJobResponse summary(ImportJob job) {
        return response(job, List.of());
    }

    ImportJobResponse of(ImportJob job) {
        return response(job, service.rejections(job, ImportService.REJECTIONS_SHOWN).stream()
                .map(row -> new ImportRejection(row.number(),
                        ImportService.headerOf(job, row.rejection().field()).orElse(null), row.rejection().field(),
                        row.rejection().code(), row.rejection().params(), row.rejection().reason()))
                .toList());
    }

    private ImportJobResponse response(ImportJob job, List<ImportRejection> rejections) {
        List<ImportColumn> columns = new ArrayList<>();
        for (int i = 0; i < job.headers.size(); i++) {
            columns.add(new ImportColumn(job.headers.get(i), job.fields.get(i)));
        }
        String partnerName = job.partnerId == null ? null
                : partners.findByIdOptional(job.partnerId).map(partner -> partner.name).orElse(null);
        return new ImportJobResponse(job.id, job.kind, job.state, job.fileName, job.format, job.partnerId, partnerName,
                job.createdAt, columns, job.totalRows,
                new ImportCounts(job.wouldCreate, job.wouldUpdate, job.wouldKeep, job.rejected), job.rowsDone,
                job.rowsToApply(), new ImportCounts(job.created, job.updated, job.kept,
                        job.rejected + job.rejectedWhenApplied),
                job.validRowsOnly, job.confirmedAt, job.startedAt, job.finishedAt, job.failure, rejections,
                job.version);
    }
}
