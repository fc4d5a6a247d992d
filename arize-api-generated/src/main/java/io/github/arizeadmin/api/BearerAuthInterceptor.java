package io.github.arizeadmin.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <api key>} unless the request already carries an Authorization header. */
final class BearerAuthInterceptor implements Interceptor {
  private final String headerValue;

  BearerAuthInterceptor(String apiKey) {
    this.headerValue = "Bearer " + apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("Authorization") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("Authorization", headerValue).build());
  }

  @Override
  public String toString() {
    return "BearerAuthInterceptor{Authorization=Bearer ***}";
  }
}
