package io.github.arizeadmin.fake.http;

import io.github.arizeadmin.fake.domain.Caller;
import io.github.arizeadmin.fake.domain.Domain;
import io.github.arizeadmin.fake.domain.UserService;
import io.vertx.core.Handler;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thin handlers: each reads the validated request, calls one domain service and writes JSON.
 * No rule lives here.
 */
final class Operations {
  /** Routing-context key of the authenticated {@link Caller}. */
  static final String CALLER = "arize.fake.caller";

  private Operations() {
  }

  /** @return operationId to handler, for every operation the fake implements */
  static Map<String, Handler<RoutingContext>> all(Domain d) {
    Map<String, Handler<RoutingContext>> ops = new LinkedHashMap<>();
    ops.put("listOrganizations", rc -> ok(rc, d.organizations().list(caller(rc), q(rc, "name"), limit(rc), q(rc, "cursor"))));
    ops.put("createOrganization", rc -> created(rc, d.organizations().create(caller(rc), body(rc))));
    ops.put("getOrganization", rc -> ok(rc, d.organizations().get(caller(rc), p(rc, "org_id"))));
    ops.put("updateOrganization", rc -> ok(rc, d.organizations().update(caller(rc), p(rc, "org_id"), body(rc))));
    ops.put("deleteOrganization", rc -> noContent(rc, () -> d.organizations().delete(caller(rc), p(rc, "org_id"))));
    ops.put("addOrganizationUser", rc -> ok(rc, d.organizations().addUser(caller(rc), p(rc, "org_id"), body(rc))));
    ops.put("removeOrganizationUser",
        rc -> noContent(rc, () -> d.organizations().removeUser(caller(rc), p(rc, "org_id"), p(rc, "user_id"))));

    ops.put("listSpaces", rc -> ok(rc, d.spaces().list(caller(rc), q(rc, "org_id"), q(rc, "name"), limit(rc),
        q(rc, "cursor"))));
    ops.put("createSpace", rc -> created(rc, d.spaces().create(caller(rc), body(rc))));
    ops.put("getSpace", rc -> ok(rc, d.spaces().get(caller(rc), p(rc, "space_id"))));
    ops.put("updateSpace", rc -> ok(rc, d.spaces().update(caller(rc), p(rc, "space_id"), body(rc))));
    ops.put("deleteSpace", rc -> noContent(rc, () -> d.spaces().delete(caller(rc), p(rc, "space_id"))));
    ops.put("addSpaceUser", rc -> ok(rc, d.spaces().addUser(caller(rc), p(rc, "space_id"), body(rc))));
    ops.put("removeSpaceUser",
        rc -> noContent(rc, () -> d.spaces().removeUser(caller(rc), p(rc, "space_id"), p(rc, "user_id"))));

    ops.put("listUsers", rc -> ok(rc, d.users().list(caller(rc), q(rc, "email"), rc.queryParam("status"), limit(rc),
        q(rc, "cursor"))));
    ops.put("createUser", rc -> {
      UserService.Created result = d.users().create(caller(rc), body(rc));
      json(rc, result.status(), result.body());
    });
    ops.put("getUser", rc -> ok(rc, d.users().get(caller(rc), p(rc, "user_id"))));
    ops.put("updateUser", rc -> ok(rc, d.users().update(caller(rc), p(rc, "user_id"), body(rc))));
    ops.put("deleteUser", rc -> noContent(rc, () -> d.users().delete(caller(rc), p(rc, "user_id"))));
    ops.put("resendUserInvitation",
        rc -> noContent(rc, () -> d.users().resendInvitation(caller(rc), p(rc, "user_id"))));
    ops.put("resetUserPassword", rc -> noContent(rc, () -> d.users().resetPassword(caller(rc), p(rc, "user_id"))));

    ops.put("listRoles", rc -> ok(rc, d.roles().list(caller(rc), bool(rc, "is_predefined"), limit(rc), q(rc, "cursor"))));
    ops.put("createRole", rc -> created(rc, d.roles().create(caller(rc), body(rc))));
    ops.put("getRole", rc -> ok(rc, d.roles().get(caller(rc), p(rc, "role_id"))));
    ops.put("updateRole", rc -> ok(rc, d.roles().update(caller(rc), p(rc, "role_id"), body(rc))));
    ops.put("deleteRole", rc -> noContent(rc, () -> d.roles().delete(caller(rc), p(rc, "role_id"))));

    ops.put("listRoleBindings", rc -> ok(rc, d.roleBindings().list(caller(rc), q(rc, "resource_type"),
        q(rc, "user_id"), limit(rc), q(rc, "cursor"))));
    ops.put("createRoleBinding", rc -> created(rc, d.roleBindings().create(caller(rc), body(rc))));
    ops.put("getRoleBinding", rc -> ok(rc, d.roleBindings().get(caller(rc), p(rc, "binding_id"))));
    ops.put("updateRoleBinding", rc -> ok(rc, d.roleBindings().update(caller(rc), p(rc, "binding_id"), body(rc))));
    ops.put("deleteRoleBinding", rc -> noContent(rc, () -> d.roleBindings().delete(caller(rc), p(rc, "binding_id"))));

    ops.put("listResourceRestrictions", rc -> ok(rc, d.restrictions().list(caller(rc), limit(rc), q(rc, "cursor"))));
    ops.put("createResourceRestriction", rc -> ok(rc, d.restrictions().restrict(caller(rc), body(rc))));
    ops.put("deleteResourceRestriction",
        rc -> noContent(rc, () -> d.restrictions().unrestrict(caller(rc), p(rc, "resource_id"))));

    ops.put("listApiKeys", rc -> ok(rc, d.apiKeys().list(caller(rc), q(rc, "key_type"), q(rc, "status"),
        q(rc, "space_id"), q(rc, "user_id"), limit(rc), q(rc, "cursor"))));
    ops.put("createApiKey", rc -> created(rc, d.apiKeys().create(caller(rc), body(rc))));
    ops.put("refreshApiKey", rc -> ok(rc, d.apiKeys().refresh(caller(rc), p(rc, "api_key_id"), body(rc))));
    ops.put("revokeApiKey", rc -> noContent(rc, () -> d.apiKeys().revoke(caller(rc), p(rc, "api_key_id"))));

    ops.put("listProjects", rc -> ok(rc, d.projects().list(caller(rc), q(rc, "space_id"), q(rc, "space_name"),
        q(rc, "name"), limit(rc), q(rc, "cursor"))));
    ops.put("createProject", rc -> created(rc, d.projects().create(caller(rc), body(rc))));
    ops.put("getProject", rc -> ok(rc, d.projects().get(caller(rc), p(rc, "project_id"))));
    ops.put("updateProject", rc -> ok(rc, d.projects().update(caller(rc), p(rc, "project_id"), body(rc))));
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
    return value == null ? null : Integer.valueOf(value.trim());
  }

