package se.coompanion.sesi.application.statistics;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductions;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

/**
 * INFORMATION_MATERIAL: the material counts as 1 once it has been produced (in any format or language; producing
 * it again makes it no more than one material). Started as soon as statistics are imported. The details give the
 * number of figures and the last production's date, format and language.
 */
public final class InformationMaterialMeasure implements ActivityMeasure {

    private final StatisticalFigures figures;
    private final MaterialProductions productions;
    private final ZoneId zone;

    /** @param zone the time zone in which the production date is told */
    public InformationMaterialMeasure(StatisticalFigures figures, MaterialProductions productions, ZoneId zone) {
        this.figures = Objects.requireNonNull(figures);
        this.productions = Objects.requireNonNull(productions);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.INFORMATION_MATERIAL;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        int figureCount = figures.count();
        Optional<MaterialProduction> latest = productions.latest();
        ImmutableList.Builder<Message> details = ImmutableList.builder();
        if (figureCount > 0) {
            details.add(Message.of(InformationMaterialMeasure.class, "measure.figures", figureCount));
        }
        latest.ifPresent(p -> details.add(Message.of(InformationMaterialMeasure.class, "measure.produced",
                LocalDate.ofInstant(p.producedAt(), zone), Glossary.term("format", p.format()),
                language(p.language()), productions.count())));
        return new Measurement(latest.isPresent() ? 1 : 0, OptionalInt.empty(), figureCount > 0 || latest.isPresent(),
                true, details.build());
    }

    /** The language in words ("engelska"), or its code for a language the glossary has no word for. */
    private static Message language(String code) {
        return code.equals("sv") || code.equals("en") ? Glossary.term("language." + code) : Message.literal(code);
    }
}
