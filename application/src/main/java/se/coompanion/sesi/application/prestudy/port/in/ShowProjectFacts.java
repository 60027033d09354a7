package se.coompanion.sesi.application.prestudy.port.in;

import se.coompanion.sesi.domain.prestudy.PreStudy;

/** The project's ESF+ facts, region and plan. */
public interface ShowProjectFacts {

    /** The pre-study; a {@code NotFoundException} when none has been started. */
    PreStudy show();
}
