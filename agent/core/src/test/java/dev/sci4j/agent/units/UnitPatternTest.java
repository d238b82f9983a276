package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.agent.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPatternTest {
    @Test
    void theIssueExampleDeclaresTwoUnits() throws ConfigException {
        UnitDeclarations d = UnitDeclarations.parse(
                "checkout:com.shop.CheckoutService#placeOrder,search:com.shop.Search#*", null, true);

        assertThat(d.unitFor("com.shop.CheckoutService", "placeOrder", List.of("java.lang.String")))
                .isEqualTo("checkout");
        assertThat(d.unitFor("com.shop.CheckoutService", "cancel", List.of())).isNull();
        assertThat(d.unitFor("com.shop.Search", "anything", List.of("int"))).isEqualTo("search");
        assertThat(d.unitFor("com.shop.SearchHelper", "anything", List.of())).isNull();
    }

    @Test
    void parameterTypesSelectOneOverloadAndTheirCommasDoNotSplitEntries() throws ConfigException {
        UnitDeclarations d = UnitDeclarations.parse(
                "order:com.shop.Orders#place(java.lang.String,int), empty:com.shop.Orders#place()", null, true);

        assertThat(d.patterns()).hasSize(2);
        assertThat(d.unitFor("com.shop.Orders", "place", List.of("java.lang.String", "int")))
                .isEqualTo("order");
        assertThat(d.unitFor("com.shop.Orders", "place", List.of())).isEqualTo("empty");
        assertThat(d.unitFor("com.shop.Orders", "place", List.of("int"))).isNull();
    }

    @Test
    void oneStarStaysInAPackageAndTwoCrossPackages() throws ConfigException {
        UnitDeclarations d = UnitDeclarations.parse("a:com.shop.*Service#get*,b:com.**.Job#run", null, true);

        assertThat(d.unitFor("com.shop.CartService", "getCart", List.of())).isEqualTo("a");
        assertThat(d.unitFor("com.shop.sub.CartService", "getCart", List.of())).isNull();
        assertThat(d.unitFor("com.x.y.Job", "run", List.of())).isEqualTo("b");
        assertThat(d.anyClass("com.shop.CartService")).isTrue();
        assertThat(d.anyClass("org.Other")).isFalse();
    }

    @Test
    void nestedNamesAndTheHttpSwitchAreKept() throws ConfigException {
        UnitDeclarations d = UnitDeclarations.parse(null, "tokens, import", false);

        assertThat(d.patterns()).isEmpty();
        assertThat(d.nested()).containsExactly("tokens", "import");
        assertThat(d.http()).isFalse();
    }

    @Test
    void malformedEntriesAreNamedInTheMessage() {
        assertThatThrownBy(() -> UnitDeclarations.parse("checkout=com.shop.X#y", null, true))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'checkout=com.shop.X#y'")
                .hasMessageContaining("NAME:CLASS#METHOD");
        assertThatThrownBy(() -> UnitDeclarations.parse("a b:com.X#y", null, true))
                .hasMessageContaining("unit name");
        assertThatThrownBy(() -> UnitDeclarations.parse("a:com.X#y(int", null, true))
                .hasMessageContaining("parentheses");
        assertThatThrownBy(() -> UnitDeclarations.parse("a:com.X#", null, true)).hasMessageContaining("'a:com.X#'");
    }
}
