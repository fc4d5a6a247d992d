package io.github.arizeadmin.fake.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.github.arizeadmin.fake.internal.domain.Seed;
import io.github.arizeadmin.fake.internal.domain.SeedException;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The seed document (also the export format) as JSON, both ways, without a tree of the document.
 *
 * <p>Reading streams: a first pass notes each account's fields and where each of its lists
 * starts; a list is parsed when the loader walks it, one element at a time, and an element's long
 * lists (an organization's spaces, a space's members) are noted and parsed the same way. So the
 * lists of an account may come in any order, and so may the fields of an element, while memory
 * holds one element at a time. The fields a seed element shares with an API request body are read
 * and written by the same code ({@link Json}).
 */
public final class SeedJson {
  private static final Set<String> USER_STATUSES = Set.of("ACTIVE", "INVITED", "EXPIRED", "INACTIVE");
  private static final Set<String> MEMBER_FIELDS = Set.of("id", "user", "role", "custom_role", "binding_id",
      "created_at", "updated_at");
  private final String text;

  private SeedJson(String text) {
    this.text = text;
  }

  /**
   * @param text the document
   * @return the document; the lists of its accounts are parsed when walked
   * @throws SeedException naming the JSON path of the first problem (also later, while walking)
   */
  public static Seed.Document read(String text) {
    return new SeedJson(text).document();
  }

