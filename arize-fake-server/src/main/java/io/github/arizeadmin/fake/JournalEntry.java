package io.github.arizeadmin.fake;

import java.time.Instant;

/**
 * One {@code /v2} request the fake received.
 *
 * @param method the HTTP method
 * @param path the path, as received
 * @param query the query string, or "" when none
 * @param operationId the contract operation, or null when no operation matched
 * @param status the status answered
 * @param time when the request arrived (the fake's clock)
 */
public record JournalEntry(String method, String path, String query, String operationId, int status, Instant time) {
}
