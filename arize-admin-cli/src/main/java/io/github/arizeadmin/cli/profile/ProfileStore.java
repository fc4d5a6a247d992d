package io.github.arizeadmin.cli.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The profile files where the official {@code ax} CLI keeps them, so an existing {@code ax} set-up works
 * unchanged: the profile {@value #DEFAULT} in {@code ~/.arize/config.toml}, every other profile in
 * {@code ~/.arize/profiles/<name>.toml}, and the active profile's name in {@code ~/.arize/.active_profile}
 * ({@value #DEFAULT} when that file is absent or empty).
 */
public final class ProfileStore {
  /** The name of the profile kept in {@code config.toml}. */
  public static final String DEFAULT = "default";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Path directory;

  /**
   * Opens the store under a home directory.
   *
   * @param home the user's home directory; the files live in its {@code .arize} folder
   */
  public ProfileStore(Path home) {
    this.directory = Objects.requireNonNull(home, "home").resolve(".arize");
  }

  /**
   * Returns the folder of the files.
   *
   * @return {@code <home>/.arize}
   */
  public Path directory() {
    return directory;
  }

  /**
   * Returns the file of a profile.
   *
   * @param name the profile's name
   * @return {@code config.toml} for {@value #DEFAULT}, else {@code profiles/<name>.toml}
   * @throws ConfigurationException when the name is not a plain file name
   */
  public Path path(String name) {
    checkName(name);
    return DEFAULT.equals(name) ? directory.resolve("config.toml") : directory.resolve("profiles").resolve(name + ".toml");
  }

  /**
   * Checks that a profile name is usable as a file name.
   *
   * @param name the name
   * @throws ConfigurationException when it is not letters, digits, dots, dashes and underscores
   */
  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ConfigurationException("Not a profile name: '" + name
          + "' (use letters, digits, '.', '-' and '_', starting with a letter or digit)");
    }
  }

  /**
   * Lists the profiles that have a file.
   *
   * @return the names, sorted
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (Files.isRegularFile(path(DEFAULT))) {
      names.add(DEFAULT);
    }
    Path folder = directory.resolve("profiles");
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".toml"))
            .map(f -> f.substring(0, f.length() - ".toml".length()))
            .filter(n -> NAME.matcher(n).matches() && !DEFAULT.equals(n)).forEach(names::add);
      } catch (IOException unreadable) {
        throw new ConfigurationException("Cannot list " + folder + ": " + unreadable.getMessage(), unreadable);
      }
    }
    names.sort(null);
    return names;
  }

  /**
   * Tells whether a profile has a file.
   *
   * @param name the profile's name
   * @return true when its file exists
   */
  public boolean exists(String name) {
    return Files.isRegularFile(path(name));
  }

  /**
   * Returns the active profile's name.
   *
   * @return the name in {@code .active_profile}, else {@value #DEFAULT}
   */
  public String active() {
    Path file = directory.resolve(".active_profile");
    try {
      String name = Files.readString(file, StandardCharsets.UTF_8).trim();
      return name.isEmpty() ? DEFAULT : name;
    } catch (NoSuchFileException absent) {
      return DEFAULT;
    } catch (IOException unreadable) {
      throw new ConfigurationException("Cannot read " + file + ": " + unreadable.getMessage(), unreadable);
    }
  }

  /**
   * Tells whether an active profile has been chosen ({@code .active_profile} exists and names one).
   *
   * @return true when the file names a profile
   */
  public boolean hasActiveChoice() {
    Path file = directory.resolve(".active_profile");
    try {
      return !Files.readString(file, StandardCharsets.UTF_8).isBlank();
    } catch (IOException absent) {
      return false;
    }
  }

  /**
   * Makes a profile the active one.
   *
   * @param name an existing profile
   * @throws ConfigurationException when it has no file
   */
  public void activate(String name) {
    requireExisting(name);
    writeAtomically(directory.resolve(".active_profile"), name, false);
  }

  /**
   * Reads a profile.
   *
   * @param name the profile's name
   * @return its file
   * @throws ConfigurationException when it has no file or the file is not valid TOML
   */
  public ProfileFile read(String name) {
    Path file = requireExisting(name);
    try {
      return ProfileFile.parse(Files.readString(file, StandardCharsets.UTF_8), "Profile '" + name + "' (" + file + ")");
    } catch (IOException unreadable) {
      throw new ConfigurationException("Cannot read " + file + ": " + unreadable.getMessage(), unreadable);
    }
  }

  /**
   * Reads a profile if it has a file.
   *
   * @param name the profile's name
   * @return its file, empty when there is none
   */
  public Optional<ProfileFile> find(String name) {
    return exists(name) ? Optional.of(read(name)) : Optional.empty();
  }

  /**
   * Writes a profile's file (replacing it in one step; readable by its owner only, as it may hold a key).
   *
   * @param name the profile's name
   * @param file the content
   */
  public void write(String name, ProfileFile file) {
    writeAtomically(path(name), file.text(), true);
  }

  /**
   * Deletes a profile's file.
   *
   * @param name the profile's name
   * @throws ConfigurationException when it has no file
   */
  public void delete(String name) {
    Path file = requireExisting(name);
    try {
      Files.delete(file);
    } catch (IOException failed) {
      throw new ConfigurationException("Cannot delete " + file + ": " + failed.getMessage(), failed);
    }
  }

  private Path requireExisting(String name) {
    Path file = path(name);
    if (!Files.isRegularFile(file)) {
      List<String> known = names();
      throw new ConfigurationException("Profile '" + name + "' not found (" + file + ")."
          + (known.isEmpty() ? " There is no profile yet: create one with 'arize-admin profiles create'."
              : " Profiles: " + String.join(", ", known) + "."));
    }
    return file;
  }

  private static void writeAtomically(Path file, String content, boolean secret) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        if (secret) {
          restrict(temporary);
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        try {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException failed) {
      throw new ConfigurationException("Cannot write " + file + ": " + failed.getMessage(), failed);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user profile folder is private already.
    }
  }

  @Override
  public String toString() {
    return "ProfileStore{" + directory + "}";
  }
}
