package io.github.arizeadmin.pactverifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example pacts of {@code src/test/resources/examples}, one per layout and outcome, each
 * asserted on the verifier's exact verdict line: pact-js V3 ({@code web-onboarding}) and V4
 * ({@code admin-portal}) layouts, pact-python's V2 layout ({@code offboarding-job}, with its own
 * states file), passes, a contract break, broken rules of the API, provider-state-injected values,
 * the built-in seed state with kept IDs, another provider and an unreadable file.
 */
class ExamplePactsTest {
  static final Path EXAMPLES = Path.of("src/test/resources/examples");
  static final Path STATES = EXAMPLES.resolve("offboarding-states.yaml");
  private static final String JS_V3 = "FAIL src/test/resources/examples/web-onboarding-arize-admin-api.json (web-onboarding) ";
  private static final String JS_V4 = "src/test/resources/examples/admin-portal-arize-admin-api.json (admin-portal) ";
  private static final String PY_V2 = "src/test/resources/examples/offboarding-job-arize_admin_api.json (offboarding-job) ";
  static final List<String> EXPECTED = List.of(
      "FAIL " + JS_V4 + "\"add bob to team-alpha as a predefined member\": role.type: 'predefined' is not one of "
          + "PREDEFINED, CUSTOM; expected status 200, the fake answered 400: role.type: 'predefined' is not one of "
          + "PREDEFINED, CUSTOM.",
      "PASS " + JS_V4 + "\"get the seeded organization Acme\"",
      "FAIL " + JS_V4 + "\"member jane deletes team-alpha\": expected status 204, the fake answered 403: "
          + "SPACE_DELETE on the space is required.",
      "PASS " + JS_V4 + "\"member jane may not delete team-alpha\"",
      "SKIP src/test/resources/examples/billing-ui-billing-api.json (billing-ui): provider \"billing-api\" is not "
          + "the Arize admin API",
      "FAIL " + PY_V2 + "\"a request to create the space team-beta in Acme\": expected status 201, the fake answered "
          + "404: Organization T3JnYW5pemF0aW9uOjk6QWNtZQ== was not found.",
      "FAIL " + PY_V2 + "\"a request to create a second organization named Acme\": expected status 201, the fake "
          + "answered 409: name: an organization named Acme already exists in this account.",
      "FAIL " + PY_V2 + "\"a request to make annotator ann a MEMBER of team-alpha\": expected status 200, the fake "
          + "answered 400: role: a user whose account role is ANNOTATOR may only get the space role ANNOTATOR.",
      "PASS " + PY_V2 + "\"a request for the user ann\"",
      "FAIL src/test/resources/examples/truncated-pact.json: not JSON: unexpected end-of-input at line 2, column 1",
      JS_V3 + "\"add bob to team-alpha before he joins Acme\": expected status 200, the fake answered 400: "
          + "user_id: the user is not a member of the parent organization.",
      "PASS src/test/resources/examples/web-onboarding-arize-admin-api.json (web-onboarding) \"add jane to team-alpha\"",
      "PASS src/test/resources/examples/web-onboarding-arize-admin-api.json (web-onboarding) "
          + "\"create the organization Acme ML\"");
  static final String SUMMARY = "Summary: 11 interactions, 5 passed, 6 failed; 5 pact files, 3 verified, "
      + "1 for another provider, 1 unreadable";

  private static PactVerifier verifier;
  private static Report report;

  @BeforeAll
  static void verifyExamples() {
    verifier = PactVerifier.builder().states(STATES).build();
    report = verifier.verify(List.of(EXAMPLES));
  }

  @AfterAll
  static void stop() {
    if (verifier != null) {
      verifier.close();
    }
  }

  private static List<String> lines() {
    return report.verdicts().stream().map(Verdict::line).toList();
  }

  @Test
  void everyExampleGetsExactlyItsVerdictAndTheRunItsSummary() {
    assertThat(lines()).containsExactlyElementsOf(EXPECTED);
    assertThat(report.summary()).isEqualTo(SUMMARY);
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void pactJsLayoutsPassWhenTheFakeAnswersAsExpected() {
    assertThat(lines()).contains(EXPECTED.get(11), EXPECTED.get(12), EXPECTED.get(1));
  }

  @Test
  void aPactThatBreaksTheContractFailsWithTheFieldAndTheAllowedValues() {
    assertThat(lines()).contains(EXPECTED.get(0));
  }

  @Test
  void aSpaceMembershipBeforeTheOrganizationMembershipFails() {
    assertThat(lines()).contains(EXPECTED.get(10));
  }

  @Test
  void aSpaceInAnOrganizationThatDoesNotExistYetFails() {
    assertThat(lines()).contains(EXPECTED.get(5));
  }

  @Test
  void aDuplicateNameFails() {
    assertThat(lines()).contains(EXPECTED.get(6));
  }

  @Test
  void anAnnotatorWithANonAnnotatorRoleFails() {
    assertThat(lines()).contains(EXPECTED.get(7));
  }

  @Test
  void aMemberGets403AndAPactThatSaysSoPasses() {
    assertThat(lines()).contains(EXPECTED.get(2), EXPECTED.get(3));
  }

  @Test
  void providerStateInjectedValuesReachPathAndBody() {
    // "add jane to team-alpha" sends /v2/spaces/${spaceId}/users with user_id ${userId}: the fake's 200
    // proves both were the seeded IDs (the pact's example IDs do not exist in the fake)
    assertThat(lines()).contains(EXPECTED.get(11));
  }

  @Test
  void pactPythonV2LayoutWithATeamStatesFileKeepsTheSeededIds() {
    assertThat(lines()).contains(EXPECTED.get(8));
  }

  @Test
  void anotherProviderIsSkippedAndAnUnreadableFileFailsInOneLine() {
    assertThat(lines()).contains(EXPECTED.get(4), EXPECTED.get(9));
  }
}
