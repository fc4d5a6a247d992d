package io.github.arizeadmin.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the seed document (the fake's seed format) of an {@link AccountSize} as a stream, so a 50 MB
 * document never sits in the runner's heap. Users are {@code user-000000@bench.example}, organizations
 * {@code org-000}, spaces {@code space-00000}; every name is unique in the account, so a name or email filter
 * on a full name matches one object. Refs are the defaults (email for users, name otherwise).
 */
final class SeedGenerator {
  private SeedGenerator() {
  }

  static String email(int user) {
    return String.format("user-%06d@bench.example", user);
  }

  static String organizationName(int organization) {
    return String.format("org-%03d", organization);
  }

  static String spaceName(int space) {
    return String.format("space-%05d", space);
  }

  /** Writes the document for {@code size} to {@code file}. */
  static void write(AccountSize size, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"accounts\":[{\"name\":\"default\",\"users\":[");
      for (int u = 0; u < size.users(); u++) {
        out.write(u == 0 ? "" : ",");
        out.write("{\"name\":\"User " + u + "\",\"email\":\"" + email(u) + "\"}");
      }
      out.write("],\"organizations\":[");
      for (int o = 0; o < size.organizations(); o++) {
        out.write(o == 0 ? "" : ",");
        writeOrganization(size, o, out);
      }
      out.write("]}]}\n");
    }
  }

  private static void writeOrganization(AccountSize size, int o, Writer out) throws IOException {
    int perOrganization = size.usersPerOrganization();
    int first = o * perOrganization;
    out.write("{\"name\":\"" + organizationName(o) + "\",\"members\":[");
    for (int u = 0; u < perOrganization; u++) {
      out.write(u == 0 ? "" : ",");
      out.write(member(first + u));
    }
    out.write("],\"spaces\":[");
    // The l-th user of the organization joins spaces (l * k + t) mod n for t < k: k consecutive spaces, and
    // every space gets the same number of members.
    int n = size.spacesPerOrganization();
    int k = size.spacesPerUser();
    List<List<Integer>> members = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      members.add(new ArrayList<>());
    }
    for (int l = 0; l < perOrganization; l++) {
      for (int t = 0; t < k; t++) {
        members.get((int) (((long) l * k + t) % n)).add(first + l);
      }
    }
    for (int s = 0; s < n; s++) {
      out.write(s == 0 ? "" : ",");
      out.write("{\"name\":\"" + spaceName(o * n + s) + "\",\"members\":[");
      List<Integer> users = members.get(s);
      for (int i = 0; i < users.size(); i++) {
        out.write(i == 0 ? "" : ",");
        out.write(member(users.get(i)));
      }
      out.write("]}");
    }
    out.write("]}");
  }

  private static String member(int user) {
    return "{\"user\":\"" + email(user) + "\",\"role\":\"MEMBER\"}";
  }
}
