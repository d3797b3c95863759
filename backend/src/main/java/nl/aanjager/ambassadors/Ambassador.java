package nl.aanjager.ambassadors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A contact person appointed ambassador of a programme for a term. */
@Entity
@Table(name = "ambassador")
public class Ambassador {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ambassador_seq")
    @SequenceGenerator(name = "ambassador_seq", sequenceName = "ambassador_seq", allocationSize = 50)
    public Long id;

    @Column(name = "contact_id", nullable = false)
    public long contactId;

    @Column(name = "programme_id", nullable = false)
    public long programmeId;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    /** Open-ended when empty. */
    @Column(name = "term_end")
    public LocalDate termEnd;

    @Version
    public long version;

    public boolean isCurrentOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }
}