  static Boolean bool(RoutingContext rc, String name) {
    String value = q(rc, name);
    return value == null ? null : Boolean.valueOf(value.trim());
  }

  /** The JSON body as plain maps and lists, or null when there is none. */
  static Map<String, Object> body(RoutingContext rc) {
    if (rc.body() == null || rc.body().buffer() == null || rc.body().length() <= 0) {
      return null;
    }
    Object value = rc.body().asJsonObject();
    return value == null ? null : plainObject((JsonObject) value);
  }

  static Map<String, Object> plainObject(JsonObject object) {
    Map<String, Object> out = new LinkedHashMap<>();
    object.forEach(e -> out.put(e.getKey(), plain(e.getValue())));
    return out;
  }

  private static Object plain(Object value) {
    if (value instanceof JsonObject object) {
      return plainObject(object);
    }
    if (value instanceof JsonArray array) {
      List<Object> out = new ArrayList<>();
      array.forEach(item -> out.add(plain(item)));
      return out;
    }
    return value;
  }

  static void ok(RoutingContext rc, Object body) {
    json(rc, 200, body);
  }

  static void created(RoutingContext rc, Object body) {
    json(rc, 201, body);
  }

  static void json(RoutingContext rc, int status, Object body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Json.encode(body));
  }

  static void noContent(RoutingContext rc, Runnable work) {
    work.run();
    rc.response().setStatusCode(204).end();
  }
}
