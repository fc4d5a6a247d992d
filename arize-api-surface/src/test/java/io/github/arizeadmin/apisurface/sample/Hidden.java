package io.github.arizeadmin.apisurface.sample;

/** A package-private class: not API, nor are its public members. */
class Hidden {
  /** Not API. */
  public void notListed() {
  }
}