  private Seed.Document document() {
    try (JsonParser p = parserAt(0)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new SeedException("$: the seed document must be a JSON object.");
      }
      List<Seed.Account> out = null;
      boolean complete = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("accounts".equals(field) && value == JsonToken.START_ARRAY) {
          out = new ArrayList<>();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(account(p, new Seed.Path(null, "accounts", i++)));
          }
        } else if ("complete".equals(field)) {
          if (!value.isBoolean()) {
            throw new SeedException("complete: must be a boolean.");
          }
          complete = value == JsonToken.VALUE_TRUE;
        } else {
          p.skipChildren();
        }
      }
      if (out == null) {
        throw new SeedException("accounts: is required and must be an array.");
      }
      return new Seed.Document(complete, out);
    } catch (JsonProcessingException notJson) {
      throw new SeedException("$: not valid JSON (" + firstLine(notJson.getOriginalMessage()) + ").");
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private Seed.Account account(JsonParser p, Seed.Path path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new SeedException(path + ": must be an object.");
    }
    JsonObject scalars = new JsonObject();
    Map<String, Long> lists = new HashMap<>();
    readElement(p, 0, scalars, lists, Set.of("users", "roles", "organizations", "role_bindings", "service_keys"));
    Fields f = fields(scalars, path);
    String name = at(() -> f.string("name"));
    boolean saml = Boolean.TRUE.equals(at(() -> f.bool("saml_enforced")));
    return new Seed.Account(path, name, saml, list(lists, "users", path, this::user),
        list(lists, "roles", path, (o, at) -> new Seed.Role(at, o.string("ref"), o.string("id"), Json.createRole(o),
            o.time("created_at"), o.time("updated_at"))),
        list(lists, "organizations", path, this::organization), list(lists, "role_bindings", path, this::binding),
        list(lists, "service_keys", path, this::serviceKey));
  }

  private Seed.User user(Fields u, Seed.Path path) {
    String status = u.string("status");
    if (status != null && !USER_STATUSES.contains(status)) {
      throw ApiError.badRequest(u.path("status"), "'" + status + "' is not one of "
          + USER_STATUSES.stream().sorted().toList() + ".");
    }
    List<Seed.Key> keys = new ArrayList<>();
    List<Fields> raw = u.objects("api_keys");
    for (int i = 0; raw != null && i < raw.size(); i++) {
      keys.add(key(raw.get(i), new Seed.Path(path, "api_keys", i)));
    }
    return new Seed.User(path, u.string("ref"), u.string("id"), u.string("name"), u.string("email"),
        orDefault(u.oneOf("role", UserRole.class), UserRole.MEMBER), status == null ? "ACTIVE" : status,
        u.bool("is_developer"), Boolean.TRUE.equals(u.bool("sso")), u.time("created_at"), keys);
  }

  private static Seed.Key key(Fields k, Seed.Path path) {
    return new Seed.Key(path, k.string("ref"), k.string("id"), k.string("name"), orDefault(k.string("description"), ""),
        k.string("key"), k.string("key_hash"), k.string("redacted_key"),
        orDefault(k.oneOf("status", ApiKeyStatus.class), ApiKeyStatus.ACTIVE), k.time("created_at"),
        k.time("expires_at"), Boolean.TRUE.equals(k.bool("revoke_at_expiry")), k.time("last_used_at"));
  }

  private Seed.Organization organization(Fields o, Seed.Path path, Map<String, Long> lists) {
    return new Seed.Organization(path, o.string("ref"), o.string("id"), Json.createOrganization(o),
        o.time("created_at"),
        members(lists, path, m -> new Seed.OrgMember(m.path(), m.ids().id(), m.user(),
            orDefault(oneOf(m.role(), m.path(), OrganizationRole.class), OrganizationRole.MEMBER))),
        list(lists, "spaces", path, this::space));
  }

  private Seed.Space space(Fields d, Seed.Path path, Map<String, Long> lists) {
    return new Seed.Space(path, d.string("ref"), d.string("id"), Json.createSpace(d), d.time("created_at"),
        members(lists, path, m -> new Seed.SpaceMember(m.path(), m.user(), m.customRole() != null ? null
            : orDefault(oneOf(m.role(), m.path(), UserSpaceRole.class), UserSpaceRole.MEMBER), m.customRole(),
            m.ids())),
        list(lists, "projects", path, (pr, at) -> new Seed.Project(at, pr.string("ref"), pr.string("id"),
            Json.createProject(pr), Boolean.TRUE.equals(pr.bool("restricted")), pr.time("created_at"),
            pr.time("restricted_at"))));
  }

  private static Seed.SpaceMember spaceMember(Fields m, Seed.Path path) {
    String custom = m.string("custom_role");
    return new Seed.SpaceMember(path, m.string("user"),
        custom != null ? null : orDefault(m.oneOf("role", UserSpaceRole.class), UserSpaceRole.MEMBER), custom,
        new Seed.MemberIds(m.string("id"), m.string("binding_id"), m.time("created_at"), m.time("updated_at")));
  }

  private Seed.Binding binding(Fields b, Seed.Path path) {
    RoleBindingResourceType type = b.oneOf("resource_type", RoleBindingResourceType.class);
    if (type == null) {
      throw ApiError.badRequest(b.path("resource_type"), "SPACE or PROJECT is required.");
    }
    return new Seed.Binding(path, b.string("ref"), b.string("id"), b.string("user"), b.string("role"), type,
        b.string("resource"), b.time("created_at"), b.time("updated_at"));
  }

  private Seed.ServiceKey serviceKey(Fields k, Seed.Path path) {
    List<Seed.KeyOrganization> orgs = new ArrayList<>();
    List<Fields> raw = k.objects("organizations");
    for (int i = 0; raw != null && i < raw.size(); i++) {
      Fields o = raw.get(i);
      Seed.Path orgPath = new Seed.Path(path, "organizations", i);
      List<Seed.KeySpace> spaces = new ArrayList<>();
      List<Fields> rawSpaces = o.objects("spaces");
      for (int j = 0; rawSpaces != null && j < rawSpaces.size(); j++) {
        Fields sp = rawSpaces.get(j);
        Seed.SpaceMember member = spaceMember(sp, new Seed.Path(orgPath, "spaces", j));
        spaces.add(new Seed.KeySpace(member.path(), sp.string("space"), member.role(), member.customRole(),
            member.ids()));
      }
      orgs.add(new Seed.KeyOrganization(orgPath, o.string("id"), o.string("org"),
          orDefault(o.oneOf("role", OrganizationRole.class), OrganizationRole.READ_ONLY), spaces));
    }
    return new Seed.ServiceKey(key(k, path), k.string("created_by"), k.string("bot_id"),
        orDefault(k.oneOf("account_role", UserRole.class), UserRole.MEMBER), orgs);
  }

  /** Reads an element of a list into its scalar fields; lists named in {@code deferred} are noted, not read. */
  private static void readElement(JsonParser p, long base, JsonObject scalars, Map<String, Long> lists,
      Set<String> deferred) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      if (deferred.contains(field) && token == JsonToken.START_ARRAY) {
        lists.put(field, base + p.currentTokenLocation().getCharOffset());
        p.skipChildren();
      } else {
        scalars.put(field, value(p));
      }
    }
  }

  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        JsonObject out = new JsonObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          out.put(field, value(p));
        }
        return out;
      }
      case START_ARRAY: {
        JsonArray out = new JsonArray();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          out.add(value(p));
        }
        return out;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      default:
        return null;
    }
  }

  /**
   * A member as written: {@code {"user": ..., "role": ...}} or {@code {"user": ..., "custom_role": ...}},
   * with the IDs an export adds.
   */
  private record Member(Seed.Path path, String user, String role, String customRole, Seed.MemberIds ids) {
  }

  /**
   * The members of an organization or space: the most numerous elements of a document (a million
   * in a large one), so they are read straight from the parser, without an object per member.
   */
  private <T> Iterable<T> members(Map<String, Long> lists, Seed.Path parent, java.util.function.Function<Member, T> f) {
    Long offset = lists.get("members");
    if (offset == null) {
      return List.of();
    }
    return () -> new Iterator<>() {
      private final JsonParser p = open(offset);
      private int index;

      {
        step(p, parent);
      }

      @Override
      public boolean hasNext() {
        return p.currentToken() != JsonToken.END_ARRAY;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Seed.Path path = new Seed.Path(parent, "members", index++);
        try {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new SeedException(path + ": must be an object.");
          }
          String user = null;
          String role = null;
          String custom = null;
          String id = null;
          String binding = null;
          String created = null;
          String updated = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            String text = value == JsonToken.VALUE_STRING ? p.getText() : null;
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL
                && MEMBER_FIELDS.contains(field)) {
              throw new SeedException(path.field(field) + ": must be a string.");
            }
            switch (field) {
              case "user" -> user = text;
              case "role" -> role = text;
              case "custom_role" -> custom = text;
              case "id" -> id = text;
              case "binding_id" -> binding = text;
              case "created_at" -> created = text;
              case "updated_at" -> updated = text;
              default -> p.skipChildren();
            }
          }
          Seed.MemberIds ids = id == null && binding == null && created == null && updated == null
              ? Seed.MemberIds.NONE : new Seed.MemberIds(id, binding, time(created, path, "created_at"),
                  time(updated, path, "updated_at"));
          T out = f.apply(new Member(path, user, role, custom, ids));
          step(p, parent);
          return out;
        } catch (IOException unreadable) {
          throw new SeedException(path + ": not valid JSON.");
        }
      }
    };
  }

  private static void step(JsonParser p, Seed.Path parent) {
    try {
      p.nextToken();
    } catch (IOException unreadable) {
      throw new SeedException(parent.field("members") + ": not valid JSON.");
    }
  }

  private static <E extends Enum<E>> E oneOf(String value, Seed.Path path, Class<E> type) {
    return as("role", value, path, f -> f.oneOf("role", type));
  }

  private static Instant time(String value, Seed.Path path, String field) {
    return as(field, value, path, f -> f.time(field));
  }

  /** A value the member reader took straight from the parser, read as {@link Fields} reads it (same messages). */
  private static <T> T as(String field, String value, Seed.Path path, java.util.function.Function<Fields, T> read) {
    return value == null ? null : at(() -> read.apply(new Fields(new JsonObject().put(field, value), () -> path + ".")));
  }

  /** An element reader that gets the element's noted lists too. */
  private interface Nested<T> {
    T read(Fields fields, Seed.Path path, Map<String, Long> lists);
  }

  private static final Map<String, Set<String>> DEFERRED = Map.of("organizations", Set.of("members", "spaces"),
      "spaces", Set.of("members", "projects"));

  private <T> Iterable<T> list(Map<String, Long> lists, String field, Seed.Path parent,
      BiFunction<Fields, Seed.Path, T> element) {
    return list(lists, field, parent, (Nested<T>) (f, path, nested) -> element.apply(f, path));
  }

  private <T> Iterable<T> list(Map<String, Long> lists, String field, Seed.Path parent, Nested<T> element) {
    Long offset = lists.get(field);
    if (offset == null) {
      return List.of();
    }
    Set<String> deferred = DEFERRED.getOrDefault(field, Set.of());
    return () -> new Iterator<>() {
      private final JsonParser p = open(offset);
      private int index;
      private JsonToken next = advance();

      private JsonToken advance() {
        try {
          JsonToken token = p.nextToken();
          if (token == JsonToken.END_ARRAY) {
            p.close();
          }
          return token;
        } catch (IOException unreadable) {
          throw new SeedException(parent.field(field) + ": not valid JSON.");
        }
      }

      @Override
      public boolean hasNext() {
        return next != JsonToken.END_ARRAY;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Seed.Path path = new Seed.Path(parent, field, index++);
        if (next != JsonToken.START_OBJECT) {
          throw new SeedException(path + ": must be an object.");
        }
        JsonObject scalars = new JsonObject();
        Map<String, Long> nested = deferred.isEmpty() ? Map.of() : new HashMap<>();
        try {
          readElement(p, offset, scalars, nested, deferred);
        } catch (IOException unreadable) {
          throw new SeedException(path + ": not valid JSON.");
        }
        T out = at(() -> element.read(fields(scalars, path), path, nested));
        next = advance();
        return out;
      }
    };
  }

  private JsonParser open(long offset) {
    try {
      JsonParser p = parserAt(offset);
      p.nextToken();
      return p;
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private JsonParser parserAt(long offset) throws IOException {
    StringReader reader = new StringReader(text);
    reader.skip(offset);
    return Json.FACTORY.createParser(reader);
  }

  private static Fields fields(JsonObject scalars, Seed.Path path) {
    return new Fields(scalars, () -> path + ".");
  }

  private static <T> T at(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (ApiError bad) {
      throw new SeedException(bad.getMessage());
    }
  }

  private static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  // ---- the export ---------------------------------------------------------------------------

  /**
   * @param domain the fake
   * @return its whole state as a seed document (pretty-printed JSON)
   */
  public static String export(io.github.arizeadmin.fake.internal.domain.Domain domain) {
    java.io.StringWriter out = new java.io.StringWriter();
    domain.export(accounts -> {
      try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
        g.useDefaultPrettyPrinter();
        write(g, accounts);
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible);
      }
    });
    return out.toString();
  }

  /**
   * Writes a seed document.
   *
   * @param g where
   * @param document the document
   * @throws IOException when writing fails
   */
  static void write(JsonGenerator g, Seed.Document document) throws IOException {
    g.writeStartObject();
    if (document.complete()) {
      g.writeBooleanField("complete", true);
    }
    g.writeArrayFieldStart("accounts");
    for (Seed.Account a : document.accounts()) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeBooleanField("saml_enforced", a.samlEnforced());
      g.writeArrayFieldStart("users");
      for (Seed.User u : a.users()) {
        writeUser(g, u);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (Seed.Role r : a.roles()) {
        g.writeStartObject();
        head(g, r.ref(), r.id());
        Json.roleFields(g, r.fields(), true);
        Json.time(g, "created_at", r.createdAt());
        Json.time(g, "updated_at", r.updatedAt());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("organizations");
      for (Seed.Organization o : a.organizations()) {
        writeOrganization(g, o);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("role_bindings");
      for (Seed.Binding b : a.roleBindings()) {
        g.writeStartObject();
        head(g, b.ref(), b.id());
        g.writeStringField("user", b.user());
        g.writeStringField("role", b.role());
        g.writeStringField("resource_type", b.resourceType().name());
        g.writeStringField("resource", b.resource());
        Json.time(g, "created_at", b.createdAt());
        Json.time(g, "updated_at", b.updatedAt());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("service_keys");
      for (Seed.ServiceKey k : a.serviceKeys()) {
        g.writeStartObject();
        writeKeyFields(g, k.key());
        g.writeStringField("created_by", k.createdBy());
        if (k.botId() != null) {
          g.writeStringField("bot_id", k.botId());
        }
        g.writeStringField("account_role", k.accountRole().name());
        g.writeArrayFieldStart("organizations");
        for (Seed.KeyOrganization o : k.organizations()) {
          g.writeStartObject();
          head(g, null, o.id());
          g.writeStringField("org", o.org());
          g.writeStringField("role", o.role().name());
          g.writeArrayFieldStart("spaces");
          for (Seed.KeySpace sp : o.spaces()) {
            g.writeStartObject();
            head(g, null, sp.ids().id());
            g.writeStringField("space", sp.space());
            writeRole(g, sp.role(), sp.customRole(), sp.ids());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeUser(JsonGenerator g, Seed.User u) throws IOException {
    g.writeStartObject();
    head(g, u.ref(), u.id());
    g.writeStringField("name", u.name());
    g.writeStringField("email", u.email());
    g.writeStringField("role", u.role().name());
    g.writeStringField("status", u.status());
    g.writeBooleanField("is_developer", Boolean.TRUE.equals(u.developer()));
    g.writeBooleanField("sso", u.sso());
    Json.time(g, "created_at", u.createdAt());
    g.writeArrayFieldStart("api_keys");
    for (Seed.Key k : u.apiKeys()) {
      g.writeStartObject();
      writeKeyFields(g, k);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeKeyFields(JsonGenerator g, Seed.Key k) throws IOException {
    head(g, k.ref(), k.id());
    g.writeStringField("name", k.name());
    g.writeStringField("description", k.description());
    g.writeStringField("key_hash", k.keyHash());
    g.writeStringField("redacted_key", k.redactedKey());
    g.writeStringField("status", k.status().name());
    Json.time(g, "created_at", k.createdAt());
    Json.time(g, "expires_at", k.expiresAt());
    if (k.revokeAtExpiry()) {
      g.writeBooleanField("revoke_at_expiry", true);
    }
    Json.time(g, "last_used_at", k.lastUsedAt());
  }

  private static void writeOrganization(JsonGenerator g, Seed.Organization o) throws IOException {
    g.writeStartObject();
    head(g, o.ref(), o.id());
    Json.organizationFields(g, o.fields());
    Json.time(g, "created_at", o.createdAt());
    g.writeArrayFieldStart("members");
    for (Seed.OrgMember m : o.members()) {
      g.writeStartObject();
      head(g, null, m.id());
      g.writeStringField("user", m.user());
      g.writeStringField("role", m.role().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("spaces");
    for (Seed.Space sp : o.spaces()) {
      g.writeStartObject();
      head(g, sp.ref(), sp.id());
      Json.spaceFields(g, sp.fields());
      Json.time(g, "created_at", sp.createdAt());
      g.writeArrayFieldStart("members");
      for (Seed.SpaceMember m : sp.members()) {
        g.writeStartObject();
        head(g, null, m.ids().id());
        g.writeStringField("user", m.user());
        writeRole(g, m.role(), m.customRole(), m.ids());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("projects");
      for (Seed.Project pr : sp.projects()) {
        g.writeStartObject();
        head(g, pr.ref(), pr.id());
        Json.projectFields(g, pr.fields());
        g.writeBooleanField("restricted", pr.restricted());
        Json.time(g, "created_at", pr.createdAt());
        Json.time(g, "restricted_at", pr.restrictedAt());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A space role; a CUSTOM one with the ID and times of the binding holding it, where known. */
  private static void writeRole(JsonGenerator g, UserSpaceRole role, String customRole, Seed.MemberIds ids)
      throws IOException {
    if (role != null) {
      g.writeStringField("role", role.name());
      return;
    }
    g.writeStringField("custom_role", customRole);
    if (ids.bindingId() != null) {
      g.writeStringField("binding_id", ids.bindingId());
    }
    Json.time(g, "created_at", ids.createdAt());
    Json.time(g, "updated_at", ids.updatedAt());
  }

  private static void head(JsonGenerator g, String ref, String id) throws IOException {
    if (ref != null) {
      g.writeStringField("ref", ref);
    }
    if (id != null) {
      g.writeStringField("id", id);
    }
  }
}
