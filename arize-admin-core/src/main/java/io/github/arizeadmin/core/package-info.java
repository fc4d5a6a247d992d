/**
 * The ergonomic client of the Arize admin REST API v2: {@link io.github.arizeadmin.core.ArizeAdminClient}
 * and its sub-clients, the per-request {@link io.github.arizeadmin.core.RequestOptions} and {@link
 * io.github.arizeadmin.core.RetryPolicy}, the parameter objects of the calls that can grow ({@link
 * io.github.arizeadmin.core.UserFilter}, {@link io.github.arizeadmin.core.SpaceFilter}, {@link
 * io.github.arizeadmin.core.ProjectFilter}, {@link io.github.arizeadmin.core.ApiKeyFilter}, {@link
 * io.github.arizeadmin.core.RoleUpdate}, {@link io.github.arizeadmin.core.ServiceKeyRequest}), and the
 * failures.
 *
 * <p><b>Failures</b> are one unchecked hierarchy rooted at {@link
 * io.github.arizeadmin.core.ArizeApiException}. HTTP answers map to one subclass per status ({@link
 * io.github.arizeadmin.core.BadRequestException} 400, {@link io.github.arizeadmin.core.UnauthorizedException}
 * 401, {@link io.github.arizeadmin.core.ForbiddenException} 403, {@link
 * io.github.arizeadmin.core.NotFoundException} 404, {@link io.github.arizeadmin.core.ConflictException} 409,
 * {@link io.github.arizeadmin.core.UnprocessableEntityException} 422, {@link
 * io.github.arizeadmin.core.RateLimitException} 429, {@link io.github.arizeadmin.core.ServerException} 5xx,
 * {@link io.github.arizeadmin.core.UnexpectedStatusException} anything else); failures without a usable
 * answer are {@link io.github.arizeadmin.core.TransportException}; name resolution failures are {@link
 * io.github.arizeadmin.core.NameNotFoundException} and {@link io.github.arizeadmin.core.AmbiguousNameException}.
 * The same types are thrown by direct calls and while paging. Only the client creates them; no message
 * ever contains the API key.
 */
package io.github.arizeadmin.core;
