package dev.showroom.web.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StaffNamesTest {

    private static final List<RotaApi.Member> ROSTER = List.of(
            new RotaApi.Member("zhang.min", "Min Zhang", List.of("CONSULTANT"), true, 0),
            new RotaApi.Member("li.wei", " ", List.of("CONSULTANT"), true, 0));

    private final AtomicInteger asked = new AtomicInteger();

    private StaffNames names(boolean answers) {
        StaffNames names = new StaffNames();
        names.rota = (RotaApi) Proxy.newProxyInstance(
                RotaApi.class.getClassLoader(), new Class<?>[] {RotaApi.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("members")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    asked.incrementAndGet();
                    if (!answers) {
                        throw new jakarta.ws.rs.ProcessingException("lead-service is away");
                    }
                    return ROSTER;
                });
        return names;
    }

    @Test
    void aConsultantIsCalledByTheRostersNameAndTheRosterIsReadOncePerPage() {
        StaffNames names = names(true);
        assertEquals("Min Zhang", names.name("zhang.min"));
        assertEquals("Min Zhang", names.name("zhang.min"));
        assertEquals(1, asked.get(), "one roster read for the whole page");
    }

    @Test
    void someoneWithoutANameOrNotOnTheRosterKeepsTheUserId() {
        StaffNames names = names(true);
        assertEquals("li.wei", names.name("li.wei"));
        assertEquals("gone.away", names.name("gone.away"));
        assertEquals("", names.name(null));
    }

    @Test
    void theDeskStillWorksWhenTheRosterDoesNotAnswer() {
        assertEquals("zhang.min", names(false).name("zhang.min"));
    }
}
