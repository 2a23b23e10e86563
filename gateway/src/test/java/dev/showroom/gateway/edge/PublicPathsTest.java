package dev.showroom.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void everySpellingOfThePublicPathIsPublic() {
        for (String path : new String[] {
            "/public/enquiries",
            "/PUBLIC/enquiries",
            "//public/enquiries",
            "/public/enquiries/",
            "/public%2Fenquiries",
            "/public%252Fenquiries",
            "/./public/enquiries",
            "/api/../public/enquiries",
            "/public;a=b/enquiries",
            "/Public/surveys/abc;x=1/answers",
            "/public",
            "/%70ublic/enquiries",
            "\\public\\enquiries"
        }) {
            assertTrue(PublicPaths.isPublic(path), path);
        }
    }

    @Test
    void otherPathsAreNot() {
        for (String path : new String[] {
            "/api/v1/leads", "/publication", "/api/v1/public/enquiries", "/q/health", "/openapi.json", "/", null
        }) {
            assertFalse(PublicPaths.isPublic(path), String.valueOf(path));
        }
    }
}
