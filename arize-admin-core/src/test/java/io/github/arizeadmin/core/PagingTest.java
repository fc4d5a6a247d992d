package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** Feature 6: pages, and lazy, re-iterable, resumable, bounded iteration that terminates. */
class PagingTest extends MockServerTest {

  private static String orgs(String cursor, String... names) {
    String[] items = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      items[i] = org(id("Organization:" + names[i] + ":aBcD"), names[i]);
    }
    return list("organizations", cursor, items);
  }

  private static List<String> names(Iterable<Organization> organizations) {
    List<String> names = new ArrayList<>();
    organizations.forEach(o -> names.add(o.name()));
    return names;
  }

  @Test
  void aDirectListIsOnePageWithItsCursor() throws Exception {
    json(200, orgs("c1", "a", "b"));

    Page<Organization> page = client.organizations().list("x", 2, null);

    assertThat(page.items()).extracting(Organization::name).containsExactly("a", "b");
    assertThat(page.hasMore()).isTrue();
    assertThat(page.nextCursor()).contains("c1");
    expect("GET", "/v2/organizations?name=x&limit=2");
  }

  @Test
  void iterationIsLazyAndFollowsEveryPage() throws Exception {
    PageIterable<Organization> all = client.organizations().listAll();
    assertThat(server.getRequestCount()).as("nothing is fetched before iterating").isZero();

    json(200, orgs("c1", "a", "b"));
    json(200, orgs("c2", "c"));
    json(200, orgs(null, "d"));
    Iterator<Organization> iterator = all.iterator();
    assertThat(iterator.next().name()).isEqualTo("a");
    assertThat(server.getRequestCount()).as("one page at a time").isEqualTo(1);
    List<String> rest = new ArrayList<>();
    iterator.forEachRemaining(o -> rest.add(o.name()));

    assertThat(rest).containsExactly("b", "c", "d");
    expect("GET", "/v2/organizations?limit=100");
    expect("GET", "/v2/organizations?limit=100&cursor=c1");
    expect("GET", "/v2/organizations?limit=100&cursor=c2");
  }

  @Test
  void eachIterationStartsAgain() {
    PageIterable<Organization> all = client.organizations().listAll();
    json(200, orgs("c1", "a"));
    json(200, orgs(null, "b"));
    json(200, orgs("c1", "a"));
    json(200, orgs(null, "b"));

    assertThat(names(all)).containsExactly("a", "b");
    assertThat(all.stream().map(Organization::name).toList()).containsExactly("a", "b");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void iterationResumesFromASavedCursor() throws Exception {
    json(200, orgs("c1", "a"));
    String saved = client.organizations().listAll().pages().iterator().next().nextCursor().orElseThrow();
    take();

    json(200, orgs(null, "b", "c"));
    assertThat(names(client.organizations().listAll().startingAt(saved))).containsExactly("b", "c");
    expect("GET", "/v2/organizations?limit=100&cursor=c1");
  }

  @Test
  void aLimitStopsWithoutFetchingFurtherPagesAndAsksForNoMoreThanNeeded() throws Exception {
    json(200, orgs("c1", "a", "b"));
    json(200, orgs("c2", "c", "d"));

    List<String> firstThree = client.organizations().listAll().pageSize(2).limit(3).stream().map(Organization::name)
        .toList();

    assertThat(firstThree).containsExactly("a", "b", "c");
    expect("GET", "/v2/organizations?limit=2");
    expect("GET", "/v2/organizations?limit=1&cursor=c1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void iterationStopsWhenHasMoreComesWithoutACursor() {
    json(200, "{\"organizations\":[" + org(id("Organization:1:aBcD"), "a") + "],\"pagination\":{\"has_more\":true}}");
    json(200, "{\"organizations\":[" + org(id("Organization:2:aBcD"), "b")
        + "],\"pagination\":{\"has_more\":true,\"next_cursor\":\"\"}}");

    assertThat(names(client.organizations().listAll())).containsExactly("a");
    assertThat(names(client.organizations().listAll())).containsExactly("b");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void iterationStopsWhenTheServerRepeatsACursor() {
    json(200, orgs("c1", "a"));
    json(200, orgs("c2", "b"));
    json(200, orgs("c1", "c"));
    json(200, orgs("c9", "never"));

    assertThat(names(client.organizations().listAll())).containsExactly("a", "b", "c");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void shortAndEmptyPagesWithMoreToComeAreFollowed() {
    json(200, list("resource_restrictions", "c1"));
    json(200, list("resource_restrictions", null,
        "{\"resource_type\":\"PROJECT\",\"resource_id\":\"" + id("Model:1:aBcD") + "\",\"created_at\":\"2026-01-01T00:00:00Z\"}"));

    List<ResourceRestriction> all = client.resourceRestrictions().listAll().toList();

    assertThat(all).hasSize(1);
  }

  @Test
  void aFailingPageThrowsTheSameTypedExceptionAsADirectCall() {
    json(200, orgs("c1", "a"));
    problem(404, "Not Found", "The space does not exist.");

    Iterator<Organization> iterator = client.organizations().listAll().iterator();
    iterator.next();

    assertThatThrownBy(iterator::hasNext).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.detail()).contains("The space does not exist.");
    });
  }

  @Test
  void aRateLimitedPageIsRetriedAndThenThrowsTyped() {
    json(200, orgs("c1", "a"));
    for (int i = 0; i < 4; i++) {
      server.enqueue(problemResponse(429, "Too Many Requests", "slow down").setHeader("Retry-After", "1"));
    }

    assertThatThrownBy(() -> client.organizations().listAll().toList())
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.attempts()).isEqualTo(4));
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void laterPagesKeepThePerRequestOptions() {
    json(200, orgs("c1", "a"));
    server.enqueue(problemResponse(503, "Service Unavailable", "down"));

    assertThatThrownBy(() -> client.organizations().withOptions(RequestOptions.defaults().withoutRetries())
        .listAll().toList()).isInstanceOf(io.github.arizeadmin.core.ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void pageSizeAndLimitAreValidated() {
    PageIterable<Organization> all = client.organizations().listAll();
    assertThatThrownBy(() -> all.pageSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> all.pageSize(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> all.limit(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.organizations().list(null, 101, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(all.limit(0).toList()).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theFirstItemFetchesOnePage() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setBody(orgs("c1", "a", "b")));

    assertThat(client.organizations().listAll().first()).map(Organization::name).contains("a");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
