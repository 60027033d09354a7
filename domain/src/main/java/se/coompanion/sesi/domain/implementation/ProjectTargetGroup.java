package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A target group of the draft: who it is, in the team's words, and what else it rests on beside the figures that
 * size it (the survey's population and returns, the needs by ESF+ target group, the municipalities of the region),
 * which are read from the records whenever the draft is shown.
 *
 * @param kind        which group
 * @param description who they are and what the project does for them
 * @param grounds     further evidence or recommendations
 */
public record ProjectTargetGroup(TargetGroupKind kind, String description, Grounds grounds) {

    public static final int MAX_DESCRIPTION = 2000;

    public ProjectTargetGroup {
        Objects.requireNonNull(kind, "kind");
        description = TextField.required(Message.of(ProjectTargetGroup.class, "group.description"), description,
                MAX_DESCRIPTION);
        Objects.requireNonNull(grounds, "grounds");
    }
}
