package io.github.arizeadmin.fake;

/**
 * How many requests a verification expects: between {@code min} and {@code max}, both included.
 *
 * @param min the fewest
 * @param max the most ({@link Integer#MAX_VALUE} for no upper bound)
 */
public record RequestCount(int min, int max) {
  /**
   * Checks the bounds.
   *
   * @param min the fewest, 0 or more
   * @param max the most, {@code min} or more
   * @throws IllegalArgumentException when {@code min < 0} or {@code max < min}
   */
  public RequestCount {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("count: 0 <= min <= max is required (got min " + min + ", max " + max + ").");
    }
  }

  /**
   * @param count the number of requests
   * @return exactly that many
   */
  public static RequestCount exactly(int count) {
    return new RequestCount(count, count);
  }

  /**
   * @param count the fewest
   * @return that many or more
   */
  public static RequestCount atLeast(int count) {
    return new RequestCount(count, Integer.MAX_VALUE);
  }

  /**
   * @param count the most
   * @return that many or fewer (none included)
   */
  public static RequestCount atMost(int count) {
    return new RequestCount(0, count);
  }

  /** @return no request at all */
  public static RequestCount never() {
    return exactly(0);
  }

  /**
   * @param count a number of requests
   * @return whether it is within the bounds
   */
  public boolean includes(int count) {
    return count >= min && count <= max;
  }

  /** @return the bounds in words: {@code exactly 2}, {@code at least 1}, {@code at most 3}, {@code between 1 and 3} */
  @Override
  public String toString() {
    if (min == max) {
      return "exactly " + min;
    }
    if (max == Integer.MAX_VALUE) {
      return "at least " + min;
    }
    return min == 0 ? "at most " + max : "between " + min + " and " + max;
  }
}
