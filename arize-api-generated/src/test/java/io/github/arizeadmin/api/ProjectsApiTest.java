package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.UpdateProjectRequest;
import org.junit.jupiter.api.Test;

class ProjectsApiTest extends MockServerTest {

  @Test
  void listFiltersBySpaceNameAndProjectName() throws Exception {
    respondJson(200, "{\"projects\":[{\"id\":\"p1\",\"name\":\"fraud\",\"space_id\":\"s1\",\"created_at\":\"2026-01-15T09:30:00Z\"}],"
        + "\"pagination\":{\"has_more\":false}}");

    var project = api.projects().listProjects(null, "team", "fraud", null, null).execute().body().getProjects().get(0);

    expectRequest("GET", "/v2/projects?space_name=team&name=fraud");
    assertThat(project.getSpaceId()).isEqualTo("s1");
  }

  @Test
  void createAndRename() throws Exception {
    respondJson(201, "{\"id\":\"p1\",\"name\":\"fraud\",\"space_id\":\"s1\",\"created_at\":\"2026-01-15T09:30:00Z\"}");
    respondProblem(403, "Forbidden", "Space member is required.");

    var created = api.projects().createProject(new CreateProjectRequest().name("fraud").spaceId("s1")).execute();
    var renamed = api.projects().updateProject("p1", new UpdateProjectRequest().name("fraud-2")).execute();

    expectRequest("POST", "/v2/projects");
    assertThat(expectRequest("PATCH", "/v2/projects/p1").getBody().readUtf8()).isEqualTo("{\"name\":\"fraud-2\"}");
    assertThat(created.code()).isEqualTo(201);
    assertThat(expectProblem(renamed, 403).getTitle()).isEqualTo("Forbidden");
  }
}
