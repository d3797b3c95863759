package nl.aanjager.reports;

/** A report that can be downloaded as a table. */
public interface Tabular {
    ReportTable table();
}
