package se.coompanion.sesi.application.learning.port.out;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.learning.DeliveryFormat;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.ProgrammeVersion;
import se.coompanion.sesi.domain.shared.GenderCounts;

/** Versions, modules and pilot runs the learning contract tests store. */
final class LearningFixtures {

    static final ProgrammeVersion V1 = new ProgrammeVersion(1, "Socialt företagande i praktiken", Optional.empty(),
            Optional.empty(), LocalDate.of(2024, 1, 8));
    static final ProgrammeVersion V2 = new ProgrammeVersion(2, "Socialt företagande i praktiken",
            Optional.of("M2 längre"), Optional.of("Piloten"), LocalDate.of(2024, 3, 5));
    static final LearningModule M1 = new LearningModule(new ModuleKey("M1"), "Upphandling",
            ImmutableList.of("Förstå reserverade kontrakt", "Skriva ett anbud"),
            ImmutableSortedSet.of(new CompetenceKey("public_procurement"), new CompetenceKey("financing_and_grants")),
            DeliveryFormat.BLENDED, new BigDecimal("6"), ImmutableList.of("Material i förväg", "Hörslinga"));
    static final LearningModule M2 = new LearningModule(new ModuleKey("M2"), "Digitala verktyg",
            ImmutableList.of("Använda ett bokföringsprogram"), ImmutableSortedSet.of(), DeliveryFormat.DIGITAL,
            new BigDecimal("2.25"), ImmutableList.of());
    static final PilotRun PILOT = new PilotRun(1, 1, LocalDate.of(2024, 1, 30),
            ImmutableList.of(new ModuleKey("M2"), new ModuleKey("M1")), new GenderCounts(7, 5, 0, 1),
            Optional.of("Sundsvall"));

    private LearningFixtures() {
    }

    static List<LearningModule> modules() {
        return List.of(M1, M2);
    }
}
