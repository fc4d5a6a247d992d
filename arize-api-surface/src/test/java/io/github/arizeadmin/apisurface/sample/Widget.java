package io.github.arizeadmin.apisurface.sample;

import java.util.List;

/** A sample public API for the checker's own tests. */
public class Widget implements Comparable<Widget> {
  /** A public constant. */
  public static final String NAME = "widget";
  /** A protected field. */
  protected int size;
  int hidden;

  /** A public constructor. */
  public Widget() {
  }

  Widget(int size) {
    this.size = size;
  }

  /**
   * A generic public method with varargs.
   *
   * @param first the first
   * @param rest the others
   * @param <T> the type
   * @return them
   */
  @SafeVarargs
  public static <T extends Comparable<T>> List<T> all(T first, T... rest) {
    return List.of(first);
  }

  /**
   * A method that throws.
   *
   * @throws java.io.IOException never
   */
  @Deprecated
  protected void old() throws java.io.IOException {
  }

  void packagePrivate() {
  }

  private void secret() {
  }

  @Override
  public int compareTo(Widget other) {
    Runnable lambda = this::secret;
    lambda.run();
    return Integer.compare(size, other.size);
  }

  /** A public nested sealed interface. */
  public sealed interface Shape permits Round, Square {
    /**
     * Its area.
     *
     * @return the area
     */
    double area();

    /**
     * A default method.
     *
     * @return a name
     */
    default String label() {
      return "shape";
    }
  }

  /**
   * A public nested record.
   *
   * @param radius the radius
   */
  public record Round(double radius) implements Shape {
    @Override
    public double area() {
      return radius * radius * Math.PI;
    }
  }

  /** A public nested enum. */
  public enum Square implements Shape {
    /** The unit square. */
    UNIT;

    @Override
    public double area() {
      return 1;
    }
  }

  /** A public static nested class. */
  public static final class Part {
    private Part() {
    }
  }

  private static final class Private {
    public void invisible() {
    }
  }
}
