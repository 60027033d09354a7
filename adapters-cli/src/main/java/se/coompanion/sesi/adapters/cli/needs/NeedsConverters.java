package se.coompanion.sesi.adapters.cli.needs;

import java.util.Set;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.Municipality;

/** The values of the needs commands, read with the model's parsers. */
final class NeedsConverters {

    private NeedsConverters() {
    }

    /** A municipality by its four-digit code. */
    static final class MunicipalityConverter extends CodeConverter<Municipality> {
        MunicipalityConverter() {
            super(Municipality::of);
        }
    }

    static final class StatusConverter extends CodeConverter<AssessmentStatus> {
        StatusConverter() {
            super(AssessmentStatus::parse);
        }
    }

    static final class FormatConverter extends CodeConverter<MeetingFormat> {
        FormatConverter() {
            super(MeetingFormat::parse);
        }
    }

    static final class ThemeConverter extends CodeConverter<NeedTheme> {
        ThemeConverter() {
            super(NeedTheme::parse);
        }
    }

    static final class PriorityConverter extends CodeConverter<Priority> {
        PriorityConverter() {
            super(Priority::parse);
        }
    }

    static final class TargetGroupsConverter extends CodeConverter<Set<TargetGroup>> {
        TargetGroupsConverter() {
            super(TargetGroup::parseList);
        }
    }
}
