/**
 * Cursor pagination: one {@link io.github.arizeadmin.core.paging.Page} per request, and {@link
 * io.github.arizeadmin.core.paging.PageIterable} to iterate or stream every item across pages lazily.
 */
package io.github.arizeadmin.core.paging;
