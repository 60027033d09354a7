package se.coompanion.sesi.application.synthesis.port.in;

/**
 * The pre-study's findings on the horizontal principles, the same the final report shows: every count of people by
 * gender, the ESF+ target groups the needs concern and the accessibility measures recorded. A
 * {@code NotFoundException} without a pre-study.
 */
public interface ShowHorizontalFindings {

    PrepareFinalReport.Horizontal show();
}
