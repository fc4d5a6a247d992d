package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.User;
import java.util.Locale;
import java.util.Optional;

/** Users (bots and deleted users included): unique emails per account, the email filter. */
public final class Users extends Table<User> {
  private final Grouped<User> byAccount = Grouped.on(this, User::account);
  private final Unique<Scoped, User> byEmail = Unique.on(this, u -> new Scoped(u.account(), lower(u.email())));
  private final Substrings<User> emails = Substrings.on(this, User::email);

  Users(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * @param account an account number
   * @param email an email address, in any case
   * @return the user of the account with that email (deleted users keep theirs)
   */
  public Optional<User> byEmail(long account, String email) {
    return byEmail.find(new Scoped(account, lower(email)));
  }

  /**
   * @param account an account number
   * @param after a user number (0: from the start)
   * @return the account's users numbered above {@code after}, oldest first
   */
  public Iterable<User> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }

  /**
   * @param fragment an email fragment
   * @param after a user number
   * @return users whose email may contain the fragment (any account), oldest first; null when the
   *     fragment is too short for the index
   */
  public Iterable<User> emailMayContain(String fragment, long after) {
    return emails.candidates(fragment, after);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
