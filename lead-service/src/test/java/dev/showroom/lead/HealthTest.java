package dev.showroom.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.showroom.testing.ShowroomTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ShowroomTestResources.class, restrictToAnnotatedClass = false)
class HealthTest {

    @Test
    void readyWithItsDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
