package io.github.arizeadmin.fake;

import java.time.Instant;

/**
 * One {@code /v2} request the fake received, recorded before its response left.
 *
 * @param method the HTTP method
 * @param path the path, as received
 * @param query the query string, or "" when none
 * @param operationId the contract operation, or null when no operation matched
 * @param status the status answered, or 0 when an injected fault dropped or reset the connection
 * @param time when the request arrived (the fake's clock)
 * @param body the request body as JSON text (raw API keys and passwords replaced by
 *     {@code "[REDACTED]"}; a body that is not JSON, or longer than 16 KB, as a JSON string of its
 *     text, cut), or null when the request had none
 */
public record JournalEntry(String method, String path, String query, String operationId, int status, Instant time,
    String body) {
}
