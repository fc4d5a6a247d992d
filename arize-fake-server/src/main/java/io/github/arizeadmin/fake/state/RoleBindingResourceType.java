package io.github.arizeadmin.fake.state;

/** The kind of resource a role binding targets (the contract's {@code RoleBindingResourceType}). */
public enum RoleBindingResourceType {
  SPACE,
  PROJECT
}
