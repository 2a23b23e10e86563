package dev.showroom.aftersales;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.showroom.aftersales.messaging.Signatures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SMTP provider (Quarkus Mailer) against a real SMTP server the test starts (GreenMail): a consenting
 * customer's e-mail arrives with its subject and the opt-out link; SMTP reports no delivery, so it stays SENT until
 * the provider's receipt comes on the signed webhook.
 */
@QuarkusTest
@TestProfile(SmtpMessagesTest.Smtp.class)
class SmtpMessagesTest {

    static GreenMail smtp;

    /**
     * The SMTP port, chosen once per JVM: the profile and the test class are loaded by two class loaders, so a
     * system property (not a static field) hands it over.
     */
    static synchronized int port() {
        String chosen = System.getProperty("showroom.test.smtp-port");
        if (chosen == null) {
            chosen = String.valueOf(freePort());
            System.setProperty("showroom.test.smtp-port", chosen);
        }
        return Integer.parseInt(chosen);
    }

    public static class Smtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "showroom.messages.email.provider", "smtp",
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(port()),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.from", "showroom@dealer-msg-01.example.com");
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void anEmailReachesTheSmtpServerAndItsReceiptMarksItDelivered() throws Exception {
        UUID lead = UUID.randomUUID();
        MessagesTest.contact(lead, "Lin Hui", Fixtures.phone(), "lin.hui@example.com", true);
        MessagesTest.walkIn(lead, UUID.randomUUID());
        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the e-mail arrived at the SMTP server");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("lin.hui@example.com", mail.getAllRecipients()[0].toString());
        assertEquals("感谢您的光临", mail.getSubject());
        String text = String.valueOf(mail.getContent());
        String id = mail.getHeader("X-Showroom-Message-Id")[0];
        String message = MessagesTest.awaitMessages(lead, 1, "SENT").getString("items[0].id");
        assertEquals(message, id, "the e-mail names its message");
        assertTrue(
                new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                                .contains("/messages/stop/")
                        || text.contains("/messages/stop/"),
                text);
        String receipt = "{\"type\":\"RECEIPT\",\"messageId\":\"" + id + "\",\"status\":\"DELIVERED\"}";
        given().contentType(ContentType.JSON)
                .header(
                        "X-Showroom-Signature",
                        Signatures.webhookSignature(
                                MessagesTest.WEBHOOK_SECRET, receipt.getBytes(StandardCharsets.UTF_8)))
                .body(receipt)
                .post("/api/v1/public/messages/inbound")
                .then()
                .statusCode(200)
                .body("updated", equalTo(true));
        MessagesTest.awaitMessages(lead, 1, "DELIVERED");
    }
}
