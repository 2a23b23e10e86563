package dev.showroom.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.tenancy.CurrentDealer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * platform knows nothing of HTTP: none of its classes uses platform-http or JAX-RS (the pom does not name
 * platform-http either; this catches it coming back through another module). What a service needs where HTTP meets
 * its data lives in platform-service.
 */
class NoHttpTest {

    /** This module's own classes, not the platform packages other modules add to (platform-service). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void platformDoesNotDependOnPlatformHttp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.showroom.platform.http..", "jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void theRuleReadsPlatformsClasses() {
        assertTrue(CLASSES.contain(Outbox.class) && CLASSES.contain(CurrentDealer.class));
    }
}
