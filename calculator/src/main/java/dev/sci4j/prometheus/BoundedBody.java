package dev.sci4j.prometheus;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected into memory up to a byte limit: past the limit, or when {@link #abort} is called (the
 * caller's deadline), the subscription is cancelled, which closes the connection, and the body completes
 * exceptionally. So an oversized or endless answer can neither exhaust memory nor keep the CLI waiting. Called by
 * the HTTP client's threads, one signal at a time as the Flow contract requires; {@link #abort} from any thread.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body exceeded the limit. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super(null, null, false, false);
        }
    }

    private final long maxBytes;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

    BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription.complete(s);
        s.request(Long.MAX_VALUE); // the limit, not back-pressure, bounds what is kept
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return; // signals still in flight after a cancel
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                fail(new TooLargeException());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops reading (e.g. at the caller's deadline) and closes the connection. */
    void abort(RuntimeException why) {
        fail(why);
    }

    private void fail(RuntimeException why) {
        body.completeExceptionally(why);
        // now, or as soon as the subscription arrives when the deadline came first
        var unused = subscription.thenAccept(Flow.Subscription::cancel);
    }
}
