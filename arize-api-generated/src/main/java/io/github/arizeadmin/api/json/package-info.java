/** Moshi adapters the generated models need: discriminated unions and RFC 3339 timestamps. */
package io.github.arizeadmin.api.json;
