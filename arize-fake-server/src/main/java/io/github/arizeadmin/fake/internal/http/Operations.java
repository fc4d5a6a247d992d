package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.github.arizeadmin.fake.internal.domain.Caller;
import io.github.arizeadmin.fake.internal.domain.Domain;
import io.github.arizeadmin.fake.internal.domain.Page;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.UserStatus;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thin handlers: each maps the validated request to a typed command ({@link Json}), calls one
 * domain service and maps its typed result back to JSON. No rule lives here.
 */
final class Operations {
  /** Routing-context key of the authenticated {@link Caller}. */
  static final String CALLER = "arize.fake.caller";

  private Operations() {
  }

  /** @return operationId to handler, for every operation the fake implements */
  static Map<String, Handler<RoutingContext>> all(Domain d) {
    Map<String, Handler<RoutingContext>> ops = new LinkedHashMap<>();
    ops.put("listOrganizations", rc -> page(rc, "organizations", d.organizations().list(caller(rc), q(rc, "name"),
        limit(rc), q(rc, "cursor")), Json::organization));
    ops.put("createOrganization", rc -> json(rc, 201,
        g -> Json.organization(g, d.organizations().create(caller(rc), Json.createOrganization(body(rc))))));
    ops.put("getOrganization", rc -> json(rc, 200,
        g -> Json.organization(g, d.organizations().get(caller(rc), p(rc, "org_id")))));
    ops.put("updateOrganization", rc -> json(rc, 200, g -> Json.organization(g,
        d.organizations().update(caller(rc), p(rc, "org_id"), Json.updateOrganization(body(rc))))));
    ops.put("deleteOrganization", rc -> noContent(rc, () -> d.organizations().delete(caller(rc), p(rc, "org_id"))));
    ops.put("addOrganizationUser", rc -> json(rc, 200, g -> Json.orgMembership(g,
        d.organizations().addUser(caller(rc), p(rc, "org_id"), Json.addOrganizationUser(body(rc))))));
    ops.put("removeOrganizationUser",
        rc -> noContent(rc, () -> d.organizations().removeUser(caller(rc), p(rc, "org_id"), p(rc, "user_id"))));

    ops.put("listSpaces", rc -> page(rc, "spaces", d.spaces().list(caller(rc), q(rc, "org_id"), q(rc, "name"),
        limit(rc), q(rc, "cursor")), Json::space));
    ops.put("createSpace", rc -> json(rc, 201,
        g -> Json.space(g, d.spaces().create(caller(rc), Json.createSpace(body(rc))))));
    ops.put("getSpace", rc -> json(rc, 200, g -> Json.space(g, d.spaces().get(caller(rc), p(rc, "space_id")))));
    ops.put("updateSpace", rc -> json(rc, 200,
        g -> Json.space(g, d.spaces().update(caller(rc), p(rc, "space_id"), Json.updateSpace(body(rc))))));
    ops.put("deleteSpace", rc -> noContent(rc, () -> d.spaces().delete(caller(rc), p(rc, "space_id"))));
    ops.put("addSpaceUser", rc -> json(rc, 200, g -> Json.spaceMembership(g,
        d.spaces().addUser(caller(rc), p(rc, "space_id"), Json.addSpaceUser(body(rc))))));
    ops.put("removeSpaceUser",
        rc -> noContent(rc, () -> d.spaces().removeUser(caller(rc), p(rc, "space_id"), p(rc, "user_id"))));

    ops.put("listUsers", rc -> page(rc, "users", d.users().list(caller(rc), q(rc, "email"),
        enums(rc, "status", UserStatus.class), limit(rc), q(rc, "cursor")), Json::user));
    ops.put("createUser", rc -> {
      var created = d.users().create(caller(rc), Json.createUser(body(rc)));
      json(rc, created.created() ? 201 : 200, g -> Json.createdUser(g, created));
    });
    ops.put("getUser", rc -> json(rc, 200, g -> Json.user(g, d.users().get(caller(rc), p(rc, "user_id")))));
    ops.put("updateUser", rc -> json(rc, 200,
        g -> Json.user(g, d.users().update(caller(rc), p(rc, "user_id"), Json.updateUser(body(rc))))));
    ops.put("deleteUser", rc -> noContent(rc, () -> d.users().delete(caller(rc), p(rc, "user_id"))));
    ops.put("resendUserInvitation",
        rc -> noContent(rc, () -> d.users().resendInvitation(caller(rc), p(rc, "user_id"))));
    ops.put("resetUserPassword", rc -> noContent(rc, () -> d.users().resetPassword(caller(rc), p(rc, "user_id"))));

    ops.put("listRoles", rc -> page(rc, "roles", d.roles().list(caller(rc), bool(rc, "is_predefined"), limit(rc),
        q(rc, "cursor")), Json::role));
    ops.put("createRole", rc -> json(rc, 201, g -> Json.role(g, d.roles().create(caller(rc), Json.createRole(body(rc))))));
    ops.put("getRole", rc -> json(rc, 200, g -> Json.role(g, d.roles().get(caller(rc), p(rc, "role_id")))));
    ops.put("updateRole", rc -> json(rc, 200,
        g -> Json.role(g, d.roles().update(caller(rc), p(rc, "role_id"), Json.updateRole(body(rc))))));
    ops.put("deleteRole", rc -> noContent(rc, () -> d.roles().delete(caller(rc), p(rc, "role_id"))));

    ops.put("listRoleBindings", rc -> page(rc, "role_bindings", d.roleBindings().list(caller(rc),
        oneOf(rc, "resource_type", RoleBindingResourceType.class), q(rc, "user_id"), limit(rc), q(rc, "cursor")),
        Json::binding));
    ops.put("createRoleBinding", rc -> json(rc, 201,
        g -> Json.binding(g, d.roleBindings().create(caller(rc), Json.createRoleBinding(body(rc))))));
    ops.put("getRoleBinding", rc -> json(rc, 200,
        g -> Json.binding(g, d.roleBindings().get(caller(rc), p(rc, "binding_id")))));
    ops.put("updateRoleBinding", rc -> json(rc, 200, g -> Json.binding(g,
        d.roleBindings().update(caller(rc), p(rc, "binding_id"), body(rc).string("role_id")))));
    ops.put("deleteRoleBinding", rc -> noContent(rc, () -> d.roleBindings().delete(caller(rc), p(rc, "binding_id"))));

    ops.put("listResourceRestrictions", rc -> page(rc, "resource_restrictions",
        d.restrictions().list(caller(rc), limit(rc), q(rc, "cursor")), Json::restriction));
    ops.put("createResourceRestriction", rc -> json(rc, 200,
        g -> Json.restriction(g, d.restrictions().restrict(caller(rc), body(rc).string("resource_id")))));
    ops.put("deleteResourceRestriction",
        rc -> noContent(rc, () -> d.restrictions().unrestrict(caller(rc), p(rc, "resource_id"))));

    ops.put("listApiKeys", rc -> page(rc, "api_keys", d.apiKeys().list(caller(rc),
        oneOf(rc, "key_type", ApiKeyType.class), oneOf(rc, "status", ApiKeyStatus.class), q(rc, "space_id"),
        q(rc, "user_id"), limit(rc), q(rc, "cursor")), Json::apiKey));
    ops.put("createApiKey", rc -> json(rc, 201,
        g -> Json.createdKey(g, d.apiKeys().create(caller(rc), Json.createApiKey(body(rc))))));
    ops.put("refreshApiKey", rc -> json(rc, 200, g -> Json.createdKey(g,
        d.apiKeys().refresh(caller(rc), p(rc, "api_key_id"), Json.refreshApiKey(body(rc))))));
    ops.put("revokeApiKey", rc -> noContent(rc, () -> d.apiKeys().revoke(caller(rc), p(rc, "api_key_id"))));

    ops.put("listProjects", rc -> page(rc, "projects", d.projects().list(caller(rc), q(rc, "space_id"),
        q(rc, "space_name"), q(rc, "name"), limit(rc), q(rc, "cursor")), Json::project));
    ops.put("createProject", rc -> json(rc, 201,
        g -> Json.project(g, d.projects().create(caller(rc), Json.createProject(body(rc))))));
    ops.put("getProject", rc -> json(rc, 200, g -> Json.project(g, d.projects().get(caller(rc), p(rc, "project_id")))));
    ops.put("updateProject", rc -> json(rc, 200, g -> Json.project(g,
        d.projects().update(caller(rc), p(rc, "project_id"), body(rc).string("name")))));
    ops.put("deleteProject", rc -> noContent(rc, () -> d.projects().delete(caller(rc), p(rc, "project_id"))));
    return Collections.unmodifiableMap(ops);
  }

