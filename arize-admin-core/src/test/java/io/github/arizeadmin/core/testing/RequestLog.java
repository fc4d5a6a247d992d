package io.github.arizeadmin.core.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Records every request a client sends, as {@code METHOD /path?query}, to count what a call costs. */
public final class RequestLog implements Interceptor {
  private final List<String> requests = new ArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpUrl url = chain.request().url();
    synchronized (requests) {
      requests.add(chain.request().method() + " " + url.encodedPath()
          + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
    }
    return chain.proceed(chain.request());
  }

  /** Returns the requests sent so far and forgets them. */
  public List<String> take() {
    synchronized (requests) {
      List<String> taken = List.copyOf(requests);
      requests.clear();
      return taken;
    }
  }
}
