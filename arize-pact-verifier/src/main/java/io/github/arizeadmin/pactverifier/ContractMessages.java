package io.github.arizeadmin.pactverifier;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The validator's messages, in words a consumer team reads at a glance: {@code role.type:
 * 'predefined' is not one of PREDEFINED, CUSTOM} rather than a JSON Schema report of a failed
 * {@code oneOf} with five nested messages.
 *
 * <p>A failed {@code oneOf} (the role and API key unions) is reduced to what its branches agree
 * on (the enum of their common {@code type} field, its values united), or else to the branch
 * that came closest (fewest failures).
 */
final class ContractMessages {
  private static final Pattern ENUM = Pattern.compile(
      "Instance value \\((.*)\\) not found in enum \\(possible values: \\[(.*)]\\)", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile(
      "Instance type \\((\\w+)\\) does not match any allowed primitive type \\(allowed: \\[(.*)]\\)");
  private static final Pattern LIST = Pattern.compile("\\[(.*)]");
  private static final Pattern LENGTH = Pattern.compile("\\(length: (\\d+), (maximum|minimum) allowed: (\\d+)\\)");
  private static final Pattern BOUND = Pattern.compile("\\((maximum|minimum): ([^,]+), found: ([^)]+)\\)");
  private static final Pattern REGEX = Pattern.compile("regex \"(.*)\" does not match input string \"(.*)\"",
      Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");

  private ContractMessages() {
  }

  /**
   * @param report the validator's report of one interaction
   * @param method the request's method
   * @param path the request's path
   * @return one sentence per problem, without repeats
   */
  static List<String> translate(ValidationReport report, String method, String path) {
    Set<String> out = new LinkedHashSet<>();
    for (Message message : report.getMessages()) {
      if (message.getLevel() == Level.ERROR) {
        out.addAll(sentences(message, method, path));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> sentences(Message message, String method, String path) {
    String key = message.getKey();
    if (key.contains(".body.schema.") || key.contains(".parameter.schema.")) {
      String subject = subject(message, key.startsWith("validation.response"));
      return reduce(message).stream().map(leaf -> leaf.sentence(subject)).toList();
    }
    return List.of(switch (key) {
      case "validation.request.path.missing" -> "the contract has no operation at " + method + " " + path;
      case "validation.request.operation.notAllowed" -> "the contract has no " + method + " operation at " + path;
      case "validation.response.status.unknown" -> "the contract lists no status "
          + firstNumber(message.getMessage()) + " for " + method + " " + path;
      case "validation.request.body.missing" -> "the request has no body; the contract requires one";
      case "validation.request.contentType.notAllowed", "validation.response.contentType.notAllowed" ->
          contentType(message, key.startsWith("validation.response") ? "response" : "request");
      case "validation.request.parameter.query.missing", "validation.request.parameter.header.missing",
          "validation.request.parameter.path.missing" -> parameter(message) + ": is required and missing";
      case "validation.request.parameter.query.unexpected" -> "query parameter "
          + quotedName(message.getMessage()) + ": is not in the contract";
      default -> PATH_PREFIX.matcher(message.getMessage()).replaceFirst("").replaceAll("\\.$", "");
    });
  }

  /** What a schema message is about: a request body field, a response body field or a parameter. */
  private static String subject(Message message, boolean response) {
    if (message.getKey().contains(".parameter.")) {
      return parameter(message);
    }
    return response ? "response body" : "request body";
  }

  private static String parameter(Message message) {
    Optional<Parameter> parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
    return parameter.map(p -> p.getIn() + " parameter " + p.getName()).orElse("a parameter");
  }

  /** "response Content-Type: 'text/plain' is not one the contract allows (application/json)". */
  private static String contentType(Message message, String side) {
    Matcher given = QUOTED.matcher(message.getMessage());
    Matcher allowed = LIST.matcher(message.getMessage());
    return side + " Content-Type: " + (given.find() ? "'" + given.group(1) + "'" : "the type")
        + " is not one the contract allows" + (allowed.find() ? " (" + allowed.group(1) + ")" : "");
  }

  private static String quotedName(String text) {
    Matcher m = QUOTED.matcher(text);
    return m.find() ? m.group(1) : "?";
  }

  private static String firstNumber(String text) {
    Matcher m = Pattern.compile("\\d{3}").matcher(text);
    return m.find() ? m.group() : "?";
  }

  // ------------------------------------------------------------------ schema failures as leaves

  /** One elementary schema failure at one place of the instance. */
  private record Leaf(String pointer, String keyword, String text, List<String> allowed) {
    /** Two leaves say the same thing (enums at one place are the same failure, whatever their values). */
    String identity() {
      return pointer + " " + keyword + ("enum".equals(keyword) ? "" : " " + text);
    }

    String sentence(String subject) {
      String where = place(subject, pointer);
      String plain = PATH_PREFIX.matcher(text).replaceFirst("");
      return switch (keyword) {
        case "enum" -> {
          Matcher m = ENUM.matcher(plain);
          yield where + ": " + (m.find() ? quoted(m.group(1)) : "the value") + " is not one of "
              + String.join(", ", allowed);
        }
        case "required" -> fields(subject, pointer, plain, "is required and missing");
        case "additionalProperties" -> fields(subject, pointer, plain, "is not in the contract");
        case "type" -> {
          Matcher m = TYPE.matcher(plain);
          yield m.find() ? where + ": is " + article(m.group(1)) + ", the contract says " + unquote(m.group(2))
              : where + ": " + plain;
        }
        case "maxLength", "minLength" -> {
          Matcher m = LENGTH.matcher(plain);
          yield m.find() ? where + ": is " + m.group(1) + " characters long, " + ("maximum".equals(m.group(2))
              ? "at most " : "at least ") + m.group(3) + " allowed" : where + ": " + plain;
        }
        case "maximum", "minimum" -> {
          Matcher m = BOUND.matcher(plain);
          yield m.find() ? where + ": " + m.group(3) + " is " + ("maximum".equals(m.group(1)) ? "more" : "less")
              + " than the " + m.group(1) + " " + m.group(2) : where + ": " + plain;
        }
        case "pattern" -> {
          Matcher m = REGEX.matcher(plain);
          yield m.find() ? where + ": '" + m.group(2) + "' does not match " + m.group(1) : where + ": " + plain;
        }
        default -> where + ": " + plain;
      };
    }
  }

  /** "name: is required and missing" for each field the message lists. */
  private static String fields(String subject, String pointer, String text, String verdict) {
    Matcher m = LIST.matcher(text);
    if (!m.find()) {
      return place(subject, pointer) + ": " + text;
    }
    return Arrays.stream(unquote(m.group(1)).split(", "))
        .map(f -> place(subject, pointer + "/" + f.replace("~", "~0").replace("/", "~1")) + ": " + verdict)
        .collect(Collectors.joining("; "));
  }

  /**
   * Where a failure is: a request body field by its path alone ({@code role.type}), a response
   * body field after "response", a parameter by its name; the bodies themselves by name.
   */
  private static String place(String subject, String pointer) {
    String field = field(pointer);
    if (field.isEmpty()) {
      return subject;
    }
    return switch (subject) {
      case "request body" -> field;
      case "response body" -> "response " + field;
      default -> subject + "." + field;
    };
  }

  /**
   * The failures a message stands for. A failed {@code oneOf}/{@code anyOf} gives what all its
   * branches agree on, else its closest branch; {@code allOf} gives its parts.
   */
  private static List<Leaf> reduce(Message message) {
    String keyword = message.getKey().substring(message.getKey().lastIndexOf('.') + 1);
    List<Message> nested = message.getNestedMessages().stream().filter(n -> n.getLevel() == Level.ERROR).toList();
    if (nested.isEmpty()) {
      return List.of(leaf(message, keyword));
    }
    if (!"oneOf".equals(keyword) && !"anyOf".equals(keyword)) {
      return nested.stream().flatMap(n -> reduce(n).stream()).toList();
    }
    String schema = schemaPointer(message) + "/" + keyword + "/";
    Map<String, List<Leaf>> branches = new LinkedHashMap<>();
    for (Message n : nested) {
      String pointer = schemaPointer(n);
      String branch = pointer.startsWith(schema) ? pointer.substring(schema.length()).split("/")[0] : "?";
      branches.computeIfAbsent(branch, b -> new ArrayList<>()).addAll(reduce(n));
    }
    List<List<Leaf>> merged = branches.values().stream().map(ContractMessages::intersectEnums).toList();
    List<Leaf> common = merged.get(0).stream()
        .filter(leaf -> merged.stream().allMatch(b -> b.stream().anyMatch(o -> o.identity().equals(leaf.identity()))))
        .map(leaf -> "enum".equals(leaf.keyword()) ? unite(leaf, merged) : leaf).toList();
    if (!common.isEmpty()) {
      return common;
    }
    return merged.stream().min(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
  }

  /** Within one branch, a value must satisfy every enum at its place: their values intersect. */
  private static List<Leaf> intersectEnums(List<Leaf> leaves) {
    Map<String, Leaf> byIdentity = new LinkedHashMap<>();
    for (Leaf leaf : leaves) {
      byIdentity.merge(leaf.identity(), leaf, (a, b) -> "enum".equals(a.keyword())
          ? new Leaf(a.pointer(), a.keyword(), a.text(), a.allowed().stream().filter(b.allowed()::contains).toList())
          : a);
    }
    return List.copyOf(byIdentity.values());
  }

  /** Across branches, a value may take any branch's values: they unite. */
  private static Leaf unite(Leaf leaf, List<List<Leaf>> branches) {
    Set<String> allowed = new LinkedHashSet<>();
    branches.forEach(b -> b.stream().filter(o -> o.identity().equals(leaf.identity()))
        .forEach(o -> allowed.addAll(o.allowed())));
    return new Leaf(leaf.pointer(), leaf.keyword(), leaf.text(), List.copyOf(allowed));
  }

  private static Leaf leaf(Message message, String keyword) {
    String pointer = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
    List<String> allowed = List.of();
    if ("enum".equals(keyword)) {
      Matcher m = ENUM.matcher(message.getMessage());
      if (m.find()) {
        allowed = Arrays.stream(unquote(m.group(2)).split(",")).map(String::trim).toList();
      }
    }
    return new Leaf(pointer, keyword, message.getMessage(), allowed);
  }

  private static String schemaPointer(Message message) {
    return message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getSchema).orElse("");
  }

  /** "/role/type" as role.type, "/permissions/0" as permissions[0], the root as "". */
  static String field(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.isEmpty() ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  private static String unquote(String list) {
    return list.replace("\"", "");
  }

  /** A JSON value as the validator prints it, in single quotes when it is a string. */
  private static String quoted(String json) {
    return json.startsWith("\"") && json.endsWith("\"") && json.length() >= 2
        ? "'" + json.substring(1, json.length() - 1) + "'" : json;
  }

  private static String article(String type) {
    return switch (type) {
      case "integer", "object", "array" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }
}
