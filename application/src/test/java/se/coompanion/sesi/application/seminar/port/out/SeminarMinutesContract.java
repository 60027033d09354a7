package se.coompanion.sesi.application.seminar.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.MinutesStatus;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.seminar.SeminarId;

/** The contract of the {@link SeminarMinutes} out-port, for every implementation. */
public abstract class SeminarMinutesContract extends PortContract {

    private static final Instant T1 = Instant.parse("2024-10-16T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-10-17T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-10-20T08:00:00Z");

    private SeminarId seminar;

    private SeminarMinutes minutes() {
        return ports().seminarMinutes();
    }

    private void store(MinutesVersion version) {
        ports().transactions().run(() -> minutes().store(seminar, version));
    }

    @BeforeEach
    void a_seminar() {
        seminar = tx(() -> ports().seminars().add(SeminarFacts.of("Seminarium", LocalDate.of(2024, 10, 15),
                Optional.empty(), Optional.of("Sundsvall"), Optional.empty(), List.of()), T1)).id();
    }

    @Test
    void a_draft_is_replaced_in_place_and_final_versions_are_kept() {
        assertThat(tx(() -> minutes().of(seminar))).isEqualTo(Minutes.NONE);
        String longText = "Rad\n".repeat(30_000) + "å ä ö";
        store(new MinutesVersion(1, "Utkast", MinutesStatus.DRAFT, T1, Optional.empty()));
        store(new MinutesVersion(1, longText, MinutesStatus.DRAFT, T2, Optional.empty()));
        MinutesVersion first = new MinutesVersion(1, longText, MinutesStatus.FINAL, T2, Optional.of(T2));
        store(first);
        MinutesVersion second = new MinutesVersion(2, "Rättad", MinutesStatus.DRAFT, T3, Optional.empty());
        store(second);

        assertThat(tx(() -> minutes().of(seminar)).versions()).containsExactly(first, second);
    }

    @Test
    void a_final_version_is_never_written_again() {
        store(new MinutesVersion(1, "Slutlig", MinutesStatus.FINAL, T1, Optional.of(T1)));

        assertThatThrownBy(() -> store(new MinutesVersion(1, "Ändrad", MinutesStatus.DRAFT, T2, Optional.empty())))
                .isInstanceOf(ConflictException.class);
        assertThat(tx(() -> minutes().of(seminar)).latest().orElseThrow().text()).isEqualTo("Slutlig");
    }
}
