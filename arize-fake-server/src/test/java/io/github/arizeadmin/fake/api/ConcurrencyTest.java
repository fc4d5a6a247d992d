package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.RoleBinding;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 32 clients add, upsert and remove users in the same spaces while one of them deletes one space:
 * writes are linearizable and cascades all-or-nothing, so the end state has no duplicate
 * membership and no orphan record.
 */
class ConcurrencyTest extends FakeTest {
  private static final int CLIENTS = 32;
  private static final int ROUNDS = 15;

  @Test
  void parallelMembershipChangesAndASpaceDeletionLeaveAConsistentState() throws Exception {
    StringBuilder users = new StringBuilder();
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < CLIENTS; i++) {
      users.append(i == 0 ? "" : ",").append("{\"ref\":\"u").append(i).append("\",\"name\":\"U").append(i)
          .append("\",\"email\":\"u").append(i).append("@example.com\"}");
      members.append(i == 0 ? "" : ",").append("{\"user\":\"u").append(i).append("\",\"role\":\"MEMBER\"}");
    }
    SeedResult ids = seed("""
        {"accounts":[{"name":"default","users":[%s],
          "roles":[{"ref":"ds","name":"DS","permissions":["PROJECT_READ"]}],
          "organizations":[{"ref":"acme","name":"Acme","members":[%s],
            "spaces":[{"ref":"hot","name":"hot","projects":[{"ref":"p","name":"p"}]},{"ref":"warm","name":"warm"}]}]}]}
        """.formatted(users, members));
    String hot = ids.id("hot");
    String warm = ids.id("warm");
    ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      done.add(pool.submit(() -> {
        ArizeApi api = api(fake.adminKey());
        String user = ids.id("u" + client);
        start.await();
        for (int round = 0; round < ROUNDS; round++) {
          for (String space : List.of(hot, warm)) {
            String target = ids.id("u" + ((client + round) % CLIENTS));
            check(unexpected, status(api.spaces().addSpaceUser(space, new AddSpaceUserRequest().userId(user)
                .role(spaceRole("MEMBER")))));
            check(unexpected, status(api.spaces().addSpaceUser(space, new AddSpaceUserRequest().userId(target)
                .role(customRole(ids.id("ds"))))));
            check(unexpected, status(api.spaces().addSpaceUser(space, new AddSpaceUserRequest().userId(user)
                .role(spaceRole("READ_ONLY")))));
            check(unexpected, status(api.spaces().removeSpaceUser(space, target)));
          }
          if (client == 0 && round == ROUNDS / 2) {
            check(unexpected, status(api.spaces().deleteSpace(hot)));
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(unexpected).as("statuses other than 200/204/404").isEmpty();

    fails(404, admin.spaces().getSpace(hot));
    fails(404, admin.projects().getProject(ids.id("p")));
    List<RoleBinding> bindings = ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, 100, null,
        null)).getRoleBindings();
    assertThat(bindings).allMatch(b -> b.getResourceId().equals(warm));
    assertThat(bindings.stream().map(RoleBinding::getUserId).distinct().count()).isEqualTo(bindings.size());

    JsonObject account = new JsonObject(fake.exportState()).getJsonArray("accounts").getJsonObject(0);
    JsonObject acme = account.getJsonArray("organizations").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("name").equals("Acme")).findFirst().orElseThrow();
    JsonArray spaces = acme.getJsonArray("spaces");
    assertThat(spaces.stream().map(s -> ((JsonObject) s).getString("name"))).containsExactly("warm");
    JsonArray warmMembers = spaces.getJsonObject(0).getJsonArray("members");
    Set<String> seen = new HashSet<>();
    int custom = 0;
    for (Object m : warmMembers) {
      JsonObject member = (JsonObject) m;
      assertThat(seen.add(member.getString("user"))).as("duplicate membership of %s", member).isTrue();
      custom += member.containsKey("custom_role") ? 1 : 0;
    }
    assertThat(custom).as("every CUSTOM membership is held by exactly one binding").isEqualTo(bindings.size());
    assertThat(account.getJsonArray("role_bindings")).as("orphan bindings").isEmpty();
    assertThat(fake.exportState()).doesNotContain(hot);
  }

  private static void check(ConcurrentLinkedQueue<String> unexpected, int status) {
    if (status != 200 && status != 204 && status != 404) {
      unexpected.add(String.valueOf(status));
    }
  }
}
