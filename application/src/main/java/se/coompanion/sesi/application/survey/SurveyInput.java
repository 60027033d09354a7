package se.coompanion.sesi.application.survey;

import java.util.Set;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ResponseId;

/** What the survey's use cases share: reading a typed response id, and the pre-study's region. */
final class SurveyInput {

    private SurveyInput() {
    }

    /** The response id typed in a command's field; a wrong shape or check digit is invalid input for that field. */
    static ResponseId responseId(String field, String text) {
        try {
            return ResponseId.parse(text);
        } catch (DomainException e) {
            throw InvalidInputException.of(Problem.ofField(field, text, e));
        }
    }

    /** There is no unit with the id in the survey population. */
    static NotFoundException unitMissing(ResponseId id) {
        return new NotFoundException(Message.of(SurveyInput.class, "unit.missing", id.toString()));
    }

    /** The counties of the pre-study's region: where the survey population lies. */
    static Set<County> region(PreStudies preStudies) {
        Set<County> region = preStudies.find()
                .orElseThrow(() -> new NotFoundException(Message.of(SurveyInput.class, "prestudy.missing")))
                .region();
        if (region.isEmpty()) {
            throw new ConflictException(Message.of(SurveyInput.class, "prestudy.noRegion"));
        }
        return region;
    }
}
