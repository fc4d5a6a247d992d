package io.github.arizeadmin.fake.support;

/**
 * A seed with one user per role that the authorization rules distinguish, a custom role, a
 * project, and a second account. Keys are raw keys of the seed.
 */
public final class Team {
  /** Account MEMBER, organization MEMBER, space MEMBER. */
  public static final String MEMBER = "ak-member000000000000000000000000000000000";
  /** Account MEMBER, organization READ_ONLY, space READ_ONLY. */
  public static final String READER = "ak-reader000000000000000000000000000000000";
  /** Account ANNOTATOR, organization and space ANNOTATOR, not a developer. */
  public static final String ANNOTATOR = "ak-annotator000000000000000000000000000000";
  /** Account MEMBER, organization ADMIN, no space membership. */
  public static final String ORG_ADMIN = "ak-orgadmin00000000000000000000000000000000";
  /** Account MEMBER, organization MEMBER, space ADMIN. */
  public static final String SPACE_ADMIN = "ak-spaceadmin000000000000000000000000000000";
  /** Account MEMBER, in no organization. */
  public static final String OUTSIDER = "ak-outsider00000000000000000000000000000000";
  /** Account MEMBER, organization MEMBER, space CUSTOM role "binder" (ROLE_BINDING_*, SPACE_READ, SERVICE_KEY_*). */
  public static final String BINDER = "ak-binder000000000000000000000000000000000";
  /** Admin of the other account. */
  public static final String OTHER_ADMIN = "ak-otheradmin000000000000000000000000000000";

  /** The seed document. */
  public static final String SEED = """
      {"accounts": [
        {"name": "default",
         "users": [
           {"ref": "member", "name": "Mia Member", "email": "member@example.com", "role": "MEMBER",
            "api_keys": [{"name": "member-key", "key": "%s"}]},
           {"ref": "reader", "name": "Rea Reader", "email": "reader@example.com", "role": "MEMBER",
            "api_keys": [{"name": "reader-key", "key": "%s"}]},
           {"ref": "annotator", "name": "Ann Otator", "email": "annotator@example.com", "role": "ANNOTATOR",
            "api_keys": [{"name": "annotator-key", "key": "%s"}]},
           {"ref": "orgadmin", "name": "Olga Orgadmin", "email": "orgadmin@example.com", "role": "MEMBER",
            "api_keys": [{"name": "orgadmin-key", "key": "%s"}]},
           {"ref": "spaceadmin", "name": "Sam Spaceadmin", "email": "spaceadmin@example.com", "role": "MEMBER",
            "api_keys": [{"name": "spaceadmin-key", "key": "%s"}]},
           {"ref": "outsider", "name": "Otto Outsider", "email": "outsider@example.com", "role": "MEMBER",
            "api_keys": [{"name": "outsider-key", "key": "%s"}]},
           {"ref": "binder", "name": "Bea Binder", "email": "binder@example.com", "role": "MEMBER",
            "api_keys": [{"name": "binder-key", "key": "%s"}]},
           {"ref": "plain", "name": "Pat Plain", "email": "plain@example.com", "role": "MEMBER"}
         ],
         "roles": [
           {"ref": "binder-role", "name": "Binder", "permissions": ["SPACE_READ", "ROLE_BINDING_CREATE",
             "ROLE_BINDING_DELETE", "SERVICE_KEY_CREATE", "SERVICE_KEY_READ", "PROJECT_READ"]},
           {"ref": "ds", "name": "Data Scientist", "permissions": ["PROJECT_READ", "DATASET_READ"]}
         ],
         "organizations": [
           {"ref": "acme", "name": "Acme",
            "members": [{"user": "member", "role": "MEMBER"}, {"user": "reader", "role": "READ_ONLY"},
                        {"user": "annotator", "role": "ANNOTATOR"}, {"user": "orgadmin", "role": "ADMIN"},
                        {"user": "spaceadmin", "role": "MEMBER"}, {"user": "binder", "role": "MEMBER"},
                        {"user": "plain", "role": "MEMBER"}],
            "spaces": [
              {"ref": "alpha", "name": "alpha",
               "members": [{"user": "member", "role": "MEMBER"}, {"user": "reader", "role": "READ_ONLY"},
                           {"user": "annotator", "role": "ANNOTATOR"}, {"user": "spaceadmin", "role": "ADMIN"},
                           {"user": "binder", "custom_role": "binder-role"}],
               "projects": [{"ref": "fraud", "name": "fraud-model"}]},
              {"ref": "beta", "name": "beta", "projects": [{"ref": "churn", "name": "churn-model"}]}
            ]}
         ]},
        {"name": "other",
         "users": [{"ref": "other-admin", "name": "Oda Other", "email": "admin@other.example", "role": "ADMIN",
                    "api_keys": [{"name": "other-key", "key": "%s"}]}],
         "organizations": [{"ref": "other-org", "name": "Other Org",
                            "members": [{"user": "other-admin", "role": "ADMIN"}],
                            "spaces": [{"ref": "other-space", "name": "other-space",
                                        "members": [{"user": "other-admin", "role": "ADMIN"}],
                                        "projects": [{"ref": "other-project", "name": "other-model"}]}]}]}
      ]}
      """.formatted(MEMBER, READER, ANNOTATOR, ORG_ADMIN, SPACE_ADMIN, OUTSIDER, BINDER, OTHER_ADMIN);

  private Team() {
  }
}
