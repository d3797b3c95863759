package nl.aanjager.events;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The mails around a registration: the ticket with its QR code, a calendar file and a cancel
 * link. They go out after the registration is committed, so a mail server that fails never
 * costs anyone their registration (the ticket can be sent again).
 */
@ApplicationScoped
public class RegistrationMails {
    private static final Logger LOG = Logger.getLogger(RegistrationMails.class);
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Asks for a ticket mail once the transaction commits. */
    public record TicketMail(Event event, String name, String email, String ticket, String cancelCode,
            RegistrationStatus status) {
    }

    /** Asks for a mail with a new cancel link once the transaction commits (registrations from before it). */
    public record CancelLinkMail(Event event, String name, String email, String cancelCode) {
    }

    /** Asks for a "you have a place now" mail once the transaction commits. */
    public record PlaceAvailableMail(Event event, String name, String email) {
    }

    void onTicket(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketMail mail) {
        try {
            sendTicket(mail.event(), mail.name(), mail.email(), mail.ticket(), mail.cancelCode(), mail.status());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ticket mail for event %d not sent; the registration stands", mail.event().id);
        }
    }

    void onCancelLink(@Observes(during = TransactionPhase.AFTER_SUCCESS) CancelLinkMail mail) {
        try {
            sendCancelLink(mail.event(), mail.name(), mail.email(), mail.cancelCode());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Cancel-link mail for event %d not sent", mail.event().id);
        }
    }

    void onPlaceAvailable(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceAvailableMail mail) {
        try {
            sendPlaceAvailable(mail.event(), mail.name(), mail.email());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Place-available mail for event %d not sent", mail.event().id);
        }
    }

    @Inject
    Mailer mailer;

    @Inject
    TicketConfig config;

    public void sendTicket(Event event, String name, String email, String ticket, String cancelCode,
            RegistrationStatus status) {
        String cancelLink = cancelLink(cancelCode);
        String place = status == RegistrationStatus.WAITLISTED
                ? "<p>De bijeenkomst is vol: u staat op de wachtlijst. Komt er een plaats vrij, dan krijgt u bericht.</p>"
                : "<p>Laat deze QR-code bij de ingang zien.</p><p><img src=\"cid:ticket\" alt=\"QR-code van uw toegangsbewijs\"/></p>";
        String html = "<p>Beste " + escape(name) + ",</p><p>U bent aangemeld voor <strong>" + escape(event.title)
                + "</strong>.</p>" + place + "<p>Kunt u niet komen? <a href=\"" + cancelLink
                + "\">Meld u af</a>, dan geven we uw plaats aan een ander.</p>";
        Mail mail = Mail.withHtml(email, "Uw aanmelding: " + event.title, html)
                .setFrom(config.mailFrom())
                .setText("U bent aangemeld voor " + event.title + ". Uw toegangscode: " + ticket
                        + "\nAfmelden: " + cancelLink)
                .addAttachment("bijeenkomst.ics", ics(event).getBytes(StandardCharsets.UTF_8), "text/calendar");
        if (status != RegistrationStatus.WAITLISTED) {
            mail.addInlineAttachment("ticket.png", qrPng(ticket), "image/png", "<ticket>");
        }
        mailer.send(mail);
    }

    public void sendCancelLink(Event event, String name, String email, String cancelCode) {
        String link = cancelLink(cancelCode);
        mailer.send(Mail.withHtml(email, "Nieuwe afmeldlink: " + event.title, "<p>Beste " + escape(name)
                + ",</p><p>U bent aangemeld voor <strong>" + escape(event.title) + "</strong>; uw toegangsbewijs blijft"
                + " geldig. Wilt u zich afmelden, gebruik dan voortaan <a href=\"" + link + "\">deze link</a>: de"
                + " afmeldlink in uw eerdere mail werkt niet meer.</p>").setFrom(config.mailFrom())
                .setText("U bent aangemeld voor " + event.title + "; uw toegangsbewijs blijft geldig.\nAfmelden kan"
                        + " voortaan met deze link (de link in uw eerdere mail werkt niet meer): " + link));
    }

    private String cancelLink(String cancelCode) {
        return config.publicUrl() + "/aanmelden/annuleren?code=" + cancelCode;
    }

    public void sendPlaceAvailable(Event event, String name, String email) {
        mailer.send(Mail.withText(email, "Er is een plaats vrij: " + event.title, "Beste " + name
                + ",\n\nEr is een plaats vrijgekomen voor " + event.title
                + ". U bent nu aangemeld; uw toegangsbewijs uit de eerste mail is geldig.").setFrom(config.mailFrom()));
    }

    static byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 320, 320,
                    Map.of(EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("A ticket always fits in a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ics(Event event) {
        String where = event.venue != null ? event.venue : event.onlineUrl != null ? event.onlineUrl : "";
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Aanjager//Events//NL",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:event-" + event.id + "@aanjager",
                "DTSTAMP:" + ICS_TIME.format(event.createdAt.withOffsetSameInstant(ZoneOffset.UTC)),
                "DTSTART:" + ICS_TIME.format(event.startsAt.withOffsetSameInstant(ZoneOffset.UTC)),
                "DTEND:" + ICS_TIME.format(event.endsAt.withOffsetSameInstant(ZoneOffset.UTC)),
                "SUMMARY:" + icsText(event.title), "LOCATION:" + icsText(where), "END:VEVENT", "END:VCALENDAR", "");
    }

    private static String icsText(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
