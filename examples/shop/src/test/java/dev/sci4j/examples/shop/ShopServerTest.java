package dev.sci4j.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopServerTest {
    @Test
    void servesEveryEndpointUnderABoundedLoad() throws Exception {
        ShopServer shop = ShopServer.start(0, 50);
        try {
            LoadDriver.Result r = LoadDriver.run(
                    URI.create("http://127.0.0.1:" + shop.port()),
                    1.0,
                    2,
                    0,
                    LoadDriver.mix("search=2,product=1,checkout=1"));

            assertThat(r.errors).isZero();
            assertThat(r.okByEndpoint.keySet()).containsExactly("search", "product", "checkout");
            assertThat(r.okByEndpoint.values()).allSatisfy(n -> assertThat(n).isPositive());
            assertThat(r.p99Millis).isGreaterThanOrEqualTo(r.p50Millis);
            assertThat(r.toJson()).contains("\"throughputPerSecond\":");
        } finally {
            shop.stop();
        }
    }

    @Test
    void mixInterleavesEndpointsInProportion() {
        assertThat(LoadDriver.mix("search=3,checkout=1")).containsExactly("/search", "/checkout", "/search", "/search");
        assertThatThrownBy(() -> LoadDriver.mix("admin=1")).hasMessageContaining("admin=1");
    }

    @Test
    void refusesTargetsThatAreNotLoopback() {
        assertThatThrownBy(() -> LoadDriver.run(URI.create("http://192.0.2.1:80"), 1, 1, 0, List.of("/search")))
                .hasMessageContaining("loopback");
    }

    @Test
    void workCostIsProportionalToRounds() {
        // Same input, more rounds: a different digest, so the JIT cannot share the work.
        assertThat(Work.rounds("x", 1)).isNotEqualTo(Work.rounds("x", 2));
        assertThat(ShopServer.COST).containsEntry("/search", 1).containsEntry("/checkout", 16);
    }

    @Test
    void aBadArgumentIsOneSentenceNamingItAndTheUsage() {
        assertThat(ShopServer.argument("8081", "PORT", 0, 65_535)).isEqualTo(8081);
        assertThatThrownBy(() -> ShopServer.argument("--help", "PORT", 0, 65_535))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PORT must be a whole number from 0 to 65535, not '--help'; usage: java -jar shop.jar"
                        + " [PORT [BASE_ROUNDS]]");
        assertThatThrownBy(() -> ShopServer.argument("0", "BASE_ROUNDS", 1, Integer.MAX_VALUE))
                .hasMessageStartingWith("BASE_ROUNDS must be a whole number from 1");
    }
}
