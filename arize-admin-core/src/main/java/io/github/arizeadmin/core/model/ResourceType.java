package io.github.arizeadmin.core.model;

/** The kind of resource a role binding or a restriction targets. */
public enum ResourceType {
  /** A space. */
  SPACE,
  /** A project (the service's IDs may name it Model or Project). */
  PROJECT,
  /** A value this version of the client does not know (sent by a newer server); never sent back. */
  UNKNOWN
}
