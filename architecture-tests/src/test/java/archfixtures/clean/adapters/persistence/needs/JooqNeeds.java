package archfixtures.clean.adapters.persistence.needs;

import archfixtures.clean.application.needs.port.out.Needs;
import org.jooq.DSLContext;

/** A persistence adapter. */
public final class JooqNeeds implements Needs {
    private final DSLContext dsl;

    public JooqNeeds(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(String text) {
        dsl.execute("insert into need values (?)", text);
    }
}
