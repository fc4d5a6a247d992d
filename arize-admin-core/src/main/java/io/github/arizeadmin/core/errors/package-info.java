/**
 * The failures of the core client: one unchecked hierarchy rooted at {@link
 * io.github.arizeadmin.core.errors.ArizeApiException}.
 *
 * <p>HTTP answers map to one subclass per status ({@link
 * io.github.arizeadmin.core.errors.BadRequestException} 400, {@link
 * io.github.arizeadmin.core.errors.UnauthorizedException} 401, {@link
 * io.github.arizeadmin.core.errors.ForbiddenException} 403, {@link
 * io.github.arizeadmin.core.errors.NotFoundException} 404, {@link
 * io.github.arizeadmin.core.errors.ConflictException} 409, {@link
 * io.github.arizeadmin.core.errors.UnprocessableEntityException} 422, {@link
 * io.github.arizeadmin.core.errors.RateLimitException} 429, {@link
 * io.github.arizeadmin.core.errors.ServerException} 5xx, {@link
 * io.github.arizeadmin.core.errors.UnexpectedStatusException} anything else); failures without a
 * usable answer are {@link io.github.arizeadmin.core.errors.TransportException}; name resolution
 * failures are {@link io.github.arizeadmin.core.errors.NameNotFoundException} and {@link
 * io.github.arizeadmin.core.errors.AmbiguousNameException}. The same types are thrown by direct calls
 * and while paging. No message ever contains the API key.
 */
package io.github.arizeadmin.core.errors;
