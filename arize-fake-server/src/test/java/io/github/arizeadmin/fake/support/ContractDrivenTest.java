package io.github.arizeadmin.fake.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.CreateResourceRestrictionRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UserApiKeyCreated;
import io.github.arizeadmin.fake.support.ContractRequests.Field;
import io.github.arizeadmin.fake.support.ContractRequests.Operation;
import io.github.arizeadmin.fake.support.ContractRequests.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the tests driven by the contract: a valid request for any operation (the contract's
 * example body, IDs pointing at a seeded state), which a test then breaks in one place, sent over a
 * raw socket so that anything can be sent, and answers checked against the contract.
 */
public abstract class ContractDrivenTest extends FakeTest {
  private static final JsonMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /**
   * Resets the fake to the seeded team, with a project binding, a restricted project and a user key.
   *
   * @return IDs of that state by the name of the parameter or field that takes them
   */
  protected Map<String, String> freshState() {
    fake.reset();
    Map<String, String> seeded = seed(Team.SEED).ids();
    Map<String, String> ids = new HashMap<>();
    ids.put("org_id", seeded.get("acme"));
    ids.put("organization_id", seeded.get("acme"));
    ids.put("space_id", seeded.get("alpha"));
    ids.put("user_id", seeded.get("plain"));
    ids.put("role_id", seeded.get("ds"));
    ids.put("id", seeded.get("ds"));
    ids.put("project_id", seeded.get("fraud"));
    ids.put("resource_id", seeded.get("fraud"));
    ids.put("binding_id", ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest()
        .userId(seeded.get("plain")).roleId(seeded.get("ds")).resourceType(RoleBindingResourceType.PROJECT)
        .resourceId(seeded.get("fraud")))).getId());
    String secret = ok(admin.projects().createProject(new CreateProjectRequest().name("secret")
        .spaceId(seeded.get("alpha")))).getId();
    ok(admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest().resourceId(secret)));
    ids.put("api_key_id", ((UserApiKeyCreated) ok(admin.apiKeys().createApiKey(new CreateUserApiKeyRequest()
        .keyType(ApiKeyType.USER).name("probe")))).getId());
    return ids;
  }

  /**
   * @param field a field or parameter name
   * @return whether it names a global ID ({@code *_id}, or {@code id} in a role assignment)
   */
  protected static boolean isId(String field) {
    return field.endsWith("_id") || field.equals("id");
  }

  /**
   * A body with every ID field pointing at an object of the state.
   *
   * @param example a valid body
   * @param schema its schema
   * @param ids the state's IDs, from {@link #freshState}
   * @return the body
   */
  protected static Object withIds(Object example, Map<String, Object> schema, Map<String, String> ids) {
    Object body = example;
    for (Field field : ContractRequests.fields(schema, example)) {
      if (ContractRequests.isString(field.schema()) && isId(field.name()) && ids.containsKey(field.name())) {
        body = ContractRequests.with(body, field.path(), ids.get(field.name()));
      }
    }
    return body;
  }

  /**
   * @param op an operation
   * @param ids the state's IDs
   * @return its path parameters, pointing at the state, percent-encoded
   */
  protected static Map<String, String> pathIds(Operation op, Map<String, String> ids) {
    Map<String, String> path = new HashMap<>();
    op.parameters().stream().filter(p -> p.in().equals("path")).forEach(p -> path.put(p.name(), encode(ids.get(p.name()))));
    return path;
  }

  /**
   * @param op an operation
   * @param ids the state's IDs
   * @return its required query parameters, valid (an ID of the state, else the first enum value), percent-encoded
   */
  protected static Map<String, String> requiredQuery(Operation op, Map<String, String> ids) {
    Map<String, String> query = new LinkedHashMap<>();
    for (Parameter p : op.parameters()) {
      if (p.in().equals("query") && p.required()) {
        List<?> values = p.schema().get("enum") instanceof List<?> e ? e : List.of("");
        query.put(p.name(), encode(ids.containsKey(p.name()) ? ids.get(p.name()) : String.valueOf(values.get(0))));
      }
    }
    return query;
  }

  /**
   * Sends a request as the admin and checks the answer against the contract (unless 414, which the
   * HTTP codec answers for every path).
   *
   * @param op the operation
   * @param path path parameters, percent-encoded
   * @param query query parameters, percent-encoded
   * @param body the body as maps and lists, or null
   * @return the answer
   */
  protected RawHttp.Answer send(Operation op, Map<String, String> path, Map<String, String> query, Object body) {
    return send(op, path, query, body, fake.adminKey());
  }

  /**
   * Sends a request with a caller's key and checks the answer against the contract, as
   * {@link #send(Operation, Map, Map, Object)}.
   *
   * @param op the operation
   * @param path path parameters, percent-encoded
   * @param query query parameters, percent-encoded
   * @param body the body as maps and lists, or null
   * @param key the caller's raw API key
   * @return the answer
   */
  protected RawHttp.Answer send(Operation op, Map<String, String> path, Map<String, String> query, Object body,
      String key) {
    String target = op.path();
    for (Map.Entry<String, String> p : path.entrySet()) {
      target = target.replace("{" + p.getKey() + "}", p.getValue());
    }
    StringBuilder q = new StringBuilder();
    query.forEach((name, value) -> q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(value));
    List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + key));
    byte[] bytes = null;
    if (body != null) {
      headers.add("Content-Type: application/json");
      try {
        // non-ASCII escaped, so that a lone surrogate travels as \ud800
        bytes = ASCII_JSON.writeValueAsString(body).getBytes(StandardCharsets.US_ASCII);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    RawHttp.Answer answer = RawHttp.send(fake.baseUrl(), op.method(), target + q, headers, bytes);
    // 414 is the HTTP codec's answer to any path; an empty path segment makes another path (no operation's)
    if (answer.status() != 414 && !target.endsWith("/") && !target.contains("//")) {
      ContractCheckingInterceptor.check(op.method(), target, answer);
    }
    return answer;
  }

  /**
   * Percent-encodes UTF-8, every byte but unreserved characters; an unpaired surrogate as the three
   * bytes it would take (not UTF-8).
   *
   * @param value the text
   * @return the encoded text
   */
  protected static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1)))) {
        out.append(String.format("%%ED%%%02X%%%02X", 0xA0 | (c >> 6) & 0x1f, 0x80 | c & 0x3f));
      } else if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
        for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append(String.format("%%%02X", b & 0xff));
        }
        i = end - 1;
      }
    }
    return out.toString();
  }
}
