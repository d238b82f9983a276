package dev.sci4j.rules.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
    enum Source implements Identified {
        RAPL("rapl"),
        HOST_FILE("host-file");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    @Test
    void readsIdsIgnoringCaseBlanksAndUnderscores() {
        assertThat(Ids.parse(Source.class, " Host_File ", "energy.source")).isEqualTo(Source.HOST_FILE);
        assertThat(Ids.parse(Source.class, "host file", "energy.source")).isEqualTo(Source.HOST_FILE);
    }

    @Test
    void unknownTextNamesTheFieldAndTheIdsAccepted() {
        assertThatThrownBy(() -> Ids.parse(Source.class, "magic", "energy.source"))
                .isInstanceOfSatisfying(UnknownIdException.class, e -> {
                    assertThat(e.field()).isEqualTo("energy.source");
                    assertThat(e.accepted()).containsExactly("rapl", "host-file");
                })
                .hasMessage("energy.source 'magic' is not known: give one of rapl, host-file");
    }

    @Test
    void theNoneIdReadsAsEmptyAndIsListedFirst() {
        assertThat(Ids.parseOptional(Source.class, "AUTO", "energy.source", "auto"))
                .isEmpty();
        assertThat(Ids.parseOptional(Source.class, "rapl", "energy.source", "auto"))
                .contains(Source.RAPL);
        assertThatThrownBy(() -> Ids.parseOptional(Source.class, "x", "energy.source", "auto"))
                .hasMessageContaining("give one of auto, rapl, host-file");
    }

    @Test
    void describeJoinsTheLastWithOr() {
        assertThat(Ids.describe(Source.class)).isEqualTo("rapl or host-file");
    }
}
