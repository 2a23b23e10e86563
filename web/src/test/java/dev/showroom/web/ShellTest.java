package dev.showroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.showroom.web.shell.Assets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The shell without a Keycloak: language, headers, assets, the sign-in redirect, friendly errors. */
@QuarkusTest
class ShellTest {

    @Test
    void speaksTheBrowsersLanguageAndSwitchesWithACookie() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9")
                .get("/console/signed-out")
                .then()
                .statusCode(200)
                .body(containsString("您已退出登录"))
                .body(containsString("lang=\"zh-CN\""));
        given().header("Accept-Language", "en-US,en;q=0.9")
                .get("/console/signed-out")
                .then()
                .statusCode(200)
                .body(containsString("You have signed out"))
                .body(containsString("lang=\"en\""));
        given().header("Accept-Language", "zh-CN")
                .get("/console/signed-out?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("You have signed out"))
                .cookie("lang", "en");
        given().header("Accept-Language", "en")
                .cookie("lang", "zh-CN")
                .get("/console/signed-out")
                .then()
                .statusCode(200)
                .body(containsString("您已退出登录"));
    }

    @Test
    void strictContentSecurityPolicyAndCsrfCookie() {
        given().get("/console/signed-out")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .cookie("csrf")
                .body(not(containsString("<script>")))
                .body(not(containsString("style=")));
    }

    @Test
    void servesTheScriptsAndStyles() {
        given().get(Assets.htmxScript).then().statusCode(200);
        given().get(Assets.echartsScript).then().statusCode(200);
        given().get("/static/console.css").then().statusCode(200);
        given().get("/static/console.js").then().statusCode(200);
        given().get("/static/manifest.webmanifest").then().statusCode(200).body(containsString("/console"));
    }

    @Test
    void theConsoleSendsAStrangerToSignInWithPkce() {
        given().redirects()
                .follow(false)
                .get("/console/prospects")
                .then()
                .statusCode(302)
                .header("Location", startsWith("http://localhost:1/realms/showroom/protocol/openid-connect/auth"))
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("client_id=showroom-console"));
    }

    @Test
    void aFormIsTakenOnlyWithTheCsrfTokenOfItsCookie() {
        // no token: the "form has expired" page, nothing sent on
        given().header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded")
                .formParam("orderNumber", "SO-1")
                .formParam("phoneLast4", "1234")
                .post("/where-is-my-car")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("The form has expired"));
        // a token that is not the cookie's: the same
        given().header("Accept-Language", "en")
                .cookie("csrf", "a".repeat(43))
                .contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", "b".repeat(43))
                .formParam("orderNumber", "SO-1")
                .formParam("phoneLast4", "1234")
                .post("/where-is-my-car")
                .then()
                .statusCode(403);
        // the cookie's token: the form is read and sent on (no gateway in this test: the friendly 503 page)
        given().header("Accept-Language", "en")
                .cookie("csrf", "a".repeat(43))
                .contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", "a".repeat(43))
                .formParam("orderNumber", "SO-1")
                .formParam("phoneLast4", "1234")
                .post("/where-is-my-car")
                .then()
                .statusCode(503)
                .body(containsString("Temporarily unavailable"))
                .body(not(containsString("Exception")));
    }
}
