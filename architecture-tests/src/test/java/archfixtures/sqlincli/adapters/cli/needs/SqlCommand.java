package archfixtures.sqlincli.adapters.cli.needs;

import java.sql.Connection;
import java.sql.SQLException;

/** Violation: JDBC outside the persistence adapter. */
public final class SqlCommand {
    public void run(Connection connection) throws SQLException {
        connection.commit();
    }
}
