/**
 * Java bindings of the Arize admin REST API v2: {@link io.github.arizeadmin.api.ArizeApi} builds the
 * generated Retrofit interfaces ({@code io.github.arizeadmin.api.generated.api}) over the generated
 * Moshi models ({@code io.github.arizeadmin.api.generated.model}).
 */
package io.github.arizeadmin.api;
