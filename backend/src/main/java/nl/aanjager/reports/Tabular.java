package nl.aanjager.reports;

/** A report that can be downloaded as a table, with names where the report has ids. */
public interface Tabular {
    ReportTable table(ReportNames names);
}
