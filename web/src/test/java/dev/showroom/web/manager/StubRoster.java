package dev.showroom.web.manager;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Test only: the roster answers with its staff's names (zhang.min is "Min Zhang", li.wei "Wei Li"), so the
 * rendered pages show the names {@link StaffNames} gives them (the demo roster's, V5_2_2; wang.fang is not on it
 * and keeps her user id); whatever else the console asks lead-service or
 * visit-service fails as it does with the gateway away (the tests' gateway is http://localhost:1).
 */
@Mock
@ApplicationScoped
@RestClient
public class StubRoster implements RotaApi {

    static final List<Member> MEMBERS = List.of(
            new Member("zhang.min", "Min Zhang", List.of("CONSULTANT"), true, 0),
            new Member("li.wei", "Wei Li", List.of("CONSULTANT"), true, 0),
            new Member("reception.sh", "Xiaoyu Chen", List.of("RECEPTIONIST"), true, 0),
            new Member("care.sh", "Jing Zhou", List.of("CUSTOMER_CARE"), true, 0),
            new Member("manager.sh", "Hao Sun", List.of("MANAGER"), true, 0));

    @Override
    public List<Member> members() {
        return MEMBERS;
    }

    @Override
    public Member addMember(Map<String, Object> body) {
        throw away();
    }

    @Override
    public Member updateMember(String userId, String ifMatch, Map<String, Object> body) {
        throw away();
    }

    @Override
    public Duty duty() {
        throw away();
    }

    @Override
    public Duty replaceDuty(String date, String ifMatch, Map<String, Object> body) {
        throw away();
    }

    @Override
    public DayRota dayRota() {
        throw away();
    }

    private static ProcessingException away() {
        return new ProcessingException("the gateway is away in tests");
    }
}
