package dev.showroom.aftersales.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Templates, signatures and message states as plain rules (no Quarkus). */
class MessagingRulesTest {

    @Test
    void aTemplateIsFilledAndAlwaysSaysHowToStop() {
        String text = TemplateText.render(
                "Dear {name}, see you on {time}.",
                Map.of("name", "Chen", "time", "2026-12-20 10:00", "optOutLink", "https://x/stop/t"),
                "en",
                true);
        assertEquals(
                "Dear Chen, see you on 2026-12-20 10:00. Reply STOP or open https://x/stop/t to stop these messages.",
                text);
        assertEquals(
                "Chen: https://x/stop/t",
                TemplateText.render(
                        "{name}: {optOutLink}", Map.of("name", "Chen", "optOutLink", "https://x/stop/t"), "en", true));
        assertTrue(TemplateText.render("{name}", Map.of(), "zh-CN", true).contains("回复STOP"));
    }

    @Test
    void unknownPlaceholdersAndOverlongTextsAreNamed() {
        assertEquals(
                "unknownPlaceholder",
                TemplateText.check(null, "Hi {nmae}").get(0).rule());
        assertEquals("body", TemplateText.check(null, "x".repeat(1001)).get(0).field());
        assertEquals("required", TemplateText.check("s", " ").get(0).rule());
        assertTrue(TemplateText.check("Hello {name}", "Dear {name}, {occasion}").isEmpty());
        for (MessageKind kind : MessageKind.values()) {
            for (String language : new String[] {"zh-CN", "en"}) {
                TemplateText.Default d = TemplateText.byDefault(kind, language);
                assertTrue(TemplateText.check(d.subject(), d.body()).isEmpty(), kind + " " + language);
            }
        }
    }

    @Test
    void theWebhookSignatureIsTheBodysHmac() {
        byte[] body = "{\"type\":\"REPLY\"}".getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.webhookSignature("s3cret", body);
        assertTrue(signature.startsWith("sha256=") && signature.length() == 7 + 64);
        assertTrue(Signatures.validWebhook("s3cret", body, signature));
        assertTrue(
                Signatures.validWebhook("s3cret", body, signature.toUpperCase().replace("SHA256", "sha256")));
        assertFalse(Signatures.validWebhook("other", body, signature));
        assertFalse(Signatures.validWebhook("s3cret", "{}".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(Signatures.validWebhook("s3cret", body, null));
    }

    @Test
    void anOptOutTokenNamesItsCustomerAndCannotBeAltered() {
        UUID lead = UUID.randomUUID();
        String token = Signatures.optOutToken("key", "dealer-sh-01", lead);
        assertEquals(new Signatures.OptOut("dealer-sh-01", lead), Signatures.readOptOut("key", token));
        assertNull(Signatures.readOptOut("other-key", token));
        String otherLead = Signatures.optOutToken("key", "dealer-sh-01", UUID.randomUUID());
        assertNull(Signatures.readOptOut(
                "key", otherLead.substring(0, otherLead.indexOf('.')) + token.substring(token.indexOf('.'))));
        assertNull(Signatures.readOptOut("key", "not-a-token"));
        assertNull(Signatures.readOptOut("key", "a.b"));
    }

    @Test
    void aMessageIsTriedThreeTimesAndAReceiptSettlesOnlyASentOne() {
        Instant t = Instant.parse("2026-12-05T08:00:00Z");
        OutgoingMessage m = new OutgoingMessage();
        m.status = OutgoingMessage.Status.QUEUED;
        m.attemptFailed(t, "PROVIDER_ERROR");
        assertEquals(OutgoingMessage.Status.QUEUED, m.status);
        assertEquals(t.plusSeconds(30), m.nextAttemptAt);
        m.attemptFailed(t, "PROVIDER_ERROR");
        assertEquals(t.plusSeconds(60), m.nextAttemptAt);
        m.attemptFailed(t, "PROVIDER_ERROR");
        assertEquals(OutgoingMessage.Status.FAILED, m.status);
        assertFalse(m.receipt(OutgoingMessage.Status.DELIVERED, t), "a failed message stays failed");

        OutgoingMessage sent = new OutgoingMessage();
        sent.status = OutgoingMessage.Status.QUEUED;
        sent.sent(t, false);
        assertEquals(OutgoingMessage.Status.SENT, sent.status);
        assertTrue(sent.receipt(OutgoingMessage.Status.DELIVERED, t.plusSeconds(5)));
        assertEquals(t.plusSeconds(5), sent.deliveredAt);
    }

    @Test
    void stopIsUnderstoodInItsUsualForms() {
        assertTrue(PublicMessageResource.isStop(" Stop. "));
        assertTrue(PublicMessageResource.isStop("退订"));
        assertTrue(PublicMessageResource.isStop("unsubscribe"));
        assertFalse(PublicMessageResource.isStop("please don't stop"));
        assertFalse(PublicMessageResource.isStop(null));
    }

    @Test
    void aDelayIsTheCustomersNewsWhenOverdueOrWhenTheCarComesAfterTheDate() {
        java.time.LocalDate date = java.time.LocalDate.of(2026, 12, 20);
        assertTrue(MessageTriggers.tellsCustomer("OVERDUE", date, null));
        assertTrue(MessageTriggers.tellsCustomer("OVERDUE", date, date.plusDays(5)));
        assertTrue(MessageTriggers.tellsCustomer("DUE_SOON", date, date.plusDays(1)));
        assertFalse(MessageTriggers.tellsCustomer("DUE_SOON", date, null), "staff's early warning only");
        assertFalse(MessageTriggers.tellsCustomer("DUE_SOON", date, date), "the car comes in time");
        assertFalse(MessageTriggers.tellsCustomer("SOMETHING_NEW", date, date.plusDays(3)));
    }

    @Test
    void theDelayAndTheInvitationHaveTheirDefaultsInBothLanguages() {
        for (String language : java.util.List.of("zh-CN", "en")) {
            TemplateText.Default delay = TemplateText.byDefault(MessageKind.DELIVERY_DELAYED, language);
            assertTrue(delay.body().contains("{date}") && delay.body().contains("{time}"), delay.body());
            assertEquals(java.util.List.of(), TemplateText.check(delay.subject(), delay.body()));
            String text = TemplateText.render(
                    delay.body(),
                    Map.of("name", "Lin", "time", "2026-12-20", "date", TemplateText.toBeConfirmed(language)),
                    language,
                    true);
            assertTrue(text.contains(TemplateText.toBeConfirmed(language)), text);
            assertTrue(TemplateText.byDefault(MessageKind.DELIVERY_INVITATION, language)
                    .body()
                    .contains("{time}"));
        }
    }
}
