package archfixtures.applicationjooq.application.needs;

import org.jooq.DSLContext;

/** Violation: the application uses jOOQ directly instead of an out-port. */
public final class JooqUsingService {
    public int count(DSLContext dsl) {
        return dsl.fetchCount(dsl.selectOne());
    }
}
