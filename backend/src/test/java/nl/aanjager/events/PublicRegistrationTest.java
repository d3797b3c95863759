package nl.aanjager.events;

import static io.restassured.RestAssured.given;
import static nl.aanjager.common.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The public event page's registration, without an account. The rate-limit test runs last. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicRegistrationTest {
    @Inject
    MockMailbox mailbox;

    private static Map<String, Object> form(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", "Zelf Aangemeld B.V.");
        body.put("name", "Zara Zelf");
        body.put("email", email);
        body.put("consent", true);
        return body;
    }

    private static Response post(long event, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/public/events/" + event + "/registrations");
    }

    private static String email() {
        return "zara." + UUID.randomUUID().toString().substring(0, 8) + "@zelf.example";
    }

    @Test
    @Order(1)
    void anEntrepreneurRegistersGetsAMailWhoseQrChecksIn() throws Exception {
        long event = EventFixtures.openEvent(null);
        String email = email();
        String ticket = post(event, form(email)).then()
                .statusCode(201)
                .body("status", equalTo("REGISTERED"))
                .extract().path("ticket");

        List<MailMessage> mails = mailbox.getMailMessagesSentTo(email);
        assertEquals(1, mails.size());
        MailMessage mail = mails.get(0);
        assertTrue(mail.getHtml().contains("cid:ticket"));
        assertTrue(mail.getAttachment().stream().anyMatch(a -> a.getContentType().startsWith("text/calendar")
                && a.getData().toString().contains("BEGIN:VEVENT")));
        byte[] png = mail.getInlineAttachment().get(0).getData().getBytes();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(ticket, decoded);

        json().body(Map.of("ticket", decoded, "device", "phone-1")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200).body("outcome", equalTo("CHECKED_IN")).body("name", equalTo("Zara Zelf"));
    }

    @Test
    @Order(2)
    void aSecondRegistrationWithTheSameAddressRevealsNothingAndResendsTheTicket() {
        long event = EventFixtures.openEvent(null);
        String email = email();
        post(event, form(email)).then().statusCode(201);
        post(event, form(email)).then()
                .statusCode(202)
                .body("ticket", nullValue())
                .body("cancelToken", nullValue());
        assertEquals(2, mailbox.getMailMessagesSentTo(email).size());
        given().get("/api/public/events/" + event).then()
                .statusCode(200)
                .body(not(containsString("Zara")))
                .body(not(containsString(email)));
    }

    @Test
    @Order(3)
    void theHoneypotAndMissingConsentAreRefusedAndStoreNothing() {
        long event = EventFixtures.openEvent(null);
        String email = email();
        Map<String, Object> bot = form(email);
        bot.put("website", "http://spam.example");
        post(event, bot).then().statusCode(400).body("errors[0].field", equalTo("website"));
        Map<String, Object> noConsent = form(email);
        noConsent.put("consent", false);
        post(event, noConsent).then().statusCode(400).body("errors[0].field", equalTo("consent"));
        assertEquals(0, mailbox.getMailMessagesSentTo(email).size());
        json().get("/api/events/" + event + "/registrations").then().body("total", equalTo(0));
    }

    @Test
    @Order(4)
    void aFullEventPutsThePublicOnTheWaitlistAndCancellingByTheMailLinkPromotes() {
        long event = EventFixtures.openEvent(1);
        String first = email();
        String cancelToken = post(event, form(first)).then().statusCode(201).extract().path("cancelToken");
        given().get("/api/public/events").then().body("find { it.id == " + event + " }.full", equalTo(true));
        String second = email();
        post(event, form(second)).then().statusCode(201).body("status", equalTo("WAITLISTED"));

        given().post("/api/public/registrations/" + cancelToken + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().post("/api/public/registrations/not-a-token/cancellation").then().statusCode(404);
        json().queryParam("status", "REGISTERED").get("/api/events/" + event + "/registrations").then()
                .body("total", equalTo(1));
        assertTrue(mailbox.getMailMessagesSentTo(second).stream()
                .anyMatch(m -> m.getSubject().startsWith("Er is een plaats vrij")));
    }

    @Test
    @Order(5)
    void draftsAreNotPublic() {
        long draft = json().body(EventFixtures.eventBody(10, java.time.OffsetDateTime.now().plusDays(5)))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/public/events/" + draft).then().statusCode(404);
        given().get("/api/public/events").then().body("id", not(hasItem((int) draft)));
        post(draft, form(email())).then().statusCode(404);
    }

    @Test
    @Order(99)
    void oneAddressSendingTooManyGets429WithRetryAfter() {
        long event = EventFixtures.openEvent(null);
        Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Response response = post(event, form(email()));
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertTrue(response.statusCode() == 201, response.asString());
            }
        }
        assertTrue(refused != null, "no 429 after 60 registrations from one address");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("urn:aanjager:problem:too-many-requests", refused.jsonPath().getString("type"));
    }
}
