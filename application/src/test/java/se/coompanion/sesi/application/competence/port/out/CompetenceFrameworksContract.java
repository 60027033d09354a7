package se.coompanion.sesi.application.competence.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.FrameworkRow;

/** The contract of the {@link CompetenceFrameworks} out-port, for every implementation. */
public abstract class CompetenceFrameworksContract extends PortContract {

    static final CompetenceFramework OWN = CompetenceFramework.assemble(List.of(
            new FrameworkRow(CompetenceKey.parse("upphandling"), CompetenceKey.parse("social_ekonomi"), "Upphandling",
                    Optional.of("Procurement"), Optional.of("Social ekonomi"), Optional.of("Social economy")),
            new FrameworkRow(CompetenceKey.parse("digitalt"), CompetenceKey.parse("vardag"), "Digital kompetens",
                    Optional.empty(), Optional.empty(), Optional.empty())));

    private CompetenceFrameworks frameworks() {
        return ports().competenceFrameworks();
    }

    @Test
    void nothing_imported_is_empty() {
        assertThat(tx(frameworks()::imported)).isEmpty();
    }

    @Test
    void a_framework_comes_back_in_its_order_and_a_new_one_replaces_it() {
        ports().transactions().run(() -> frameworks().replace(CompetenceFramework.standard()));
        assertThat(tx(frameworks()::imported)).contains(CompetenceFramework.standard());
        assertThat(tx(frameworks()::imported).orElseThrow().competences()).hasSize(25);

        ports().transactions().run(() -> frameworks().replace(OWN));

        assertThat(tx(frameworks()::imported)).contains(OWN);
    }
}
