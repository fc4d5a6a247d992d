package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.ContractDrivenTest;
import io.github.arizeadmin.fake.support.ContractRequests;
import io.github.arizeadmin.fake.support.ContractRequests.Operation;
import io.github.arizeadmin.fake.support.ContractRequests.Parameter;
import io.github.arizeadmin.fake.support.ProblemShape;
import io.github.arizeadmin.fake.support.RawHttp;
import io.github.arizeadmin.fake.support.Team;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A list scoped to a resource the caller cannot reach (missing, deleted, or one the caller has no
 * access to) answers 404 where the operation declares a 404 (the SDK's 8.40.0 changelog: list
 * endpoints answer 404 when a scoping resource is missing or inaccessible), and an empty page where
 * it declares none. Driven by the contract: every list operation and every ID it is scoped by.
 */
class ScopedListsTest extends ContractDrivenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An unreachable scope: the caller, and the ID it cannot reach. */
  private record Scope(String key, String id) {
  }

  /** For each scoping parameter, a caller and a resource of its account it cannot reach. */
  private Map<String, Scope> unreachable() {
    SeedResult ids = seed(Team.SEED);
    status(admin.users().deleteUser(ids.id("plain")));
    return Map.of(
        // an account member in no organization, and an organization
        "org_id", new Scope(Team.OUTSIDER, ids.id("acme")),
        // an organization member who is not in the space (GET of the space is a 403 for them)
        "space_id", new Scope(Team.MEMBER, ids.id("beta")),
        // the account admin, and a deleted user
        "user_id", new Scope(fake.adminKey(), ids.id("plain")));
  }

  @TestFactory
  Stream<DynamicTest> aListScopedToWhatTheCallerCannotReachIs404WhereDeclaredElseEmpty() {
    return ContractRequests.operations().stream().filter(op -> op.id().startsWith("list"))
        .flatMap(op -> op.parameters().stream().filter(p -> p.in().equals("query") && isId(p.name()))
            .map(p -> DynamicTest.dynamicTest(op.id() + "?" + p.name(), () -> scoped(op, p))));
  }

  private void scoped(Operation op, Parameter parameter) throws Exception {
    fake.reset();
    Map<String, Scope> scopes = unreachable();
    Scope scope = scopes.get(parameter.name());
    assertThat(scope).as("an unreachable %s is known to this test", parameter.name()).isNotNull();
    Map<String, String> query = requiredQuery(op, Map.of());
    query.put(parameter.name(), encode(scope.id()));
    RawHttp.Answer answer = send(op, Map.of(), query, null, scope.key());
    if (op.statuses().contains("404")) {
      ProblemShape.assertProblem(answer, 404);
    } else {
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode page = JSON.readTree(answer.body());
      String listKey = page.fieldNames().next();
      assertThat(page.get(listKey)).as(answer.body()).isEmpty();
    }
  }

  @Test
  void theIssuesCaseAMemberOfTheOrganizationOutsideTheSpace() {
    SeedResult ids = seed(Team.SEED);
    var member = api(Team.MEMBER);
    fails(403, member.spaces().getSpace(ids.id("beta")));
    fails(404, member.projects().listProjects(ids.id("beta"), null, null, null, null));
    assertThat(ok(member.projects().listProjects(ids.id("alpha"), null, null, null, null)).getProjects())
        .extracting(p -> p.getName()).containsExactly("fraud-model");
    // an organization admin reaches every space of it, without being in it
    assertThat(ok(api(Team.ORG_ADMIN).projects().listProjects(ids.id("beta"), null, null, null, null)).getProjects())
        .extracting(p -> p.getName()).containsExactly("churn-model");
    fails(404, member.apiKeys().listApiKeys(null, null, ids.id("beta"), null, null, null));
    ok(member.apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null));
    // listSpaces declares no 404: an organization the caller is not in gives an empty page
    assertThat(ok(api(Team.OUTSIDER).spaces().listSpaces(ids.id("acme"), null, null, null)).getSpaces()).isEmpty();
  }
}
