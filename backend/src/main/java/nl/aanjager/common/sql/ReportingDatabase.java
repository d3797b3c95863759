package nl.aanjager.common.sql;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The one place that decides where a report reads: the reporting replica when one is configured
 * ({@link ReportingReplica}), else the primary. The report queries and the dashboard's company
 * lists ask here for their native queries, so the check-in and write paths never wait behind a
 * report on the primary. One connection per request, returned when the request ends.
 */
@RequestScoped
public class ReportingDatabase {
    @Inject
    EntityManager primary;

    @Inject
    ReportingReplica replica;

    private Connection connection;
    private StatelessSession session;

    public Query createNativeQuery(String sql) {
        if (!replica.configured()) {
            return primary.createNativeQuery(sql);
        }
        if (session == null) {
            try {
                connection = replica.connection();
            } catch (SQLException e) {
                throw new JDBCConnectionException("The reporting database is unreachable", e);
            }
            session = primary.getEntityManagerFactory().unwrap(SessionFactory.class).withStatelessOptions()
                    .connection(connection).openStatelessSession();
        }
        return session.createNativeQuery(sql);
    }

    @PreDestroy
    void close() throws SQLException {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            if (connection != null) {
                connection.close(); // back to the pool even when closing the session failed
            }
        }
    }
}
