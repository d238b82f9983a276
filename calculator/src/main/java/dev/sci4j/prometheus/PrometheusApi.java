package dev.sci4j.prometheus;

import java.util.List;

/**
 * The part of the Prometheus HTTP API sci4j uses: range queries. The seam where tests put a fake; the real one
 * is {@link HttpPrometheusApi}. Implementations must be thread-safe.
 */
public interface PrometheusApi {
    /**
     * Evaluates {@code promql} at every time of {@code grid}.
     *
     * @return the matrix result, possibly empty (no series matched)
     * @throws dev.sci4j.input.InvalidInputException naming the query and the server when the server cannot be
     *                                               reached, answers with an error or with something that is
     *                                               not a matrix
     */
    List<RangeSeries> queryRange(String promql, RangeGrid grid);

    /** Where the queries go, for messages and disclosure. */
    String describe();
}
