package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpUnitsTest {
    @Test
    void unitsAreNamedByMethodAndRouteAndNonStandardMethodsBecomeOther() {
        String route = "/search";

        assertThat(UnitCounters.name(HttpUnits.id("GET", route))).isEqualTo("http GET /search");
        assertThat(HttpUnits.id(new String("GET"), route)).isEqualTo(HttpUnits.id("GET", route));
        assertThat(UnitCounters.name(HttpUnits.id("BREW", route))).isEqualTo("http OTHER /search");
        assertThat(UnitCounters.name(HttpUnits.id("POST", HttpUnitsTest.class)))
                .isEqualTo("http POST dev.sci4j.agent.bootstrap.HttpUnitsTest");
    }

    @Test
    void distinctTagsAreCappedAndTheRestGoToOther() {
        int overflow = -1;
        for (int i = 0; i < HttpUnits.MAX_TAGS + 10; i++) {
            overflow = HttpUnits.id("GET", "/route-" + i);
        }
        assertThat(UnitCounters.name(overflow)).isEqualTo(HttpUnits.OVERFLOW_NAME);
    }
}
