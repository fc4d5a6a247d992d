package io.github.arizeadmin.api.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a union type (an interface whose variants are told apart by one string property) into
 * the variant its discriminator names, and encodes a variant as itself.
 *
 * <p>Unlike Moshi's {@code PolymorphicJsonAdapterFactory}, the discriminator stays a field of the
 * variant: it is read by peeking, then the whole object (discriminator included) is decoded by the
 * variant's own adapter, and encoding writes it exactly once.
 *
 * @param <T> the union type
 */
public final class DiscriminatedUnionAdapterFactory<T> implements JsonAdapter.Factory {
  private final Class<T> unionType;
  private final String discriminator;
  private final Map<String, Class<? extends T>> variantsByLabel;

  private DiscriminatedUnionAdapterFactory(
      Class<T> unionType, String discriminator, Map<String, Class<? extends T>> variantsByLabel) {
    this.unionType = unionType;
    this.discriminator = discriminator;
    this.variantsByLabel = variantsByLabel;
  }

  /**
   * Starts a factory for a union.
   *
   * @param unionType the union's interface
   * @param discriminator the JSON property that names the variant
   * @param <T> the union type
   * @return a factory with no variants yet
   */
  public static <T> DiscriminatedUnionAdapterFactory<T> of(Class<T> unionType, String discriminator) {
    return new DiscriminatedUnionAdapterFactory<>(unionType, discriminator, Map.of());
  }

  /**
   * Returns a factory that also knows one more variant.
   *
   * @param variant the variant's class
   * @param label the discriminator value naming it
   * @return a new factory
   */
  public DiscriminatedUnionAdapterFactory<T> withSubtype(Class<? extends T> variant, String label) {
    if (variantsByLabel.containsKey(label)) {
      throw new IllegalArgumentException("Label " + label + " is already registered for " + unionType.getSimpleName());
    }
    Map<String, Class<? extends T>> variants = new LinkedHashMap<>(variantsByLabel);
    variants.put(label, variant);
    return new DiscriminatedUnionAdapterFactory<>(unionType, discriminator, Map.copyOf(variants));
  }

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != unionType) {
      return null;
    }
    Map<String, JsonAdapter<Object>> adaptersByLabel = new LinkedHashMap<>();
    Map<Class<?>, JsonAdapter<Object>> adaptersByClass = new LinkedHashMap<>();
    variantsByLabel.forEach((label, variant) -> {
      JsonAdapter<Object> adapter = moshi.adapter((Type) variant);
      adaptersByLabel.put(label, adapter);
      adaptersByClass.put(variant, adapter);
    });
    return new UnionAdapter(adaptersByLabel, adaptersByClass).nullSafe();
  }

  private final class UnionAdapter extends JsonAdapter<Object> {
    private final Map<String, JsonAdapter<Object>> adaptersByLabel;
    private final Map<Class<?>, JsonAdapter<Object>> adaptersByClass;
    private final JsonReader.Options discriminatorOption = JsonReader.Options.of(discriminator);

    UnionAdapter(Map<String, JsonAdapter<Object>> adaptersByLabel, Map<Class<?>, JsonAdapter<Object>> adaptersByClass) {
      this.adaptersByLabel = adaptersByLabel;
      this.adaptersByClass = adaptersByClass;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String label = readLabel(reader);
      JsonAdapter<Object> adapter = adaptersByLabel.get(label);
      if (adapter == null) {
        throw new JsonDataException("Unknown " + discriminator + " '" + label + "' for " + unionType.getSimpleName()
            + "; expected one of " + adaptersByLabel.keySet() + " at " + reader.getPath());
      }
      return adapter.fromJson(reader);
    }

    private String readLabel(JsonReader reader) throws IOException {
      try (JsonReader peeked = reader.peekJson()) {
        peeked.setFailOnUnknown(false);
        peeked.beginObject();
        while (peeked.hasNext()) {
          if (peeked.selectName(discriminatorOption) == -1) {
            peeked.skipName();
            peeked.skipValue();
            continue;
          }
          if (peeked.peek() != JsonReader.Token.STRING) {
            throw new JsonDataException("Expected a string " + discriminator + " for " + unionType.getSimpleName()
                + " at " + peeked.getPath());
          }
          return peeked.nextString();
        }
      }
      throw new JsonDataException("Missing " + discriminator + " for " + unionType.getSimpleName() + " at " + reader.getPath());
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      JsonAdapter<Object> adapter = adaptersByClass.get(value.getClass());
      if (adapter == null) {
        throw new IllegalArgumentException(value.getClass().getName() + " is not a registered variant of "
            + unionType.getSimpleName());
      }
      adapter.toJson(writer, value);
    }

    @Override
    public String toString() {
      return "DiscriminatedUnionAdapter(" + unionType.getSimpleName() + ")";
    }
  }
}
