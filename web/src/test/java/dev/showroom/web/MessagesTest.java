package dev.showroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.web.shell.ErrorPages;
import dev.showroom.web.shell.Msg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The messages with a choice ({#when}) pick the right words in both languages, and fall back to the value. */
@QuarkusTest
class MessagesTest {

    @Inject
    Msg en;

    @Inject
    @Localized("zh-CN")
    Msg zh;

    @Test
    void choicesInEnglishAndChinese() {
        assertEquals("Receptionist", en.role("receptionist"));
        assertEquals("客户关怀", zh.role("customer-care"));
        assertEquals("H (hot)", en.grade("H"));
        assertEquals("未分级", zh.grade(""));
        assertEquals("Test-driven", en.stage("TEST_DRIVEN"));
        assertEquals("已交车", zh.stage("DELIVERED"));
        assertEquals("A car is reserved for you", en.order_status("ALLOCATED"));
        assertEquals(
                "Please tick this box to go on.", en.violation("assertTrue", "consent to be contacted is required"));
        assertEquals("请输入完整的电话号码。", zh.violation("wholePhone", "a part"));
        assertEquals("as the service said", en.violation("someRule", "as the service said"));
        assertEquals("as the service said", en.violation(null, "as the service said"));
        assertEquals("Too many tries", en.error_title(ErrorPages.Kind.TOO_MANY));
        assertEquals("表单已过期", zh.error_title(ErrorPages.Kind.EXPIRED_FORM));
    }
}
