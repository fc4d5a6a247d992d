package io.github.arizeadmin.pactverifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The one seed document (the fake's seed format) an interaction's provider states build
 * together: whole documents are added account by account, and the catalogue's states find the
 * objects they name (users by email, everything else by name) or add them.
 */
final class SeedDocument {
  /** The fresh account's admin, owner of the fake's admin key. */
  static final String FRESH_ADMIN_EMAIL = "admin@arize-fake.local";
  private static final String[] LISTS = {"users", "roles", "organizations", "role_bindings", "service_keys"};

  private final ObjectNode root = Json.JSON.createObjectNode();
  private final ObjectNode account;

  SeedDocument() {
    account = root.putArray("accounts").addObject().put("name", "default");
    for (String list : LISTS) {
      account.putArray(list);
    }
  }

  /** @return the document as the fake takes it */
  String json() {
    try {
      return Json.JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds a whole seed document: its default account (the one named {@code default}, else its
   * first) joins this document's, other accounts are added beside it.
   *
   * @param document the document
   * @param state the state that gives it, for errors
   */
  void add(JsonNode document, String state) {
    if (!(document instanceof ObjectNode) || !(document.get("accounts") instanceof ArrayNode accounts)) {
      throw new StateException("provider state '" + state
          + "': the seed document must be a JSON object with an accounts array");
    }
    int defaultIndex = 0;
    for (int i = 0; i < accounts.size(); i++) {
      if ("default".equals(accounts.get(i).path("name").asText(null))) {
        defaultIndex = i;
        break;
      }
    }
    for (int i = 0; i < accounts.size(); i++) {
      if (!(accounts.get(i) instanceof ObjectNode given)) {
        throw new StateException("provider state '" + state + "': accounts[" + i + "] must be an object");
      }
      ObjectNode into = i == defaultIndex ? account : otherAccount(given.path("name").asText(""));
      for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals("name") && into == account) {
          continue;
        }
        if (field.getValue() instanceof ArrayNode items && into.get(field.getKey()) instanceof ArrayNode existing) {
          existing.addAll(items.deepCopy());
        } else {
          into.set(field.getKey(), field.getValue().deepCopy());
        }
      }
    }
  }

  private ObjectNode otherAccount(String name) {
    ArrayNode accounts = (ArrayNode) root.get("accounts");
    for (JsonNode existing : accounts) {
      if (existing != account && name.equals(existing.path("name").asText(null))) {
        return (ObjectNode) existing;
      }
    }
    ObjectNode added = accounts.addObject();
    for (String list : LISTS) {
      added.putArray(list);
    }
    return added;
  }

  // ------------------------------------------------------------------ the default account's objects

  /** @return the user with this email, added as an active account MEMBER when absent */
  ObjectNode user(String email) {
    return findOrAdd(list(account, "users"), o -> email.equalsIgnoreCase(o.path("email").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "user:" + email).put("name", email.replaceAll("@.*", ""))
            .put("email", email));
  }

  /** @return the custom role with this name, or null */
  ObjectNode role(String name) {
    return find(list(account, "roles"), o -> name.equals(o.path("name").asText()));
  }

  /** @return the custom role with this name, added (with these permissions) when absent */
  ObjectNode addRole(String name) {
    return findOrAdd(list(account, "roles"), o -> name.equals(o.path("name").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "role:" + name).put("name", name));
  }

  /** @return the organization with this name, added when absent */
  ObjectNode organization(String name) {
    return findOrAdd(list(account, "organizations"), o -> name.equals(o.path("name").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "organization:" + name).put("name", name));
  }

  /** @return the space with this name in the organization, added when absent */
  ObjectNode space(ObjectNode organization, String name) {
    return findOrAdd(list(organization, "spaces"), o -> name.equals(o.path("name").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "space:" + organization.path("name").asText() + "/" + name)
            .put("name", name));
  }

  /** @return the project with this name in the space, added when absent */
  ObjectNode project(ObjectNode space, String name) {
    return findOrAdd(list(space, "projects"), o -> name.equals(o.path("name").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "project:" + ref(space) + "/" + name).put("name", name));
  }

  /** @return the user's membership of the organization or space, or null */
  ObjectNode member(ObjectNode organizationOrSpace, ObjectNode user) {
    return find(list(organizationOrSpace, "members"), o -> ref(user).equals(o.path("user").asText()));
  }

  /** @return a new membership of the user in the organization or space */
  ObjectNode addMember(ObjectNode organizationOrSpace, ObjectNode user) {
    return list(organizationOrSpace, "members").addObject().put("user", ref(user));
  }

  /** @return the user's API key with this name, added when absent */
  ObjectNode userKey(ObjectNode user, String name) {
    return findOrAdd(list(user, "api_keys"), o -> name.equals(o.path("name").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "key:" + name).put("name", name));
  }

  /** @return the service key with this name, added when absent */
  ObjectNode serviceKey(String name) {
    return findOrAdd(list(account, "service_keys"), o -> name.equals(o.path("name").asText()), () ->
        Json.JSON.createObjectNode().put("ref", "key:" + name).put("name", name));
  }

  /**
   * The ref the fake answers an object's ID under: its own, else the seed format's default
   * (users: their email; everything else: its name).
   */
  static String ref(ObjectNode object) {
    String ref = object.path("ref").asText(null);
    if (ref != null) {
      return ref;
    }
    return Objects.requireNonNullElse(object.has("email") ? object.path("email").asText(null)
        : object.path("name").asText(null), "");
  }

  private static ArrayNode list(ObjectNode parent, String name) {
    return parent.get(name) instanceof ArrayNode array ? array : parent.putArray(name);
  }

  private static ObjectNode find(ArrayNode list, Predicate<ObjectNode> match) {
    for (JsonNode item : list) {
      if (item instanceof ObjectNode object && match.test(object)) {
        return object;
      }
    }
    return null;
  }

  private static ObjectNode findOrAdd(ArrayNode list, Predicate<ObjectNode> match,
      java.util.function.Supplier<ObjectNode> create) {
    ObjectNode found = find(list, match);
    if (found != null) {
      return found;
    }
    ObjectNode added = create.get();
    list.add(added);
    return added;
  }
}
