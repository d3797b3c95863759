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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The public event page's registration, without an account: the same answer whoever registers,
 * the ticket and the cancel link by mail only. The rate-limit test runs last.
 */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicRegistrationTest {
    @Inject
    MockMailbox mailbox;

    @Inject
    CancelLinkNotices notices;

    @Inject
    EntityManager entityManager;

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

    /** The ticket as the person gets it: decoded from the QR code in the newest mail to the address. */
    private String ticketFromMail(String email) throws Exception {
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(email);
        byte[] png = mails.get(mails.size() - 1).getInlineAttachment().get(0).getData().getBytes();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }

    /** The secret of the cancel link in the newest mail to the address. */
    private String cancelCodeFromMail(String email) {
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(email);
        Matcher link = Pattern.compile("/aanmelden/annuleren\\?code=([A-Za-z0-9_-]+)")
                .matcher(mails.get(mails.size() - 1).getHtml());
        assertTrue(link.find(), "no cancel link in the mail");
        return link.group(1);
    }

    @Test
    @Order(1)
    void anEntrepreneurRegistersGetsAMailWhoseQrChecksIn() throws Exception {
        long event = EventFixtures.openEvent(null);
        String email = email();
        post(event, form(email)).then()
                .statusCode(202)
                .body("status", equalTo("RECEIVED"))
                .body("ticket", nullValue());

        List<MailMessage> mails = mailbox.getMailMessagesSentTo(email);
        assertEquals(1, mails.size());
        MailMessage mail = mails.get(0);
        assertTrue(mail.getHtml().contains("cid:ticket"));
        assertTrue(mail.getAttachment().stream().anyMatch(a -> a.getContentType().startsWith("text/calendar")
                && a.getData().toString().contains("BEGIN:VEVENT")));
        String ticket = ticketFromMail(email);
        assertTrue(ticket.startsWith("AJ2." + event + "."), ticket);

        json().body(Map.of("ticket", ticket, "device", "phone-1")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200).body("outcome", equalTo("CHECKED_IN")).body("name", equalTo("Zara Zelf"));
    }

    @Test
    @Order(2)
    void theAnswerIsTheSameWhetherOrNotTheAddressWasAlreadyRegistered() {
        long event = EventFixtures.openEvent(null);
        String email = email();
        Response first = post(event, form(email));
        Response again = post(event, form(email));
        Response someoneElse = post(event, form(email()));
        for (Response response : List.of(again, someoneElse)) {
            assertEquals(first.statusCode(), response.statusCode());
            assertEquals(first.contentType(), response.contentType());
            assertEquals(first.asString(), response.asString());
        }
        assertEquals(202, first.statusCode());
        // the mail tells the person: the ticket again, and still one registration
        assertEquals(2, mailbox.getMailMessagesSentTo(email).size());
        json().queryParam("status", "REGISTERED").get("/api/events/" + event + "/registrations").then()
                .body("total", equalTo(2));
        given().get("/api/public/events/" + event).then()
                .statusCode(200)
                .body(not(containsString("Zara")))
                .body(not(containsString(email)));
    }

    @Test
    @Order(2)
    void theAnswerIsTheSameForAnAddressAPartnerEnteredAndThePartnersRecordStaysUntouched() {
        long event = EventFixtures.openEvent(null);
        String email = email();
        long company = json().body(Fixtures.companyBody(Api.unique("Bekend"), "3011 AB")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String kvk = json().get("/api/companies/" + company).then().extract().path("kvkNumber");
        long known = json().body(Map.of("companyId", company, "name", "Karel Bekend", "email", email,
                "phone", "+31 10 555 0101")).post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = form(email);
        body.put("kvkNumber", kvk);
        Response answer = post(event, body);
        assertEquals(202, answer.statusCode());
        assertEquals(post(event, form(email())).asString(), answer.asString());
        // the registrant is their own record: what was entered about Karel stays where it was
        long registered = json().get("/api/events/" + event + "/registrations").then().extract().jsonPath()
                .getLong("items.find { it.companyId == " + company + " }.contactId");
        assertTrue(registered != known, "the public form must not register the record another party entered");
        json().get("/api/contacts/" + registered).then().body("name", equalTo("Zara Zelf"))
                .body("phone", nullValue()).body("email", equalTo(email));
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
    void aFullEventPutsThePublicOnTheWaitlistAndCancellingByTheMailLinkPromotes() throws Exception {
        long event = EventFixtures.openEvent(1);
        String first = email();
        post(event, form(first)).then().statusCode(202);
        String cancelCode = cancelCodeFromMail(first);
        given().get("/api/public/events").then().body("find { it.id == " + event + " }.full", equalTo(true));
        String second = email();
        post(event, form(second)).then().statusCode(202).body("status", equalTo("RECEIVED"));
        assertTrue(mailbox.getMailMessagesSentTo(second).get(0).getHtml().contains("wachtlijst"));

        given().post("/api/public/registrations/" + cancelCode + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().post("/api/public/registrations/not-a-code/cancellation").then().statusCode(404);
        json().queryParam("status", "REGISTERED").get("/api/events/" + event + "/registrations").then()
                .body("total", equalTo(1));
        assertTrue(mailbox.getMailMessagesSentTo(second).stream()
                .anyMatch(m -> m.getSubject().startsWith("Er is een plaats vrij")));
    }

    @Test
    @Order(4)
    void whoeverSeesATicketCannotCancelIt() throws Exception {
        long event = EventFixtures.openEvent(null);
        String email = email();
        post(event, form(email)).then().statusCode(202);
        String ticket = ticketFromMail(email);
        String token = ticket.split("\\.")[3];
        String cancelCode = cancelCodeFromMail(email);
        assertTrue(!cancelCode.equals(token), "the cancel code must be a secret of its own");
        for (String seenOnTheTicket : List.of(token, ticket)) {
            given().post("/api/public/registrations/" + seenOnTheTicket + "/cancellation").then()
                    .statusCode(404).contentType("application/problem+json");
        }
        json().queryParam("status", "REGISTERED").get("/api/events/" + event + "/registrations").then()
                .body("total", equalTo(1));
        json().body(Map.of("ticket", ticket, "device", "phone-1")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200).body("outcome", equalTo("CHECKED_IN"));
    }

    @Test
    @Order(5)
    void registrationsFromBeforeCancelCodesAreMailedTheirNewLinkOnce() throws Exception {
        long event = EventFixtures.openEvent(null);
        String email = email();
        post(event, form(email)).then().statusCode(202);
        long registration = json().get("/api/events/" + event + "/registrations").then().extract().jsonPath()
                .getLong("items[0].id");
        String code = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "update registration set cancel_link_sent_at = null where id = ?1 returning cancel_code")
                .setParameter(1, registration).getSingleResult());
        assertTrue(notices.sendPending() >= 1);
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(email);
        assertEquals(2, mails.size());
        assertTrue(mails.get(1).getSubject().startsWith("Nieuwe afmeldlink"));
        assertEquals(code, cancelCodeFromMail(email));
        notices.sendPending();
        assertEquals(2, mailbox.getMailMessagesSentTo(email).size(), "a person is told their new link once");
    }

    @Test
    @Order(6)
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
                assertEquals(202, response.statusCode(), response.asString());
            }
        }
        assertTrue(refused != null, "no 429 after 60 registrations from one address");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("urn:aanjager:problem:too-many-requests", refused.jsonPath().getString("type"));
    }
}
