package se.coompanion.sesi.domain.survey;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a unit of the population stands in the contact sequence: its disposition and the waves it was sent, each
 * with the date of its first mailing of that kind.
 *
 * @param responseId  the unit
 * @param disposition its disposition now
 * @param sent        the wave types it was sent, with the first date of each
 */
public record UnitContact(ResponseId responseId, Disposition disposition, ImmutableMap<WaveType, LocalDate> sent) {

    public UnitContact {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(disposition, "disposition");
        sent = Maps.immutableEnumMap(sent);
    }

    public static UnitContact of(ResponseId responseId, Disposition disposition, Map<WaveType, LocalDate> sent) {
        return new UnitContact(responseId, disposition, ImmutableMap.copyOf(sent));
    }

    public boolean wasSent(WaveType type) {
        return sent.containsKey(type);
    }

    /** When the questionnaire was first mailed to the unit. */
    public Optional<LocalDate> questionnaireSentOn() {
        return Optional.ofNullable(sent.get(WaveType.QUESTIONNAIRE));
    }
}
