package nl.aanjager.programmes;

import static nl.aanjager.common.Api.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;

/** Request bodies and API shortcuts for programme tests. */
public final class ProgrammeFixtures {
    private ProgrammeFixtures() {
    }

    public static Map<String, Object> programmeBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Inspire, inform and activate");
        body.put("themes", List.of("SUSTAINABLE", "DIGITAL"));
        body.put("startDate", "2025-01-01");
        body.put("endDate", "2027-12-31");
        return body;
    }

    public static long newProgramme(String prefix) {
        return json().body(programmeBody(Api.unique(prefix))).post("/api/programmes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static List<Long> stageIds(long programmeId) {
        return json().get("/api/programmes/" + programmeId + "/stages")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
    }

    public static Map<String, Object> targetBody(String name, long stageId, int count) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("stageId", stageId);
        body.put("targetCount", count);
        body.put("deadline", "2027-12-31");
        return body;
    }
}
