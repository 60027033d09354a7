package se.coompanion.sesi.application.needs.port.in;

import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.prestudy.PreStudy;

/**
 * The target municipalities (the pre-study's region, from the reference data) with the status of their needs
 * assessment, the missing ones, and those assessed outside the target set.
 */
public interface ShowNeedsCoverage {

    /** @throws se.coompanion.sesi.application.shared.NotFoundException without a pre-study */
    Result show();

    /**
     * @param preStudy the pre-study whose region is the target set
     * @param coverage the coverage
     */
    record Result(PreStudy preStudy, NeedsCoverage coverage) {
    }
}
