package nl.aanjager.companies;

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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An SME (onderneming), identified by its KvK number and, for a branch, its branch number. */
@Entity
@Table(name = "company")
public class Company {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    public Long id;

    @Column(name = "kvk_number")
    public String kvkNumber;

    @Column(name = "branch_number")
    public String branchNumber;

    @Column(nullable = false)
    public String name;

    @Column(name = "sbi_code")
    public String sbiCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    public SizeClass sizeClass;

    public Integer employees;

    public String street;

    @Column(name = "house_number")
    public String houseNumber;

    public String postcode;

    public String city;

    public String district;

    public String website;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    /** Set when this record was merged into another: the survivor holds all its history. */
    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @Column(name = "merged_at")
    public OffsetDateTime mergedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
