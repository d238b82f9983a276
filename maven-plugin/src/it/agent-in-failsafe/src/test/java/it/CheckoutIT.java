package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** Stands in for a service's integration tests: 200 "requests" of real CPU work, measured by the agent. */
class CheckoutIT {
    @Test
    void handlesTwoHundredRequests() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] data = new byte[32];
        for (int request = 0; request < 200; request++) {
            for (int round = 0; round < 5_000; round++) {
                data = sha.digest(data);
            }
        }
        assertTrue(data.length == 32);
        Thread.sleep(600); // let the agent take a few 200 ms samples
    }
}
