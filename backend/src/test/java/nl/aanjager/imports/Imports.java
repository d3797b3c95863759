package nl.aanjager.imports;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;

/** Uploads, confirms and waits for imports as a caller of the real realm. */
final class Imports {
    private Imports() {
    }

    static ValidatableResponse upload(String caller, String fileName, byte[] content, String kind) {
        return Api.bearer(caller).multiPart("file", fileName, content).multiPart("kind", kind)
                .post("/api/imports").then();
    }

    static ValidatableResponse upload(String caller, String fileName, String content, String kind) {
        return upload(caller, fileName, content.getBytes(StandardCharsets.UTF_8), kind);
    }

    /** Uploads and returns the previewed job; fails the test unless the upload was accepted. */
    static JsonPath preview(String caller, String fileName, String content, String kind) {
        return upload(caller, fileName, content, kind).statusCode(201).extract().jsonPath();
    }

    static ValidatableResponse confirm(String caller, long id, boolean validRowsOnly) {
        return Api.as(caller).body(Map.of("validRowsOnly", validRowsOnly))
                .post("/api/imports/" + id + "/confirmation").then();
    }

    /** Waits until the job has finished and returns it as it ended. */
    static JsonPath finished(String caller, long id) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonPath job = job(caller, id);
        while (!List.of("SUCCEEDED", "FAILED").contains(job.getString("state"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " still " + job.getString("state") + " after 120 s");
            }
            Thread.sleep(200);
            job = job(caller, id);
        }
        return job;
    }

    static JsonPath job(String caller, long id) {
        return Api.as(caller).get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Confirms and waits: the job as it ended. */
    static JsonPath apply(String caller, long id, boolean validRowsOnly) throws InterruptedException {
        confirm(caller, id, validRowsOnly).statusCode(202);
        return finished(caller, id);
    }
}
