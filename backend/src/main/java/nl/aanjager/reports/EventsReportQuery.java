package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;
import java.util.ArrayList;
import nl.aanjager.common.sql.SqlValues;
import java.util.List;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * "Did our events reach people, and new people?" — per event in the period and in total. A
 * company is new when the event was its first contact with the network (company_contact, kept by
 * triggers, migration V6).
 */
@ApplicationScoped
public class EventsReportQuery {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    ReportingDatabase database;

    public EventsReport report(ReportFilter filter) {
        SqlConditions where = new SqlConditions().add("ev.status <> 'CANCELLED'");
        if (filter.programmeId != null) {
            where.add("ev.programme_id = " + where.bind("programme", filter.programmeId));
        }
        filter.period().onMoments("ev.starts_at", where, calendar);
        List<EventsReport.Row> rows = new ArrayList<>();
        long[] sum = new long[6];
        for (Object[] row : ReportRows.run(database, """
                select ev.id, ev.title, ev.starts_at,
                       count(g.id) filter (where g.status <> 'CANCELLED' and not g.walk_in),
                       count(g.id) filter (where g.status = 'CHECKED_IN'),
                       count(g.id) filter (where g.status = 'CHECKED_IN' and g.walk_in),
                       count(g.id) filter (where g.status = 'NO_SHOW'),
                       count(g.id) filter (where g.status = 'CHECKED_IN' and not g.walk_in),
                       (select count(*) from company_contact k where k.first_event_id = ev.id)
                from event ev left join registration g on g.event_id = ev.id
                %s
                group by ev.id order by ev.starts_at, ev.id""".formatted(where.where()), where)) {
            long registrations = ReportRows.number(row[3]);
            long cameRegistered = ReportRows.number(row[7]);
            rows.add(new EventsReport.Row(ReportRows.number(row[0]), (String) row[1], SqlValues.timestamp(row[2]), registrations,
                    ReportRows.number(row[4]), ReportRows.number(row[5]), ReportRows.number(row[6]),
                    ReportRows.ratio(cameRegistered, registrations), ReportRows.number(row[8])));
            sum[0] += registrations;
            sum[1] += ReportRows.number(row[4]);
            sum[2] += ReportRows.number(row[5]);
            sum[3] += ReportRows.number(row[6]);
            sum[4] += cameRegistered;
            sum[5] += ReportRows.number(row[8]);
        }
        EventsReport.Row total = new EventsReport.Row(null, "total", null, sum[0], sum[1], sum[2], sum[3],
                ReportRows.ratio(sum[4], sum[0]), sum[5]);
        return new EventsReport(rows, total);
    }
}
