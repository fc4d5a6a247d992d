package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.arizeadmin.api.generated.JSON;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every schema of the contract has a generated model, and its example survives decode then encode unchanged. */
class ModelExamplesRoundTripTest {
  private static final String MODEL_PACKAGE = "io.github.arizeadmin.api.generated.model.";
  private static final Moshi MOSHI = JSON.moshi();

  @TestFactory
  Stream<DynamicTest> everySchemaExampleRoundTrips() {
    return Contract.schemas().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Map<String, Object> schema = Contract.map(entry.getValue());
      assertThat(schema).as("schema %s has an example", entry.getKey()).containsKey("example");
      Class<?> model = Class.forName(MODEL_PACKAGE + entry.getKey());
      String exampleJson = Json.write(schema.get("example"));

      // Strict: a property the model does not declare fails the decode.
      JsonAdapter<Object> adapter = MOSHI.adapter((java.lang.reflect.Type) model).failOnUnknown();
      Object decoded = adapter.fromJson(exampleJson);

      assertThat(decoded).isInstanceOf(model);
      assertThat(Json.tree(adapter.toJson(decoded))).isEqualTo(Json.tree(exampleJson));
    }));
  }

  /** Plain JSON helpers on top of Moshi's untyped adapter. */
  static final class Json {
    private static final JsonAdapter<Object> UNTYPED = MOSHI.adapter(Object.class);

    static String write(Object yamlValue) {
      return UNTYPED.toJson(yamlValue);
    }

    static Object tree(String json) throws IOException {
      return UNTYPED.fromJson(json);
    }

    private Json() {
    }
  }
}
