package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransformMessagesTest {
    private final List<String> printed = new ArrayList<>();

    @Test
    void linesWaitUntilDrainedAndAreHandedOverOnce() {
        TransformMessages messages = new TransformMessages(3);
        messages.offer("a");
        messages.offer("b");

        assertThat(printed).isEmpty();
        messages.drainTo(printed::add);
        messages.drainTo(printed::add);

        assertThat(printed).containsExactly("a", "b");
    }

    @Test
    void beyondTheCapacityLinesAreOnlyCountedAndSaidAsOneMoreLine() {
        TransformMessages messages = new TransformMessages(2);
        for (int i = 0; i < 7; i++) {
            messages.offer("line " + i);
        }

        messages.drainTo(printed::add);

        assertThat(printed).containsExactly("line 0", "line 1", "... and 5 more such messages");
    }

    @Test
    void aDrainMakesRoomAgain() {
        TransformMessages messages = new TransformMessages(1);
        messages.offer("first");
        messages.offer("dropped");
        messages.drainTo(printed::add);
        messages.offer("second");

        messages.drainTo(printed::add);

        assertThat(printed).containsExactly("first", "... and 1 more such message", "second");
    }

    @Test
    void aQueueHoldsAtLeastOneLine() {
        assertThatThrownBy(() -> new TransformMessages(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
