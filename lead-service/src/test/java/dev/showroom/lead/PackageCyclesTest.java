package dev.showroom.lead;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of lead-service depend on each other one way only: the lead's own state ({@code lead}) is used by
 * the capability packages, none of which is used back by a package it uses. A cycle fails here, naming the
 * classes on it.
 */
class PackageCyclesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.showroom.lead");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.showroom.lead.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void subpackagesAreFreeOfCycles() {
        slices().matching("dev.showroom.lead.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