  static Caller caller(RoutingContext rc) {
    return rc.get(CALLER);
  }

  static String p(RoutingContext rc, String name) {
    return rc.pathParam(name);
  }

  static String q(RoutingContext rc, String name) {
    List<String> values = rc.queryParam(name);
    return values.isEmpty() ? null : values.get(0);
  }

  static Integer limit(RoutingContext rc) {
    String value = q(rc, "limit");
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException notANumber) {
      throw ApiError.badRequest("limit", "'" + value + "' is not an integer.");
    }
  }

  static Boolean bool(RoutingContext rc, String name) {
    String value = q(rc, name);
    return value == null ? null : Boolean.valueOf(value.trim());
  }

  static <E extends Enum<E>> E oneOf(RoutingContext rc, String name, Class<E> type) {
    String value = q(rc, name);
    return value == null ? null : new Fields(new JsonObject().put(name, value)).oneOf(name, type);
  }

  static <E extends Enum<E>> List<E> enums(RoutingContext rc, String name, Class<E> type) {
    return rc.queryParam(name).stream().map(v -> new Fields(new JsonObject().put(name, v)).oneOf(name, type)).toList();
  }

  /** The JSON body (already checked against the contract by the router), or an empty one. */
  static Fields body(RoutingContext rc) {
    if (rc.body() == null || rc.body().buffer() == null || rc.body().length() <= 0) {
      return new Fields(null);
    }
    return new Fields(rc.body().asJsonObject());
  }

  static <T> void page(RoutingContext rc, String listKey, Page<T> page, Json.ItemWriter<T> item) {
    json(rc, 200, g -> Json.page(g, listKey, page, item));
  }

  static void json(RoutingContext rc, int status, Json.Writer body) {
    io.vertx.core.buffer.Buffer out = Json.buffer(body);
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(out);
  }

  static void noContent(RoutingContext rc, Runnable work) {
    work.run();
    rc.response().setStatusCode(204).end();
  }
}
