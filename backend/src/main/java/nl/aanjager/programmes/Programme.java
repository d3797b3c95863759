package nl.aanjager.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A support programme such as "MKB010>>Next 2.0" with its themes and period. */
@Entity
@Table(name = "programme")
public class Programme {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Theme names; an array column keeps a programme one row and theme filters one predicate. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Version
    public long version;
}
