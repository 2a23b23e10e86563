package dev.showroom.visit.testdrive;

/** Only an AVAILABLE demo car can be booked. */
public enum DemoCarStatus {
    AVAILABLE,
    IN_SERVICE,
    RETIRED
}
