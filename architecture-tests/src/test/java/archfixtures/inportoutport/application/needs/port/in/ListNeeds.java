package archfixtures.inportoutport.application.needs.port.in;

import archfixtures.inportoutport.application.needs.port.out.NeedRow;
import java.util.List;

/** Violation: a use case hands its callers an out-port's record. */
public interface ListNeeds {
    List<NeedRow> list();
}
