package nl.aanjager.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.aanjager.common.security.CurrentUser;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded file: its preview, and once confirmed, how far applying it has come. */
@Entity
@Table(name = "import_job")
public class ImportJob {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    public ImportState state;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    public ImportFormat format;

    @Column(name = "partner_id")
    public Long partnerId;

    @Column(name = "created_by")
    public String createdBy;

    /** The importer as people read them, so the rows applied later are audited with their name too. */
    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_by_roles")
    public String createdByRoles;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> headers = new ArrayList<>();

    /** Per column of the file, the field it was read as; null for a column that was not read. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> fields = new ArrayList<>();

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "would_create")
    public int wouldCreate;

    @Column(name = "would_update")
    public int wouldUpdate;

    @Column(name = "would_keep")
    public int wouldKeep;

    public int rejected;

    @Column(name = "valid_rows_only")
    public boolean validRowsOnly;

    @Column(name = "rows_done")
    public int rowsDone;

    public int created;

    public int updated;

    public int kept;

    @Column(name = "rejected_when_applied")
    public int rejectedWhenApplied;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    public String failure;

    @Version
    public long version;

    /** The rows that are applied when the job runs: all but those rejected in the preview. */
    public int rowsToApply() {
        return totalRows - rejected;
    }

    CurrentUser.Caller importer() {
        Set<String> roles = new TreeSet<>(Arrays.asList(createdByRoles.split(",")));
        roles.remove("");
        return new CurrentUser.Caller(createdBy, roles, partnerId, createdByName);
    }
}
